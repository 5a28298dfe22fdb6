/** What the benchmarks share: the engine to measure on, a fresh database per run, and percentiles. */
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { withAdminConnection } from '../src/server/test/postgres-admin.ts';

export const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** The engines asked for that can run here: PostgreSQL only when a server URL is set. */
export const availableEngines = (asked: string) =>
  asked.split(',').filter((e) => e === 'pglite' || (e === 'postgres' && postgresUrl));

/** An empty database: in-memory PGlite, or a PostgreSQL database of this name dropped and created again. */
export async function freshDatabase(engine: string, name: string): Promise<Database> {
  if (engine === 'pglite' || !postgresUrl) return openDatabase({ memory: true });
  await withAdminConnection(postgresUrl, async (sql) => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name} encoding 'UTF8' template template0`);
  });
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString() });
}

/** The p-th percentile of ascending times (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
