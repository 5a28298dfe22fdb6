import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { demoAccounts } from './demo.ts';
import type { Config } from './env.ts';
import { createScheduler } from './lib/scheduler.ts';
import { followUpRemindersJob, searchIndexJob, surveyFlagsJob } from './modules/desk/index.ts';
import { eventFeedbackJob, eventRemindersJob } from './modules/events/index.ts';
import { leaseRemindersJob } from './modules/incubation/index.ts';
import { matchingSweepJob } from './modules/matching/index.ts';
import { bulletinDigestJob } from './modules/partnerships/index.ts';
import { surveyRemindersJob } from './modules/surveys/index.ts';
import { retentionRemindersJob } from './modules/talent/index.ts';
import { openPlatform } from './platform.ts';

/**
 * Work nobody has to ask for, each job defined by its module: survey reminders follow each survey's schedule
 * (checked every quarter hour); introductions expire and owners are reminded of expiring posts (hourly);
 * tenants and facility offices hear 12 and 6 months before a lease ends (hourly); employers are asked to confirm
 * a placement's retention at 6 and 12 months (hourly); a desk case's owner hears on its follow-up day (hourly);
 * survey answers that mean expansion, withdrawal or a staff shortage become desk flags (every quarter hour);
 * followers of bulletin tags get a weekly digest (checked hourly, sent once per account and week).
 */
export const backgroundJobs = [
  surveyRemindersJob,
  matchingSweepJob,
  leaseRemindersJob,
  eventRemindersJob,
  eventFeedbackJob,
  retentionRemindersJob,
  followUpRemindersJob,
  surveyFlagsJob,
  bulletinDigestJob,
  searchIndexJob,
];

/** Starts the one process that serves the API and the web app. Resolves once it is listening. */
export async function startServer(config: Config, options: { demo: boolean; webRoot?: string }) {
  const platform = await openPlatform(config, options);
  const app = createApp(platform.deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const where = platform.deps.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
  console.log(`Fusion Cluster Hub on http://localhost:${config.port} (${where})`);
  if (options.demo) {
    console.log('Demo accounts, for local use only:');
    console.log(`  coordinator  ${demoAccounts.admin.email} / ${demoAccounts.admin.password}`);
    console.log(`  member       ${demoAccounts.member.email} / ${demoAccounts.member.password}`);
    console.log(`  reviewer     ${demoAccounts.reviewer.email} / ${demoAccounts.reviewer.password}`);
    console.log(`  trainee      ${demoAccounts.trainee.email} / ${demoAccounts.trainee.password}`);
    console.log(`  graduate     ${demoAccounts.graduate.email} / ${demoAccounts.graduate.password}`);
    console.log(`  partner      ${demoAccounts.agency.email} / ${demoAccounts.agency.password}`);
  }
  // Read the directory into memory now rather than on the first map or industry-map request (1.4 s at 100,000).
  platform.deps.directory.current().catch((err) => console.error('directory snapshot:', err));
  const scheduler = createScheduler(platform.database, platform.deps, backgroundJobs);
  scheduler.start();
  server.once('close', () => void scheduler.stop());
  const stop = async () => {
    server.close();
    await scheduler.stop(); // a job still running finishes before its database closes
    await platform.database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, platform };
}
