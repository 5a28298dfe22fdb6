/**
 * Incubation occupancy benchmark: 2,000 units in 40 facilities, each unit let to a run of tenants over five
 * years (about 6,000 leases, some ended, some active, some ending, offers besides), then the occupancy chart's
 * query over five years of months, per facility and in total, as the incubation page asks for it.
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/incubation/occupancy.ts [--units 2000] [--runs 40] [--engines postgres,pglite]
 * Goal: p95 < 50 ms on PostgreSQL.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { addDays, addMonths } from '../../src/core/incubation/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import type { Database } from '../../src/server/db/client.ts';
import {
  facilities,
  facilityLeases,
  facilityUnits,
  organizations,
} from '../../src/server/db/schema/index.ts';
import { leaseOccupancy } from '../../src/server/modules/incubation/index.ts';
import { availableEngines, freshDatabase, percentile } from '../lib.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '40' },
    engines: { type: 'string', default: 'postgres' },
  },
});
const unitCount = Number(values.units);
const runs = Number(values.runs);
const engines = availableEngines(values.engines);
const perFacility = 50;
const from = '2022-01';
const to = '2026-12';

async function load(database: Database) {
  const { db } = database;
  const random = createRandom(7);
  const orgs = await db
    .insert(organizations)
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        key: `bench-co-${i}`,
        name: { en: `Co ${i}` },
        sortName: `co ${i}`,
        contentHash: `bench-${i}`,
        kind: 'company',
      })),
    )
    .returning({ id: organizations.id });
  const facilityCount = Math.ceil(unitCount / perFacility);
  const fs = await db
    .insert(facilities)
    .values(
      Array.from({ length: facilityCount }, (_, i) => ({
        key: `bench-f-${i}`,
        organizationId: orgs[i % orgs.length]!.id,
        name: { en: `Facility ${i}` },
      })),
    )
    .returning({ id: facilities.id });
  const units = await db
    .insert(facilityUnits)
    .values(
      Array.from({ length: unitCount }, (_, i) => ({
        key: `bench-u-${i}`,
        facilityId: fs[Math.floor(i / perFacility)]!.id,
        kind: (['factory', 'lab', 'office'] as const)[i % 3]!,
        name: { en: `Unit ${i}` },
        floorAreaM2: 50 + Math.floor(random() * 950),
      })),
    )
    .returning({ id: facilityUnits.id });
  const leases: (typeof facilityLeases.$inferInsert)[] = [];
  for (const [u, unit] of units.entries()) {
    // Back-to-back tenancies of 12–36 months with gaps of 0–4 months, from 2021 to past 2026.
    let start = addMonths('2021-01-01', Math.floor(random() * 12));
    for (let n = 0; start < '2027-06-01'; n++) {
      const end = addDays(addMonths(start, 12 + Math.floor(random() * 25)), -1);
      const status = end < '2026-12-06' ? 'ended' : random() < 0.2 ? 'ending' : 'active';
      leases.push({
        key: `bench-l-${u}-${n}`,
        unitId: unit.id,
        tenantOrganizationId: orgs[Math.floor(random() * orgs.length)]!.id,
        startOn: start,
        endOn: end,
        monthlyRentJpy: 100_000 + Math.floor(random() * 500_000),
        status,
      });
      start = addMonths(addDays(end, 1), Math.floor(random() * 5));
    }
    if (random() < 0.1)
      leases.push({
        key: `bench-l-${u}-offer`,
        unitId: unit.id,
        tenantOrganizationId: orgs[0]!.id,
        startOn: '2027-07-01',
        endOn: '2028-06-30',
        monthlyRentJpy: 1,
        status: 'offered',
      });
  }
  for (let i = 0; i < leases.length; i += 1000)
    await db.insert(facilityLeases).values(leases.slice(i, i + 1000));
  // A live database has its statistics (autovacuum analyses after a bulk change); without them the planner
  // takes the fresh tables for empty and joins 6,000 leases by nested loops, ten times slower.
  await db.execute(sql`analyze`);
  return leases.length;
}

const admin = {
  id: 'bench',
  email: 'b@x',
  name: 'b',
  role: 'admin' as const,
  organizationId: null,
  csrfToken: '',
};

for (const engine of engines) {
  const database = await freshDatabase(engine, 'bench_incubation');
  await database.migrate();
  const leaseCount = await load(database);
  const ctx = { db: database.db, user: admin, today: '2026-12-06' };
  const times: number[] = [];
  let answer: Awaited<ReturnType<typeof leaseOccupancy>> | undefined;
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    answer = await leaseOccupancy(ctx, { from, to });
    if (i >= 3) times.push(performance.now() - t0); // three warm-up runs
  }
  times.sort((a, b) => a - b);
  const total = answer!.total;
  console.log(
    `${engine}: ${unitCount} units in ${answer!.facilities.length} facilities, ${leaseCount} leases; ` +
      `occupancy ${from}..${to} (${total.length} months × ${answer!.facilities.length + 1} series): ` +
      `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${runs} runs ` +
      `(last month ${(100 * total[total.length - 1]!.rate).toFixed(1)} % let)`,
  );
  await database.close();
}
