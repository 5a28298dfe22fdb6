import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSurvey } from '../../core/surveys/fixture.ts';
import { createApp } from '../app.ts';
import { type Database, openDatabase, resultRows } from '../db/client.ts';
import { demoAccounts, seedDemo } from '../demo.ts';
import { loadConfig } from '../env.ts';
import { createDeps } from '../platform.ts';
import { withAdminConnection } from '../test/postgres-admin.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { createTestDatabase, testEngine } from '../test/test-database.ts';
import { backupDatabase, countRows, restoreDatabase } from './backup.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-backup-'));
const postgresUrl = process.env.TEST_DATABASE_URL;
const opened: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of opened.reverse()) await close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * An empty, migrated database of either engine, closed (and dropped) after the file. This lane's engine
 * copies the run's migrated template (seconds faster than migrating); the other engine's is migrated here.
 */
async function freshDatabase(engine: 'pglite' | 'postgres'): Promise<Database> {
  let database: Database;
  if (engine === testEngine) {
    database = await createTestDatabase();
    opened.push(() => database.close());
    return database;
  }
  if (engine === 'pglite') {
    database = await openDatabase({ dataDir: fs.mkdtempSync(path.join(dir, 'data-')) });
    opened.push(() => database.close());
  } else {
    const name = `fch_restore_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withAdminConnection(postgresUrl!, (sql) =>
      sql.unsafe(`create database ${name} encoding 'UTF8' template template0`),
    );
    const url = new URL(postgresUrl!);
    url.pathname = `/${name}`;
    database = await openDatabase({ databaseUrl: url.toString() });
    opened.push(async () => {
      await database.close();
      await withAdminConnection(postgresUrl!, (sql) =>
        sql.unsafe(`drop database if exists ${name} with (force)`),
      );
    });
  }
  await database.migrate();
  return database;
}

/** The app a restarted server would serve on the restored database. */
function appOn(database: Database, reference: TestApp['deps']['reference']) {
  const app = createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference));
  return (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

let t: TestApp;
let linkToken: string;
let counts: Record<string, number>;
const file = path.join(dir, 'backup.jsonl');

beforeAll(async () => {
  t = await createTestApp();
  // The demo: organisations, relations, sites, profiles, needs, seeds, the synthetic survey, two accounts.
  await seedDemo(t.db, t.deps.reference);
  const admin = await t.login(demoAccounts.admin.email, demoAccounts.admin.password);
  const member = await t.login(demoAccounts.member.email, demoAccounts.member.password);
  const ulvac = (await t.request('GET', '/api/organizations?key=ulvac', { as: admin })).json.items[0];
  const supplier = await t.signIn('member', ulvac.id);

  // An introduction (with its event and the supplier's notification).
  const need = (await t.request('GET', '/api/needs?key=demo-kf-vacuum', { as: member })).json.items[0];
  const seed = (await t.request('GET', '/api/seeds?key=demo-ulvac-vacuum-pumps', { as: member })).json
    .items[0];
  const intro = await t.request('POST', '/api/introductions', {
    as: member,
    body: { fromKind: 'need', fromId: need.id, toType: 'seed', toId: seed.id, message: 'Could we talk?' },
  });
  expect(intro.status, JSON.stringify(intro.json)).toBe(201);
  expect((await t.request('GET', '/api/notifications', { as: supplier })).json.items.length).toBeGreaterThan(
    0,
  );

  // A survey opened to two organisations, one of which answers through its personal link.
  const survey = await t.request('POST', '/api/surveys', {
    as: admin,
    body: {
      key: 'backup-check',
      title: { en: 'Backup check' },
      definition: siteSurvey,
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      population: { organizations: ['kyoto-fusioneering', 'ulvac'] },
    },
  });
  expect(survey.status, JSON.stringify(survey.json)).toBe(201);
  const open = await t.request('POST', `/api/surveys/${survey.json.id}/open`, { as: admin });
  expect(open.status).toBe(200);
  const tokens = open.json.links.map((l: { link: string }) => new URL(l.link).pathname.split('/').pop());
  linkToken = tokens[1];
  const answered = await t.request('POST', `/api/survey-links/${tokens[0]}/submit`, {
    body: { answers: { 'q-kind': 'company', 'q-plan': 'plan', 'q-facility': ['reactor'] } },
  });
  expect(answered.status, JSON.stringify(answered.json)).toBe(200);

  // A siting study.
  const study = await t.request('POST', '/api/siting/studies', {
    as: member,
    body: { title: 'Reactor site', profile: 'fusion-reactor', method: 'wsm', normalization: 'minmax' },
  });
  expect(study.status, JSON.stringify(study.json)).toBe(201);

  counts = await countRows(t.db);
  await backupDatabase(t.db, t.engine, file);
});

const otherEngine: 'pglite' | 'postgres' = testEngine === 'pglite' ? 'postgres' : 'pglite';
// Across engines too, when both are at hand: the PGlite lane restores into PostgreSQL and the other way round.
const engines: Array<'pglite' | 'postgres'> = [testEngine, ...(postgresUrl ? [otherEngine] : [])];

describe('backup and restore', () => {
  it('backs up every table a running platform writes', () => {
    for (const table of [
      'users',
      'sessions',
      'organizations',
      'needs',
      'seeds',
      'introductions',
      'introduction_events',
      'surveys',
      'survey_invitations',
      'survey_responses',
      'siting_studies',
      'notifications',
      'audit_log',
      'app_secrets',
    ])
      expect(counts[table], table).toBeGreaterThan(0);
  });

  it.each(engines)(
    'restores into a fresh %s database: every table alike, old links and passwords work',
    async (engine) => {
      const target = await freshDatabase(engine);
      const seen: string[] = [];
      await restoreDatabase(target.db, file, {
        progress: (table, done, total) => done === total && seen.push(table),
      });
      expect(await countRows(target.db)).toEqual(counts);
      expect(seen).toContain('survey_responses');

      const call = appOn(target, t.deps.reference);
      const link = await call('GET', `/api/survey-links/${linkToken}`);
      expect(link.status).toBe(200);
      const submit = await call('POST', `/api/survey-links/${linkToken}/submit`, {
        answers: { 'q-kind': 'company', 'q-plan': 'none', 'q-facility': [] },
      });
      expect(submit.status, await submit.clone().text()).toBe(200);
      const login = await call('POST', '/api/auth/login', {
        email: demoAccounts.member.email,
        password: demoAccounts.member.password,
      });
      expect(login.status).toBe(200);
      // Serial ids go on after the restored ones: the next audit row does not collide.
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const created = await call(
        'POST',
        '/api/needs',
        { category: 'supplier', title: { en: 'After restore' }, technologies: ['VAC'] },
        { cookie, 'x-csrf-token': csrfToken },
      );
      expect(created.status, await created.clone().text()).toBe(201);
    },
  );

  it('refuses a target holding data unless forced, and then replaces it', async () => {
    const target = await freshDatabase(testEngine);
    await restoreDatabase(target.db, file);
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(/holds data \(.*users.*\).*--force/);
    await restoreDatabase(target.db, file, { force: true });
    expect(await countRows(target.db)).toEqual(counts);
  });

  it('refuses a backup from a newer schema, and leaves the target untouched', async () => {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.push({ createdAt: '9999999999999', hash: 'future' });
    const newer = path.join(dir, 'newer.jsonl');
    fs.writeFileSync(newer, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    const target = await freshDatabase(testEngine);
    await expect(restoreDatabase(target.db, newer)).rejects.toThrow(/newer schema/);
    expect((await countRows(target.db)).users).toBe(0);
  });

  it('loads a backup from an older schema, columns added since taking their defaults', async () => {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.pop(); // as if made before 0004, which added organizations.revision
    const orgs = header.tables.find((x: { name: string }) => x.name === 'organizations');
    orgs.columns = orgs.columns.filter((c: string) => c !== 'revision');
    const older = path.join(dir, 'older.jsonl');
    fs.writeFileSync(older, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    const target = await freshDatabase(testEngine);
    await restoreDatabase(target.db, older);
    expect(await countRows(target.db)).toEqual(counts);
    const revisions = await target.db.execute(sql`select distinct revision from organizations`);
    expect(resultRows(revisions)).toEqual([{ revision: expect.anything() }]);
  });

  it('is all or nothing: a file cut short or a bad row leaves the target empty', async () => {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, `${lines.slice(0, -1).join('\n')}\n`);
    const target = await freshDatabase(testEngine);
    const before = await countRows(target.db);
    await expect(restoreDatabase(target.db, cut)).rejects.toThrow(/cut short/);
    expect(await countRows(target.db)).toEqual(before);

    // A session whose user is not in the backup: the foreign key refuses it, after users were written.
    const bad = path.join(dir, 'bad.jsonl');
    const at = lines.indexOf('["table","sessions"]');
    expect(at).toBeGreaterThan(0);
    const row = JSON.parse(lines[at + 1]!);
    lines[at + 1] = JSON.stringify({ ...row, user_id: randomUUID() });
    fs.writeFileSync(bad, `${lines.join('\n')}\n`);
    await expect(restoreDatabase(target.db, bad)).rejects.toThrow();
    expect(await countRows(target.db)).toEqual(before);
  });

  it('refuses lines nested deeper than a request body may be, by name, not by a stack overflow', async () => {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const target = await freshDatabase(testEngine);
    const before = await countRows(target.db);
    const at = lines.indexOf('["table","sessions"]');
    for (const [name, replaced] of [
      ['deep-header.jsonl', [`{"format":${deep}}`, ...lines.slice(1)]],
      ['deep-marker.jsonl', lines.map((l, i) => (i === at ? `["table",${deep}]` : l))],
      ['deep-row.jsonl', lines.map((l, i) => (i === at + 1 ? `{"id":${deep}}` : l))],
    ] as const) {
      const damaged = path.join(dir, name);
      fs.writeFileSync(damaged, `${replaced.join('\n')}\n`);
      const refused = restoreDatabase(target.db, damaged);
      await expect(refused).rejects.toThrow(
        name === 'deep-header.jsonl' ? /not a Fusion Cluster Hub backup/ : /nested more than 64 levels/,
      );
      await expect(refused).rejects.not.toBeInstanceOf(RangeError);
      expect(await countRows(target.db)).toEqual(before);
    }
  });
});
