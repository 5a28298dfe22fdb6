import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { type Database, type Db, openDatabase, resultRows } from '../db/client.ts';
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
        return;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
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

/** Empties the tables a test writes, keeping the shipped taxonomy, the desk's topics and the migration record. */
export async function truncateAll(database: Database) {
  const { sql } = await import('drizzle-orm');
  const tables = resultRows<{ name: string }>(
    await database.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public'
      and tablename not in ('clusters', 'technologies', 'application_fields', 'skills', 'desk_topics', 'cluster_phases',
        'cluster_milestones')`),
  ).map((r) => `"${r.name}"`);
  if (tables.length)
    await database.db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}
