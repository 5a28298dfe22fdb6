import { createHash } from 'node:crypto';
import postgres from 'postgres';

/**
 * One template per checkout: two clones testing against the same server (a second worktree, a CI job beside
 * a developer) would otherwise drop and rebuild each other's template mid-run.
 */
export const postgresTemplateName = `fch_test_template_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8)}`;

/** A short-lived connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export async function withAdminConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
