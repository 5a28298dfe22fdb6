import { randomUUID } from 'node:crypto';
import type { ErrorDetail } from './errors.ts';

export type JobState = 'running' | 'succeeded' | 'failed';
export type Job = {
  id: string;
  kind: string;
  ownerId: string;
  state: JobState;
  phase: string;
  processed: number;
  total: number;
  result?: unknown;
  error?: { code: string; message: string; details: ErrorDetail[] };
  startedAt: string;
  finishedAt?: string;
};

/**
 * Long work (imports) reports progress here. In memory because a PGlite transaction holds the only
 * connection while it runs, so progress cannot be written to the database it is filling.
 */
export function createJobStore(keepFinished = 50) {
  const jobs = new Map<string, Job>();
  return {
    start(kind: string, ownerId: string): Job {
      const job: Job = {
        id: randomUUID(),
        kind,
        ownerId,
        state: 'running',
        phase: 'validating',
        processed: 0,
        total: 0,
        startedAt: new Date().toISOString(),
      };
      jobs.set(job.id, job);
      const finished = [...jobs.values()].filter((j) => j.state !== 'running');
      for (const old of finished.slice(0, Math.max(0, finished.length - keepFinished))) jobs.delete(old.id);
      return job;
    },
    get: (id: string) => jobs.get(id),
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
