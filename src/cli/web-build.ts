import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webRoot = path.join(projectRoot, 'dist', 'web');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((f) => newestMtime(path.join(target, f))));
}

/** `npm ci` builds the web app (`prepare`); `serve` and the browser tests rebuild it when its sources changed since. */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  const index = path.join(webRoot, 'index.html');
  const sources = [
    path.join(projectRoot, 'src/web'),
    path.join(projectRoot, 'src/core'),
    path.join(projectRoot, 'index.html'),
  ];
  if (fs.existsSync(index)) {
    const built = fs.statSync(index).mtimeMs;
    if (sources.every((s) => !fs.existsSync(s) || newestMtime(s) <= built)) return;
  }
  // Vite is a development dependency: an install without it serves the web app it was built with.
  const vite = await import('vite').catch(() => null);
  if (!vite) {
    if (fs.existsSync(index))
      return log('The web app sources changed, but Vite is not installed: serving the last build.');
    throw new Error(
      'The web app is not built (dist/web) and Vite is not installed: run `npm ci && npm run build`.',
    );
  }
  log('Building the web app (first start, or its sources changed)…');
  const { build } = vite;
  // Vite takes NODE_ENV from the environment when it is set: under a test runner (NODE_ENV=test) it would
  // bundle React's development build into dist/web.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
