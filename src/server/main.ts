import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { demoAccounts } from './demo.ts';
import type { Config } from './env.ts';
import { sweepMatching } from './modules/matching/introductions.service.ts';
import { openPlatform } from './platform.ts';

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
  // Introductions expire and owners get reminders without anyone having to ask.
  const { db, reference } = platform.deps;
  const sweep = setInterval(() => {
    sweepMatching({ db, reference, config, user: null }).catch((err: unknown) =>
      console.error('matching sweep', err),
    );
  }, 3_600_000);
  sweep.unref();
  const stop = async () => {
    clearInterval(sweep);
    server.close();
    await platform.database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, platform };
}
