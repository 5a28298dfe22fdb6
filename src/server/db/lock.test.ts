import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/test-database.ts';
import { type Database, openDatabase } from './client.ts';
import { acquireDataDirLock, processStart } from './lock.ts';

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

describe.skipIf(testEngine !== 'pglite')('data directory lock: pids that are reused', () => {
  const lockIn = (content: unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-reuse-'));
    fs.writeFileSync(path.join(dir, 'fusion-cluster.lock'), JSON.stringify(content));
    return dir;
  };
  let child: ReturnType<typeof spawn>;
  beforeAll(() => {
    child = spawn('sleep', ['60'], { stdio: 'ignore' });
  });
  afterAll(() => {
    child.kill();
  });

  it('records the pid, the start time and a token', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-owner-'));
    const release = acquireDataDirLock(dir);
    const owner = JSON.parse(fs.readFileSync(path.join(dir, 'fusion-cluster.lock'), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, token: expect.any(String) });
    if (process.platform === 'linux') expect(owner.started).toMatch(/^\d+$/);
    release();
    expect(fs.existsSync(path.join(dir, 'fusion-cluster.lock'))).toBe(false);
  });

  it("takes over a lock naming this very pid that this process did not take (a restarted container's)", () => {
    const dir = lockIn({ pid: process.pid, started: '1', token: 'from-before-the-restart' });
    const release = acquireDataDirLock(dir);
    release();
    const legacy = lockIn(process.pid); // an older version's bare pid
    acquireDataDirLock(legacy)();
  });

  it.skipIf(process.platform !== 'linux')(
    'takes over a lock naming a live process that started at another time (the pid was reused)',
    () => {
      const dir = lockIn({ pid: child.pid, started: '1', token: 'someone-else' });
      const release = acquireDataDirLock(dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'fusion-cluster.lock'), 'utf8')).pid).toBe(
        process.pid,
      );
      release();
    },
  );

  it('still refuses a lock held by a live process that started when the lock says', () => {
    const dir = lockIn({ pid: child.pid, started: processStart(child.pid!), token: 'theirs' });
    expect(() => acquireDataDirLock(dir)).toThrow(`in use by process ${child.pid}`);
    const legacy = lockIn(child.pid);
    expect(() => acquireDataDirLock(legacy)).toThrow(`in use by process ${child.pid}`);
  });
});
