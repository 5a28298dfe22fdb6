import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fighterAircraft } from '../../../core/mcda/hwang-yoon.fixture.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { studySummarySchema } from './siting.schemas.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

// Hwang & Yoon (1981) fighter-aircraft TOPSIS example; sources and hand arithmetic in the fixture.
const aircraft = fighterAircraft;

describe('POST /api/siting/evaluate', () => {
  it('ranks the published TOPSIS example without signing in', async () => {
    const { status, json } = await t.request('POST', '/api/siting/evaluate', { body: aircraft });
    expect(status).toBe(200);
    expect(json.method).toBe('topsis');
    expect(json.normalization).toBe('vector');
    expect(json.results.map((r: { key: string }) => r.key)).toEqual(['A1', 'A3', 'A4', 'A2']);
    const score = Object.fromEntries(
      json.results.map((r: { key: string; score: number }) => [r.key, r.score]),
    );
    expect(score.A1).toBeCloseTo(0.643277, 4);
    expect(score.A2).toBeCloseTo(0.268384, 4);
    expect(score.A3).toBeCloseTo(0.613542, 4);
    expect(score.A4).toBeCloseTo(0.312291, 4);
  });

  it.each([
    [{ method: 'electre' }, 'body.method'],
    [{ criteria: [{ key: 'speed', weight: 'heavy', direction: 'benefit' }] }, 'body.criteria[0].weight'],
    [{ alternatives: [{ key: 'A1', values: { speed: 'NaN' } }] }, 'body.alternatives[0].values.speed'],
    [{ alternatives: [] }, 'body.alternatives'],
    [{ alternatives: [{ key: 'A1', values: { speed: 1 } }] }, 'body.alternatives[0].values.range'],
    [
      { alternatives: [{ key: 'A1', values: { ...aircraft.alternatives[0]!.values, water: 3 } }] },
      'body.alternatives[0].values.water',
    ],
    [{ criteria: aircraft.criteria.map((c) => ({ ...c, weight: 0 })) }, 'body.criteria'],
    [{ criteria: [{ key: 'speed', weight: -1, direction: 'benefit' }] }, 'body.criteria[0].weight'],
    // 1e308 is finite: it used to pass and make every score 0.5.
    [{ criteria: aircraft.criteria.map((c) => ({ ...c, weight: 1e308 })) }, 'body.criteria[0].weight'],
    [
      { alternatives: [{ key: 'A1', values: { ...aircraft.alternatives[0]!.values, speed: 1e308 } }] },
      'body.alternatives[0].values.speed',
    ],
  ])('refuses %j with a 400 naming the field', async (change, path) => {
    const { status, json } = await t.request('POST', '/api/siting/evaluate', {
      body: { ...aircraft, ...change },
    });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('POST /api/siting/ahp', () => {
  it('gives weights and a consistency ratio for a consistent matrix', async () => {
    // A perfectly consistent matrix (a_ij = w_i / w_j for w = 4:2:1): weights 4/7, 2/7, 1/7, λmax = n, CR = 0.
    const { status, json } = await t.request('POST', '/api/siting/ahp', {
      body: {
        criteria: ['water', 'power', 'port'],
        matrix: [
          [1, 2, 4],
          [0.5, 1, 2],
          [0.25, 0.5, 1],
        ],
      },
    });
    expect(status).toBe(200);
    expect(json.weights.water).toBeCloseTo(4 / 7, 6);
    expect(json.weights.port).toBeCloseTo(1 / 7, 6);
    expect(json.lambdaMax).toBeCloseTo(3, 6);
    expect(json.consistent).toBe(true);
  });

  it.each([
    [
      [
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 3, 1],
      ],
      'body.matrix[2][1]',
    ], // not reciprocal
    [
      [
        [1, 2, 4],
        [0.5, 2, 2],
        [0.25, 0.5, 1],
      ],
      'body.matrix[1][1]',
    ], // diagonal not 1
    [
      [
        [1, -2, 4],
        [-0.5, 1, 2],
        [0.25, 0.5, 1],
      ],
      'body.matrix[0][1]',
    ], // not positive
  ])('refuses a bad matrix naming the cell', async (matrix, path) => {
    const { status, json } = await t.request('POST', '/api/siting/ahp', {
      body: { criteria: ['a', 'b', 'c'], matrix },
    });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe(path);
  });
});

// ——— Saved studies: finding them again, sharing, copying, deleting ———

const site = (key: string, attributes: Record<string, number>) => ({
  key,
  name: { ja: key, en: key },
  kind: 'industrial-park',
  location: { country: 'JP', lat: 40, lng: 141 },
  attributes,
  attributeSources: Object.fromEntries(
    Object.keys(attributes).map((a) => [a, { asOf: '2026-11-01', illustrative: true }]),
  ),
});
// A reactor needs 50 ha and 154 kV. wide passes both; narrow fails the parcel; unsurveyed has no
// power figure at all, so the power requirement cannot be checked on it.
const sites = [
  site('wide', { largestParcelHa: 120, ehvSupplyKv: 275, distancePortKm: 10 }),
  site('narrow', { largestParcelHa: 10, ehvSupplyKv: 275, distancePortKm: 2 }),
  site('unsurveyed', { largestParcelHa: 80, distancePortKm: 5 }),
];
const reactor = {
  key: 'fusion-reactor',
  name: { ja: '核融合炉', en: 'Fusion reactor' },
  facilityType: 'fusion-reactor',
  criteria: [
    { attribute: 'largestParcelHa', weight: 2, direction: 'benefit' },
    { attribute: 'distancePortKm', weight: 1, direction: 'cost' },
  ],
  constraints: [
    { attribute: 'largestParcelHa', op: '>=', value: 50 },
    { attribute: 'ehvSupplyKv', op: '>=', value: 154 },
  ],
};

describe('siting studies: list, share, copy, delete', () => {
  let admin: Session;
  let author: Session & { id: string };
  let other: Session & { id: string };
  const save = (as: Session, body: Record<string, unknown> = {}) =>
    t.request('POST', '/api/siting/studies', {
      body: { title: 'Reactor', profile: 'fusion-reactor', method: 'wsm', normalization: 'minmax', ...body },
      as,
    });
  const list = async (as: Session) => (await t.request('GET', '/api/siting/studies', { as })).json;

  beforeEach(async () => {
    await t.reset();
    admin = await t.signIn('admin');
    author = await t.signIn('member');
    other = await t.signIn('member');
    for (const body of sites)
      expect((await t.request('POST', '/api/sites', { body, as: admin })).status).toBe(201);
    expect((await t.request('POST', '/api/siting/profiles', { body: reactor, as: admin })).status).toBe(201);
  });

  it.each([
    // Kept: unsurveyed ranks (parcel 80, port 5) and is marked unknown on power; min–max over wide
    // (120, 10) and unsurveyed, weights ⅔ and ⅓: wide ⅔·1 + ⅓·0 = 0.667, unsurveyed ⅔·0 + ⅓·1 = 0.333.
    { unknowns: undefined, ranked: ['wide', 'unsurveyed'], excluded: ['narrow'], unknown: ['ehvSupplyKv'] },
    { unknowns: 'keep', ranked: ['wide', 'unsurveyed'], excluded: ['narrow'], unknown: ['ehvSupplyKv'] },
    { unknowns: 'exclude', ranked: ['wide'], excluded: ['narrow', 'unsurveyed'], unknown: ['ehvSupplyKv'] },
  ])(
    'a requirement without a value is unknown, excluding only if asked (unknowns: $unknowns)',
    async ({ unknowns, ranked, excluded, unknown }) => {
      const res = await save(author, unknowns ? { unknowns } : {});
      expect(res.status).toBe(201);
      const { outcome, spec } = res.json;
      expect(spec.unknowns).toBe(unknowns ?? 'keep');
      expect(outcome.ranking.map((r: { key: string }) => r.key)).toEqual(ranked);
      expect(outcome.excluded.map((e: { key: string }) => e.key)).toEqual(excluded);
      expect(outcome.unknown).toEqual({ unsurveyed: unknown });
      // The saved study reads back with the same rule and outcome.
      const again = await t.request('GET', `/api/siting/studies/${res.json.id}`, { as: author });
      expect(again.json.spec.unknowns).toBe(unknowns ?? 'keep');
      expect(again.json.outcome.unknown).toEqual({ unsurveyed: unknown });
    },
  );

  it('names the unknown requirement of a ranked site in the workbook', async () => {
    const { json } = await save(author);
    const res = await t.request('GET', `/api/siting/studies/${json.id}/report.xlsx`, { as: author });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.res.arrayBuffer());
    const ranking = book.getWorksheet('順位 Ranking');
    const last = ranking?.getRow(1).cellCount ?? 0;
    expect(ranking?.getRow(1).getCell(last).value).toBe('未判定の必須条件 / Unknown requirements');
    const byKey = Object.fromEntries(
      [2, 3].map((r) => [ranking?.getRow(r).getCell(2).value, ranking?.getRow(r).getCell(last).value]),
    );
    expect(byKey).toEqual({ wide: '', unsurveyed: '特別高圧受電 / Extra-high-voltage supply' });
  });

  it('refuses an unknown unknowns rule, naming the field', async () => {
    const res = await save(author, { unknowns: 'ignore' });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain('body.unknowns');
  });

  it("lists your own studies and the shared ones with date, profile and top site; never another's private one", async () => {
    const mine = (await save(author, { title: 'Private' })).json;
    const shared = (await save(author, { title: 'Shared', shared: true })).json;
    const others = (await save(other, { title: 'Theirs' })).json;

    const seen = await list(author);
    expect(seen.items.map((s: { title: string }) => s.title)).toEqual(['Shared', 'Private']);
    expect(seen.items[0]).toMatchObject({
      id: shared.id,
      profileKey: 'fusion-reactor',
      top: 'wide',
      shared: true,
      mine: true,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    for (const item of seen.items) expect(studySummarySchema.parse(item)).toEqual(item);

    const theirs = await list(other);
    expect(theirs.items.map((s: { title: string; mine: boolean }) => [s.title, s.mine])).toEqual([
      ['Theirs', true],
      ['Shared', false],
    ]);
    expect((await t.request('GET', `/api/siting/studies/${shared.id}`, { as: other })).status).toBe(200);
    expect((await t.request('GET', `/api/siting/studies/${mine.id}`, { as: other })).status).toBe(404);
    expect((await list(admin)).total).toBe(3);
    expect((await t.request('GET', `/api/siting/studies/${others.id}`, { as: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/siting/studies')).status).toBe(401);
  });

  it('copies a study one can read into a new private one of the copier, and refuses what one cannot read', async () => {
    const shared = (await save(author, { title: 'Shared', shared: true, unknowns: 'exclude' })).json;
    const secret = (await save(author, { title: 'Secret' })).json;

    const copy = await t.request('POST', `/api/siting/studies/${shared.id}/copy`, { body: {}, as: other });
    expect(copy.status).toBe(201);
    expect(copy.json).toMatchObject({
      title: 'Shared (copy)',
      shared: false,
      mine: true,
      createdBy: other.id,
    });
    expect(copy.json.id).not.toBe(shared.id);
    expect(copy.json.spec).toEqual(shared.spec);
    expect(copy.json.outcome).toEqual(shared.outcome);
    const inJapanese = await t.request('POST', `/api/siting/studies/${shared.id}/copy`, {
      body: {},
      as: other,
      headers: { 'accept-language': 'ja' },
    });
    expect(inJapanese.json.title).toBe('Shared（コピー）');
    const named = await t.request('POST', `/api/siting/studies/${shared.id}/copy`, {
      body: { title: 'My variant' },
      as: other,
    });
    expect(named.json.title).toBe('My variant');
    // The copy is the copier's: the author does not see it.
    expect((await list(author)).items.map((s: { title: string }) => s.title)).toEqual(['Secret', 'Shared']);

    const refused = await t.request('POST', `/api/siting/studies/${secret.id}/copy`, { body: {}, as: other });
    expect(refused.status).toBe(404);
    const bad = await t.request('POST', `/api/siting/studies/${shared.id}/copy`, {
      body: { title: '' },
      as: other,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe('body.title');
  });

  it('lets only the author or an admin delete or unshare a study', async () => {
    const shared = (await save(author, { title: 'Shared', shared: true })).json;
    const secret = (await save(author, { title: 'Secret' })).json;
    const path = (s: { id: string }) => `/api/siting/studies/${s.id}`;

    // Another member reads the shared one but may not delete or unshare it; the private one is not theirs to know of.
    expect((await t.request('DELETE', path(shared), { as: other })).status).toBe(403);
    expect((await t.request('PATCH', path(shared), { body: { shared: false }, as: other })).status).toBe(403);
    expect((await t.request('DELETE', path(secret), { as: other })).status).toBe(404);
    expect((await t.request('GET', path(shared), { as: other })).status).toBe(200);

    // The author stops sharing: the other member no longer sees it.
    const unshared = await t.request('PATCH', path(shared), { body: { shared: false }, as: author });
    expect(unshared.status).toBe(200);
    expect(unshared.json.shared).toBe(false);
    expect((await t.request('GET', path(shared), { as: other })).status).toBe(404);

    expect((await t.request('DELETE', path(secret), { as: author })).status).toBe(204);
    expect((await t.request('GET', path(secret), { as: author })).status).toBe(404);
    expect((await t.request('DELETE', path(shared), { as: admin })).status).toBe(204);
    expect((await list(author)).total).toBe(0);
    expect((await t.request('DELETE', path(shared))).status).toBe(401);
  });
});
