import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/test-database.ts';
import { type Database, openDatabase } from './client.ts';

const cli = path.resolve(import.meta.dirname, '../../cli/run.ts');

// The lock protects the embedded engine only; the PostgreSQL lane has nothing to test here.
describe.skipIf(testEngine !== 'pglite')('data directory lock', () => {
  let dir: string;
  let database: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-lock-'));
    database = await openDatabase({ dataDir: dir });
    await database.migrate();
  });
  afterAll(() => database.close());

  it('refuses a second process with a clear error instead of opening the same directory', () => {
    const env = { ...process.env, DATABASE_URL: '' };
    const second = spawnSync(process.execPath, ['--import', 'tsx', cli, 'export', '--data-dir', dir], {
      encoding: 'utf8',
      env,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`is in use by process ${process.pid}`);
  });

  it('refuses a second open in the same process too', async () => {
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use/);
  });

  it('takes over a lock left by a process that died', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-stale-'));
    fs.writeFileSync(path.join(other, 'fusion-cluster.lock'), '999999999');
    const reopened = await openDatabase({ dataDir: other });
    await reopened.close();
    expect(fs.existsSync(path.join(other, 'fusion-cluster.lock'))).toBe(false);
  });
});
