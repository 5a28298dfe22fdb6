/**
 * Industry-map benchmark: import 100,000 generated organisations (some abroad, some without a place) and
 * 20,000 relations, then time every industry-map endpoint through HTTP, on PostgreSQL by default.
 *   npm run bench:industry-map -- [--size 100000] [--relations 20000] [--engines postgres,pglite] [--runs 40]
 *     [--only "map points"] [--browser-runs 3]
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL. Goal: p95 < 200 ms at 100,000 on PostgreSQL.
 * Views are computed over an in-memory copy of the directory (src/server/lib/directory-snapshot.ts) and kept
 * per data version: `cached` times requests as readers see them between writes; `cold` edits one organisation
 * before every request (untimed), so each timed request first reads the change and then computes the view.
 * The map's points also print their size against the former answer (a JSON list of objects, rebuilt here
 * from the same rows), and, when Chromium is installed, how long /map takes to be ready in the browser:
 * from navigation to the map reporting ready with its markers drawn (goal: under 3 s), after `npm run build`.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { browserAvailable, chromiumPath, launchBrowser } from '../../e2e/browser.ts';
import { webRoot } from '../../src/cli/web-build.ts';
import { decodePoints, type PointColumns } from '../../src/core/directory/points-codec.ts';
import { relationTypes } from '../../src/core/industry-map/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { createApp } from '../../src/server/app.ts';
import { type Db, resultRows } from '../../src/server/db/client.ts';
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
    only: { type: 'string' },
    'browser-runs': { type: 'string', default: '3' },
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
    if (values.only && !values.only.split(',').includes(name)) continue;
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
  await pointsSize(app, database.db, engine, size);
  await mapReady(createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference, webRoot)));
  await database.close();
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * The map's answer now and as it was: a JSON list of {id, key, name, kind, roles, lat, lng} in name order,
 * rebuilt from the same rows the way the former service wrote it (JSON.stringify per record).
 */
async function pointsSize(app: ReturnType<typeof createApp>, db: Db, engine: string, size: number) {
  const res = await app.request('/api/organizations/points');
  const body = await res.arrayBuffer();
  const columns = JSON.parse(new TextDecoder().decode(body)) as PointColumns;
  const rows = resultRows<Record<string, unknown>>(
    await db.execute(sql`
      select id, key, name, kind, roles, lat, lng from organizations
      where published and lat is not null and lng is not null order by sort_name, key`),
  );
  const former = JSON.stringify({ items: rows, total: rows.length, unplaced: columns.unplaced });
  const gzip = (
    await app.request('/api/organizations/points', { headers: { 'accept-encoding': 'gzip' } })
  ).headers.get('content-encoding');
  console.log(
    `${engine.padEnd(9)} ${String(size).padStart(7)} orgs  map points bytes: ${megabytes(body.byteLength)} ` +
      `(columns/1, ${columns.total} points) vs ${megabytes(Buffer.byteLength(former))} as the former list of ` +
      `objects${gzip ? `; served ${gzip}` : '; uncompressed'}; decodes to ${decodePoints(columns).length} points`,
  );
}

/** /map in Chromium: navigation to `data-map-state="ready"` with markers drawn, and the points request alone. */
async function mapReady(app: ReturnType<typeof createApp>) {
  if (!fs.existsSync(chromiumPath) || !fs.existsSync(`${webRoot}/index.html`)) {
    console.log(`(browser timing skipped: needs ${chromiumPath} and a built web app, npm run build)`);
    return;
  }
  if (!browserAvailable()) return;
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const times: number[] = [];
  const requests: number[] = [];
  const phases: string[] = [];
  try {
    for (let i = 0; i < Number(values['browser-runs']); i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      let pointsMs = 0;
      page.on('requestfinished', (r) => {
        if (r.url().includes('/api/organizations/points')) pointsMs = r.timing().responseEnd;
      });
      const t0 = performance.now();
      await page.goto(`${base}/map`);
      await page.locator('.map-canvas[data-map-state="ready"]').waitFor({ timeout: 60_000 });
      await page.locator('.maplibregl-marker').first().waitFor({ timeout: 60_000 });
      times.push(performance.now() - t0);
      requests.push(pointsMs);
      phases.push(await pagePhases(page));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const runs = times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ');
  console.log(
    `chromium  /map ready (markers drawn) in ${runs}; points request ${requests.map((t) => `${t.toFixed(0)} ms`).join(', ')}` +
      (Math.max(...times) > 3000 ? ' OVER GOAL (3 s)' : ''),
  );
  console.log(
    `chromium  where the time goes (ms from navigation start), run by run:\n  ${phases.join('\n  ')}`,
  );
}

/**
 * When the page had its map library and its points, against when it was ready: what comes after the last
 * arrival is the browser's own work (decoding, MapLibre's worker clustering, drawing), not the network.
 */
async function pagePhases(page: import('playwright-core').Page): Promise<string> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  const t: { scripts: number; basemap: number; points: number; ready: number } = await page.evaluate(`(() => {
    const resources = performance.getEntriesByType('resource');
    const last = (re) => Math.max(0, ...resources.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
    return {
      scripts: last(/\\.js$/),
      basemap: last(/countries|world/),
      points: last(/\\/api\\/organizations\\/points/),
      ready: performance.now(),
    };
  })()`);
  const ms = (n: number) => `${Math.round(n)}`;
  return `scripts ${ms(t.scripts)}, basemap ${ms(t.basemap)}, points ${ms(t.points)}, ready ${ms(t.ready)} (${ms(t.ready - Math.max(t.scripts, t.points))} after the last arrival)`;
}

for (const engine of engines) await benchOne(engine, Number(values.size));
if (!postgresUrl) console.log('(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
console.log('Goal: every industry-map endpoint p95 < 200 ms at 100,000 organisations on PostgreSQL.');
