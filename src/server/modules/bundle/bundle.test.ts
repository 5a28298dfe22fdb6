import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';
import { importBundle } from './index.ts';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

const org = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  name: { ja: `${key} 株式会社`, en: `${key} Ltd.` },
  kind: 'company',
  roles: ['component-supplier'],
  technologies: ['MAG.hts'],
  ...extra,
});
const bundle = (organizations: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'fusion-cluster-bundle',
  version: 1,
  organizations,
  ...extra,
});
const valid = () =>
  bundle([
    org('assoc', { kind: 'association', technologies: [] }),
    org('alpha', { memberships: ['assoc'] }),
    org('beta'),
  ]);

async function exported() {
  const { json } = await t.request('GET', '/api/export', { as: admin });
  return json.organizations;
}

describe('POST /api/import', () => {
  it('imports, then the same bundle again changes nothing', async () => {
    const first = await t.request('POST', '/api/import', { as: admin, body: valid() });
    expect(first.status).toBe(200);
    expect(first.json.organizations).toEqual({ created: 3, updated: 0, unchanged: 0, total: 3 });
    const state = await exported();
    const second = await t.request('POST', '/api/import', { as: admin, body: valid() });
    expect(second.json.organizations).toEqual({ created: 0, updated: 0, unchanged: 3, total: 3 });
    expect(await exported()).toEqual(state);
  });

  it('updates by key and reports it', async () => {
    await t.request('POST', '/api/import', { as: admin, body: valid() });
    const changed = valid();
    (changed.organizations[2] as { technologies: string[] }).technologies = ['VAC'];
    const res = await t.request('POST', '/api/import', { as: admin, body: changed });
    expect(res.json.organizations).toEqual({ created: 0, updated: 1, unchanged: 2, total: 3 });
    const { json } = await t.request('GET', '/api/organizations?key=beta');
    expect(json.items[0].technologies).toEqual(['VAC']);
  });

  it('rejects a bundle with errors whole, listing every error by path, and writes nothing', async () => {
    await t.request('POST', '/api/import', { as: admin, body: valid() });
    const before = await exported();
    const bad = bundle([
      org('alpha', { technologies: ['MAGX'] }), // would update alpha: must not happen
      org('gamma'),
      org('Bad Key'),
      org('delta', { memberships: ['nobody'], kind: 'castle' }),
      org('gamma'),
    ]);
    const res = await t.request('POST', '/api/import', { as: admin, body: bad });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('invalid_bundle');
    const lines = res.json.error.details.map(
      (d: { path: string; message: string }) => `${d.path}: ${d.message}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'organizations[0].technologies[0]: unknown code "MAGX"',
        expect.stringMatching(/^organizations\[2\]\.key: /),
        expect.stringMatching(/^organizations\[3\]\.kind: /),
        'organizations[4].key: duplicate key "gamma" (first at organizations[1])',
      ]),
    );
    expect(await exported()).toEqual(before);
  });

  it('reports unknown membership keys and a wrong format or version', async () => {
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: { format: 'other', version: 2, organizations: [org('solo', { memberships: ['ghost'] })] },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      'format',
      'version',
      'organizations[0].memberships[0]',
    ]);
  });

  it('accepts membership keys that already exist in the database', async () => {
    await t.request('POST', '/api/import', { as: admin, body: valid() });
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([org('late', { memberships: ['assoc'] })]),
    });
    expect(res.status).toBe(200);
  });

  it('reports the sections later modules will own as ignored', async () => {
    const res = await t.request('POST', '/api/import', { as: admin, body: { ...valid(), surveys: [] } });
    expect(res.json.ignored).toEqual(['surveys']);
  });

  it.each(nonAdmins)('refuses %s', async (_n, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('POST', '/api/import', { as, body: valid() })).status).toBe(status);
    expect(await exported()).toEqual([]);
  });

  it('runs as a job that reports progress and the result', async () => {
    const many = bundle(Array.from({ length: 1200 }, (_, i) => org(`bulk-${i}`)));
    const started = await t.request('POST', '/api/import?async=true', { as: admin, body: many });
    expect(started.status).toBe(202);
    let job = started.json;
    const seen: number[] = [];
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = (await t.request('GET', `/api/import/jobs/${job.id}`, { as: admin })).json;
      seen.push(job.processed);
    }
    expect(job.state).toBe('succeeded');
    expect(job.processed).toBe(1200);
    expect(job.total).toBe(1200);
    expect(job.result.organizations.created).toBe(1200);
    const other = await t.signIn('admin');
    expect((await t.request('GET', `/api/import/jobs/${job.id}`, { as: other })).status).toBe(404);
  });

  it('reports a failed job with the error list', async () => {
    const started = await t.request('POST', '/api/import?async=true', {
      as: admin,
      body: bundle([org('x', { technologies: ['NOPE'] })]),
    });
    let job = started.json;
    while (job.state === 'running')
      job = (await t.request('GET', `/api/import/jobs/${job.id}`, { as: admin })).json;
    expect(job.state).toBe('failed');
    expect(job.error.details[0].path).toBe('organizations[0].technologies[0]');
  });
});

describe('GET /api/export', () => {
  it('round-trips: exporting and re-importing gives the same state', async () => {
    await t.request('POST', '/api/import', { as: admin, body: valid() });
    const { json } = await t.request('GET', '/api/export', { as: admin });
    expect(json).toMatchObject({ format: 'fusion-cluster-bundle', version: 1 });
    await t.reset();
    admin = await t.signIn('admin');
    const res = await t.request('POST', '/api/import', { as: admin, body: json });
    expect(res.json.organizations.created).toBe(3);
    expect(await exported()).toEqual(json.organizations);
  });

  it("exports one cluster's organisations with the associations they belong to, importable on its own", async () => {
    await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([
        org('council', { kind: 'association', technologies: [], clusters: ['fusion'] }),
        org('wind-farm', { clusters: ['offshore-wind'], technologies: ['WTG'], memberships: ['council'] }),
        org('tokamak-parts'),
      ]),
    });
    const { json } = await t.request('GET', '/api/export?cluster=offshore-wind', { as: admin });
    expect(json.organizations.map((o: { key: string }) => o.key)).toEqual(['council', 'wind-farm']);
    await t.reset();
    admin = await t.signIn('admin');
    expect((await t.request('POST', '/api/import', { as: admin, body: json })).status).toBe(200);
    const bad = await t.request('GET', '/api/export?cluster=moon', { as: admin });
    expect(bad.json.error.details[0].path).toBe('query.cluster');
  });

  it('leaves out memberships in profiles the caller cannot see', async () => {
    await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([
        org('secret-club', { kind: 'association', published: false }),
        org('open', { memberships: ['secret-club'] }),
      ]),
    });
    const { json } = await t.request('GET', '/api/export');
    expect(json.organizations).toEqual([expect.objectContaining({ key: 'open', memberships: [] })]);
  });

  it('gives the public only published profiles', async () => {
    await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([org('open'), org('closed', { published: false })]),
    });
    const { json } = await t.request('GET', '/api/export');
    expect(json.organizations.map((o: { key: string }) => o.key)).toEqual(['open']);
  });
});

describe('relations in the bundle', () => {
  const withRelations = (relations: unknown[]) =>
    bundle(
      [
        org('assoc', { kind: 'association', technologies: [] }),
        org('alpha', { memberships: ['assoc'] }),
        org('beta'),
      ],
      { relations },
    );
  const supply = {
    from: 'beta',
    to: 'alpha',
    type: 'supplier-customer',
    since: '2024-04',
    source: { url: 'https://example.org/news', asOf: '2025-01-10' },
  };

  it('imports them, then the same bundle again changes nothing, and exports them', async () => {
    const body = withRelations([supply, { from: 'alpha', to: 'beta', type: 'partnership' }]);
    const first = await t.request('POST', '/api/import', { as: admin, body });
    expect(first.status).toBe(200);
    expect(first.json.relations).toEqual({ created: 2, updated: 0, unchanged: 0, total: 2 });
    expect(first.json.ignored).toEqual([]);
    const second = await t.request('POST', '/api/import', { as: admin, body });
    expect(second.json.relations).toEqual({ created: 0, updated: 0, unchanged: 2, total: 2 });
    const { json } = await t.request('GET', '/api/export', { as: admin });
    expect(json.relations).toEqual([{ from: 'alpha', to: 'beta', type: 'partnership' }, supply]);
  });

  it('updates a relation matched by (from, to, type)', async () => {
    await t.request('POST', '/api/import', { as: admin, body: withRelations([supply]) });
    const changed = { ...supply, since: '2023' };
    const res = await t.request('POST', '/api/import', { as: admin, body: withRelations([changed]) });
    expect(res.json.relations).toEqual({ created: 0, updated: 1, unchanged: 0, total: 1 });
    const { json } = await t.request('GET', '/api/export', { as: admin });
    expect(json.relations).toEqual([changed]);
  });

  it('links to organisations already stored', async () => {
    await t.request('POST', '/api/import', { as: admin, body: valid() });
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([org('gamma')], { relations: [{ from: 'gamma', to: 'alpha', type: 'investment' }] }),
    });
    expect(res.status).toBe(200);
    expect(res.json.relations.created).toBe(1);
  });

  it('rejects the whole bundle with every relation error by path', async () => {
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: withRelations([
        supply,
        { from: 'alpha', to: 'beta', type: 'friendship' },
        { from: 'alpha', to: 'x', type: 'partnership' },
        { from: 'beta', to: 'beta', type: 'investment' },
        supply,
        { from: 'alpha', to: 'beta', type: 'partnership', since: '2024-13-01' },
        { from: 'alpha', to: 'beta', type: 'investment', source: { url: 'ftp://x' } },
      ]),
    });
    expect(res.status).toBe(422);
    const lines = res.json.error.details.map(
      (d: { path: string; message: string }) => `${d.path}: ${d.message}`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^relations\[1\]\.type: /),
        'relations[2].to: unknown organisation "x"',
        'relations[3].to: an organisation cannot be related to itself',
        'relations[4]: duplicate relation (first at relations[0])',
        expect.stringMatching(/^relations\[5\]\.since: /),
        expect.stringMatching(/^relations\[6\]\.source\.url: /),
      ]),
    );
    expect(await exported()).toEqual([]); // the organisations were not written either
  });

  it('exports only relations between organisations the caller may see', async () => {
    await t.request('POST', '/api/import', {
      as: admin,
      body: bundle([org('open'), org('other'), org('closed', { published: false })], {
        relations: [
          { from: 'open', to: 'closed', type: 'partnership' },
          { from: 'open', to: 'other', type: 'partnership' },
        ],
      }),
    });
    const { json } = await t.request('GET', '/api/export');
    expect(json.relations).toEqual([{ from: 'open', to: 'other', type: 'partnership' }]);
  });
});

describe('import errors in the language asked for', () => {
  const ja = { 'accept-language': 'ja' };
  const twice = () => bundle([org('gamma'), org('gamma')]);

  it('words the summary and each error in Japanese for a Japanese request', async () => {
    const res = await t.request('POST', '/api/import', { as: admin, body: twice(), headers: ja });
    expect(res.status).toBe(422);
    expect(res.json.error.message).toBe('バンドルに 1 件の誤りがあるため、何も取り込んでいません');
    expect(res.json.error.details).toEqual([
      { path: 'organizations[1].key', message: 'キー「gamma」が重複しています（最初は organizations[0]）' },
    ]);
    const en = await t.request('POST', '/api/import', { as: admin, body: twice() });
    expect(en.json.error.message).toBe('The bundle has 1 error(s); nothing was imported');
  });

  it('keeps the language of the request in a background import job', async () => {
    const started = await t.request('POST', '/api/import?async=true', {
      as: admin,
      body: twice(),
      headers: ja,
    });
    expect(started.status).toBe(202);
    let job = started.json;
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = (await t.request('GET', `/api/import/jobs/${job.id}`, { as: admin })).json;
    }
    expect(job.state).toBe('failed');
    expect(job.error.details[0].message).toBe('キー「gamma」が重複しています（最初は organizations[0]）');
  });
});

describe('a large import on the one PGlite connection', () => {
  const many = (n: number) => bundle(Array.from({ length: n }, (_, i) => org(`bulk-${i}`)));
  const staged = () => ({ staged: t.engine === 'pglite' });
  const total = async () => (await t.request('GET', '/api/organizations?limit=1', { as: admin })).json.total;

  it('answers reads while it writes, and they see none of it until it is all in', async () => {
    const reads: Array<Promise<{ total: number; at: number }>> = [];
    const result = await importBundle(
      t.db,
      t.deps.reference,
      null,
      many(3000),
      (phase, done) => {
        // Half-way through writing, a reader asks: it must be answered before the import ends.
        if (phase === 'writing' && done === 2000)
          reads.push(total().then((n) => ({ total: n, at: performance.now() })));
      },
      180,
      staged(),
    );
    const ended = performance.now();
    expect(result.organizations.created).toBe(3000);
    const [read] = await Promise.all(reads);
    expect(read!.total).toBe(0);
    expect(read!.at).toBeLessThan(ended);
    expect(await total()).toBe(3000);
  });

  it('answers a read that fell due during the switch before it tidies the indexes', async () => {
    const reads: Array<Promise<{ total: number; at: number }>> = [];
    const result = await importBundle(
      t.db,
      t.deps.reference,
      null,
      many(3000),
      (phase, done) => {
        // Everything is staged: a reader's request falls due as the switch begins, and waits for it.
        if (phase === 'writing' && done === 3000)
          setTimeout(() => reads.push(total().then((n) => ({ total: n, at: performance.now() }))), 0);
      },
      180,
      staged(),
    );
    const ended = performance.now();
    expect(result.organizations.created).toBe(3000);
    const [read] = await Promise.all(reads);
    // All or nothing, whichever side of the switch it landed on; and answered before the tidy-up ended.
    expect([0, 3000]).toContain(read!.total);
    expect(read!.at).toBeLessThan(ended);
  });

  it('leaves nothing visible when it fails half-way', async () => {
    await t.addOrganization({ key: 'already-there' });
    const failing = importBundle(
      t.db,
      t.deps.reference,
      null,
      many(3000),
      (phase, done) => {
        if (phase === 'writing' && done === 2000) throw new Error('disk full');
      },
      180,
      staged(),
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(await total()).toBe(1);
    // And a second try, clean this time, is not hindered by what the first left behind.
    const again = await importBundle(t.db, t.deps.reference, null, many(10), undefined, 180, staged());
    expect(again.organizations.created).toBe(10);
  });
});
