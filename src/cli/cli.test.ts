import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

const env = { ...process.env, DATABASE_URL: '' };
// A command in its own process, as an operator runs it: the sources as they are now (the package's bin runs
// the last build).
const cli = path.resolve(import.meta.dirname, 'run.ts');
const spawn = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
  });
// The same command in this process, seconds faster: what it writes and the exit code it would end with.
async function run(...args: string[]) {
  const written = { stdout: '', stderr: '' };
  const status = await main(['node', 'fusion-cluster', ...args], {
    out: (text) => {
      written.stdout += text;
    },
    err: (text) => {
      written.stderr += text;
    },
    env,
    interactive: false,
  });
  return { status, ...written };
}

const demoBundle = path.resolve(import.meta.dirname, '../../data/demo/bundle.json');
const bundle = (organizations: unknown[]) => ({ format: 'fusion-cluster-bundle', version: 1, organizations });
const org = (key: string, technologies = ['MAG.hts']) => ({
  key,
  name: { en: key },
  kind: 'company',
  technologies,
});

// The command line on the embedded engine, as an operator uses it: one data directory that commands open
// one after another (the tests build on each other's data, in order); the first import and a bad
// environment run in processes of their own. A new data directory costs seconds of setting up and
// migrating, so only the first import and the restore start one.
describe('fusion-cluster command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-cli-'));
  const dataDir = path.join(dir, 'data');
  const file = (name: string, content: unknown) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, JSON.stringify(content));
    return p;
  };

  it('imports a bundle with progress, then reports the same bundle unchanged', async () => {
    const f = file('good.json', bundle([org('a'), org('b')]));
    const first = spawn(['import', f, '--data-dir', dataDir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 created, 0 updated, 0 unchanged');
    expect(first.stderr).toMatch(/writing\s+2 \/ 2/);
    expect(spawn(['import', f, '--data-dir', dataDir]).stdout).toContain('0 created, 0 updated, 2 unchanged');
  });

  it('refuses a bad bundle whole, listing each error by path, with exit code 1', async () => {
    const f = file('bad.json', bundle([org('c'), org('d', ['MAGX'])]));
    const res = await run('import', f, '--data-dir', dataDir);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('organizations[1].technologies[0]: unknown code "MAGX"');
    const out = path.join(dir, 'out.json');
    expect((await run('export', out, '--data-dir', dataDir)).status).toBe(0);
    const keys = JSON.parse(fs.readFileSync(out, 'utf8')).organizations.map((o: { key: string }) => o.key);
    expect(keys).toEqual(['a', 'b']);
  });

  it('refuses a bundle nested too deep or not JSON, naming the file, with exit code 1', async () => {
    const deep = path.join(dir, 'deep.json');
    fs.writeFileSync(deep, `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const nested = await run('import', deep, '--data-dir', dataDir);
    expect(nested.status).toBe(1);
    expect(nested.stderr).toContain(`${deep}: nested more than 64 levels deep`);
    expect(nested.stderr).not.toContain('RangeError');
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"format":');
    const malformed = await run('import', broken, '--data-dir', dataDir);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain(`bad_request: ${broken}:`);
  });

  it('creates an account for an organisation, and refuses a short password naming the field', async () => {
    const ok = await run(
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
    const bad = await run(
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

  // The matching itself (names in either language, keys, ids, ambiguity) is tested in the organisations
  // module; here, that the command takes a name and prints the candidates of an ambiguous one.
  it('takes the organisation by its name, and lists the candidates of an ambiguous name', async () => {
    const f = file('named.json', {
      ...bundle([
        { ...org('tmw'), name: { ja: '東北マグネット製作所', en: 'Tohoku Magnet Works' } },
        { ...org('tml'), name: { ja: '東北マグネット研究所', en: 'Tohoku Magnet Labs' } },
      ]),
    });
    expect((await run('import', f, '--data-dir', dataDir)).status).toBe(0);
    const create = (email: string, organization: string) =>
      run(
        'user',
        'create',
        ...['--email', email, '--name', 'M', '--role', 'member', '--password', 'long-enough-pass'],
        ...['--organization', organization, '--data-dir', dataDir],
      );
    const byName = await create('a@x.example', 'tohoku magnet works');
    expect(byName.status, byName.stderr).toBe(0);
    const ambiguous = await create('c@x.example', '東北マグネット');
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('matches several organisations');
    expect(ambiguous.stderr).toMatch(/tml \(東北マグネット研究所\)/);
    expect(ambiguous.stderr).toMatch(/tmw \(東北マグネット製作所\)/);
  });

  it('imports the demo bundle, naming every section it wrote, needs and seeds among them', async () => {
    const res = await run('import', demoBundle, '--data-dir', dataDir);
    expect(res.status, res.stderr).toBe(0);
    for (const section of ['organizations', 'relations', 'sites', 'sitingProfiles', 'needs', 'seeds'])
      expect(res.stdout).toMatch(new RegExp(`^${section}: \\d+ created`, 'm'));
    expect(res.stdout).toContain('needs: 3 created');
  });

  it('backs up and restores a data directory, refusing to overwrite one in use without --force', async () => {
    const backup = path.join(dir, 'backup.jsonl.gz');
    const made = await run('backup', backup, '--data-dir', dataDir);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/backup\s+users\s+2 \/ 2 rows/);
    expect(fs.statSync(backup).mode & 0o077).toBe(0); // personal data and password hashes: owner only
    const restored = path.join(dir, 'restored');
    const res = await run('restore', backup, '--data-dir', restored);
    expect(res.status, res.stderr).toBe(0);
    const demoOrganizations = JSON.parse(fs.readFileSync(demoBundle, 'utf8')).organizations.length;
    const organizations = demoOrganizations + 4; // the demo's, a, b, tmw and tml
    expect(res.stderr).toMatch(
      new RegExp(`restore\\s+organizations\\s+${organizations} / ${organizations} rows`),
    );
    const again = await run('restore', backup, '--data-dir', restored);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await run('restore', backup, '--data-dir', restored, '--force')).status).toBe(0);
    const exported = async (d: string) => {
      const out = path.join(dir, `export-${path.basename(d)}.json`);
      expect((await run('export', out, '--data-dir', d)).status).toBe(0);
      const { exportedAt: _at, ...bundle } = JSON.parse(fs.readFileSync(out, 'utf8'));
      return bundle;
    };
    expect(await exported(restored)).toEqual(await exported(dataDir));
    expect((await run('backup', backup, '--data-dir', path.join(dir, 'nothing-here'))).stderr).toContain(
      'No database',
    );
  }, 120_000);

  it('stops with a message naming a bad environment variable', async () => {
    const res = spawn(['export', '--data-dir', dataDir], { SESSION_TTL_HOURS: 'forever' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SESSION_TTL_HOURS');
  });
});
