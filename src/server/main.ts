import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Db } from './db/client.ts';
import { demoAccounts } from './demo.ts';
import type { Config } from './env.ts';
import { sendDueReminders } from './modules/surveys/surveys.service.ts';
import { openPlatform } from './platform.ts';

const reminderIntervalMs = 15 * 60_000;

/** Survey reminders follow each survey's schedule; checked every quarter hour, never keeping the process alive. */
function scheduleSurveyReminders(db: Db, publicUrl: string) {
  const tick = () =>
    sendDueReminders(db, publicUrl).catch((error) => console.error('survey reminders failed:', error));
  const timer = setInterval(tick, reminderIntervalMs);
  timer.unref();
  return timer;
}

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
  }
  const reminders = scheduleSurveyReminders(platform.deps.db, config.publicUrl);
  server.once('close', () => clearInterval(reminders));
  const stop = async () => {
    server.close();
    await platform.database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, platform };
}
