import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/errors.ts';

/** What the lock file holds: the owner's pid, when that process started, and a token only it knows. */
type LockOwner = { pid: number; started?: string; token?: string };

// Tokens of the locks this process holds, by file: a lock naming this pid with another token was left by an
// earlier process that had the same pid (a container restarted after kill -9 often gets the same one).
const heldHere = new Map<string, string>();

/**
 * PGlite is one process's database: a second process opening the same directory silently loses writes
 * (PGlite #323, #1106). A lock file naming the owner turns that into a clear start-up error. A pid alone is
 * not enough, since pids are reused: the lock also records when its process started (Linux's
 * /proc/<pid>/stat), and a live process with that pid but another start time is someone else, so the lock
 * is stale.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.resolve(dataDir, 'fusion-cluster.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    const token = randomBytes(12).toString('hex');
    const owner: LockOwner = { pid: process.pid, started: processStart(process.pid), token };
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      heldHere.set(file, token);
      return () => {
        if (heldHere.get(file) !== token) return;
        heldHere.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readOwner(file);
      if (holder && holdsLock(file, holder)) {
        throw new AppError(
          'conflict',
          `The data directory ${path.resolve(dataDir)} is in use by process ${holder.pid}. ` +
            'Stop that process first, or use another --data-dir.',
        );
      }
      fs.rmSync(file, { force: true }); // stale: its process died, or the pid now belongs to another one
    }
  }
  throw new AppError('conflict', `Could not lock the data directory ${dataDir}`);
}

function readOwner(file: string): LockOwner | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text) }; // written by an older version: a bare pid
  try {
    const parsed = JSON.parse(text) as LockOwner;
    return Number.isInteger(parsed.pid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function holdsLock(file: string, holder: LockOwner): boolean {
  // This process: its own only if it took this very lock (a second open here is refused like any other).
  if (holder.pid === process.pid) return holder.token !== undefined && heldHere.get(file) === holder.token;
  if (!isAlive(holder.pid)) return false;
  // Alive: the same process only if it started when the lock says. Without /proc we cannot tell, and
  // trust the pid as before.
  const started = processStart(holder.pid);
  return holder.started === undefined || started === undefined || started === holder.started;
}

/** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined off Linux. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
