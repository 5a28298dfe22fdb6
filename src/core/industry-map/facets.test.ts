import { describe, expect, it } from 'vitest';
import {
  codePositions,
  codeTable,
  collectNetworkLinks,
  collectSupplyChain,
  countGapSupply,
  countHeatmap,
  type FacetOrganization,
  type FacetRelation,
  type MapScope,
  scopeTest,
} from './facets.ts';
import { regionOf, resolveRegion } from './regions.ts';

const table = codeTable([
  { code: 'MAG', parent: null },
  { code: 'MAG.hts', parent: 'MAG' },
  { code: 'MAG.lts', parent: 'MAG' },
  { code: 'VAC', parent: null },
  { code: 'VAC.pumps', parent: 'VAC' },
]);

function org(key: string, o: Partial<FacetOrganization> = {}): FacetOrganization {
  const technologies = o.technologies ?? [];
  const country = o.country === undefined ? 'JP' : o.country;
  const prefecture = o.prefecture === undefined ? '東京都' : o.prefecture;
  return {
    id: `id-${key}`,
    key,
    sortName: key,
    name: { en: key },
    kind: 'company',
    roles: [],
    technologies: [],
    clusters: ['fusion'],
    memberships: [],
    city: null,
    lat: null,
    lng: null,
    published: true,
    ...o,
    country,
    prefecture,
    region: regionOf(country, prefecture),
    ...codePositions(technologies, table),
  };
}

const all: MapScope = { published: true, kinds: [], roles: [], technologies: [] };

/*
 * Counted by hand:
 *   key        roles                          codes                 place     published
 *   a-dev      developer                      MAG.hts, MAG.lts      東京都    yes
 *   b-coil     component-supplier, integrator MAG.hts, VAC          青森県    yes
 *   c-lab      research                       MAG                   宮城県    yes
 *   d-uk       materials-supplier             MAG.lts               GB        yes
 *   e-none     (none)                         VAC.pumps             (none)    yes
 *   f-hidden   materials-supplier             MAG.hts               青森県    no
 *   g-empty    services                       (none)                青森県    yes
 */
const orgs = [
  org('a-dev', { roles: ['developer'], technologies: ['MAG.hts', 'MAG.lts'], memberships: ['c-lab'] }),
  org('b-coil', {
    roles: ['component-supplier', 'integrator'],
    technologies: ['MAG.hts', 'VAC'],
    prefecture: '青森県',
  }),
  org('c-lab', {
    kind: 'research-institute',
    roles: ['research'],
    technologies: ['MAG'],
    prefecture: '宮城県',
  }),
  org('d-uk', { roles: ['materials-supplier'], technologies: ['MAG.lts'], country: 'GB', prefecture: null }),
  org('e-none', { technologies: ['VAC.pumps'], country: null, prefecture: null }),
  org('f-hidden', {
    roles: ['materials-supplier'],
    technologies: ['MAG.hts'],
    prefecture: '青森県',
    published: false,
  }),
  org('g-empty', { roles: ['services'], prefecture: '青森県' }),
];

describe('codePositions', () => {
  it.each([
    [
      ['MAG.hts', 'MAG.lts'],
      ['MAG.hts', 'MAG.lts'],
      ['MAG.hts', 'MAG', 'MAG.lts'],
    ],
    [
      ['MAG', 'MAG.hts'],
      ['MAG', 'MAG.hts'],
      ['MAG', 'MAG.hts'],
    ],
    [['VAC.pumps', 'NOT.a-code'], ['VAC.pumps'], ['VAC.pumps', 'VAC']],
    [[], [], []],
  ] as const)('%j lists %j and counts under %j', (technologies, own, counted) => {
    const at = codePositions(technologies, table);
    const names = (positions: Uint16Array) => [...positions].map((p) => table.codes[p]);
    expect(names(at.own)).toEqual(own);
    expect(names(at.counted)).toEqual(counted);
  });
});

describe('inScope', () => {
  it.each([
    ['everyone published', all, ['a-dev', 'b-coil', 'c-lab', 'd-uk', 'e-none', 'g-empty']],
    ['unpublished too', { ...all, published: 'any' as const }, orgs.map((o) => o.key)],
    [
      'a code and its children',
      { ...all, technologies: ['MAG', 'MAG.hts', 'MAG.lts'] },
      ['a-dev', 'b-coil', 'c-lab', 'd-uk'],
    ],
    ['a role', { ...all, roles: ['integrator'] }, ['b-coil']],
    ['a kind', { ...all, kinds: ['research-institute'] }, ['c-lab']],
    ['a membership', { ...all, membership: 'c-lab' }, ['a-dev']],
    ['another cluster', { ...all, cluster: 'semiconductor' }, []],
    ['a region', { ...all, region: resolveRegion('tohoku')!.match }, ['b-coil', 'c-lab', 'g-empty']],
    ['abroad', { ...all, region: resolveRegion('GB')!.match }, ['d-uk']],
    ['nowhere', { ...all, region: resolveRegion('unspecified')!.match }, ['e-none']],
  ])('%s', (_, scope, expected) => {
    expect(orgs.filter(scopeTest(scope, table).inScope).map((o) => o.key)).toEqual(expected);
  });
});

describe('countHeatmap', () => {
  const cells = (scope: MapScope, rows: string[] | null = null) =>
    Object.fromEntries(
      countHeatmap(orgs, scope, table, rows).map((c) => [`${c.code ?? '*'}@${c.region}`, c.organizations]),
    );

  it('counts each organisation once per code and once under the parent, with column totals', () => {
    expect(cells(all)).toEqual({
      'MAG.hts@kanto': 1,
      'MAG@kanto': 1, // a-dev lists two children of MAG and counts once
      'MAG.lts@kanto': 1,
      '*@kanto': 1,
      'MAG.hts@aomori': 1,
      'MAG@aomori': 1,
      'VAC@aomori': 1,
      '*@aomori': 1, // g-empty lists no code; f-hidden is unpublished
      'MAG@miyagi': 1,
      '*@miyagi': 1,
      'MAG.lts@GB': 1,
      'MAG@GB': 1,
      '*@GB': 1,
      'VAC.pumps@unspecified': 1,
      'VAC@unspecified': 1,
      '*@unspecified': 1,
    });
  });

  it('limits rows and totals to the codes shown', () => {
    expect(cells(all, ['VAC', 'VAC.pumps'])).toEqual({
      'VAC@aomori': 1,
      '*@aomori': 1,
      'VAC.pumps@unspecified': 1,
      'VAC@unspecified': 1,
      '*@unspecified': 1,
    });
  });
});

describe('countGapSupply', () => {
  it('counts demand anywhere and supply anywhere, in Japan and locally', () => {
    const byCode = Object.fromEntries(
      countGapSupply(orgs, all, resolveRegion('aomori')!.match, table, null).map(({ code, ...c }) => [
        code,
        c,
      ]),
    );
    expect(byCode).toEqual({
      // a-dev (developer) and b-coil (integrator) demand; b-coil (component), c-lab (research), d-uk supply.
      MAG: { developers: 2, supply: 3, national: 2, local: 1 },
      'MAG.hts': { developers: 2, supply: 1, national: 1, local: 1 },
      'MAG.lts': { developers: 1, supply: 1, national: 0, local: 0 },
      VAC: { developers: 1, supply: 1, national: 1, local: 1 },
    });
  });
});

describe('collectSupplyChain', () => {
  it('lists each organisation under every role, pages columns, counts distinct and multi-role', () => {
    const chain = collectSupplyChain(orgs, { ...all, technologies: ['MAG', 'MAG.hts', 'MAG.lts'] }, table, 1);
    expect(chain.rows.map((r) => `${r.role}:${r.organization.key}:${r.total}`)).toEqual([
      'developer:a-dev:1',
      'component-supplier:b-coil:1',
      'integrator:b-coil:1',
      'research:c-lab:1',
      'materials-supplier:d-uk:1',
    ]);
    expect(chain).toMatchObject({ organizations: 4, multiRole: 1 });
    const none = collectSupplyChain(orgs, { ...all, technologies: ['VAC.pumps'] }, table, 5);
    expect(none.rows.map((r) => `${r.role}:${r.organization.key}`)).toEqual(['none:e-none']);
  });
});

describe('collectNetworkLinks', () => {
  // Relations and links carry ids; memberships name keys (a-dev is a member of c-lab).
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byKey = new Map(orgs.map((o) => [o.key, o]));
  const link = (id: string, from: string, to: string, type: FacetRelation['type']) => ({
    id,
    from: `id-${from}`,
    to: `id-${to}`,
    type,
    since: null,
    source: null,
  });
  const relations: FacetRelation[] = [
    link('r1', 'b-coil', 'a-dev', 'supplier-customer'),
    link('r2', 'f-hidden', 'a-dev', 'supplier-customer'),
    link('r3', 'd-uk', 'c-lab', 'joint-research'),
  ];
  const keyOf = (id: string) => byId.get(id)!.key;
  const links = (scope: MapScope, types: FacetRelation['type'][], focused: boolean) => {
    const out = collectNetworkLinks(byId, byKey, relations, scopeTest(scope, table), types, focused);
    return [...out.relations, ...out.memberships].map((l) => `${keyOf(l.from)}>${keyOf(l.to)}:${l.origin}`);
  };

  it.each([
    [
      'everything visible',
      all,
      ['supplier-customer', 'joint-research', 'membership'],
      false,
      ['b-coil>a-dev:relation', 'd-uk>c-lab:relation', 'a-dev>c-lab:membership'],
    ],
    [
      'an unpublished end for an admin',
      { ...all, published: 'any' as const },
      ['supplier-customer'],
      false,
      ['b-coil>a-dev:relation', 'f-hidden>a-dev:relation'],
    ],
    [
      'one end in the region',
      { ...all, region: resolveRegion('aomori')!.match },
      ['supplier-customer', 'joint-research'],
      true,
      ['b-coil>a-dev:relation'],
    ],
    ['memberships only', all, ['membership'], false, ['a-dev>c-lab:membership']],
  ] as const)('%s', (_, scope, types, focused, expected) => {
    expect(links(scope, [...types], focused)).toEqual(expected);
  });
});
