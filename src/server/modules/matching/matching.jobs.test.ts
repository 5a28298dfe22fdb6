import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase, resultRows } from '../../db/client.ts';
import { introductionEvents, introductions, notifications } from '../../db/schema/index.ts';
import { createScheduler, type JobContext } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testDatabaseUrl, testEngine } from '../../test/test-database.ts';
import { matchingSweepJob } from './matching.jobs.ts';

const DAY = 86_400_000;
let t: TestApp;
let seeker: Session;
let supplier: Session;
let introId: string;
/** A second client on the same database: what another server process has. PostgreSQL only. */
let other: Database | undefined;

beforeAll(async () => {
  t = await createTestApp();
  if (testEngine === 'postgres') other = await openDatabase({ databaseUrl: testDatabaseUrl(t.db) });
});
afterAll(() => other?.close());

/** Seeker Co. asks Supplier Co. for an introduction (need → seed); one member account each. */
beforeEach(async () => {
  await t.reset();
  const seekerOrg = await t.addOrganization({ key: 'seeker-co', name: { en: 'Seeker Co.' } });
  const supplierOrg = await t.addOrganization({ key: 'supplier-co', name: { en: 'Supplier Co.' } });
  seeker = await t.signIn('member', seekerOrg.id);
  supplier = await t.signIn('member', supplierOrg.id);
  const need = await t.request('POST', '/api/needs', {
    as: seeker,
    body: { category: 'supplier', title: { en: 'Gyrotron for ECRH' }, technologies: ['HCD.gyrotron'] },
  });
  const seed = await t.request('POST', '/api/seeds', {
    as: supplier,
    body: { category: 'product', title: { ja: 'ジャイロトロン' }, technologies: ['HCD.gyrotron'] },
  });
  const intro = await t.request('POST', '/api/introductions', {
    as: seeker,
    body: { fromKind: 'need', fromId: need.json.id, toType: 'seed', toId: seed.json.id, message: 'Talk?' },
  });
  expect(intro.status).toBe(201);
  introId = intro.json.id;
});

const contextOn = (db: Database['db'], at: Date): JobContext => ({
  db,
  config: t.deps.config,
  reference: t.deps.reference,
  clock: () => at,
});
/** Past the request's expiry (21 days by default), while the posts (180 days) are far from theirs. */
const afterExpiry = () => new Date(Date.now() + 22 * DAY);
const accept = () =>
  t.request('POST', `/api/introductions/${introId}/transition`, { as: supplier, body: { to: 'accepted' } });

/** The introduction's state, its moves after the request, and the notices each kind of move sent. */
async function record() {
  const [row] = await t.db.select().from(introductions).where(eq(introductions.id, introId));
  const moves = await t.db
    .select({ to: introductionEvents.toState })
    .from(introductionEvents)
    .where(
      and(eq(introductionEvents.introductionId, introId), sql`${introductionEvents.fromState} is not null`),
    );
  const notices = await t.db
    .select({ kind: notifications.kind })
    .from(notifications)
    .where(
      sql`${notifications.kind} in ('introduction.expired', 'introduction.accepted', 'introduction.reminder')`,
    );
  const count = (kind: string) => notices.filter((n) => n.kind === kind).length;
  return {
    state: row!.state,
    moves: moves.map((m) => m.to),
    expired: count('introduction.expired'),
    accepted: count('introduction.accepted'),
    reminded: count('introduction.reminder'),
  };
}

describe('the sweep, by the clock the job is given', () => {
  it('reminds once before expiry, then expires once and tells both sides; running again does nothing', async () => {
    const sweep = (at: Date) => matchingSweepJob.run(contextOn(t.db, at));
    const soon = new Date(Date.now() + 19 * DAY); // within the 3 reminder days before expiry
    expect(await sweep(soon)).toEqual({ expired: 0, reminded: 1, postsReminded: 0 });
    expect(await sweep(soon)).toEqual({ expired: 0, reminded: 0, postsReminded: 0 });
    const later = afterExpiry();
    expect(await sweep(later)).toEqual({ expired: 1, reminded: 0, postsReminded: 0 });
    expect(await sweep(later)).toEqual({ expired: 0, reminded: 0, postsReminded: 0 });
    expect(await record()).toEqual({
      state: 'expired',
      moves: ['expired'],
      expired: 2,
      accepted: 0,
      reminded: 1,
    });
    const [row] = await t.db.select().from(introductions).where(eq(introductions.id, introId));
    expect(row!.stateChangedAt).toEqual(later); // the job's clock, not the machine's
  });
});

describe('a sweep and a person acting on the same introduction', () => {
  it('accepted first: the sweep leaves it alone', async () => {
    expect((await accept()).status).toBe(200);
    expect(await matchingSweepJob.run(contextOn(t.db, afterExpiry()))).toMatchObject({ expired: 0 });
    expect(await record()).toEqual({
      state: 'accepted',
      moves: ['accepted'],
      expired: 0,
      accepted: 1,
      reminded: 0,
    });
  });

  it('expired first: accepting is a 409 and the expiry stands', async () => {
    expect(await matchingSweepJob.run(contextOn(t.db, afterExpiry()))).toMatchObject({ expired: 1 });
    expect((await accept()).status).toBe(409);
    expect(await record()).toEqual({
      state: 'expired',
      moves: ['expired'],
      expired: 2,
      accepted: 0,
      reminded: 0,
    });
  });
});

describe.skipIf(testEngine !== 'postgres')('on PostgreSQL, at the same moment', () => {
  /**
   * A third session holds the row; the acceptance and the sweep have both read it as 'requested' and queue to
   * write it, in the given order. When the holder lets go, the first in the queue writes first (PostgreSQL's
   * tuple lock keeps the order) and the second must then find it changed, not write over it.
   */
  async function race(first: 'accept' | 'sweep') {
    const holder = await openDatabase({ databaseUrl: testDatabaseUrl(t.db) });
    const waiting = async (n: number) =>
      vi.waitFor(
        async () => {
          const rows = resultRows<{ n: number }>(
            await holder.db.execute(
              sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
            ),
          );
          expect(rows[0]?.n).toBe(n);
        },
        { timeout: 10_000, interval: 25 },
      );
    try {
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holding = holder.db.transaction(async (tx) => {
        await tx.execute(sql`select id from introductions where id = ${introId} for update`);
        locked();
        await released;
      });
      await isLocked;
      const start = {
        accept: () => accept(),
        sweep: () => matchingSweepJob.run(contextOn(other!.db, afterExpiry())),
      };
      const firstDone = start[first]();
      await waiting(1);
      const secondDone = start[first === 'accept' ? 'sweep' : 'accept']();
      await waiting(2);
      release();
      await holding;
      const [a, b] = await Promise.all([firstDone, secondDone]);
      return first === 'accept'
        ? { accepted: a as Awaited<ReturnType<typeof accept>>, swept: b }
        : { accepted: b as Awaited<ReturnType<typeof accept>>, swept: a };
    } finally {
      await holder.close();
    }
  }

  it('an acceptance queued before the sweep wins; the sweep leaves it alone', async () => {
    const { accepted, swept } = await race('accept');
    expect(accepted.status).toBe(200);
    expect(swept).toMatchObject({ expired: 0 });
    expect(await record()).toEqual({
      state: 'accepted',
      moves: ['accepted'],
      expired: 0,
      accepted: 1,
      reminded: 0,
    });
  });

  it('a sweep queued before the acceptance wins; the acceptance is a 409, not a second outcome', async () => {
    const { accepted, swept } = await race('sweep');
    expect(swept).toMatchObject({ expired: 1 });
    expect(accepted.status).toBe(409);
    expect(await record()).toEqual({
      state: 'expired',
      moves: ['expired'],
      expired: 2,
      accepted: 0,
      reminded: 0,
    });
  });

  it('two server processes expire each request once, with or without the scheduler’s lock', async () => {
    const at = afterExpiry();
    const processes = [t.database, other!].map((database) =>
      createScheduler(database, contextOn(database.db, at), [matchingSweepJob]),
    );
    await Promise.all(processes.map((p) => p.run(matchingSweepJob.name)));
    // And the job itself in both at once, as if the lock had been lost: nothing is left to do.
    const again = await Promise.all([t.db, other!.db].map((db) => matchingSweepJob.run(contextOn(db, at))));
    expect(again).toEqual([
      { expired: 0, reminded: 0, postsReminded: 0 },
      { expired: 0, reminded: 0, postsReminded: 0 },
    ]);
    expect(await record()).toEqual({
      state: 'expired',
      moves: ['expired'],
      expired: 2,
      accepted: 0,
      reminded: 0,
    });
  });

  it('two sweeps racing without the lock expire a request once', async () => {
    const at = afterExpiry();
    const results = await Promise.all([t.db, other!.db].map((db) => matchingSweepJob.run(contextOn(db, at))));
    expect(results.map((r) => (r as { expired: number }).expired).sort()).toEqual([0, 1]);
    expect(await record()).toEqual({
      state: 'expired',
      moves: ['expired'],
      expired: 2,
      accepted: 0,
      reminded: 0,
    });
  });
});
