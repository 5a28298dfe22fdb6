/**
 * Starts the built server (`bin/fusion-cluster.mjs serve`, what `npm start` runs) for the probe, on
 * 127.0.0.1 only: one process on a temporary PGlite directory, or two processes sharing one throwaway
 * PostgreSQL database, which is created here and dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { withAdminConnection } from '../../src/server/test/postgres-admin.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin', 'fusion-cluster.mjs');
const startTimeoutMs = 90_000;

export type Engine = 'pglite' | 'postgres';
export type Running = { engine: Engine; bases: string[]; stop: () => Promise<void>; logs: () => string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

type Proc = { child: ChildProcess; base: string; log: string[] };

async function serve(args: string[], logDir: string, name: string): Promise<Proc> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, [cli, 'serve', '--port', String(port), ...args], {
    cwd: root,
    // The demo bundle and accounts on an empty database; the second process finds accounts and loads nothing.
    env: { ...process.env, HOST: '127.0.0.1', DEMO_DATA: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    fs.appendFileSync(path.join(logDir, `${name}.log`), chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { child, base, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(
    `${name} did not answer /api/health (exit ${child.exitCode}):\n${log.join('').slice(-3000)}`,
  );
}

async function stopProc(p: Proc) {
  if (p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Where the probe's PostgreSQL databases are made: PROBE_DATABASE_URL, else the tests' server. */
export const postgresServerUrl =
  process.env.PROBE_DATABASE_URL ??
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export async function start(engine: Engine): Promise<Running> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `fch-probe-${engine}-`));
  const procs: Proc[] = [];
  if (engine === 'pglite') {
    try {
      procs.push(await serve(['--data-dir', path.join(tmp, 'data')], tmp, 'server'));
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw err;
    }
    return {
      engine,
      bases: procs.map((p) => p.base),
      logs: () => procs.map((p) => p.log.join('')).join('\n'),
      stop: async () => {
        for (const p of procs) await stopProc(p);
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  }
  const name = `fch_probe_${process.pid}`;
  await withAdminConnection(postgresServerUrl, async (sql) => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name} encoding 'UTF8' template template0`);
  });
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  const dropAll = async () => {
    for (const p of procs) await stopProc(p);
    await withAdminConnection(postgresServerUrl, (sql) =>
      sql.unsafe(`drop database if exists ${name} with (force)`),
    );
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    // One after the other: the first migrates and loads the demo, the second finds both done.
    procs.push(await serve(['--database-url', url.toString()], tmp, 'server-1'));
    procs.push(await serve(['--database-url', url.toString()], tmp, 'server-2'));
  } catch (err) {
    await dropAll();
    throw err;
  }
  return {
    engine,
    bases: procs.map((p) => p.base),
    logs: () => procs.map((p) => p.log.join('')).join('\n'),
    stop: dropAll,
  };
}
