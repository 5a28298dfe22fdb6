import { createHash } from 'node:crypto';
import type { Database, Db } from '../db/client.ts';
import type { Config } from '../env.ts';
import type { ReferenceData } from './reference-data.ts';

/** What a background job gets: the database, the config, reference data and the time (tests move it). */
export type JobContext = { db: Db; config: Config; reference: ReferenceData; clock: () => Date };

/**
 * Work nobody has to ask for, defined by the module it belongs to (`<module>.jobs.ts`). `run` must be
 * idempotent and guard every update it makes: the lock keeps two processes from running a job at the same
 * time, not from running it one after the other, nor a person from acting on the same rows meanwhile.
 */
export type BackgroundJob = { name: string; everyMs: number; run(ctx: JobContext): Promise<unknown> };

export type JobOutcome =
  | { job: string; status: 'ran'; result: unknown }
  | { job: string; status: 'skipped' }
  | { job: string; status: 'failed'; error: unknown };

/** The advisory-lock key of a job: stable across processes and releases, since every process must agree on it. */
export function jobLockKey(name: string): bigint {
  return createHash('sha256').update(`fusion-cluster-hub:job:${name}`).digest().readBigInt64BE(0);
}

type Logger = Pick<Console, 'error'>;

/**
 * Runs each job every `everyMs` under its own lock (`Database.withTryLock`: a PostgreSQL advisory lock, or the
 * process's own on PGlite), so with several server processes on one database a job runs in one of them at a
 * time and is skipped in the others. A failure is logged and the next tick tries again. The timers do not
 * keep the process alive; `stop` clears them and waits for runs in progress, so the database can be closed.
 */
export function createScheduler(
  database: Pick<Database, 'withTryLock'>,
  deps: Omit<JobContext, 'clock'> & { clock?: () => Date },
  jobs: readonly BackgroundJob[],
  log: Logger = console,
) {
  const ctx: JobContext = {
    db: deps.db,
    config: deps.config,
    reference: deps.reference,
    clock: deps.clock ?? (() => new Date()),
  };
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<JobOutcome>>();
  let stopped = false;

  async function attempt(job: BackgroundJob): Promise<JobOutcome> {
    try {
      const outcome = await database.withTryLock(jobLockKey(job.name), () => job.run(ctx));
      return outcome.acquired
        ? { job: job.name, status: 'ran', result: outcome.value }
        : { job: job.name, status: 'skipped' };
    } catch (error) {
      log.error(`background job ${job.name} failed:`, error);
      return { job: job.name, status: 'failed', error };
    }
  }

  function runJob(job: BackgroundJob) {
    const run = attempt(job);
    running.add(run);
    void run.finally(() => running.delete(run));
    return run;
  }

  return {
    /** One tick of one job, now: what a timer does, for tests and for running a job by hand. */
    run(name: string): Promise<JobOutcome> {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`No background job named ${name}`);
      return runJob(job);
    },
    start() {
      if (stopped) throw new Error('The scheduler was stopped');
      for (const job of jobs) {
        const timer = setInterval(() => void runJob(job), job.everyMs);
        timer.unref();
        timers.push(timer);
      }
    },
    async stop() {
      stopped = true;
      for (const timer of timers.splice(0)) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
