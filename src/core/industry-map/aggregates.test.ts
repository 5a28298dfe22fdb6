import { describe, expect, it } from 'vitest';
import { rankGaps } from './gaps.ts';
import { buildHeatmap } from './heatmap.ts';
import { buildNetwork, type NetworkLink } from './network.ts';
import { resolveRegion } from './regions.ts';
import { candidateCodes, greatCircleKm, matchCodes, rankShortlist } from './shortlist.ts';
import { groupByRole } from './supply-chain.ts';
import { indexTaxonomy } from './taxonomy.ts';

const taxonomy = [
  { code: 'MAG', parent: null },
  { code: 'MAG.hts', parent: 'MAG' },
  { code: 'MAG.lts', parent: 'MAG' },
  { code: 'VAC', parent: null },
];
const index = indexTaxonomy(taxonomy);

describe('indexTaxonomy', () => {
  it.each([
    ['MAG', ['MAG', 'MAG.hts', 'MAG.lts'], []],
    ['MAG.hts', ['MAG.hts'], ['MAG']],
    ['VAC', ['VAC'], []],
  ])('%s', (code, below, above) => {
    expect(index.withDescendants(code)).toEqual(below);
    expect(index.ancestors(code)).toEqual(above);
  });
});

describe('buildHeatmap', () => {
  it('adds counts per region and keeps every code as a row', () => {
    const map = buildHeatmap(taxonomy, [
      { code: 'MAG', region: 'kanto', organizations: 2 },
      { code: 'MAG', region: 'kanto', organizations: 1 },
      { code: 'MAG', region: 'aomori', organizations: 1 },
      { code: 'MAG.hts', region: 'kanto', organizations: 2 },
      { code: 'MAG.hts', region: 'GB', organizations: 1 },
      { code: null, region: 'kanto', organizations: 4 },
      { code: null, region: 'aomori', organizations: 1 },
      { code: null, region: 'GB', organizations: 1 },
    ]);
    const col = (key: string) => map.regions.findIndex((r) => r.key === key);
    const row = (code: string) => map.rows.find((r) => r.code === code)!;
    expect(map.regions.map((r) => r.key).slice(-1)).toEqual(['GB']);
    expect(row('MAG').cells[col('kanto')]).toBe(3);
    expect(row('MAG').cells[col('aomori')]).toBe(1);
    expect(row('MAG').total).toBe(4);
    expect(row('MAG.hts').cells[col('GB')]).toBe(1);
    expect(row('MAG.lts').total).toBe(0);
    expect(row('VAC').cells.every((n) => n === 0)).toBe(true);
    expect(map.regions[col('kanto')]!.total).toBe(4);
    expect(map.total).toBe(6);
    expect(map.max).toBe(3);
  });
});

describe('groupByRole', () => {
  it('puts columns in supply-chain order, an organisation in each of its roles', () => {
    const groups = groupByRole([
      { role: 'research', total: 1, organization: 'lab' },
      { role: 'developer', total: 2, organization: 'a' },
      { role: 'developer', total: 2, organization: 'b' },
      { role: 'component-supplier', total: 1, organization: 'b' },
      { role: 'none', total: 1, organization: 'c' },
    ]);
    expect(groups.map((g) => g.role)).toEqual([
      'developer',
      'integrator',
      'component-supplier',
      'materials-supplier',
      'services',
      'research',
      'public',
      'none',
    ]);
    expect(groups.map((g) => g.organizations)).toEqual([['a', 'b'], [], ['b'], [], [], ['lab'], [], ['c']]);
  });
});

describe('buildNetwork', () => {
  const link = (from: string, to: string, type: NetworkLink['type'], origin: NetworkLink['origin']) => ({
    from,
    to,
    type,
    since: origin === 'relation' ? '2024' : null,
    source: null,
    origin,
  });

  it('keeps a stated membership over the derived one, orders by type, counts degree on drawn links', () => {
    const net = buildNetwork(
      [link('b', 'c', 'partnership', 'relation'), link('a', 'j', 'membership', 'relation')],
      [link('a', 'j', 'membership', 'membership'), link('b', 'j', 'membership', 'membership')],
      10,
    );
    expect(net.links.map((l) => `${l.from}-${l.to}:${l.type}:${l.origin}`)).toEqual([
      'a-j:membership:relation',
      'b-j:membership:membership',
      'b-c:partnership:relation',
    ]);
    expect(Object.fromEntries(net.degrees)).toEqual({ a: 1, j: 2, b: 2, c: 1 });
    expect(net.truncated).toBe(false);
  });

  it('truncates to the limit and says so', () => {
    const net = buildNetwork(
      [link('b', 'c', 'investment', 'relation')],
      [link('a', 'j', 'membership', 'membership')],
      1,
    );
    expect(net).toMatchObject({ total: 2, truncated: true });
    expect(Object.fromEntries(net.degrees)).toEqual({ a: 1, j: 1 });
  });
});

describe('rankGaps', () => {
  it('puts demand without local supply first, then other demand, then the rest', () => {
    const rows = rankGaps(
      [{ code: 'A' }, { code: 'B' }, { code: 'C' }, { code: 'D' }, { code: 'E' }],
      new Map([
        ['A', { developers: 1, supply: 3, national: 2, local: 1 }],
        ['B', { developers: 2, supply: 1, national: 1, local: 0 }],
        ['C', { developers: 2, supply: 0, national: 0, local: 0 }],
        ['D', { supply: 5, national: 5, local: 5 }],
        ['E', { needs: 1 }],
      ]),
    );
    expect(rows.map((r) => `${r.code}:${r.demand}:${r.gap}`)).toEqual([
      'C:2:true', // same demand as B, fewer suppliers in Japan
      'B:2:true',
      'E:1:true', // a posted need is demand too
      'A:1:false',
      'D:0:false',
    ]);
  });
});

describe('shortlist', () => {
  const org = (
    key: string,
    technologies: string[],
    prefecture: string | null = '東京都',
    at: { lat: number; lng: number } | null = null,
  ) => ({
    id: key,
    key,
    sortName: key,
    technologies,
    country: 'JP',
    prefecture,
    lat: at?.lat ?? null,
    lng: at?.lng ?? null,
  });

  it.each([
    // Published great-circle figures (mean radius 6,371 km): London–Paris 343.5 km, Tokyo–Osaka ~400 km.
    [{ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 }, 343.5],
    [{ lat: 35.6812, lng: 139.7671 }, { lat: 34.7025, lng: 135.4959 }, 403.4],
    [{ lat: 0, lng: 0 }, { lat: 0, lng: 180 }, Math.PI * 6371.0088], // half the equator
    [{ lat: 40.8246, lng: 140.7406 }, { lat: 40.8246, lng: 140.7406 }, 0],
  ])('great-circle distance %j → %j is %d km', (a, b, km) => {
    expect(greatCircleKm(a, b)).toBeCloseTo(km, 0);
  });

  it('ranks nearer before farther among equals when a reference point is given, unplaced last', () => {
    const sendai = { lat: 38.2682, lng: 140.8694 };
    const ranked = rankShortlist(
      [
        org('a-unplaced', ['VAC']),
        org('b-osaka', ['VAC'], '大阪府', { lat: 34.6937, lng: 135.5023 }),
        org('c-tokyo', ['VAC'], '東京都', { lat: 35.6895, lng: 139.6917 }),
      ],
      ['VAC'],
      index,
      resolveRegion('tohoku')!.match,
      sendai,
    );
    expect(
      ranked.map((r) => [r.candidate.key, r.distanceKm === null ? null : Math.round(r.distanceKm)]),
    ).toEqual([
      ['c-tokyo', 305], // Sendai–Tokyo: about 305 km as the crow flies
      ['b-osaka', 623],
      ['a-unplaced', null],
    ]);
  });

  it.each([
    [['MAG.hts'], ['MAG'], [{ code: 'MAG', kind: 'narrower', via: ['MAG.hts'] }]],
    [['MAG'], ['MAG.hts'], [{ code: 'MAG.hts', kind: 'broader', via: ['MAG'] }]],
    [['MAG', 'MAG.hts'], ['MAG'], [{ code: 'MAG', kind: 'exact', via: ['MAG'] }]],
    [['VAC'], ['MAG'], []],
  ] as const)('%j covers %j as %j', (technologies, chosen, expected) => {
    expect(matchCodes([...technologies], [...chosen], index)).toEqual(expected);
  });

  it('finds candidates through children and parents', () => {
    expect(candidateCodes(['MAG.hts', 'VAC'], index).sort()).toEqual(['MAG', 'MAG.hts', 'VAC']);
  });

  it('keeps the order given among equals (callers pass name order)', () => {
    const ranked = rankShortlist([org('b', ['VAC']), org('a', ['VAC']), org('c', ['MAG'])], ['VAC'], index);
    expect(ranked.map((r) => r.candidate.key)).toEqual(['b', 'a']);
  });

  it('ranks breadth, then exact codes, then narrower ones, then local', () => {
    const ranked = rankShortlist(
      [
        org('broad-only', ['MAG']),
        org('z-both', ['MAG.hts', 'VAC']),
        org('a-hts', ['MAG.hts']),
        org('aomori-hts', ['MAG.hts'], '青森県'),
        org('parent-and-vac', ['MAG', 'VAC']),
        org('sibling', ['MAG.lts']),
        org('none', ['DEV']),
      ],
      ['MAG.hts', 'VAC'],
      index,
      resolveRegion('tohoku')!.match,
    );
    expect(ranked.map((r) => r.candidate.key)).toEqual([
      'z-both', // both codes, both exact
      'parent-and-vac', // both codes: VAC exact, MAG.hts only through its parent
      'aomori-hts', // one code, exact, in Tohoku
      'a-hts',
      'broad-only', // one code through its parent; a sibling code (MAG.lts) covers nothing
    ]);
  });
});
