import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodePoints, type PointColumns } from '../../../core/directory/points-codec.ts';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
});

// A small hand-made directory; every expectation below is counted from it by hand.
beforeEach(async () => {
  await t.reset();
  const orgs = [
    {
      key: 'j-fusion',
      name: { ja: 'フュージョンエネルギー産業協議会', en: 'J-Fusion' },
      kind: 'association' as const,
      roles: ['public' as const],
    },
    {
      key: 'hts-wire',
      name: { ja: '高温超伝導線材株式会社', en: 'HTS Wire Co.' },
      kind: 'company' as const,
      roles: ['materials-supplier' as const],
      technologies: ['MAG.hts'],
      description: { ja: 'REBCO 高温超伝導テープを量産する。', en: 'Mass-produces REBCO tape.' },
      location: { country: 'JP', prefecture: '東京都', city: '江東区', lat: 35.67, lng: 139.82 },
      memberships: ['j-fusion'],
    },
    {
      key: 'coil-works',
      name: { en: 'Coil Works Ltd.' },
      kind: 'company' as const,
      roles: ['component-supplier' as const],
      technologies: ['MAG.coil-winding', 'VAC'],
      description: { en: 'Winds superconducting magnet coils and builds vacuum vessels.' },
      location: { country: 'JP', prefecture: '青森県', city: '六ヶ所村' },
    },
    {
      key: 'gyro-lab',
      name: { ja: 'ジャイロトロン研究所', en: 'Gyrotron Lab' },
      kind: 'research-institute' as const,
      roles: ['research' as const],
      technologies: ['HCD.gyrotron'],
      description: { ja: '電子サイクロトロン加熱用のジャイロトロンを開発。' },
      location: { country: 'JP', prefecture: '青森県', city: '六ヶ所村' },
      memberships: ['j-fusion'],
    },
    {
      key: 'hidden-co',
      name: { en: 'Hidden Superconducting Co.' },
      kind: 'company' as const,
      technologies: ['MAG.hts'],
      published: false,
    },
  ];
  ids = {};
  for (const o of orgs) ids[o.key] = (await t.addOrganization(o)).id;
  admin = await t.signIn('admin');
});

const keysOf = (json: { items: Array<{ key: string }> }) => json.items.map((o) => o.key);
const pointKeys = (json: PointColumns) => decodePoints(json).map((p) => p.key);

describe('GET /api/organizations', () => {
  it.each([
    ['', ['coil-works', 'gyro-lab', 'hts-wire', 'j-fusion']],
    ['?technology=MAG', ['coil-works', 'hts-wire']], // a parent includes its children
    ['?technology=MAG.hts', ['hts-wire']],
    ['?technology=HCD.gyrotron,VAC', ['coil-works', 'gyro-lab']],
    ['?kind=company', ['coil-works', 'hts-wire']],
    ['?role=research,public', ['gyro-lab', 'j-fusion']],
    ['?prefecture=%E9%9D%92%E6%A3%AE%E7%9C%8C', ['coil-works', 'gyro-lab']],
    ['?membership=j-fusion', ['gyro-lab', 'hts-wire']],
    ['?key=hts-wire', ['hts-wire']],
    ['?cluster=offshore-wind', []],
  ])('filters %s', async (query, expected) => {
    const { status, json } = await t.request('GET', `/api/organizations${query}`);
    expect(status).toBe(200);
    expect(keysOf(json).sort()).toEqual(expected);
    expect(json.total).toBe(expected.length);
  });

  it.each([
    ['超伝導', ['hts-wire', 'coil-works']], // Japanese finds the English-only "superconducting" through the glossary
    ['superconducting', ['hts-wire', 'coil-works']],
    ['HTS', ['hts-wire']], // finds 高温超伝導 and the name
    ['高温超電導', ['hts-wire']], // 超電導 and 超伝導 are one word
    ['ジャイロトロン', ['gyro-lab']],
    ['gyrotron', ['gyro-lab']],
    // A shorter query inside a compound, by bigrams: 高温超伝導 in a name, 超伝導コイル巻線 in a taxonomy label.
    ['伝導', ['hts-wire', 'coil-works']],
    ['vacuum coil', ['coil-works']],
    ['tokamak', []],
  ])('searches %s', async (q, expected) => {
    const { json } = await t.request('GET', `/api/organizations?q=${encodeURIComponent(q)}`);
    expect(keysOf(json)).toEqual(expected);
  });

  it('ranks a name match above a description match and highlights the matched terms', async () => {
    const { json } = await t.request('GET', `/api/organizations?q=${encodeURIComponent('超伝導')}`);
    const [first, second] = json.items;
    expect(first.key).toBe('hts-wire');
    expect(first.highlights.name.ja).toEqual([[2, 5]]); // 高温[超伝導]線材
    expect(second.highlights.description.en).toEqual([[6, 21]]); // Winds [superconducting]
  });

  it('pages with limit and offset and reports the total', async () => {
    const all = await t.request('GET', '/api/organizations');
    const page1 = await t.request('GET', '/api/organizations?limit=3&offset=0');
    const page2 = await t.request('GET', '/api/organizations?limit=3&offset=3');
    expect(page1.json.total).toBe(4);
    expect(page1.json.items).toHaveLength(3);
    expect([...keysOf(page1.json), ...keysOf(page2.json)]).toEqual(keysOf(all.json));
  });

  it.each([
    ['?technology=MAGX', 'query.technology'],
    ['?kind=castle', 'query.kind'],
    ['?role=king', 'query.role'],
    ['?cluster=moon', 'query.cluster'],
    ['?limit=0', 'query.limit'],
    ['?limit=abc', 'query.limit'],
    ['?offset=-1', 'query.offset'],
    ['?status=secret', 'query.status'],
  ])('refuses a bad filter %s naming the parameter', async (query, path) => {
    const { status, json } = await t.request('GET', `/api/organizations${query}`);
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('shows unpublished profiles to admins and to their own members only', async () => {
    const anonymous = await t.request('GET', '/api/organizations?q=hidden');
    expect(anonymous.json.total).toBe(0);
    const stranger = await t.signIn('member', ids['hts-wire']);
    expect((await t.request('GET', '/api/organizations?q=hidden', { as: stranger })).json.total).toBe(0);
    expect((await t.request('GET', `/api/organizations/${ids['hidden-co']}`, { as: stranger })).status).toBe(
      404,
    );
    const own = await t.signIn('member', ids['hidden-co']);
    expect(keysOf((await t.request('GET', '/api/organizations?q=hidden', { as: own })).json)).toEqual([
      'hidden-co',
    ]);
    const all = await t.request('GET', '/api/organizations?status=all', { as: admin });
    expect(all.json.total).toBe(5);
  });
});

describe('GET /api/organizations/points', () => {
  it('returns every placed match in columns, and counts the matches without coordinates', async () => {
    const { status, json } = await t.request('GET', '/api/organizations/points');
    expect(status).toBe(200);
    // Only hts-wire has coordinates; coil-works, gyro-lab and j-fusion have none; hidden-co is unpublished.
    expect(json).toMatchObject({ encoding: 'columns/1', total: 1, unplaced: 3, kinds: ['company'] });
    expect(decodePoints(json)).toEqual([
      {
        key: 'hts-wire',
        name: { ja: '高温超伝導線材株式会社', en: 'HTS Wire Co.' },
        kind: 'company',
        roles: ['materials-supplier'],
        lat: 35.67,
        lng: 139.82,
      },
    ]);
  });

  it.each([
    ['?membership=j-fusion', ['hts-wire', 'gyro-placed'], 1],
    ['?technology=HCD', ['gyro-placed'], 1],
    ['?kind=company', ['hts-wire'], 1], // hidden-placed is unpublished
    [`?q=${encodeURIComponent('ジャイロトロン')}`, ['gyro-placed'], 1],
  ])('takes the list filters: %s', async (query, expected, unplaced) => {
    await t.addOrganization({
      key: 'gyro-placed',
      name: { en: 'Gyrotron Works' },
      kind: 'research-institute',
      technologies: ['HCD.gyrotron'],
      memberships: ['j-fusion'],
      location: { country: 'JP', lat: 40.96, lng: 141.37 },
    });
    await t.addOrganization({
      key: 'hidden-placed',
      kind: 'company',
      published: false,
      location: { lat: 41, lng: 141 },
    });
    const { json } = await t.request('GET', `/api/organizations/points${query}`);
    expect(pointKeys(json).sort()).toEqual(expected.sort());
    expect(json.unplaced).toBe(unplaced);
  });

  it('shows unpublished organisations to admins only, like the list', async () => {
    await t.addOrganization({ key: 'hidden-placed', published: false, location: { lat: 41, lng: 141 } });
    expect(pointKeys((await t.request('GET', '/api/organizations/points')).json)).toEqual(['hts-wire']);
    const all = await t.request('GET', '/api/organizations/points?status=all', { as: admin });
    expect(pointKeys(all.json).sort()).toEqual(['hidden-placed', 'hts-wire']);
  });

  it('refuses a bad filter naming the parameter', async () => {
    const { status, json } = await t.request('GET', '/api/organizations/points?kind=castle');
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe('query.kind');
  });
});

describe('GET /api/organizations/{id}', () => {
  it('returns the record with id and key', async () => {
    const { status, json } = await t.request('GET', `/api/organizations/${ids['hts-wire']}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: ids['hts-wire'],
      key: 'hts-wire',
      location: { prefecture: '東京都', lat: 35.67 },
    });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.request('GET', '/api/organizations/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    const bad = await t.request('GET', '/api/organizations/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe('path.id');
  });
});

describe('POST /api/organizations', () => {
  const valid = {
    key: 'new-co',
    name: { ja: '新会社', en: 'New Co.' },
    kind: 'startup',
    roles: ['developer'],
    technologies: ['DEV.tokamak'],
    memberships: ['j-fusion'],
    sources: [{ url: 'https://example.org/new-co', asOf: '2025-10-01' }],
  };

  it('creates for an admin and writes an audit row', async () => {
    const { status, json } = await t.request('POST', '/api/organizations', { as: admin, body: valid });
    expect(status).toBe(201);
    expect(json).toMatchObject({ key: 'new-co', kind: 'startup', technologies: ['DEV.tokamak'] });
    const audit = await t.request('GET', `/api/audit?entity=organization&entityId=${json.id}`, { as: admin });
    expect(audit.json.items[0]).toMatchObject({ action: 'create', entityKey: 'new-co' });
  });

  it.each(nonAdmins)('refuses %s', async (_name, role, status) => {
    const as = role ? await t.signIn(role, role === 'member' ? ids['hts-wire'] : null) : undefined;
    expect((await t.request('POST', '/api/organizations', { as, body: valid })).status).toBe(status);
    expect((await t.request('GET', '/api/organizations?key=new-co')).json.total).toBe(0);
  });

  it.each([
    [{ key: 'Bad Key' }, 'body.key'],
    [{ name: {} }, 'body.name'],
    [{ name: { fr: 'x' } }, 'body.name'],
    [{ kind: 'castle' }, 'body.kind'],
    [{ roles: ['king'] }, 'body.roles[0]'],
    [{ technologies: ['MAGX'] }, 'body.technologies[0]'],
    [{ clusters: ['moon'] }, 'body.clusters[0]'],
    [{ applications: ['cooking'] }, 'body.applications[0]'],
    [{ memberships: ['nobody'] }, 'body.memberships[0]'],
    [{ location: { lat: 100, lng: 0 } }, 'body.location.lat'],
    [{ location: { lat: 40 } }, 'body.location.lat'],
    [{ location: { country: 'japan' } }, 'body.location.country'],
    [{ website: 'javascript:alert(1)' }, 'body.website'],
    [{ sources: [{ url: 'https://x.example', asOf: '2025-13-45' }] }, 'body.sources[0].asOf'],
    [{ unexpected: true }, 'body'],
  ])('refuses %j naming the field', async (change, path) => {
    const { status, json } = await t.request('POST', '/api/organizations', {
      as: admin,
      body: { ...valid, ...change },
    });
    expect(status).toBe(400);
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await t.request('GET', '/api/organizations?status=all', { as: admin })).json.total).toBe(5);
  });

  it('refuses a duplicate key with 409', async () => {
    const { status, json } = await t.request('POST', '/api/organizations', {
      as: admin,
      body: { ...valid, key: 'hts-wire' },
    });
    expect(status).toBe(409);
    expect(json.error.details[0].path).toBe('body.key');
  });

  it('creates one of several simultaneous creations of one key and refuses the rest with 409', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.request('POST', '/api/organizations', { as: admin, body: valid })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((r) => r.status === 409)) {
      expect(a.json.error.code).toBe('conflict');
      // The message names the key: the insert found it taken, rather than a generic constraint error.
      expect(a.json.error.message).toContain('new-co');
      expect(a.json.error.details[0].path).toBe('body.key');
    }
    expect((await t.request('GET', '/api/organizations?key=new-co', { as: admin })).json.total).toBe(1);
  });
});

describe('PATCH /api/organizations/{id}', () => {
  it('lets a member edit its own organisation, and records the change', async () => {
    const member = await t.signIn('member', ids['hts-wire']);
    const { status, json } = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: member,
      body: {
        description: { en: 'Now also makes current leads.' },
        technologies: ['MAG.hts', 'MAG.current-leads'],
      },
    });
    expect(status).toBe(200);
    expect(json.description).toEqual({ en: 'Now also makes current leads.' });
    expect(json.roles).toEqual(['materials-supplier']); // fields left out of the patch keep their values
    expect(json.memberships).toEqual(['j-fusion']);
    const search = await t.request('GET', '/api/organizations?q=leads');
    expect(keysOf(search.json)).toEqual(['hts-wire']);
    const audit = await t.request('GET', `/api/audit?entityId=${ids['hts-wire']}`, { as: admin });
    expect(audit.json.items[0].changes.technologies).toEqual({
      from: ['MAG.hts'],
      to: ['MAG.hts', 'MAG.current-leads'],
    });
  });

  it('refuses a member editing another organisation, and a member changing its key', async () => {
    const member = await t.signIn('member', ids['hts-wire']);
    const other = await t.request('PATCH', `/api/organizations/${ids['coil-works']}`, {
      as: member,
      body: { name: { en: 'Mine' } },
    });
    expect(other.status).toBe(403);
    const rekey = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: member,
      body: { key: 'renamed' },
    });
    expect(rekey.status).toBe(403);
    expect((await t.request('GET', `/api/organizations/${ids['coil-works']}`)).json.name).toEqual({
      en: 'Coil Works Ltd.',
    });
  });

  it('refuses a member changing its memberships, kind or illustrative flag, naming the field', async () => {
    const member = await t.signIn('member', ids['coil-works']);
    for (const [field, value] of [
      ['memberships', ['j-fusion']],
      ['kind', 'startup'],
      ['illustrative', true],
    ] as const) {
      const res = await t.request('PATCH', `/api/organizations/${ids['coil-works']}`, {
        as: member,
        body: { [field]: value },
      });
      expect(res.status, field).toBe(403);
      expect(res.json.error.details.map((d: { path: string }) => d.path)).toEqual([`body.${field}`]);
      expect(res.json.error.message).toContain(field === 'illustrative' ? 'illustrative' : field);
    }
    const after = (await t.request('GET', `/api/organizations/${ids['coil-works']}`)).json;
    expect(after).toMatchObject({ memberships: [], kind: 'company', illustrative: false });
    // The whole record sent back unchanged (as the profile form does) is not a change.
    const own = (await t.request('GET', `/api/organizations/${ids['hts-wire']}`)).json;
    const hts = await t.signIn('member', ids['hts-wire']);
    const resend = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: hts,
      body: { kind: own.kind, memberships: own.memberships, illustrative: own.illustrative },
    });
    expect(resend.status, JSON.stringify(resend.json)).toBe(200);
    // The coordinator sets them.
    const granted = await t.request('PATCH', `/api/organizations/${ids['coil-works']}`, {
      as: admin,
      body: { memberships: ['j-fusion'], kind: 'startup', illustrative: true },
    });
    expect(granted.json).toMatchObject({ memberships: ['j-fusion'], kind: 'startup', illustrative: true });
  });

  it('answers a hidden organisation’s key exactly like an unknown one, and never shows it as a membership', async () => {
    const member = await t.signIn('member', ids['coil-works']);
    const answers = [];
    for (const key of ['hidden-co', 'no-such-co']) {
      const res = await t.request('PATCH', `/api/organizations/${ids['coil-works']}`, {
        as: member,
        body: { memberships: [key] },
      });
      answers.push({ status: res.status, body: res.json });
    }
    expect(answers[0]!.status).toBe(answers[1]!.status);
    expect(answers[0]!.body).toEqual(answers[1]!.body);
    // A membership the coordinator grants in an unpublished organisation is not shown to outsiders.
    await t.request('PATCH', `/api/organizations/${ids['gyro-lab']}`, {
      as: admin,
      body: { memberships: ['j-fusion', 'hidden-co'] },
    });
    for (const as of [undefined, member]) {
      const one = await t.request('GET', `/api/organizations/${ids['gyro-lab']}`, { as });
      expect(one.json.memberships).toEqual(['j-fusion']);
      const list = await t.request('GET', '/api/organizations?key=gyro-lab', { as });
      expect(list.json.items[0].memberships).toEqual(['j-fusion']);
    }
    const own = await t.signIn('member', ids['gyro-lab']);
    const seen = await t.request('GET', `/api/organizations/${ids['gyro-lab']}`, { as: own });
    expect(seen.json.memberships).toEqual(['j-fusion', 'hidden-co']);
    expect(
      (await t.request('GET', `/api/organizations/${ids['gyro-lab']}`, { as: admin })).json.memberships,
    ).toEqual(['j-fusion', 'hidden-co']);
    // …and the organisation's own member may still save its profile with it.
    const saved = await t.request('PATCH', `/api/organizations/${ids['gyro-lab']}`, {
      as: own,
      body: { memberships: seen.json.memberships, description: { en: 'Gyrotrons.' } },
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
  });

  it.each([
    ['anonymous', null, 401],
    ['reviewer', 'reviewer', 403],
    ['agency', 'agency', 403],
    ['person', 'person', 403],
  ] as const)('refuses %s', async (_n, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect(
      (await t.request('PATCH', `/api/organizations/${ids['coil-works']}`, { as, body: { kind: 'startup' } }))
        .status,
    ).toBe(status);
  });

  it('validates the merged record and leaves it unchanged when refused', async () => {
    const bad = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: admin,
      body: { location: { lat: 10 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe('body.location.lat');
    const unknown = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: admin,
      body: { technologies: ['NOPE'] },
    });
    expect(unknown.json.error.details[0].path).toBe('body.technologies[0]');
    expect((await t.request('GET', `/api/organizations/${ids['hts-wire']}`)).json.technologies).toEqual([
      'MAG.hts',
    ]);
    const empty = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, { as: admin, body: {} });
    expect(empty.status).toBe(400);
  });

  it('clears the website and the location with null', async () => {
    const set = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: admin,
      body: { website: 'https://hts.example' },
    });
    expect(set.json.website).toBe('https://hts.example');
    const res = await t.request('PATCH', `/api/organizations/${ids['hts-wire']}`, {
      as: admin,
      body: { website: null, location: null },
    });
    expect(res.status).toBe(200);
    expect(res.json.location).toEqual({});
    expect(res.json.website).toBeUndefined();
    expect(res.json.name).toEqual({ ja: '高温超伝導線材株式会社', en: 'HTS Wire Co.' });
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await t.request('PATCH', '/api/organizations/00000000-0000-4000-8000-000000000000', {
      as: admin,
      body: { kind: 'startup' },
    });
    expect(res.status).toBe(404);
  });
});

describe('DELETE /api/organizations/{id}', () => {
  it('deletes for an admin only', async () => {
    const member = await t.signIn('member', ids['coil-works']);
    expect(
      (await t.request('DELETE', `/api/organizations/${ids['coil-works']}`, { as: member })).status,
    ).toBe(403);
    expect((await t.request('DELETE', `/api/organizations/${ids['coil-works']}`)).status).toBe(401);
    expect((await t.request('DELETE', `/api/organizations/${ids['coil-works']}`, { as: admin })).status).toBe(
      204,
    );
    expect((await t.request('GET', `/api/organizations/${ids['coil-works']}`)).status).toBe(404);
    expect((await t.request('DELETE', `/api/organizations/${ids['coil-works']}`, { as: admin })).status).toBe(
      404,
    );
  });
});

describe('GET /api/organizations/export', () => {
  it('gives the filtered directory as CSV with a BOM and bilingual headers', async () => {
    const res = await t.app.request(
      '/api/organizations/export?format=csv&prefecture=%E9%9D%92%E6%A3%AE%E7%9C%8C',
    );
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split('\n');
    expect(lines[0]).toContain('名称 / Name (ja)');
    expect(lines).toHaveLength(3);
    expect(text).toContain('ジャイロトロン研究所');
  });

  it('gives a valid xlsx workbook', async () => {
    const res = await t.app.request('/api/organizations/export?format=xlsx');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Organizations')!;
    expect(sheet.rowCount).toBe(5); // header + 4 published
    const keys = [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(1).value);
    expect(keys).toContain('hts-wire');
    expect(keys).not.toContain('hidden-co');
  });
});

describe('exports and spreadsheet formulas', () => {
  // OWASP's CSV injection list: text starting with = + - @, tab or carriage return.
  const risky = {
    key: 'formula-co',
    name: { ja: '=HYPERLINK("https://evil.example","開く")', en: '+SUM(1,2)' },
    description: { ja: '-2+3', en: '@cmd' },
    location: { country: 'JP', prefecture: '青森県', city: '@Town', lat: 40.5, lng: -141.2 },
  };

  it('quotes such text in the public CSV and keeps numbers as numbers', async () => {
    await t.addOrganization(risky as never);
    const text = await (await t.app.request('/api/organizations/export?format=csv')).text();
    const row = text.split('\n').find((l) => l.startsWith('formula-co'))!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""開く"")"`);
    expect(row).toContain("'+SUM(1,2)");
    expect(row).toContain("'-2+3");
    expect(row).toContain("'@cmd");
    expect(row).toContain("'@Town");
    expect(row).toContain(',-141.2,');
    expect(row).not.toMatch(/,[=+@-][^0-9]/);
  });

  it('quotes it in the xlsx too, where numbers stay numeric cells', async () => {
    await t.addOrganization(risky as never);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      await (await t.app.request('/api/organizations/export?format=xlsx')).arrayBuffer(),
    );
    const row = workbook.getWorksheet('Organizations')!.getRow(2);
    expect(row.getCell(2).value).toBe('\'=HYPERLINK("https://evil.example","開く")');
    expect(row.getCell(3).value).toBe("'+SUM(1,2)");
    expect(row.getCell(13).value).toBe(-141.2);
  });
});

describe('text the database cannot store', () => {
  it.each([
    [{ name: { en: 'a\u0000b' } }, 'body.name.en'],
    [{ location: { city: 'x\u0000' } }, 'body.location.city'],
    [{ name: { en: '\ud800' } }, 'body.name.en'],
    [{ sources: [{ url: 'https://x.example', note: 'n\u0000' }] }, 'body.sources[0].note'],
  ])('refuses %j with a 400 naming the field', async (change, path) => {
    const body = { key: 'nul-test', name: { en: 'ok' }, kind: 'company', ...change };
    const res = await t.request('POST', '/api/organizations', { as: admin, body });
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe(path);
  });

  it('refuses a NUL in a query parameter', async () => {
    const res = await t.request('GET', '/api/organizations?q=%00');
    expect(res.status).toBe(400);
    expect(res.json.error.details[0].path).toBe('query.q');
  });
});

describe('ranking', () => {
  it('puts organisations whose name matches first, then the others by name', async () => {
    await t.reset();
    await t.addOrganization({ key: 'label-only', name: { en: 'Coil Makers' }, technologies: ['MAG.lts'] });
    await t.addOrganization({
      key: 'in-description',
      name: { en: 'Aomori Precision' },
      description: { en: 'Superconducting coils.' },
    });
    await t.addOrganization({ key: 'in-name', name: { en: 'Superconducting Wire Co.' } });
    const { json } = await t.request('GET', '/api/organizations?q=superconducting');
    expect(keysOf(json)).toEqual(['in-name', 'in-description', 'label-only']);
  });
});
