#!/usr/bin/env node
// The package's command runs the built server (dist/, made by `npm run build`, which `npm ci` runs as `prepare`).
// Tests run the TypeScript sources instead (src/cli/run.ts through tsx).
import fs from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!fs.existsSync(entry)) {
  console.error('fusion-cluster is not built (dist/cli/run.js is missing): run `npm run build` first.');
  process.exit(1);
}
await import(entry.href);
