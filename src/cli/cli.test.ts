import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The sources as they are now (the package's bin runs the last build).
const cli = path.resolve(import.meta.dirname, 'run.ts');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });

const bundle = (organizations: unknown[]) => ({ format: 'fusion-cluster-bundle', version: 1, organizations });
const org = (key: string, technologies = ['MAG.hts']) => ({
  key,
  name: { en: key },
  kind: 'company',
  technologies,
});

// The command line on the embedded engine, as an operator uses it: separate processes, one data directory.
describe('fusion-cluster command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-cli-'));
  const dataDir = path.join(dir, 'data');
  const file = (name: string, content: unknown) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, JSON.stringify(content));
    return p;
  };

  it('imports a bundle with progress, then reports the same bundle unchanged', () => {
    const f = file('good.json', bundle([org('a'), org('b')]));
    const first = run('import', f, '--data-dir', dataDir);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 created, 0 updated, 0 unchanged');
    expect(first.stderr).toMatch(/writing\s+2 \/ 2/);
    expect(run('import', f, '--data-dir', dataDir).stdout).toContain('0 created, 0 updated, 2 unchanged');
  });

  it('refuses a bad bundle whole, listing each error by path, with exit code 1', () => {
    const f = file('bad.json', bundle([org('c'), org('d', ['MAGX'])]));
    const res = run('import', f, '--data-dir', dataDir);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('organizations[1].technologies[0]: unknown code "MAGX"');
    const out = path.join(dir, 'out.json');
    expect(run('export', out, '--data-dir', dataDir).status).toBe(0);
    const keys = JSON.parse(fs.readFileSync(out, 'utf8')).organizations.map((o: { key: string }) => o.key);
    expect(keys).toEqual(['a', 'b']);
  });

  it('creates an account for an organisation, and refuses a short password naming the field', () => {
    const ok = run(
      'user',
      'create',
      '--email',
      'm@x.example',
      '--name',
      'M',
      '--role',
      'member',
      '--organization',
      'a',
      '--password',
      'long-enough-pass',
      '--data-dir',
      dataDir,
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/created member m@x\.example/);
    const bad = run(
      'user',
      'create',
      '--email',
      'n@x.example',
      '--name',
      'N',
      '--role',
      'admin',
      '--password',
      'short',
      '--data-dir',
      dataDir,
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('password');
  });

  it('stops with a message naming a bad environment variable', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', cli, 'export', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', SESSION_TTL_HOURS: 'forever' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SESSION_TTL_HOURS');
  });
});
