/**
 * Equipment-booking benchmark: 2,000 units and 200 equipment items in 100 facilities, and a year of bookings
 * (550 per item, 110,000 in all: mostly confirmed, some requested or cancelled), then the availability query a
 * booking calendar makes (one item, one month) timed through HTTP, on PostgreSQL by default.
 *   npx tsx bench/incubation/bookings.ts [--engines postgres,pglite] [--runs 300] [--per-item 550]
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL. Goal: p95 < 50 ms on PostgreSQL.
 * Rows are minimal and made by SQL (generate_series); slots are 1–3 hours every 16 hours, so no two of one
 * item overlap and the exclusion constraint accepts every row, as it checks each one on insert.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createRandom } from '../../src/core/mcda/random.ts';
import { createApp } from '../../src/server/app.ts';
import { resultRows } from '../../src/server/db/client.ts';
import { organizations } from '../../src/server/db/schema/index.ts';
import { loadConfig } from '../../src/server/env.ts';
import { loadReferenceData, syncReferenceData } from '../../src/server/lib/reference-data.ts';
import { organizationInputSchema, toValues } from '../../src/server/modules/organizations/index.ts';
import { createDeps } from '../../src/server/platform.ts';
import { availableEngines, freshDatabase, percentile } from '../lib.ts';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '300' },
    'per-item': { type: 'string', default: '550' },
  },
});
const engines = availableEngines(values.engines);
const reference = loadReferenceData();
const ORGS = 50;
const FACILITIES = 100;
const UNITS_PER_FACILITY = 20;
const EQUIPMENT_PER_FACILITY = 2;

async function benchOne(engine: string) {
  const database = await freshDatabase(engine, 'fch_bench_bookings');
  await database.migrate();
  await syncReferenceData(database.db, reference);
  const db = database.db;
  const started = performance.now();
  const orgs = Array.from({ length: ORGS }, (_, i) =>
    toValues(
      organizationInputSchema.parse({
        key: `bench-org-${i}`,
        name: { en: `Bench org ${i}` },
        kind: 'company',
      }),
      reference,
    ),
  );
  await db.insert(organizations).values(orgs);
  await db.execute(sql`
    insert into facilities (key, organization_id, name)
    select 'bench-facility-' || f, (select id from organizations where key = 'bench-org-' || (f % ${ORGS})),
      jsonb_build_object('en', 'Bench facility ' || f)
    from generate_series(0, ${FACILITIES - 1}) f`);
  await db.execute(sql`
    insert into facility_units (key, facility_id, kind, name, floor_area_m2)
    select f.key || '-unit-' || u, f.id, (array['factory', 'lab', 'office'])[1 + u % 3],
      jsonb_build_object('en', 'Unit ' || u), 100 + u * 10
    from facilities f, generate_series(0, ${UNITS_PER_FACILITY - 1}) u`);
  await db.execute(sql`
    insert into facility_equipment (key, facility_id, name, booking_unit, fee_member_jpy, approval_required)
    select f.key || '-eq-' || e, f.id, jsonb_build_object('en', 'Equipment ' || e), 'hour', 5000, false
    from facilities f, generate_series(0, ${EQUIPMENT_PER_FACILITY - 1}) e`);
  const perItem = Number(values['per-item']);
  // Bookers are the first 40 organisations; every 10th booking awaits approval, every 17th was cancelled.
  await db.execute(sql`
    with orgs as (select id, row_number() over (order by key) - 1 as n from organizations where key like 'bench-org-%'),
    eq as (select id, row_number() over (order by key) - 1 as n from facility_equipment)
    insert into equipment_bookings (equipment_id, organization_id, starts_at, ends_at, status, units, fee_jpy)
    select eq.id, orgs.id,
      timestamptz '2027-01-01 00:00:00+09' + make_interval(hours => i * 16),
      timestamptz '2027-01-01 00:00:00+09' + make_interval(hours => i * 16 + 1 + (i % 3)),
      case when i % 17 = 0 then 'cancelled' when i % 10 = 0 then 'requested' else 'confirmed' end,
      1 + i % 3, (1 + i % 3) * 5000
    from eq cross join generate_series(0, ${perItem - 1}) i
    join orgs on orgs.n = (eq.n * 7 + i) % 40`);
  await db.execute(sql`analyze`);
  const counts: Record<string, number> = {};
  for (const table of ['facility_units', 'facility_equipment', 'equipment_bookings'])
    counts[table] = resultRows<{ n: number }>(
      await db.execute(sql.raw(`select count(*)::int as n from ${table}`)),
    )[0]!.n;
  console.log(
    `${engine}: ${counts.facility_units} units, ${counts.facility_equipment} equipment items, ` +
      `${counts.equipment_bookings} bookings made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const items = resultRows<{ id: string }>(
    await db.execute(sql`select id from facility_equipment order by key`),
  ).map((r) => r.id);
  const app = createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference));
  const rnd = createRandom(11);
  const url = () => {
    const item = items[Math.floor(rnd() * items.length)]!;
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    return `/api/equipment/${item}/bookings?month=2027-${month}`;
  };
  let slots = 0;
  for (let i = 0; i < 20; i++) {
    const res = await app.request(url()); // warm the plans
    if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
  const times: number[] = [];
  const runs = Number(values.runs);
  for (let i = 0; i < runs; i++) {
    const target = url();
    const t0 = performance.now();
    const res = await app.request(target);
    const body = (await res.json()) as { slots: unknown[] };
    times.push(performance.now() - t0);
    slots += body.slots.length;
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `${engine.padEnd(9)} availability (one item, one month, ~${Math.round(slots / runs)} held slots) over ${runs} runs: ` +
      `p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms` +
      (engine === 'postgres' && p95 > 50 ? '  OVER GOAL (50 ms)' : ''),
  );
  const plan = resultRows<{ 'QUERY PLAN': string }>(
    await db.execute(sql`explain analyze select id, starts_at, ends_at from equipment_bookings
      where equipment_id = ${items[0]!} and status in ('requested', 'confirmed')
        and starts_at < timestamptz '2027-07-01 00:00+09' and ends_at > timestamptz '2027-06-01 00:00+09'`),
  );
  console.log(`${engine.padEnd(9)} plan: ${plan.map((r) => r['QUERY PLAN'].trim()).join(' | ')}`);
  await database.close();
}

if (engines.length === 0)
  console.log('No engine to run on: set BENCH_DATABASE_URL or TEST_DATABASE_URL, or --engines pglite');
for (const engine of engines) await benchOne(engine);
