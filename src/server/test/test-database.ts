import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, type Db, openDatabase, resultRows } from '../db/client.ts';
import { shippedTables, tablesHoldingRows } from '../lib/backup.ts';
import { postgresTemplateName, testDatabasePrefix, withAdminConnection } from './postgres-admin.ts';

export const testEngine = (process.env.FCH_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

// Each test database's URL (PostgreSQL), so a test can connect to it again as a second process would.
const urls = new WeakMap<Db, string>();

/** The URL of a test file's PostgreSQL database; PGlite has none (one process, one connection). */
export function testDatabaseUrl(db: Db): string {
  const url = urls.get(db);
  if (!url) throw new Error('Only a PostgreSQL test database can be opened again');
  return url;
}

/** One database per test file, copied from the migrated template the global setup made. */
export async function createTestDatabase(): Promise<Database> {
  if (testEngine === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ memory: true, loadDataDir: blob });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `${testDatabasePrefix}${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await withAdminConnection(url, async (sql) => {
    // Two files copying the template at once can collide on its lock; a short retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(`create database ${name} template ${postgresTemplateName}`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    // A test database need not survive a crash: not waiting for each commit to reach the disk makes the
    // lane's many small transactions several times faster, and changes nothing a test can observe.
    await sql.unsafe(`alter database ${name} set synchronous_commit = off`);
  });
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString() });
  urls.set(database.db, dbUrl.toString());
  return {
    ...database,
    async close() {
      await database.close();
      await withAdminConnection(url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * Empties the tables a test wrote and starts their ids again, as in a fresh copy of the template; the
 * shipped reference tables are kept. Rows are deleted, not truncated: TRUNCATE gives every table it reaches
 * (and its cascade reaches most of them) new files, 0.8 s per test on PostgreSQL against 30 ms. Only tables
 * holding rows are touched, in one transaction that skips foreign-key checks (replica role; the test user
 * is a superuser on both engines), since every table that could hold a reference is emptied with them.
 */
export async function emptyTables(database: Database) {
  const { sql } = await import('drizzle-orm');
  const keptList = sql.raw(shippedTables.map((name) => `'${name}'`).join(', '));
  const tables = resultRows<{ name: string }>(
    await database.db.execute(sql`select tablename as name from pg_tables
      where schemaname = 'public' and tablename not in (${keptList})`),
  ).map((r) => r.name);
  const dirty = await tablesHoldingRows(database.db, tables);
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const name of dirty) await tx.execute(sql`delete from ${sql.identifier(name)}`);
    // Every id sequence a test moved (a rolled-back insert moves one and leaves its table empty).
    await tx.execute(sql`select setval(format('%I.%I', s.schemaname, s.sequencename)::regclass, s.start_value, false)
      from pg_sequences s
      join pg_class seq on seq.relname = s.sequencename and seq.relkind = 'S'
      join pg_depend d on d.objid = seq.oid and d.refobjsubid > 0
      join pg_class owner on owner.oid = d.refobjid
      where s.schemaname = 'public' and s.last_value is not null and owner.relname not in (${keptList})`);
  });
}
