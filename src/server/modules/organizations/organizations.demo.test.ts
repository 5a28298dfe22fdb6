// Search, facets and sorting on the demo directory (data/demo/bundle.json): the data a newcomer first meets.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoBundlePath } from '../../demo.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin');
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  expect((await t.request('POST', '/api/import', { body: bundle, as: admin })).status).toBe(200);
});

type Item = { key: string; name: { ja?: string; en?: string }; location: { prefecture?: string } };
const list = async (query: Record<string, string>, lang: 'ja' | 'en' = 'ja') => {
  const params = new URLSearchParams({ limit: '500', ...query });
  const { status, json } = await t.request('GET', `/api/organizations?${params}`, {
    headers: { 'accept-language': lang },
  });
  expect(status).toBe(200);
  return json as { items: Item[]; total: number };
};
const keys = async (query: Record<string, string>) => (await list(query)).items.map((o) => o.key).sort();

describe('a Japanese compound and its English phrase find the same organisations', () => {
  it.each([
    ['超伝導磁石', 'superconducting magnet'],
    ['超電導マグネット', 'superconducting magnet'],
    ['核融合スタートアップ', 'fusion startup'],
    ['遠隔保守ロボット', 'remote handling robot'],
    ['核融合研究所', 'fusion research institute'],
    ['トリチウム燃料サイクル', 'tritium fuel cycle'],
  ])('%s = %s', async (ja, en) => {
    const found = await keys({ q: ja });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await keys({ q: en }));
  });

  it('finds the magnet makers that write only one of the two (issue 13)', async () => {
    expect(await keys({ q: '超伝導磁石' })).toEqual(
      expect.arrayContaining(['mhi', 'toshiba-ess', 'helical-fusion', 'qst-naka', 'iter-organization']),
    );
  });
});

describe('GET /api/organizations/facets', () => {
  const facets = async (query: Record<string, string>) => {
    const { status, json } = await t.request(
      'GET',
      `/api/organizations/facets?${new URLSearchParams(query)}`,
    );
    expect(status).toBe(200);
    return json as {
      regions: Array<{ key: string; organizations: number }>;
      prefectures: Array<{ prefecture: string; code: string | null; organizations: number }>;
    };
  };

  it.each([
    [{ q: '超伝導' }],
    [{ q: '核融合' }],
    [{ q: 'superconducting magnet', kind: 'company' }],
    [{ q: '洋上風力' }],
    [{}],
  ])('offers counts that the list then gives, for %j', async (query) => {
    const f = await facets(query);
    for (const r of f.regions)
      expect([r.key, (await list({ ...query, region: r.key })).total]).toEqual([r.key, r.organizations]);
    for (const p of f.prefectures)
      expect([p.prefecture, (await list({ ...query, prefecture: p.prefecture })).total]).toEqual([
        p.prefecture,
        p.organizations,
      ]);
  });

  it('counts with the keyword: 超伝導 offers no organisation in 宮城県 (it offered 4 and gave 0)', async () => {
    const all = await facets({});
    expect(all.prefectures.find((p) => p.prefecture === '宮城県')?.organizations).toBe(4);
    const f = await facets({ q: '超伝導' });
    expect(f.prefectures.find((p) => p.prefecture === '宮城県')?.organizations ?? 0).toBe(0);
    expect((await list({ q: '超伝導', prefecture: '宮城県' })).total).toBe(0);
  });

  it('lists the prefectures in JIS order, then places abroad', async () => {
    const { prefectures } = await facets({});
    const codes = prefectures.map((p) => p.code).filter((c) => c !== null);
    expect(codes).toEqual([...codes].sort());
    expect(prefectures.slice(0, 3).map((p) => p.prefecture)).toEqual(['青森県', '宮城県', '秋田県']);
    expect(prefectures.at(-1)?.code).toBeNull();
  });
});

describe('region filter', () => {
  const tohoku = ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'];
  it('tohoku is the six prefectures, abroad is outside Japan, one prefecture by its key', async () => {
    const inTohoku = (await list({ region: 'tohoku' })).items;
    // Aomori 18 (the illustrative incubation operator and its three illustrative tenants among them), Miyagi 4,
    // Akita 3.
    expect(inTohoku.length).toBe(18 + 4 + 3);
    expect(inTohoku.every((o) => tohoku.includes(o.location.prefecture ?? ''))).toBe(true);
    expect((await list({ region: 'miyagi' })).items.map((o) => o.location.prefecture)).toEqual(
      Array(4).fill('宮城県'),
    );
    const abroad = (await list({ region: 'abroad' })).total;
    const japan = (await list({ region: 'japan' })).total;
    expect(abroad + japan).toBe((await list({})).total);
    expect(abroad).toBe(28); // CA 1, DE 4, ES 1, FR 2, GB 5, KR 1, US 14
  });

  it('refuses a region it does not know, naming the field', async () => {
    const { status, json } = await t.request('GET', '/api/organizations?region=atlantis');
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe('query.region');
  });
});

describe('sort', () => {
  it('by name follows the reader’s language', async () => {
    const en = (await list({ sort: 'name', region: 'tohoku' }, 'en')).items.map(
      (o) => o.name.en ?? o.name.ja!,
    );
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
    const ja = (await list({ sort: 'name', region: 'tohoku' }, 'ja')).items.map(
      (o) => o.name.ja ?? o.name.en!,
    );
    expect(ja).toEqual([...ja].sort(new Intl.Collator('ja').compare));
    expect(ja).not.toEqual(en);
  });

  it('pages a name-sorted search without losing or repeating anyone', async () => {
    const whole = (await list({ q: '核融合', sort: 'name' })).items.map((o) => o.key);
    const pages = [];
    for (let offset = 0; offset < whole.length; offset += 7)
      pages.push(...(await list({ q: '核融合', sort: 'name', limit: '7', offset: String(offset) })).items);
    expect(pages.map((o) => o.key)).toEqual(whole);
  });

  it('by recent change puts the organisation edited last first', async () => {
    const admin = await t.signIn('admin');
    const target = (await list({ key: 'tohoku-university' })).items[0] as Item & { id: string };
    const patch = await t.request('PATCH', `/api/organizations/${target.id}`, {
      body: { website: 'https://www.tohoku.ac.jp/en/' },
      as: admin,
    });
    expect(patch.status).toBe(200);
    expect((await list({ sort: 'updated' })).items[0]?.key).toBe('tohoku-university');
    expect((await list({ sort: 'relevance' })).items[0]?.key).not.toBe('tohoku-university');
  });
});
