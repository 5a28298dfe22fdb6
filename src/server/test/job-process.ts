// One server process's scheduler, for tests that need real processes: opens the PostgreSQL database given,
// waits for the agreed moment, runs one tick of each named job of the server (main.ts's list) with the clock
// given, and prints the outcomes as one JSON line.
//   node --import tsx src/server/test/job-process.ts DATABASE_URL CLOCK_ISO START_AT_MS JOB...
import { openDatabase } from '../db/client.ts';
import { loadConfig } from '../env.ts';
import { loadReferenceData } from '../lib/reference-data.ts';
import { createScheduler } from '../lib/scheduler.ts';
import { backgroundJobs } from '../main.ts';

const [databaseUrl, clockIso, startAtMs, ...names] = process.argv.slice(2);
if (!databaseUrl || !clockIso || !startAtMs || names.length === 0) {
  console.error('usage: job-process.ts DATABASE_URL CLOCK_ISO START_AT_MS JOB...');
  process.exit(2);
}
const database = await openDatabase({ databaseUrl });
try {
  const config = loadConfig({ DEMO_DATA: 'false', DATABASE_URL: databaseUrl });
  const at = new Date(clockIso);
  const scheduler = createScheduler(
    database,
    { db: database.db, config, reference: loadReferenceData(), clock: () => at },
    backgroundJobs,
  );
  const waitMs = Number(startAtMs) - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  const outcomes = [];
  for (const name of names) outcomes.push(await scheduler.run(name));
  console.log(JSON.stringify({ late: waitMs < 0, outcomes }));
} finally {
  await database.close();
}
