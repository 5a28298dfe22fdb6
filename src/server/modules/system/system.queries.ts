import type { Db } from '../../db/client.ts';
import { migrationState } from '../../db/client.ts';

/** How many migrations the database has applied (Drizzle's own journal table). */
export async function selectAppliedMigrations(db: Db) {
  return (await migrationState(db)).applied;
}
