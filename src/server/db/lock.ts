import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/errors.ts';

/**
 * PGlite is one process's database: a second process opening the same directory silently loses writes
 * (PGlite #323, #1106). A lock file holding the owner's pid turns that into a clear start-up error.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'fusion-cluster.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (isAlive(owner)) {
        throw new AppError(
          'conflict',
          `The data directory ${path.resolve(dataDir)} is in use by process ${owner}. ` +
            'Stop that process first, or use another --data-dir.',
        );
      }
      fs.rmSync(file, { force: true }); // stale lock from a process that died
    }
  }
  throw new AppError('conflict', `Could not lock the data directory ${dataDir}`);
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
