import { describe, expect, it } from 'vitest';
import { aircraft, aircraftCriteria } from '../mcda/hwang-yoon.fixture.ts';
import { McdaError } from '../mcda/index.ts';
import { prepareStudy, rankStudy, runStudy, type SiteInput, type StudySpec, siteValues } from './study.ts';

// The Hwang & Yoon fighter-aircraft columns, renamed to site attributes, so the published TOPSIS
// closeness (0.643, 0.268, 0.613, 0.312) checks the study layer's mapping end to end.
const asAttribute: Record<string, string> = {
  speed: 'availableAreaHa',
  range: 'industrialWaterM3PerDay',
  payload: 'engineersWithin60Min',
  cost: 'landPriceYenPerM2',
  reliability: 'ehvSupplyKv',
  manoeuvrability: 'spareCapacityMw',
};
const aircraftSites: SiteInput[] = aircraft.map((a) => ({
  key: a.key,
  location: {},
  attributes: Object.fromEntries(Object.entries(a.values).map(([k, v]) => [asAttribute[k], v])),
}));
const aircraftSpec: StudySpec = {
  method: 'topsis',
  criteria: aircraftCriteria.map((c) => ({
    attribute: asAttribute[c.key] as string,
    weight: c.weight,
    direction: c.direction,
  })),
  constraints: [],
};

// DESIGN.md §6 and seed 002: the area has 2,500 m³/day (5,000 planned); a fab needs 10,000 and 20 ha.
const rokkasho: SiteInput = {
  key: 'mutsu-ogawara',
  location: { lat: 40.96, lng: 141.37 },
  attributes: {
    industrialWaterM3PerDay: 2500,
    largestParcelHa: 100,
    prepared: true,
    landPriceYenPerM2: 3000,
  },
  places: { port: { lat: 40.93, lng: 141.42 } },
};
const kitakami: SiteInput = {
  key: 'kitakami',
  location: { lat: 39.25, lng: 141.11 },
  attributes: {
    industrialWaterM3PerDay: 30000,
    largestParcelHa: 40,
    prepared: true,
    landPriceYenPerM2: 9000,
  },
};
const small: SiteInput = {
  key: 'small',
  location: {},
  attributes: { industrialWaterM3PerDay: 12000, largestParcelHa: 5, prepared: false },
};
const fab: StudySpec = {
  method: 'wsm',
  normalization: 'minmax',
  criteria: [
    { attribute: 'industrialWaterM3PerDay', weight: 3, direction: 'benefit' },
    { attribute: 'largestParcelHa', weight: 1, direction: 'benefit' },
  ],
  constraints: [
    { attribute: 'industrialWaterM3PerDay', op: '>=', value: 10000 },
    { attribute: 'largestParcelHa', op: '>=', value: 20 },
  ],
};

describe('runStudy', () => {
  it('ranks sites by the published TOPSIS example once attributes are mapped', () => {
    const out = runStudy(aircraftSites, aircraftSpec);
    const closeness = Object.fromEntries(out.ranking.map((r) => [r.key, r.score]));
    expect(closeness.A1).toBeCloseTo(0.643277, 4);
    expect(closeness.A2).toBeCloseTo(0.268384, 4);
    expect(closeness.A3).toBeCloseTo(0.613542, 4);
    expect(closeness.A4).toBeCloseTo(0.312291, 4);
    expect(out.ranking.map((r) => r.key)).toEqual(['A1', 'A3', 'A4', 'A2']);
    expect(out.sensitivity?.top).toBe('A1');
  });

  it('excludes Mutsu-Ogawara from a semiconductor plant on water, saying by how much', () => {
    const out = runStudy([rokkasho, kitakami, small], fab);
    expect(out.ranking.map((r) => r.key)).toEqual(['kitakami']);
    expect(out.excluded).toEqual([
      {
        key: 'mutsu-ogawara',
        missing: [],
        failures: [
          { criterion: 'industrialWaterM3PerDay', op: '>=', required: 10000, actual: 2500, shortfall: 7500 },
        ],
      },
      {
        key: 'small',
        missing: [],
        failures: [{ criterion: 'largestParcelHa', op: '>=', required: 20, actual: 5, shortfall: 15 }],
      },
    ]);
  });

  it.each([
    { name: 'planned water is still short', water: 5000, ranked: ['kitakami'] },
    { name: 'water expanded past the need', water: 40000, ranked: ['mutsu-ogawara', 'kitakami'] },
  ])('a what-if change re-ranks without touching the site: $name', ({ water, ranked }) => {
    const out = runStudy([rokkasho, kitakami], {
      ...fab,
      scenario: { 'mutsu-ogawara': { industrialWaterM3PerDay: water } },
    });
    expect(out.ranking.map((r) => r.key)).toEqual(ranked);
    expect(out.changed['mutsu-ogawara']).toEqual(['industrialWaterM3PerDay']);
    expect(out.values['mutsu-ogawara']?.industrialWaterM3PerDay).toBe(water);
    expect(rokkasho.attributes.industrialWaterM3PerDay).toBe(2500);
  });

  // Worked case: fab needs water ≥ 10,000 and parcel ≥ 20. kitakami (30,000; 40) passes both; bare
  // (parcel 30, no water figure) cannot be checked on water; dry (no figures at all) on either; small
  // (12,000; 5) fails the parcel. WSM min–max on water 3 : parcel 1 over kitakami and the kept unknowns,
  // with bare's and dry's gaps filled at the worst known values (30,000 is the only water, 30 the
  // lowest parcel): kitakami 3/4·1 + 1/4·1 = 1, bare 3/4·1 + 1/4·0 = 0.75, dry 0.75 (tied with bare).
  it.each([
    {
      unknowns: undefined,
      ranked: [
        ['kitakami', 1],
        ['bare', 0.75],
        ['dry', 0.75],
      ],
      excluded: [{ key: 'small', failures: 1, missing: [] }],
    },
    {
      unknowns: 'keep' as const,
      ranked: [
        ['kitakami', 1],
        ['bare', 0.75],
        ['dry', 0.75],
      ],
      excluded: [{ key: 'small', failures: 1, missing: [] }],
    },
    {
      unknowns: 'exclude' as const,
      ranked: [['kitakami', 1]],
      excluded: [
        { key: 'bare', failures: 0, missing: ['industrialWaterM3PerDay'] },
        { key: 'dry', failures: 0, missing: ['industrialWaterM3PerDay', 'largestParcelHa'] },
        { key: 'small', failures: 1, missing: [] },
      ],
    },
  ])(
    'a constraint a site has no value for is unknown, not failed (unknowns: $unknowns)',
    ({ unknowns, ranked, excluded }) => {
      const sites: SiteInput[] = [
        kitakami,
        { key: 'bare', location: {}, attributes: { largestParcelHa: 30 } },
        { key: 'dry', location: {}, attributes: {} },
        small,
      ];
      const out = runStudy(sites, { ...fab, ...(unknowns ? { unknowns } : {}) });
      expect(out.ranking.map((r) => [r.key, Number(r.score.toFixed(6))])).toEqual(ranked);
      expect(
        out.excluded.map((e) => ({ key: e.key, failures: e.failures.length, missing: e.missing })),
      ).toEqual(excluded);
      // Whether or not they exclude, the unchecked constraints are named per site.
      expect(out.unknown).toEqual({
        bare: ['industrialWaterM3PerDay'],
        dry: ['industrialWaterM3PerDay', 'largestParcelHa'],
      });
    },
  );

  it.each([
    // Engineers: kitakami 500, mid missing → ranked at the worst known (500 is the only one, so equal).
    { missing: 'worst' as const, ranked: ['kitakami', 'mid'], imputed: { mid: ['engineersWithin60Min'] } },
    { missing: 'exclude' as const, ranked: ['kitakami'], imputed: {} },
  ])('ranks a site missing a criterion value by the "$missing" rule', ({ missing, ranked, imputed }) => {
    const sites = [
      { ...kitakami, attributes: { ...kitakami.attributes, engineersWithin60Min: 500 } },
      { key: 'mid', location: {}, attributes: { industrialWaterM3PerDay: 20000, largestParcelHa: 30 } },
    ];
    const criteria = [
      ...fab.criteria,
      { attribute: 'engineersWithin60Min', weight: 1, direction: 'benefit' as const },
    ];
    const out = runStudy(sites, { ...fab, criteria, missing });
    expect(out.ranking.map((r) => r.key)).toEqual(ranked);
    expect(out.imputed).toEqual(imputed);
    if (missing === 'worst') expect(out.values.mid?.engineersWithin60Min).toBeUndefined();
  });

  it('imputes the worst known value: the minimum for a benefit, the maximum for a cost', () => {
    const sites = [
      { key: 'a', location: {}, attributes: { landPriceYenPerM2: 10000, largestParcelHa: 10 } },
      { key: 'b', location: {}, attributes: { landPriceYenPerM2: 30000, largestParcelHa: 50 } },
      { key: 'c', location: {}, attributes: {} },
    ];
    const out = runStudy(sites, {
      method: 'wsm',
      normalization: 'minmax',
      constraints: [],
      criteria: [
        { attribute: 'landPriceYenPerM2', weight: 1, direction: 'cost' },
        { attribute: 'largestParcelHa', weight: 1, direction: 'benefit' },
      ],
    });
    // c takes price 30,000 (worst cost) and 10 ha (worst benefit): both positions 0, score 0.
    expect(out.ranking.find((r) => r.key === 'c')?.score).toBe(0);
    expect(out.imputed).toEqual({ c: ['landPriceYenPerM2', 'largestParcelHa'] });
  });

  it('breaks each score into criterion contributions that add up to the min–max weighted sum', () => {
    // Weights 3:1 → 0.75, 0.25. Water 30,000 / 12,000 / 20,000 → positions 1, 0, 4/9; parcels 40 / 25 / 20 → 1, 0.25, 0.
    const sites = [
      kitakami,
      { ...small, key: 'mid', attributes: { industrialWaterM3PerDay: 12000, largestParcelHa: 25 } },
    ];
    sites.push({
      ...small,
      key: 'third',
      attributes: { industrialWaterM3PerDay: 20000, largestParcelHa: 20 },
    });
    const out = runStudy(sites, fab);
    const byKey = Object.fromEntries(out.ranking.map((r) => [r.key, r]));
    expect(byKey.kitakami?.contributions).toEqual({ industrialWaterM3PerDay: 0.75, largestParcelHa: 0.25 });
    expect(byKey.mid?.contributions.largestParcelHa).toBeCloseTo(0.0625, 12);
    expect(byKey.third?.contributions.industrialWaterM3PerDay).toBeCloseTo((0.75 * 4) / 9, 12);
    for (const r of out.ranking) {
      const sum = Object.values(r.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(r.score, 12);
    }
  });

  it('answers an empty ranking, not an error, when every site fails', () => {
    const out = runStudy([rokkasho], fab);
    expect(out.ranking).toEqual([]);
    expect(out.weights).toEqual({ industrialWaterM3PerDay: 0.75, largestParcelHa: 0.25 });
    expect(out.sensitivity).toBeNull();
  });

  it('adds rank acceptability when asked', () => {
    const out = runStudy(aircraftSites, aircraftSpec, { smaa: { samples: 500, seed: 7, mode: 'uniform' } });
    const shares = out.acceptability?.alternatives.map((a) => a.acceptability.reduce((x, y) => x + y, 0));
    expect(shares).toHaveLength(4);
    for (const s of shares ?? []) expect(s).toBeCloseTo(1, 9);
  });

  it.each([
    {
      spec: { criteria: [{ attribute: 'zoning', weight: 1, direction: 'benefit' }] },
      path: 'criteria[0].attribute',
    },
    {
      spec: { criteria: [{ attribute: 'beauty', weight: 1, direction: 'benefit' }] },
      path: 'criteria[0].attribute',
    },
    { spec: { constraints: [{ attribute: 'nope', op: '>=', value: 1 }] }, path: 'constraints[0].attribute' },
    { spec: { scenario: { elsewhere: { prepared: true } } }, path: 'scenario.elsewhere' },
    { spec: { scenario: { kitakami: { prepared: 3 } } }, path: 'scenario.kitakami.prepared' },
    { spec: { scenario: { kitakami: { groundClass: 7 } } }, path: 'scenario.kitakami.groundClass' },
    {
      spec: { criteria: [...fab.criteria, { attribute: 'largestParcelHa', weight: 1, direction: 'cost' }] },
      path: 'criteria[2].attribute',
    },
    {
      spec: { criteria: [{ attribute: 'largestParcelHa', weight: -1, direction: 'benefit' }] },
      path: 'criteria[0].weight',
    },
  ])('refuses a bad study naming $path', ({ spec, path }) => {
    const run = () => runStudy([kitakami], { ...fab, ...spec } as StudySpec);
    expect(run).toThrow(McdaError);
    expect(run).toThrow(expect.objectContaining({ path }));
  });

  it('says what is wrong in both languages, the English also in the message', () => {
    const run = () => runStudy([kitakami], { ...fab, scenario: { kitakami: { prepared: 3 } } } as StudySpec);
    expect(run).toThrow(
      expect.objectContaining({
        message: 'scenario.kitakami.prepared: expected true or false',
        text: { ja: 'true か false にしてください', en: 'expected true or false' },
      }),
    );
  });
});

describe('siteValues', () => {
  it('computes a missing distance from the nearest place and keeps a stated one', () => {
    const { values, computed } = siteValues({
      ...rokkasho,
      attributes: { ...rokkasho.attributes, distanceRailKm: 30 },
      places: { ...rokkasho.places, rail: { lat: 0, lng: 0 } },
    });
    // 0.03° of latitude (3.34 km) and 0.05° of longitude at 40.95° N (4.20 km): √(3.34² + 4.20²) = 5.37.
    expect(values.distancePortKm).toBe(5.4);
    expect(values.distanceRailKm).toBe(30);
    expect(computed).toEqual(['distancePortKm']);
    expect(values.prepared).toBe(1);
  });
});

describe('prepareStudy + rankStudy (the what-if slider path)', () => {
  // A slider move re-weights a study prepared once; it must rank exactly as a full run would.
  it.each(['topsis', 'wsm', 'wpm', 'promethee2'] as const)('re-weighting matches runStudy (%s)', (method) => {
    const spec: StudySpec = { ...aircraftSpec, method };
    const prepared = prepareStudy(aircraftSites, spec);
    for (const weights of [
      [1, 1, 1, 1, 1, 1],
      [0, 3, 0, 1, 2, 0.5],
      [5, 0, 0, 0, 0, 0],
    ]) {
      const criteria = spec.criteria.map((c, j) => ({ ...c, weight: weights[j] as number }));
      const full = runStudy(aircraftSites, { ...spec, criteria }, { sensitivity: false });
      const ranked = rankStudy(prepared, criteria);
      expect(ranked.ranking).toEqual(full.ranking);
      expect(ranked.weights).toEqual(full.weights);
    }
  });

  it.each([
    { name: 'all weights zero', weights: [0, 0, 0, 0, 0, 0], path: 'criteria' },
    { name: 'a negative weight', weights: [1, -1, 1, 1, 1, 1], path: 'criteria[1].weight' },
  ])('refuses $name the way a full run does', ({ weights, path }) => {
    const prepared = prepareStudy(aircraftSites, aircraftSpec);
    const criteria = aircraftSpec.criteria.map((c, j) => ({ ...c, weight: weights[j] as number }));
    expect(() => rankStudy(prepared, criteria)).toThrow(expect.objectContaining({ path }));
    expect(() => runStudy(aircraftSites, { ...aircraftSpec, criteria })).toThrow(
      expect.objectContaining({ path }),
    );
  });

  it('refuses criteria other than the prepared ones', () => {
    const prepared = prepareStudy(aircraftSites, aircraftSpec);
    expect(() => rankStudy(prepared, aircraftSpec.criteria.slice(1))).toThrow(McdaError);
  });
});
