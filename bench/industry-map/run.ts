/**
 * Industry-map benchmark: import 100,000 generated organisations (some abroad, some without a place) and
 * 20,000 relations, then time every industry-map endpoint through HTTP, on PostgreSQL by default.
 *   npm run bench:industry-map -- [--size 100000] [--relations 20000] [--engines postgres,pglite] [--runs 40]
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL. Goal: p95 < 200 ms at 100,000 on PostgreSQL.
 * Views are computed over an in-memory copy of the directory (src/server/lib/directory-snapshot.ts) and kept
 * per data version: `cached` times requests as readers see them between writes; `cold` edits one organisation
 * before every request (untimed), so each timed request first reads the change and then computes the view.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { relationTypes } from '../../src/core/industry-map/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/env.ts';
import { loadReferenceData, syncReferenceData } from '../../src/server/lib/reference-data.ts';
import { importBundle } from '../../src/server/modules/bundle/index.ts';
import { createDeps } from '../../src/server/platform.ts';
import { generateOrganizations } from '../directory/generate.ts';
import { availableEngines, freshDatabase, percentile, postgresUrl } from '../lib.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '20000' },
    engines: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '40' },
    'cold-runs': { type: 'string', default: '30' },
  },
});
const engines = availableEngines(values.engines);
const reference = loadReferenceData();

// What a coordinator, an investor and a buyer would ask; each endpoint with a few typical filters.
const endpoints: Record<string, string[]> = {
  heatmap: [
    'heatmap',
    'heatmap?cluster=fusion',
    'heatmap?kind=company',
    'heatmap?membership=bench-association-1',
  ],
  'heatmap cell': [
    'organizations?technology=MAG&region=aomori',
    'organizations?technology=HCD.gyrotron&region=GB',
    'organizations?technology=IVC&region=tohoku&offset=40',
  ],
  'supply-chain': [
    'supply-chain?technology=MAG',
    'supply-chain?technology=IVC.blanket',
    'supply-chain?technology=FUE',
  ],
  network: ['network?technology=MAG.hts', 'network?type=partnership,supplier-customer', 'network'],
  gaps: ['gaps?region=aomori', 'gaps?region=tohoku&cluster=fusion', 'gaps?region=japan'],
  shortlist: [
    'shortlist?technology=MAG.hts&technology=CRY&region=tohoku',
    'shortlist?technology=IVC&technology=MAT.joining&region=aomori',
    'shortlist?technology=HCD.gyrotron&region=japan',
  ],
  'shortlist.xlsx': ['shortlist.xlsx?technology=MAG.hts&technology=CRY&region=tohoku'],
  // The geographic map's one request: every placed organisation matching the filters (not cached).
  'map points': ['/api/organizations/points', '/api/organizations/points?technology=MAG&kind=company'],
};

const abroad = ['GB', 'US', 'DE', 'FR', 'KR', 'CA'];

/** The directory corpus, with a tenth moved abroad, one in fifty without a place, and random relations. */
function generateBundle(size: number, relationCount: number) {
  const bundle = generateOrganizations(size, reference);
  const rnd = createRandom(7);
  for (const o of bundle.organizations as Array<{ location?: Record<string, unknown> }>) {
    const r = rnd();
    if (r < 0.1) o.location = { country: abroad[Math.floor(rnd() * abroad.length)]!, prefecture: 'Region' };
    else if (r < 0.12) delete o.location;
  }
  const keys = bundle.organizations.map((o) => o.key);
  const seen = new Set<string>();
  const relations = [];
  while (relations.length < relationCount) {
    const from = keys[Math.floor(rnd() * keys.length)]!;
    const to = keys[Math.floor(rnd() * keys.length)]!;
    const type = relationTypes[1 + Math.floor(rnd() * (relationTypes.length - 1))]!;
    const id = `${from}|${to}|${type}`;
    if (from === to || seen.has(id)) continue;
    seen.add(id);
    relations.push({
      from,
      to,
      type,
      since: String(2015 + Math.floor(rnd() * 11)),
      source: { url: `https://example.org/bench/relation/${relations.length}` },
    });
  }
  return { ...bundle, relations };
}

async function benchOne(engine: string, size: number) {
  const database = await freshDatabase(engine, 'fch_bench_imap');
  await database.migrate();
  await syncReferenceData(database.db, reference);
  const started = performance.now();
  const bundle = generateBundle(size, Number(values.relations));
  const result = await importBundle(database.db, reference, null, bundle);
  const importS = (performance.now() - started) / 1000;
  console.log(
    `${engine}: ${result.organizations.created} organisations and ${result.relations.created} relations ` +
      `imported in ${importS.toFixed(1)} s`,
  );
  const app = createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference));
  // An editor's change to one profile: a new version, one row to re-read and to place in name order.
  const keys = bundle.organizations.map((o) => o.key);
  let edits = 0;
  const invalidate = () =>
    database.db.execute(
      sql`update organizations set city = ${`Bench city ${++edits}`} where key = ${keys[(edits * 7919) % keys.length]}`,
    );
  for (const [name, paths] of Object.entries(endpoints)) {
    const urls = paths.map((p) => (p.startsWith('/') ? p : `/api/industry-map/${p}`));
    for (const url of urls) {
      const res = await app.request(url); // warm the plans and the server's caches
      if (res.status !== 200) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
    const line = [`${engine.padEnd(9)} ${String(size).padStart(7)} orgs  ${name.padEnd(15)}`];
    for (const mode of ['cached', 'cold'] as const) {
      const runs = Number(mode === 'cold' ? values['cold-runs'] : values.runs);
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const url = urls[i % urls.length]!;
        if (mode === 'cold') await invalidate();
        const t0 = performance.now();
        const res = await app.request(url);
        bytes += (await res.arrayBuffer()).byteLength;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      line.push(
        `${mode} p50 ${percentile(times, 50).toFixed(1).padStart(6)} p95 ${p95.toFixed(1).padStart(6)} ms` +
          (engine === 'postgres' && p95 > 200 ? ' OVER GOAL' : ''),
      );
      if (mode === 'cached') line.push(`${(bytes / runs / 1024).toFixed(0).padStart(4)} kB`);
    }
    console.log(line.join('  '));
  }
  await database.close();
}

for (const engine of engines) await benchOne(engine, Number(values.size));
if (!postgresUrl) console.log('(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
console.log('Goal: every industry-map endpoint p95 < 200 ms at 100,000 organisations on PostgreSQL.');
