import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The handle every service and query receives; the same on PGlite, PostgreSQL and inside a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `fn` while holding the lock `key`, or not at all if someone else holds it: the way several server
   * processes on one database agree that only one of them runs a background job (lib/scheduler.ts).
   */
  withTryLock<T>(key: bigint, fn: () => Promise<T>): Promise<LockOutcome<T>>;
};

export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false };

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions =
  | { databaseUrl: string }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob | File };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl);
  if ('dataDir' in options) return openPglite(options.dataDir);
  return openPgliteInMemory(options.loadDataDir);
}

function openPostgres(url: string): Database {
  // Notices ("relation already exists, skipping") are noise on every start.
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
    async withTryLock(key, fn) {
      // A session-level advisory lock belongs to one connection, and the pool hands out any: take and release
      // it on one reserved connection. The job's own queries use the pool and commit as they go.
      const session = await client.reserve();
      try {
        const [row] = await session<
          { ok: boolean }[]
        >`select pg_try_advisory_lock(${key.toString()}::bigint) as ok`;
        if (!row?.ok) return { acquired: false };
        try {
          return { acquired: true, value: await fn() };
        } finally {
          await session`select pg_advisory_unlock(${key.toString()}::bigint)`;
        }
      } finally {
        session.release();
      }
    },
  };
}

// Extensions the migrations create, bundled with PGlite (PostgreSQL has them in contrib): btree_gist for the
// exclusion constraints over an id and a range (no overlapping leases of a unit, bookings of an item).
const extensions = { btree_gist };

async function openPglite(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, 'pgdata'), { extensions });
    return wrapPglite(client, release);
  } catch (err) {
    release();
    throw err;
  }
}

async function openPgliteInMemory(loadDataDir?: Blob | File): Promise<Database> {
  const client = await PGlite.create(loadDataDir ? { loadDataDir, extensions } : { extensions });
  return wrapPglite(client, () => {});
}

function wrapPglite(client: PGlite, release: () => void): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  // PGlite is one connection in one process (the data-directory lock keeps others out), and an advisory lock
  // is re-entrant within its session, so it would never refuse anyone here: the locks held in this process are
  // what the lock means.
  const held = new Set<bigint>();
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    async close() {
      await client.close();
      release();
    },
    async withTryLock(key, fn) {
      if (held.has(key)) return { acquired: false };
      held.add(key);
      try {
        return { acquired: true, value: await fn() };
      } finally {
        held.delete(key);
      }
    },
  };
}

/** Applied migrations versus the ones shipped, for /api/health. */
export async function migrationState(db: Db): Promise<{ applied: number; latest: string | null }> {
  try {
    const rows = await db.execute<{ n: number; latest: string | null }>(
      sql`select count(*)::int as n, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
    );
    const row = resultRows<{ n: number; latest: string | null }>(rows)[0];
    return { applied: row?.n ?? 0, latest: row?.latest ?? null };
  } catch {
    return { applied: 0, latest: null };
  }
}

/** `db.execute` gives `{ rows }` on PGlite and an array on postgres-js; callers want the rows. */
export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
