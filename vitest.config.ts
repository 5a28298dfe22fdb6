import { defineConfig } from 'vitest/config';

// Integration tests run once per engine: embedded PGlite always, real PostgreSQL when TEST_DATABASE_URL is set.
const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl) {
  const message = 'TEST_DATABASE_URL is not set: the PostgreSQL lane is skipped (PGlite only).';
  if (process.env.CI) throw new Error(`${message} CI must run both engines.`);
  console.warn(`\n!! ${message}\n`);
}

const serverProject = (engine: 'pglite' | 'postgres') => ({
  test: {
    name: engine,
    include: ['src/server/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    env: { FCH_TEST_ENGINE: engine },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    // Vitest's default on two cores is one file at a time; a PostgreSQL-lane file spends much of its time
    // waiting on the server, so two at once take a third less (surveys and siting on both engines: 141 s → 93 s).
    maxWorkers: 2,
    // Each test file builds its own app on its own database (createTestApp), so files need no fresh module
    // graph each: reusing a worker's imports saves the import of hono, zod, drizzle and every module per file
    // (five API files: import 37 s → 10 s under load). Module-level state is read-only reference data and
    // caches keyed by what they hold; a file that spies on a global restores it.
    isolate: false,
    projects: [
      {
        test: {
          name: 'core',
          // Pure modules of the web app (no DOM) are tested here too.
          include: ['src/core/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/web/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      serverProject('pglite'),
      ...(postgresUrl ? [serverProject('postgres')] : []),
    ],
  },
});
