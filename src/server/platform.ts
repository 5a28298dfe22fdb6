import { type Database, openDatabase } from './db/client.ts';
import { seedDemo } from './demo.ts';
import type { Config } from './env.ts';
import { createDirectoryFacets } from './lib/directory-snapshot.ts';
import type { AppDeps } from './lib/http.ts';
import { createJobStore } from './lib/jobs.ts';
import { createLoginLimiter } from './lib/rate-limit.ts';
import { loadReferenceData, type ReferenceData, syncReferenceData } from './lib/reference-data.ts';

export type Platform = { deps: AppDeps; database: Database; seeded: boolean };

/** env → database → migrations → reference data (→ demo): shared by `serve`, the CLI and the benchmarks. */
export async function openPlatform(
  config: Config,
  options: { demo?: boolean; webRoot?: string } = {},
): Promise<Platform> {
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    const reference = loadReferenceData();
    await syncReferenceData(database.db, reference);
    const seeded = options.demo ? await seedDemo(database.db, reference) : false;
    return { deps: createDeps(database, config, reference, options.webRoot), database, seeded };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** What createApp needs, from an open database; the tests and benchmarks build theirs the same way. */
export function createDeps(
  database: Database,
  config: Config,
  reference: ReferenceData,
  webRoot?: string,
): AppDeps {
  return {
    db: database.db,
    engine: database.engine,
    config,
    reference,
    loginLimiter: createLoginLimiter({
      maxAttempts: config.loginMaxAttempts,
      windowMs: config.loginWindowMinutes * 60_000,
    }),
    jobs: createJobStore(),
    directory: createDirectoryFacets(database.db, reference),
    webRoot,
  };
}
