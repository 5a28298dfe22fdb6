/**
 * Event-registration throughput on PostgreSQL: waves of simultaneous registrations through the HTTP API (one
 * app, its connection pool), each wave a new event whose places run out part-way, so every request takes the
 * event's row lock and the later ones join the waiting list. Reports registrations per second and the
 * latency of single requests (p50, p95), and checks each wave ends with exactly `capacity` confirmed.
 *   npx tsx bench/events/registrations.ts [--engines postgres,pglite] [--waves 10] [--crowd 200] [--capacity 50]
 * PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL.
 */
import { parseArgs } from 'node:util';
import { createApp } from '../../src/server/app.ts';
import { events, organizations, users } from '../../src/server/db/schema/index.ts';
import { loadConfig } from '../../src/server/env.ts';
import { createSession, sessionCookie } from '../../src/server/lib/auth.ts';
import { loadReferenceData, syncReferenceData } from '../../src/server/lib/reference-data.ts';
import { organizationInputSchema, toValues } from '../../src/server/modules/organizations/index.ts';
import { createDeps } from '../../src/server/platform.ts';
import { availableEngines, freshDatabase, percentile } from '../lib.ts';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'postgres' },
    waves: { type: 'string', default: '10' },
    crowd: { type: 'string', default: '200' },
    capacity: { type: 'string', default: '50' },
  },
});
const waves = Number(values.waves);
const crowd = Number(values.crowd);
const capacity = Number(values.capacity);
const reference = loadReferenceData();

async function benchOne(engine: string) {
  const database = await freshDatabase(engine, 'fch_bench_events');
  await database.migrate();
  await syncReferenceData(database.db, reference);
  const db = database.db;
  const config = loadConfig({ DEMO_DATA: 'false' });
  const app = createApp(createDeps(database, config, reference));
  const [host] = await db
    .insert(organizations)
    .values(
      toValues(
        organizationInputSchema.parse({ key: 'bench-host', name: { en: 'Bench host' }, kind: 'company' }),
        reference,
      ),
    )
    .returning({ id: organizations.id });
  const people = await db
    .insert(users)
    .values(
      Array.from({ length: crowd }, (_, i) => ({
        email: `bench-${i}@bench.example`,
        name: `Bench ${i}`,
        role: 'person',
        passwordHash: 'unused',
      })),
    )
    .returning({ id: users.id });
  const sessions = await Promise.all(
    people.map(async (u) => {
      const s = await createSession(db, config, u.id);
      return { cookie: `${sessionCookie}=${s.token}`, csrf: s.csrfToken };
    }),
  );
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const register = async (eventId: string, s: { cookie: string; csrf: string }) => {
    const t0 = performance.now();
    const res = await app.request(`/api/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: '{}',
    });
    const body = (await res.json()) as { status?: string };
    if (res.status !== 201) throw new Error(`${res.status}: ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, status: body.status };
  };
  const latencies: number[] = [];
  let total = 0;
  let wall = 0;
  for (let w = -1; w < waves; w++) {
    const [event] = await db
      .insert(events)
      .values({
        key: `bench-event-${w + 1}`,
        kind: 'lunch-meeting',
        organizerOrganizationId: host!.id,
        title: { en: `Bench event ${w + 1}` },
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        capacity,
      })
      .returning({ id: events.id });
    const t0 = performance.now();
    const results = await Promise.all(sessions.map((s) => register(event!.id, s)));
    const elapsed = performance.now() - t0;
    const confirmed = results.filter((r) => r.status === 'confirmed').length;
    if (confirmed !== Math.min(capacity, crowd))
      throw new Error(`wave ${w}: ${confirmed} confirmed for ${capacity} places`);
    if (w < 0) continue; // the first wave warms the plans and the pool
    wall += elapsed;
    total += results.length;
    latencies.push(...results.map((r) => r.ms));
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `${engine.padEnd(9)} ${waves} waves of ${crowd} simultaneous registrations for ${capacity} places ` +
      `(one app, a pool of 10 connections): ${(total / (wall / 1000)).toFixed(0)} registrations/s; ` +
      `per request p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, ` +
      `max ${latencies[latencies.length - 1]!.toFixed(0)} ms; every wave exactly ${capacity} confirmed`,
  );
  await database.close();
}

const engines = availableEngines(values.engines);
if (!engines.length)
  console.log('No engine to run on: set BENCH_DATABASE_URL or TEST_DATABASE_URL for PostgreSQL');
for (const engine of engines) await benchOne(engine);
