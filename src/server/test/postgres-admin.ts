import postgres from 'postgres';

export const postgresTemplateName = 'fch_test_template';

/** A short-lived connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export async function withAdminConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
