import { sql } from 'drizzle-orm';
import { type Db, resultRows } from '../db/client.ts';

/**
 * Whole-directory aggregates (heat map, gaps, network, shortlist) cost a full pass over the organisations:
 * 0.3–0.7 s at 100,000 on the test machine, against a 200 ms goal. They change only when the directory is
 * written, so they are kept in memory per version token (see `data_versions`, set by triggers on every
 * write from any process). Reading the token is one primary-key lookup; a stale entry is never served
 * because the token is read first, in its own statement, and a writer's token and data commit together.
 * Concurrent identical requests share one computation.
 */
export type AggregateCache = {
  get<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T>;
};

export function createAggregateCache(maxEntries = 200): AggregateCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    async get<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
      const [row] = resultRows<{ token: string }>(
        await db.execute(sql`select token from data_versions where name = 'directory'`),
      );
      const id = `${row?.token ?? 'empty'}\u0000${key}`;
      const hit = entries.get(id);
      if (hit) {
        // Map order is insertion order: move the entry to the end so eviction drops the least recent.
        entries.delete(id);
        entries.set(id, hit);
        return hit as Promise<T>;
      }
      const value = compute();
      entries.set(id, value);
      value.catch(() => entries.delete(id));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}

/** Aggregates are costed high enough to trigger JIT compilation, which took 400 ms of a 1.5 s heat map. */
export function withoutJit<T>(db: Db, run: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx);
  });
}
