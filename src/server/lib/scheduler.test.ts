import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase, resultRows } from '../db/client.ts';
import { loadConfig } from '../env.ts';
import { createTestDatabase, testDatabaseUrl, testEngine } from '../test/test-database.ts';
import { loadReferenceData } from './reference-data.ts';
import { type BackgroundJob, createScheduler, jobLockKey } from './scheduler.ts';

let database: Database;
/** What a second server process would have: its own client on the same database (PGlite has only one). */
let other: Database;
const config = loadConfig({ DEMO_DATA: 'false' });
const reference = loadReferenceData();

beforeAll(async () => {
  database = await createTestDatabase();
  other =
    testEngine === 'postgres' ? await openDatabase({ databaseUrl: testDatabaseUrl(database.db) }) : database;
});
afterAll(async () => {
  if (other !== database) await other.close();
  await database.close();
});

const schedulerOn = (db: Database, jobs: BackgroundJob[], log = { error: vi.fn() }) =>
  createScheduler(db, { db: db.db, config, reference }, jobs, log);

/** A job that waits at a gate until the test opens it. */
function gatedJob(name: string) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let entered!: () => void;
  const started = new Promise<void>((resolve) => {
    entered = resolve;
  });
  let runs = 0;
  const job: BackgroundJob = {
    name,
    everyMs: 60_000,
    async run() {
      runs++;
      entered();
      await gate;
      return 'done';
    },
  };
  return { job, open, started, runs: () => runs };
}

describe('the lock per job', () => {
  it('makes a second runner skip the job while the first holds it, and run it once it is free', async () => {
    const { job, open, started, runs } = gatedJob('test.gated');
    const first = schedulerOn(database, [job]);
    const second = schedulerOn(other, [job]);
    const running = first.run(job.name);
    await started;
    expect(await second.run(job.name)).toEqual({ job: job.name, status: 'skipped' });
    // The same process's next tick, while the previous one still runs, is skipped too.
    expect((await first.run(job.name)).status).toBe('skipped');
    open();
    expect(await running).toEqual({ job: job.name, status: 'ran', result: 'done' });
    expect((await second.run(job.name)).status).toBe('ran');
    expect(runs()).toBe(2);
  });

  it('holds one job only: another job runs meanwhile', async () => {
    const gated = gatedJob('test.slow');
    const quick: BackgroundJob = { name: 'test.quick', everyMs: 60_000, run: async () => 'quick' };
    const first = schedulerOn(database, [gated.job]);
    const second = schedulerOn(other, [gated.job, quick]);
    const running = first.run(gated.job.name);
    await gated.started;
    expect(await second.run(quick.name)).toEqual({ job: quick.name, status: 'ran', result: 'quick' });
    gated.open();
    await running;
  });

  it('is keyed by a stable hash of the job name, the same in every process and release', () => {
    expect(jobLockKey('surveys.reminders')).toBe(jobLockKey('surveys.reminders'));
    expect(jobLockKey('surveys.reminders')).not.toBe(jobLockKey('matching.sweep'));
    expect(typeof jobLockKey('matching.sweep')).toBe('bigint');
    expect(jobLockKey('matching.sweep')).toBe(2959085365238052219n); // processes of two releases must agree
  });
});

describe.skipIf(testEngine !== 'postgres')('on PostgreSQL', () => {
  const tryLock = async (db: Database, key: bigint) =>
    resultRows<{ ok: boolean }>(
      await db.db.execute(sql`select pg_try_advisory_lock(${key.toString()}::bigint) as ok`),
    )[0]?.ok;

  it('is an advisory lock any other session sees, released on the connection that took it', async () => {
    const { job, open, started } = gatedJob('test.advisory');
    const key = jobLockKey(job.name);
    const running = schedulerOn(database, [job]).run(job.name);
    await started;
    // A plain session elsewhere (a process that is not even ours) cannot take it either.
    const held = resultRows<{ n: number }>(
      await other.db.execute(
        sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and granted`,
      ),
    )[0]?.n;
    expect(held).toBeGreaterThanOrEqual(1);
    const third = await openDatabase({ databaseUrl: testDatabaseUrl(database.db) });
    try {
      expect(await tryLock(third, key)).toBe(false);
      open();
      await running;
      // Unlocked where it was taken: had the unlock gone to another pooled connection, it would still be held.
      expect(await tryLock(third, key)).toBe(true);
    } finally {
      await third.close(); // ends the session, and the lock it just took with it
    }
  });
});

describe('a failing job', () => {
  it('is logged, lets go of its lock, and runs again on the next tick', async () => {
    let calls = 0;
    const job: BackgroundJob = {
      name: 'test.flaky',
      everyMs: 60_000,
      async run() {
        calls++;
        if (calls === 1) throw new Error('database went away');
        return calls;
      },
    };
    const log = { error: vi.fn() };
    const scheduler = createScheduler(database, { db: database.db, config, reference }, [job], log);
    const failed = await scheduler.run(job.name);
    expect(failed.status).toBe('failed');
    expect(log.error).toHaveBeenCalledOnce();
    expect(String(log.error.mock.calls[0]?.[0])).toContain('test.flaky');
    expect(await scheduler.run(job.name)).toEqual({ job: job.name, status: 'ran', result: 2 });
  });
});

describe('the timers', () => {
  it('run each job every everyMs without keeping the process alive; stop ends them after the run in progress', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    let runs = 0;
    let inProgress = false;
    const job: BackgroundJob = {
      name: 'test.ticking',
      everyMs: 25,
      async run() {
        runs++;
        inProgress = true;
        await new Promise((resolve) => setTimeout(resolve, 40));
        inProgress = false;
      },
    };
    const scheduler = schedulerOn(database, [job]);
    scheduler.start();
    const timer = setIntervalSpy.mock.results.at(-1)?.value as NodeJS.Timeout;
    setIntervalSpy.mockRestore();
    expect(timer.hasRef()).toBe(false);
    await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
    await vi.waitFor(() => expect(inProgress).toBe(true), { timeout: 5_000 });
    await scheduler.stop();
    expect(inProgress).toBe(false); // stop waited for it: the database may be closed now
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs).toBe(after);
  });

  it('give jobs the injected clock, real time when none is given', async () => {
    const seen: Date[] = [];
    const at = new Date('2030-01-02T03:04:05Z');
    const job: BackgroundJob = {
      name: 'test.clock',
      everyMs: 60_000,
      run: async (ctx) => seen.push(ctx.clock()),
    };
    await createScheduler(database, { db: database.db, config, reference, clock: () => at }, [job]).run(
      job.name,
    );
    const before = Date.now();
    await schedulerOn(database, [job]).run(job.name);
    expect(seen[0]).toEqual(at);
    expect(seen[1]!.getTime()).toBeGreaterThanOrEqual(before);
  });
});
