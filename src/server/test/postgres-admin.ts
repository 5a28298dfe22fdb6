import { createHash } from 'node:crypto';
import postgres from 'postgres';

/**
 * One template per checkout: two clones testing against the same server (a second worktree, a CI job beside
 * a developer) would otherwise drop and rebuild each other's template mid-run.
 */
const checkout = createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8);
export const postgresTemplateName = `fch_test_template_${checkout}`;
/** Every test file's own database starts with this, so a run can find the ones its files left behind. */
export const testDatabasePrefix = `fch_test_${checkout}_`;

/**
 * Drops this checkout's template and every database its test files left (a file's afterAll registered from
 * inside its beforeAll never runs, and a killed run closes nothing); another checkout's are not touched.
 */
export async function dropCheckoutDatabases(url: string): Promise<void> {
  await withAdminConnection(url, async (sql) => {
    const rows = await sql<{ name: string }[]>`
      select datname as name from pg_database
      where starts_with(datname, ${testDatabasePrefix}) or datname = ${postgresTemplateName}`;
    for (const { name } of rows) await sql.unsafe(`drop database if exists "${name}" with (force)`);
  });
}

/** A short-lived connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export async function withAdminConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
