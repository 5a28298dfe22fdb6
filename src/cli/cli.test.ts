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

  it('refuses a bundle nested too deep or not JSON, naming the file, with exit code 1', () => {
    const deep = path.join(dir, 'deep.json');
    fs.writeFileSync(deep, `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const nested = run('import', deep, '--data-dir', dataDir);
    expect(nested.status).toBe(1);
    expect(nested.stderr).toContain(`${deep}: nested more than 64 levels deep`);
    expect(nested.stderr).not.toContain('RangeError');
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"format":');
    const malformed = run('import', broken, '--data-dir', dataDir);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain(`bad_request: ${broken}:`);
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

  it('takes the organisation by its name in either language or its key, and lists the candidates of an ambiguous name', () => {
    const data = path.join(dir, 'by-name');
    const f = file('named.json', {
      ...bundle([
        { ...org('tmw'), name: { ja: '東北マグネット製作所', en: 'Tohoku Magnet Works' } },
        { ...org('tml'), name: { ja: '東北マグネット研究所', en: 'Tohoku Magnet Labs' } },
      ]),
    });
    expect(run('import', f, '--data-dir', data).status).toBe(0);
    const create = (email: string, organization: string) =>
      run(
        'user',
        'create',
        ...['--email', email, '--name', 'M', '--role', 'member', '--password', 'long-enough-pass'],
        ...['--organization', organization, '--data-dir', data],
      );
    const byName = create('a@x.example', 'tohoku magnet works');
    expect(byName.status, byName.stderr).toBe(0);
    expect(create('b@x.example', '東北マグネット研究所').status).toBe(0);
    const ambiguous = create('c@x.example', '東北マグネット');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('matches several organisations');
    expect(ambiguous.stderr).toMatch(/tml \(東北マグネット研究所\)/);
    expect(ambiguous.stderr).toMatch(/tmw \(東北マグネット製作所\)/);
    const unknown = create('d@x.example', 'Kyushu Magnet');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No organisation matches "Kyushu Magnet"');
    expect(create('e@x.example', 'tmw').status).toBe(0);
  }, 240_000); // six processes, each opening the database

  it('imports the demo bundle, naming every section it wrote, needs and seeds among them', () => {
    const demo = path.resolve(import.meta.dirname, '../../data/demo/bundle.json');
    const res = run('import', demo, '--data-dir', path.join(dir, 'demo'));
    expect(res.status, res.stderr).toBe(0);
    for (const section of ['organizations', 'relations', 'sites', 'sitingProfiles', 'needs', 'seeds'])
      expect(res.stdout).toMatch(new RegExp(`^${section}: \\d+ created`, 'm'));
    expect(res.stdout).toContain('needs: 3 created');
  });

  it('backs up and restores a data directory, refusing to overwrite one in use without --force', () => {
    const backup = path.join(dir, 'backup.jsonl.gz');
    const made = run('backup', backup, '--data-dir', dataDir);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/backup\s+users\s+1 \/ 1 rows/);
    expect(fs.statSync(backup).mode & 0o077).toBe(0); // personal data and password hashes: owner only
    const restored = path.join(dir, 'restored');
    const res = run('restore', backup, '--data-dir', restored);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/restore\s+organizations\s+2 \/ 2 rows/);
    const again = run('restore', backup, '--data-dir', restored);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(run('restore', backup, '--data-dir', restored, '--force').status).toBe(0);
    const exported = (d: string) => {
      const out = path.join(dir, `export-${path.basename(d)}.json`);
      expect(run('export', out, '--data-dir', d).status).toBe(0);
      const { exportedAt: _at, ...bundle } = JSON.parse(fs.readFileSync(out, 'utf8'));
      return bundle;
    };
    expect(exported(restored)).toEqual(exported(dataDir));
    expect(run('backup', backup, '--data-dir', path.join(dir, 'nothing-here')).stderr).toContain(
      'No database',
    );
    // Nine command processes, each starting Node and PGlite and reading every migration: over a minute when
    // two test files share the two cores.
  }, 240_000);

  it('stops with a message naming a bad environment variable', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', cli, 'export', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', SESSION_TTL_HOURS: 'forever' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SESSION_TTL_HOURS');
  });
});
