import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt, webRoot } from '../src/cli/web-build.ts';
import { loadConfig } from '../src/server/env.ts';
import { startServer } from '../src/server/main.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** One server for the whole run: fresh data directory, demo data, the built web app. */
export default async function setup(project: TestProject) {
  await ensureWebBuilt((line) => console.log(line));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-e2e-'));
  const port = await freePort();
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
  const { server, platform } = await startServer(config, { demo: true, webRoot });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await platform.database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
