/**
 * Per-indicator profile of one cluster's dashboard, on the database the indicators bench left behind
 * (run bench/indicators/run.ts first): each indicator evaluated alone, one after another, cold.
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/indicators/profile.ts [--cluster fusion] [--repeat 2]
 */
import { parseArgs } from 'node:util';
import { addMonths, indicators, japanMonth } from '../../src/core/cluster/index.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import {
  evaluateIndicator as evaluate,
  getClusterDashboard,
  indicatorScope as resolveScope,
} from '../../src/server/modules/cluster/index.ts';
import { postgresUrl } from '../lib.ts';

const { values } = parseArgs({
  options: { cluster: { type: 'string', default: 'fusion' }, repeat: { type: 'string', default: '2' } },
});
if (!postgresUrl) throw new Error('set TEST_DATABASE_URL');
const url = new URL(postgresUrl);
url.pathname = '/bench_indicators';
const database = await openDatabase({ databaseUrl: url.toString() });
const reference = loadReferenceData();
const cluster = reference.clusters.find((c) => c.key === values.cluster)!;
const asOf = new Date(Date.now() - 10 * 60_000);
const from = addMonths(japanMonth(asOf), -59);
const months = Array.from({ length: 60 }, (_, i) => addMonths(from, i));
const times = new Map<string, number[]>();
for (let r = 0; r < Number(values.repeat); r++) {
  // A fresh scope (and moment) each round, so no shared query is reused.
  const at = new Date(asOf.getTime() - r * 60_000);
  for (const def of indicators) {
    const t0 = performance.now();
    await evaluate(database.db, def, resolveScope(cluster, undefined, at), months, at);
    times.set(def.key, [...(times.get(def.key) ?? []), performance.now() - t0]);
  }
}
let total = 0;
for (const [key, ts] of [...times].sort((a, b) => Math.min(...b[1]) - Math.min(...a[1]))) {
  total += Math.min(...ts);
  console.log(`${key.padEnd(28)} ${ts.map((t) => `${t.toFixed(0).padStart(5)} ms`).join(' ')}`);
}
console.log(`sum of best: ${total.toFixed(0)} ms (serial; the dashboard runs them concurrently)`);
console.log(
  'alone, introduction-conversion includes the introductions (its denominator) and technology-gaps the coverage;' +
    ' the dashboard counts each once',
);
// The whole dashboard, as of now: a moment within the last minutes is computed afresh each time.
for (let r = 0; r < Number(values.repeat); r++) {
  const now = new Date();
  const t0 = performance.now();
  await getClusterDashboard({ db: database.db, now, reference, user: null }, cluster.key, {
    from: months[0],
  });
  console.log(`all indicators together: ${(performance.now() - t0).toFixed(0)} ms`);
}
await database.close();
