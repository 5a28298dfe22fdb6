import fs from 'node:fs';
import { migrationsFolder } from '../../db/client.ts';
import type { AppDeps } from '../../lib/http.ts';
import { selectAppliedMigrations } from './system.queries.ts';

const shippedMigrations = () => fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length;

/** Whether the server is up and its database has every migration this build ships. */
export async function getHealth(deps: Pick<AppDeps, 'db' | 'engine'>) {
  const applied = await selectAppliedMigrations(deps.db);
  const shipped = shippedMigrations();
  return {
    status: 'ok' as const,
    engine: deps.engine,
    migrations: { applied, shipped, upToDate: applied >= shipped },
  };
}

/** Only settings that are safe for any browser to read. */
export function getClientConfig(config: AppDeps['config']) {
  return {
    map: { tileUrl: config.mapTileUrl ?? null, tileAttribution: config.mapTileAttribution ?? null },
  };
}
