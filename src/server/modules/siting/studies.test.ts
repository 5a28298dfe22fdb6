import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';
import { studySummarySchema } from './siting.schemas.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
});

const source = { url: 'https://www.shinmutsu.co.jp/', asOf: '2024-04-01' };
const illustrative = { asOf: '2026-11-01', illustrative: true, note: 'illustrative estimate' };

// DESIGN.md §6: 2,500 m³/day of industrial water (5,000 planned), 154 kV at 弥栄平, the port nearby.
const rokkasho = {
  key: 'mutsu-ogawara',
  name: { ja: 'むつ小川原開発地区', en: 'Mutsu-Ogawara Development Area' },
  kind: 'development-zone',
  location: { country: 'JP', prefecture: '青森県', city: '六ヶ所村', lat: 40.96, lng: 141.37 },
  attributes: {
    industrialWaterM3PerDay: 2500,
    industrialWaterPlannedM3PerDay: 5000,
    largestParcelHa: 100,
    ehvSupplyKv: 154,
  },
  attributeSources: {
    industrialWaterM3PerDay: source,
    industrialWaterPlannedM3PerDay: source,
    largestParcelHa: illustrative,
    ehvSupplyKv: source,
  },
  places: { port: { name: { ja: 'むつ小川原港' }, lat: 40.93, lng: 141.42 } },
};
const park = (key: string, water: number, parcel: number, kv: number) => ({
  key,
  name: { en: key },
  kind: 'industrial-park',
  location: { country: 'JP', lat: 39 + parcel / 100, lng: 141 },
  attributes: { industrialWaterM3PerDay: water, largestParcelHa: parcel, ehvSupplyKv: kv },
  attributeSources: {
    industrialWaterM3PerDay: illustrative,
    largestParcelHa: illustrative,
    ehvSupplyKv: illustrative,
  },
});
const fab = {
  key: 'semiconductor-plant',
  name: { ja: '半導体工場', en: 'Semiconductor plant' },
  facilityType: 'semiconductor-plant',
  criteria: [
    { attribute: 'industrialWaterM3PerDay', weight: 0.5, direction: 'benefit' },
    { attribute: 'largestParcelHa', weight: 0.3, direction: 'benefit' },
    { attribute: 'ehvSupplyKv', weight: 0.2, direction: 'benefit' },
  ],
  // Seed 002: a fab asks for 10,000 t/day of water and 20 ha.
  constraints: [
    { attribute: 'industrialWaterM3PerDay', op: '>=', value: 10000 },
    { attribute: 'largestParcelHa', op: '>=', value: 20 },
  ],
};

async function seedSiting() {
  for (const site of [rokkasho, park('kitakami', 30000, 40, 154), park('ohira', 20000, 60, 66)]) {
    const res = await t.request('POST', '/api/sites', { body: site, as: admin });
    expect(res.status).toBe(201);
  }
  expect((await t.request('POST', '/api/siting/profiles', { body: fab, as: admin })).status).toBe(201);
}

describe('sites', () => {
  it('are curated by admins and read by anyone, with distances computed from coordinates later', async () => {
    await seedSiting();
    const { status, json } = await t.request('GET', '/api/sites');
    expect(status).toBe(200);
    expect(json.items.map((s: { key: string }) => s.key)).toEqual(['kitakami', 'mutsu-ogawara', 'ohira']);
    const stored = json.items[1];
    expect(stored.attributeSources.largestParcelHa.illustrative).toBe(true);
    expect(stored.places.port.name.ja).toBe('むつ小川原港');
    expect((await t.request('GET', `/api/sites/${stored.id}`)).json.key).toBe('mutsu-ogawara');
  });

  it.each(nonAdmins)('refuses a write by %s', async (_name, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('POST', '/api/sites', { body: rokkasho, as })).status).toBe(status);
  });

  it.each([
    [{ attributes: { beauty: 3 }, attributeSources: { beauty: source } }, 'body.attributes.beauty'],
    [
      { attributes: { industrialWaterM3PerDay: 2500 }, attributeSources: {} },
      'body.attributeSources.industrialWaterM3PerDay',
    ],
    [
      { attributes: { groundClass: 5 }, attributeSources: { groundClass: source } },
      'body.attributes.groundClass',
    ],
    [{ attributes: { prepared: 'yes' }, attributeSources: { prepared: source } }, 'body.attributes.prepared'],
    [{ attributeSources: { ehvSupplyKv: { asOf: '2024-01-01' } } }, 'body.attributeSources.ehvSupplyKv.url'],
    [{ parent: 'nowhere' }, 'body.parent'],
    [{ location: { country: 'JP', lat: 95, lng: 141 } }, 'body.location.lat'],
    // Finite, but beyond anything real: the catalogue's range refuses it.
    [{ attributes: { ...rokkasho.attributes, ehvSupplyKv: 1e308 } }, 'body.attributes.ehvSupplyKv'],
    [{ attributes: { ...rokkasho.attributes, largestParcelHa: 1e9 } }, 'body.attributes.largestParcelHa'],
  ])('refuses a bad site naming the field (%#)', async (patch, path) => {
    const { status, json } = await t.request('POST', '/api/sites', {
      body: { ...rokkasho, ...patch },
      as: admin,
    });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await t.request('GET', '/api/sites')).json.total).toBe(0);
  });

  it('replaces a site and records the change', async () => {
    await seedSiting();
    const [site] = (await t.request('GET', '/api/sites?key=mutsu-ogawara')).json.items;
    const next = { ...rokkasho, attributes: { ...rokkasho.attributes, industrialWaterM3PerDay: 5000 } };
    const res = await t.request('PUT', `/api/sites/${site.id}`, { body: next, as: admin });
    expect(res.status).toBe(200);
    expect(res.json.attributes.industrialWaterM3PerDay).toBe(5000);
    const audit = await t.request('GET', '/api/audit?entity=site', { as: admin });
    const [entry] = audit.json.items;
    expect(entry.changes.attributes.from.industrialWaterM3PerDay).toBe(2500);
    expect(entry.changes.attributes.to.industrialWaterM3PerDay).toBe(5000);
  });
});

describe('siting profiles', () => {
  it.each([
    [{ criteria: [{ attribute: 'zoning', weight: 1, direction: 'benefit' }] }, 'body.criteria[0].attribute'],
    [
      { criteria: [{ attribute: 'largestParcelHa', weight: 0, direction: 'benefit' }] },
      'body.criteria[0].weight',
    ],
    [
      { criteria: [{ attribute: 'largestParcelHa', weight: -1, direction: 'benefit' }] },
      'body.criteria[0].weight',
    ],
    [{ constraints: [{ attribute: 'largestParcelHa', op: '>', value: 1 }] }, 'body.constraints[0].op'],
    [{ facilityType: 'castle' }, 'body.facilityType'],
  ])('refuses a bad profile naming the field (%#)', async (patch, path) => {
    const { status, json } = await t.request('POST', '/api/siting/profiles', {
      body: { ...fab, ...patch },
      as: admin,
    });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('siting studies', () => {
  it('excludes Mutsu-Ogawara for a semiconductor plant on water, with the shortfall, and keeps the study', async () => {
    await seedSiting();
    const member = await t.signIn('member');
    const res = await t.request('POST', '/api/siting/studies', {
      body: { title: 'Fab', profile: 'semiconductor-plant', method: 'wsm', normalization: 'minmax' },
      as: member,
    });
    expect(res.status).toBe(201);
    const { outcome } = res.json;
    // Hand arithmetic, min–max over kitakami (30,000 / 40 / 154) and ohira (20,000 / 60 / 66):
    // kitakami = .5·1 + .3·0 + .2·1 = 0.7; ohira = .5·0 + .3·1 + .2·0 = 0.3.
    expect(outcome.ranking.map((r: { key: string; score: number }) => [r.key, r.score])).toEqual([
      ['kitakami', expect.closeTo(0.7, 12)],
      ['ohira', expect.closeTo(0.3, 12)],
    ]);
    expect(outcome.excluded).toEqual([
      {
        key: 'mutsu-ogawara',
        missing: [],
        failures: [
          { criterion: 'industrialWaterM3PerDay', op: '>=', required: 10000, actual: 2500, shortfall: 7500 },
        ],
      },
    ]);
    expect(outcome.values['mutsu-ogawara'].distancePortKm).toBe(5.4);
    expect(outcome.computed['mutsu-ogawara']).toEqual(['distancePortKm']);
    expect(outcome.sensitivity.top).toBe('kitakami');
    expect(outcome.acceptability.samples).toBe(2000);
    expect(res.json.spec.constraints).toEqual(fab.constraints);

    const own = await t.request('GET', `/api/siting/studies/${res.json.id}`, { as: member });
    expect(own.status).toBe(200);
    expect(own.json.sites.map((s: { key: string }) => s.key).sort()).toEqual([
      'kitakami',
      'mutsu-ogawara',
      'ohira',
    ]);
    expect((await t.request('GET', `/api/siting/studies/${res.json.id}`, { as: admin })).status).toBe(200);
    const other = await t.signIn('member');
    expect((await t.request('GET', `/api/siting/studies/${res.json.id}`, { as: other })).status).toBe(404);
    expect((await t.request('GET', '/api/siting/studies', { as: other })).json.total).toBe(0);
    const [summary] = (await t.request('GET', '/api/siting/studies', { as: member })).json.items;
    expect(summary).toMatchObject({ title: 'Fab', top: 'kitakami', siteCount: 3 });
    // The documented summary is the whole body, field for field.
    expect(studySummarySchema.parse(summary)).toEqual(summary);
    expect((await t.request('GET', `/api/siting/studies/${res.json.id}`)).status).toBe(401);
  });

  it('runs a what-if without changing the stored site', async () => {
    await seedSiting();
    const res = await t.request('POST', '/api/siting/studies', {
      body: {
        title: 'More water',
        profile: 'semiconductor-plant',
        scenario: { 'mutsu-ogawara': { industrialWaterM3PerDay: 50000 } },
      },
      as: admin,
    });
    expect(res.status).toBe(201);
    expect(res.json.outcome.excluded).toEqual([]);
    expect(res.json.outcome.changed['mutsu-ogawara']).toEqual(['industrialWaterM3PerDay']);
    const [site] = (await t.request('GET', '/api/sites?key=mutsu-ogawara')).json.items;
    expect(site.attributes.industrialWaterM3PerDay).toBe(2500);
  });

  it.each([
    [{ profile: 'castle' }, 'body.profile'],
    [{ profile: undefined }, 'body.profile'],
    [{ sites: ['kitakami', 'atlantis'] }, 'body.sites[1]'],
    [{ scenario: { atlantis: { largestParcelHa: 3 } } }, 'body.scenario.atlantis'],
    [{ scenario: { kitakami: { largestParcelHa: -3 } } }, 'body.scenario.kitakami.largestParcelHa'],
    [{ method: 'electre' }, 'body.method'],
    [{ criteria: [{ attribute: 'nope', weight: 1, direction: 'cost' }] }, 'body.criteria[0].attribute'],
  ])('refuses a bad study naming the field (%#)', async (patch, path) => {
    await seedSiting();
    const body = { title: 'x', profile: 'semiconductor-plant', ...patch };
    const { status, json } = await t.request('POST', '/api/siting/studies', { body, as: admin });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('exports the study as a workbook with the ranking, the shortfall and the sources', async () => {
    await seedSiting();
    const { json } = await t.request('POST', '/api/siting/studies', {
      body: { title: 'Fab report', profile: 'semiconductor-plant', method: 'topsis' },
      as: admin,
    });
    const res = await t.request('GET', `/api/siting/studies/${json.id}/report.xlsx`, { as: admin });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '概要 Summary',
      '順位 Ranking',
      '除外 Excluded',
      '感度 Sensitivity',
      '順位受容度 Acceptability',
      '出典 Sources',
    ]);
    const ranking = book.getWorksheet('順位 Ranking');
    expect(ranking?.getRow(2).getCell(2).value).toBe(json.outcome.ranking[0].key);
    const excluded = book.getWorksheet('除外 Excluded')?.getRow(2).values as unknown[];
    expect(excluded.slice(1, 6)).toEqual([
      'むつ小川原開発地区',
      expect.stringContaining('>='),
      10000,
      2500,
      7500,
    ]);
    const sources = book.getWorksheet('出典 Sources');
    const rows = sources?.getSheetValues().slice(2) as unknown[][];
    expect(rows.some((r) => String(r[6]).includes('computed from coordinates'))).toBe(true);
    expect(rows.some((r) => r[4] === source.url)).toBe(true);
  });
});

describe('bundle sections', () => {
  const bundle = {
    format: 'fusion-cluster-bundle',
    version: 1,
    sites: [rokkasho, { ...park('iyasakadai', 2500, 30, 154), parent: 'mutsu-ogawara' }],
    sitingProfiles: [fab],
  };

  it('imports sites and profiles by key, unchanged the second time, and exports them re-importably', async () => {
    const first = await t.request('POST', '/api/import', { body: bundle, as: admin });
    expect(first.status).toBe(200);
    expect(first.json.sites).toEqual({ created: 2, updated: 0, unchanged: 0, total: 2 });
    expect(first.json.sitingProfiles).toEqual({ created: 1, updated: 0, unchanged: 0, total: 1 });
    const second = await t.request('POST', '/api/import', { body: bundle, as: admin });
    expect(second.json.sites).toEqual({ created: 0, updated: 0, unchanged: 2, total: 2 });
    const exported = await t.request('GET', '/api/export', { as: admin });
    expect(exported.json.sites.map((s: { key: string }) => s.key)).toEqual(['iyasakadai', 'mutsu-ogawara']);
    expect(exported.json.sites[0].parent).toBe('mutsu-ogawara');
    await t.reset();
    admin = await t.signIn('admin');
    const again = await t.request('POST', '/api/import', { body: exported.json, as: admin });
    expect(again.json.sites.created).toBe(2);
    expect(again.json.sitingProfiles.created).toBe(1);
  });

  it('rejects the whole bundle when a site is wrong, naming it by path', async () => {
    const bad = {
      ...bundle,
      sites: [rokkasho, { ...rokkasho, key: 'twin', parent: 'ghost', attributes: { nope: 1 } }],
    };
    const { status, json } = await t.request('POST', '/api/import', { body: bad, as: admin });
    expect(status).toBe(422);
    const paths = json.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['sites[1].attributes.nope']));
    const dup = await t.request('POST', '/api/import', {
      body: { ...bundle, sites: [rokkasho, rokkasho] },
      as: admin,
    });
    expect(dup.json.error.details[0]).toEqual({
      path: 'sites[1].key',
      message: 'duplicate key "mutsu-ogawara" (first at sites[0])',
    });
    const orphan = await t.request('POST', '/api/import', {
      body: { ...bundle, sites: [{ ...rokkasho, parent: 'ghost' }] },
      as: admin,
    });
    expect(orphan.json.error.details).toEqual([{ path: 'sites[0].parent', message: 'unknown site "ghost"' }]);
    expect((await t.request('GET', '/api/sites')).json.total).toBe(0);
  });
});

describe('messages in the language asked for', () => {
  const ja = { 'accept-language': 'ja' };

  it('words a bad site attribute in Japanese, and in English by default', async () => {
    const body = { ...rokkasho, attributes: { prepared: 'yes' }, attributeSources: { prepared: source } };
    const res = await t.request('POST', '/api/sites', { body, as: admin, headers: ja });
    expect(res.status).toBe(400);
    expect(res.json.error.details).toEqual([
      { path: 'body.attributes.prepared', message: 'true か false にしてください' },
    ]);
    const en = await t.request('POST', '/api/sites', { body, as: admin });
    expect(en.json.error.details).toEqual([
      { path: 'body.attributes.prepared', message: 'expected true or false' },
    ]);
  });

  it('words an engine error of a study and an unknown site in Japanese', async () => {
    await seedSiting();
    const study = await t.request('POST', '/api/siting/studies', {
      body: { title: 'x', profile: 'semiconductor-plant', scenario: { [rokkasho.key]: { prepared: 3 } } },
      as: admin,
      headers: ja,
    });
    expect(study.status).toBe(400);
    expect(study.json.error.details).toEqual([
      { path: `body.scenario.${rokkasho.key}.prepared`, message: 'true か false にしてください' },
    ]);
    const missing = await t.request('GET', '/api/sites/00000000-0000-4000-8000-000000000000', {
      headers: ja,
    });
    expect(missing.json.error.message).toBe('候補地が見つかりません');
  });
});
