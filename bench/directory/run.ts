/**
 * Directory benchmark: import 10,000 and 100,000 generated organisations and measure search latency,
 * on embedded PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) on PostgreSQL.
 *   npx tsx bench/directory/run.ts [--sizes 10000,100000] [--engines pglite,postgres] [--queries 200]
 */
import { parseArgs } from 'node:util';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/env.ts';
import { loadReferenceData, syncReferenceData } from '../../src/server/lib/reference-data.ts';
import { importBundle } from '../../src/server/modules/bundle/index.ts';
import { createDeps } from '../../src/server/platform.ts';
import { availableEngines, freshDatabase, percentile, postgresUrl } from '../lib.ts';
import { generateOrganizations } from './generate.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    queries: { type: 'string', default: '200' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const engines = availableEngines(values.engines);
const reference = loadReferenceData();

// A mix a coordinator would type: Japanese, English, glossary hops, filters with and without text.
const searches = [
  'q=超伝導',
  'q=superconducting',
  'q=HTS',
  'q=ジャイロトロン',
  'q=blanket',
  'q=真空容器',
  'q=remote%20handling',
  'q=トリチウム&prefecture=青森県',
  'q=coil&technology=MAG',
  'technology=IVC&kind=company',
  'prefecture=宮城県&role=component-supplier',
  'membership=bench-association-1',
  'q=精密加工&offset=40',
  'q=tungsten%20divertor',
].map((s) => `/api/organizations?${s.replace(/[^\x20-\x7e]+/g, encodeURIComponent)}&limit=20`);

async function benchOne(engine: string, size: number) {
  const database = await freshDatabase(engine, 'fch_bench');
  await database.migrate();
  await syncReferenceData(database.db, reference);
  const bundle = generateOrganizations(size, reference);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  let lastPct = -1;
  // When each phase ended: validation (first batch written), writing (last batch), then the index tidy.
  const marks = { validated: 0, written: 0 };
  const result = await importBundle(database.db, reference, null, bundle, (phase, done, total) => {
    if (phase === 'writing' && !marks.validated) marks.validated = performance.now();
    if (phase === 'writing' && done === total) marks.written = performance.now();
    const pct = total ? Math.floor((done / total) * 10) * 10 : 0;
    if (phase === 'writing' && pct !== lastPct) process.stderr.write(`  ${engine} ${size}: ${pct}%\r`);
    lastPct = pct;
  });
  const importMs = performance.now() - started;
  const phases = {
    validateS: (marks.validated - started) / 1000,
    writeS: (marks.written - marks.validated) / 1000,
    tidyS: (started + importMs - marks.written) / 1000,
  };
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const app = createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference));
  for (const path of searches) await app.request(path); // warm caches and plans
  const n = Number(values.queries);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const path = searches[i % searches.length]!;
    const t0 = performance.now();
    const res = await app.request(path);
    await res.json();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  }
  times.sort((a, b) => a - b);
  await database.close();
  return {
    engine,
    size,
    importS: importMs / 1000,
    ...phases,
    created: result.organizations.created,
    peakRssMb: peak / 2 ** 20,
    rssGrowthMb: (peak - rssBefore) / 2 ** 20,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

const rows = [];
for (const engine of engines) {
  for (const size of sizes) {
    const r = await benchOne(engine, size);
    rows.push(r);
    process.stderr.write(' '.repeat(40) + '\r');
    console.log(
      `${r.engine.padEnd(9)} ${String(r.size).padStart(7)} orgs  import ${r.importS.toFixed(1).padStart(6)} s  ` +
        `(validate+1st batch ${r.validateS.toFixed(1)}, write ${r.writeS.toFixed(1)}, index tidy ${r.tidyS.toFixed(1)})  ` +
        `peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB (+${r.rssGrowthMb.toFixed(0)})  ` +
        `search p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`,
    );
  }
}
if (!postgresUrl) console.log('(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
console.log('Goals: 100,000 imported in < 60 s; search p95 < 50 ms at 100,000 on PostgreSQL.');
