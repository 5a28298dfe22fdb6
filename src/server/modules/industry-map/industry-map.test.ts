import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { needs, organizations } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let keyOf: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
});

const aomori = { country: 'JP', prefecture: '青森県' };
const tokyo = { country: 'JP', prefecture: '東京都' };

/*
 * A small hand-made cluster; every figure below is counted from this table by hand.
 *
 *   key          roles                               technologies                 place
 *   tokamak-dev  developer                           DEV.tokamak, MAG.hts         東京都 (kanto)   member of council
 *   hts-maker    materials-supplier                  MAG.hts, MAG.lts             青森県           member of council
 *   coil-aomori  component-supplier, integrator      MAG.coil-winding, VAC        青森県
 *   sendai-lab   research                            MAG, HCD.gyrotron            宮城県
 *   uk-magnets   component-supplier                  MAG.hts                      GB
 *   us-dev       developer                           HCD.gyrotron, MAG.coil-winding  US
 *   council      public                              PUB.industry-promotion       東京都
 *   no-place     services                            VAC                          (none: unspecified)
 *   hidden-co    materials-supplier                  MAG.hts                      青森県, unpublished
 */
beforeEach(async () => {
  await t.reset();
  const orgs = [
    {
      key: 'council',
      kind: 'association' as const,
      roles: ['public' as const],
      technologies: ['PUB.industry-promotion'],
      location: tokyo,
    },
    {
      key: 'tokamak-dev',
      kind: 'startup' as const,
      roles: ['developer' as const],
      technologies: ['DEV.tokamak', 'MAG.hts'],
      location: tokyo,
      memberships: ['council'],
    },
    {
      key: 'hts-maker',
      roles: ['materials-supplier' as const],
      technologies: ['MAG.hts', 'MAG.lts'],
      location: aomori,
      memberships: ['council'],
      sources: [{ url: 'https://example.org/hts-maker', asOf: '2025-06-01' }],
    },
    {
      key: 'coil-aomori',
      roles: ['component-supplier' as const, 'integrator' as const],
      technologies: ['MAG.coil-winding', 'VAC'],
      location: { ...aomori, city: '六ヶ所村' },
    },
    {
      key: 'sendai-lab',
      kind: 'research-institute' as const,
      roles: ['research' as const],
      technologies: ['MAG', 'HCD.gyrotron'],
      location: { country: 'JP', prefecture: '宮城県' },
    },
    {
      key: 'uk-magnets',
      roles: ['component-supplier' as const],
      technologies: ['MAG.hts'],
      location: { country: 'GB', prefecture: 'Oxfordshire' },
    },
    {
      key: 'us-dev',
      kind: 'startup' as const,
      roles: ['developer' as const],
      technologies: ['HCD.gyrotron', 'MAG.coil-winding'],
      location: { country: 'US' },
    },
    { key: 'no-place', roles: ['services' as const], technologies: ['VAC'] },
    {
      key: 'hidden-co',
      roles: ['materials-supplier' as const],
      technologies: ['MAG.hts'],
      location: aomori,
      published: false,
    },
  ];
  keyOf = new Map();
  for (const o of orgs) keyOf.set((await t.addOrganization(o)).id, o.key);
  admin = await t.signIn('admin');
});

type Heatmap = {
  scope: string;
  regions: Array<{ key: string; total: number }>;
  rows: Array<{ code: string; parent: string | null; cells: number[]; total: number }>;
  total: number;
};

function cellsOf(map: Heatmap, code: string): Record<string, number> {
  const row = map.rows.find((r) => r.code === code)!;
  return Object.fromEntries(map.regions.map((r, i) => [r.key, row.cells[i]!]).filter(([, n]) => n !== 0));
}

describe('GET /api/industry-map/heatmap', () => {
  it('counts distinct organisations per code and region, a parent covering its children', async () => {
    const { status, json } = await t.request('GET', '/api/industry-map/heatmap?cluster=fusion');
    expect(status).toBe(200);
    expect(json.scope).toBe('published');
    expect(json.regions.map((r: { key: string }) => r.key)).toEqual([
      'aomori',
      'iwate',
      'miyagi',
      'akita',
      'yamagata',
      'fukushima',
      'hokkaido',
      'kanto',
      'chubu',
      'kinki',
      'chugoku',
      'shikoku',
      'kyushu-okinawa',
      'GB',
      'US',
      'unspecified',
    ]);
    // hts-maker lists two MAG children and counts once under MAG; sendai-lab lists MAG itself.
    expect(cellsOf(json, 'MAG')).toEqual({ aomori: 2, miyagi: 1, kanto: 1, GB: 1, US: 1 });
    expect(cellsOf(json, 'MAG.hts')).toEqual({ aomori: 1, kanto: 1, GB: 1 }); // hidden-co is not counted
    expect(cellsOf(json, 'MAG.lts')).toEqual({ aomori: 1 });
    expect(cellsOf(json, 'VAC')).toEqual({ aomori: 1, unspecified: 1 });
    expect(cellsOf(json, 'HCD')).toEqual({ miyagi: 1, US: 1 });
    expect(cellsOf(json, 'CRY')).toEqual({});
    expect(json.rows.find((r: { code: string }) => r.code === 'MAG').total).toBe(6);
    const totals = Object.fromEntries(
      json.regions.map((r: { key: string; total: number }) => [r.key, r.total]),
    );
    expect(totals).toMatchObject({ aomori: 2, miyagi: 1, kanto: 2, GB: 1, US: 1, unspecified: 1, iwate: 0 });
    expect(json.total).toBe(8);
    // Rows keep taxonomy order: a parent, then its children.
    const codes = json.rows.map((r: { code: string }) => r.code);
    expect(codes.indexOf('MAG.hts')).toBeGreaterThan(codes.indexOf('MAG'));
    expect(json.rows.find((r: { code: string }) => r.code === 'MAG.hts').parent).toBe('MAG');
  });

  it('filters by kind and membership', async () => {
    const byMembership = await t.request('GET', '/api/industry-map/heatmap?membership=council');
    expect(cellsOf(byMembership.json, 'MAG')).toEqual({ aomori: 1, kanto: 1 });
    const byKind = await t.request('GET', '/api/industry-map/heatmap?kind=startup');
    expect(cellsOf(byKind.json, 'MAG')).toEqual({ kanto: 1, US: 1 });
    expect(byKind.json.total).toBe(2);
  });

  it('counts unpublished profiles only for an admin who asks', async () => {
    const anonymous = await t.request('GET', '/api/industry-map/heatmap?status=all');
    expect(anonymous.json.scope).toBe('published');
    expect(cellsOf(anonymous.json, 'MAG.hts').aomori).toBe(1);
    const member = await t.signIn('member');
    const asMember = await t.request('GET', '/api/industry-map/heatmap?status=all', { as: member });
    expect(cellsOf(asMember.json, 'MAG.hts').aomori).toBe(1);
    const all = await t.request('GET', '/api/industry-map/heatmap?status=all', { as: admin });
    expect(all.json.scope).toBe('all');
    expect(cellsOf(all.json, 'MAG.hts').aomori).toBe(2);
  });

  it('reflects a change at once, though the figures are cached between changes', async () => {
    const before = await t.request('GET', '/api/industry-map/heatmap');
    expect(cellsOf(before.json, 'CRY')).toEqual({});
    const id = [...keyOf].find(([, key]) => key === 'uk-magnets')![0];
    const patch = await t.request('PATCH', `/api/organizations/${id}`, {
      as: admin,
      body: { technologies: ['CRY.cryocoolers'] },
    });
    expect(patch.status).toBe(200);
    const after = await t.request('GET', '/api/industry-map/heatmap');
    expect(cellsOf(after.json, 'CRY')).toEqual({ GB: 1 });
    expect(cellsOf(after.json, 'MAG.hts')).toEqual({ aomori: 1, kanto: 1 });
  });

  it.each([
    ['offshore-wind', 'OWS'],
    ['semiconductors', 'SEQ'],
    ['mobility-aerospace', 'AUT'],
  ])('shows another cluster, %s, with its own rows (first %s)', async (cluster, first) => {
    const { json } = await t.request('GET', `/api/industry-map/heatmap?cluster=${cluster}`);
    expect(json.rows[0].code).toBe(first);
    expect(json.total).toBe(0);
  });

  it('traces every non-zero cell to exactly that many organisations', async () => {
    const { json } = await t.request('GET', '/api/industry-map/heatmap?cluster=fusion');
    let checked = 0;
    for (const row of json.rows as Heatmap['rows']) {
      for (const [i, n] of row.cells.entries()) {
        if (n === 0) continue;
        const region = json.regions[i].key;
        const list = await t.request(
          'GET',
          `/api/industry-map/organizations?technology=${row.code}&region=${region}&limit=500`,
        );
        expect(list.json.total, `${row.code} × ${region}`).toBe(n);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('GET /api/industry-map/organizations', () => {
  const keys = (json: { items: Array<{ key: string }> }) => json.items.map((o) => o.key);

  it.each([
    ['technology=MAG&region=aomori', ['coil-aomori', 'hts-maker']],
    ['technology=MAG&region=tohoku', ['coil-aomori', 'hts-maker', 'sendai-lab']],
    ['technology=MAG.hts&region=GB', ['uk-magnets']],
    ['technology=VAC&region=unspecified', ['no-place']],
    ['technology=MAG&region=japan&role=developer', ['tokamak-dev']],
    ['technology=HCD,VAC&region=US', ['us-dev']],
    ['technology=HCD&technology=VAC', ['coil-aomori', 'no-place', 'sendai-lab', 'us-dev']],
  ])('%s', async (query, expected) => {
    const { status, json } = await t.request('GET', `/api/industry-map/organizations?${query}`);
    expect(status).toBe(200);
    expect(keys(json)).toEqual(expected);
    expect(json.total).toBe(expected.length);
  });

  it('links each organisation to its profile by id and key', async () => {
    const { json } = await t.request(
      'GET',
      '/api/industry-map/organizations?technology=MAG.lts&region=aomori',
    );
    expect(json.items[0]).toMatchObject({
      key: 'hts-maker',
      id: expect.any(String),
      sources: [expect.any(Object)],
    });
  });
});

describe('GET /api/industry-map/supply-chain', () => {
  type Column = { role: string; total: number; organizations: Array<{ key: string }> };
  const columns = (json: { roles: Column[] }) =>
    Object.fromEntries(json.roles.map((c) => [c.role, c.organizations.map((o) => o.key)]));

  it('lists the capable organisations by role in supply-chain order, each under every role it has', async () => {
    const { status, json } = await t.request('GET', '/api/industry-map/supply-chain?technology=MAG');
    expect(status).toBe(200);
    expect(json.roles.map((c: Column) => c.role)).toEqual([
      'developer',
      'integrator',
      'component-supplier',
      'materials-supplier',
      'services',
      'research',
      'public',
      'none',
    ]);
    expect(columns(json)).toEqual({
      developer: ['tokamak-dev', 'us-dev'],
      integrator: ['coil-aomori'],
      'component-supplier': ['coil-aomori', 'uk-magnets'],
      'materials-supplier': ['hts-maker'],
      services: [],
      research: ['sendai-lab'],
      public: [],
      none: [],
    });
    expect(json).toMatchObject({
      organizations: 6,
      multiRole: 1,
      codes: expect.arrayContaining(['MAG', 'MAG.hts']),
    });
    expect(json.note).toContain('several roles');
    expect(json.roles[0].label).toEqual({ ja: '炉開発事業者', en: 'Plant developer' });
    expect(json.roles[2].organizations[0]).toMatchObject({
      region: 'aomori',
      location: { city: '六ヶ所村' },
    });
  });

  it('lists a child code alone, and pages each column with its full count', async () => {
    const child = await t.request('GET', '/api/industry-map/supply-chain?technology=MAG.hts');
    expect(child.json.organizations).toBe(3);
    const paged = await t.request('GET', '/api/industry-map/supply-chain?technology=MAG&limit=1');
    const developer = paged.json.roles[0];
    expect(developer.organizations.map((o: { key: string }) => o.key)).toEqual(['tokamak-dev']);
    expect(developer.total).toBe(2);
  });
});

describe('GET /api/industry-map/network', () => {
  beforeEach(async () => {
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: {
        format: 'fusion-cluster-bundle',
        version: 1,
        relations: [
          { from: 'hts-maker', to: 'tokamak-dev', type: 'supplier-customer', since: '2025' },
          { from: 'coil-aomori', to: 'sendai-lab', type: 'joint-research' },
          { from: 'uk-magnets', to: 'hidden-co', type: 'partnership' },
          // Also listed as a membership on hts-maker: drawn once, as this relation.
          {
            from: 'hts-maker',
            to: 'council',
            type: 'membership',
            since: '2024-05',
            source: { url: 'https://example.org/council/members', asOf: '2024-05-21' },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
  });

  type Net = {
    nodes: Array<{ id: string; key: string; degree: number; matched: boolean }>;
    links: Array<{ from: string; to: string; type: string; origin: string; since: string | null }>;
    total: number;
    truncated: boolean;
  };
  const linksOf = (json: Net) =>
    json.links.map((l) => `${keyOf.get(l.from)}→${keyOf.get(l.to)}:${l.type}:${l.origin}`).sort();
  const degrees = (json: Net) => Object.fromEntries(json.nodes.map((n) => [n.key, n.degree]));

  it('draws stated relations and memberships between visible organisations', async () => {
    const { status, json } = await t.request('GET', '/api/industry-map/network');
    expect(status).toBe(200);
    expect(linksOf(json)).toEqual([
      'coil-aomori→sendai-lab:joint-research:relation',
      'hts-maker→council:membership:relation',
      'hts-maker→tokamak-dev:supplier-customer:relation',
      'tokamak-dev→council:membership:membership',
    ]);
    expect(degrees(json)).toEqual({
      council: 2,
      'hts-maker': 2,
      'tokamak-dev': 2,
      'coil-aomori': 1,
      'sendai-lab': 1,
    });
    const membership = json.links.find(
      (l: { origin: string; type: string }) => l.type === 'membership' && l.origin === 'relation',
    );
    expect(membership).toMatchObject({
      since: '2024-05',
      source: { url: 'https://example.org/council/members' },
    });
    expect(json).toMatchObject({ total: 4, truncated: false });
  });

  it('shows an admin the links to unpublished profiles when asked', async () => {
    const { json } = await t.request('GET', '/api/industry-map/network?status=all', { as: admin });
    expect(linksOf(json)).toContain('uk-magnets→hidden-co:partnership:relation');
    expect(json.total).toBe(5);
  });

  it.each([
    [
      'type=membership',
      ['hts-maker→council:membership:relation', 'tokamak-dev→council:membership:membership'],
    ],
    [
      'type=supplier-customer&type=joint-research',
      ['coil-aomori→sendai-lab:joint-research:relation', 'hts-maker→tokamak-dev:supplier-customer:relation'],
    ],
    ['technology=VAC', ['coil-aomori→sendai-lab:joint-research:relation']],
    ['type=investment', []],
  ])('filters %s', async (query, expected) => {
    const { json } = await t.request('GET', `/api/industry-map/network?${query}`);
    expect(linksOf(json)).toEqual(expected);
  });

  it('marks which drawn organisations pass the filters themselves', async () => {
    const { json } = await t.request('GET', '/api/industry-map/network?technology=VAC');
    expect(Object.fromEntries(json.nodes.map((n: Net['nodes'][number]) => [n.key, n.matched]))).toEqual({
      'coil-aomori': true,
      'sendai-lab': false,
    });
  });

  it('truncates to the limit and says so', async () => {
    const { json } = await t.request('GET', '/api/industry-map/network?limit=2');
    expect(json.links).toHaveLength(2);
    expect(json).toMatchObject({ total: 4, truncated: true });
    expect(json.links.every((l: { type: string }) => l.type === 'membership')).toBe(true);
  });
});

describe('GET /api/industry-map/gaps', () => {
  type Row = {
    code: string;
    developers: number;
    demand: number;
    supply: number;
    national: number;
    local: number;
    gap: boolean;
  };
  const row = (json: { rows: Row[] }, code: string) => {
    const { developers, demand, supply, national, local, gap } = json.rows.find((r) => r.code === code)!;
    return { developers, demand, supply, national, local, gap };
  };

  it('counts an open need as demand for its code and its parent area, and follows new needs at once', async () => {
    const gaps = async () =>
      (await t.request('GET', '/api/industry-map/gaps?region=aomori&cluster=fusion')).json;
    const before = await gaps();
    const [owner] = await t.db.select({ id: organizations.id }).from(organizations).limit(1);
    const need = (key: string, technologies: string[], status = 'open', days = 30) => ({
      key,
      organizationId: owner!.id,
      category: 'supplier',
      title: { ja: key },
      technologies,
      visibility: 'anonymous',
      status,
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    await t.db
      .insert(needs)
      .values([
        need('blanket-need', ['IVC.blanket']),
        need('closed-need', ['IVC.blanket'], 'closed'),
        need('expired-need', ['IVC.blanket'], 'open', -1),
      ]);
    const after = await gaps();
    expect(row(after, 'IVC.blanket').demand).toBe(row(before, 'IVC.blanket').demand + 1);
    expect(row(after, 'IVC').demand).toBe(row(before, 'IVC').demand + 1);
    expect(row(after, 'MAG').demand).toBe(row(before, 'MAG').demand);
  });

  it('counts demand and supply per code for Aomori and puts demand without local supply first', async () => {
    const { status, json } = await t.request('GET', '/api/industry-map/gaps?region=aomori&cluster=fusion');
    expect(status).toBe(200);
    expect(json.region).toMatchObject({ key: 'aomori', label: { ja: '青森県' } });
    expect(json.needsCounted).toBe(true);
    expect(json.rows.slice(0, 8).map((r: Row) => r.code)).toEqual([
      'DEV', // demand 1, no supplier anywhere
      'DEV.tokamak',
      'HCD', // demand 1 (us-dev), one supplier in Japan (sendai-lab), none in Aomori
      'HCD.gyrotron',
      'MAG', // demand 3, local supply 2
      'MAG.coil-winding', // demand 2
      'MAG.hts', // demand 1, local 1: taxonomy order before VAC
      'VAC',
    ]);
    // MAG: developers tokamak-dev, us-dev, and coil-aomori as integrator; suppliers hts-maker, coil-aomori,
    // sendai-lab (research), uk-magnets; in Japan the first three; in Aomori hts-maker and coil-aomori.
    expect(row(json, 'MAG')).toEqual({
      developers: 3,
      demand: 3,
      supply: 4,
      national: 3,
      local: 2,
      gap: false,
    });
    expect(row(json, 'HCD.gyrotron')).toEqual({
      developers: 1,
      demand: 1,
      supply: 1,
      national: 1,
      local: 0,
      gap: true,
    });
    // no-place offers VAC but has no place: supply, not national, not local.
    expect(row(json, 'VAC')).toEqual({
      developers: 1,
      demand: 1,
      supply: 2,
      national: 1,
      local: 1,
      gap: false,
    });
    expect(row(json, 'CRY')).toEqual({
      developers: 0,
      demand: 0,
      supply: 0,
      national: 0,
      local: 0,
      gap: false,
    });
  });

  it('widens local supply to Tohoku and to Japan', async () => {
    const tohoku = await t.request('GET', '/api/industry-map/gaps?region=tohoku&cluster=fusion');
    expect(row(tohoku.json, 'HCD.gyrotron')).toMatchObject({ local: 1, gap: false });
    expect(tohoku.json.rows.slice(0, 2).map((r: Row) => r.code)).toEqual(['DEV', 'DEV.tokamak']);
    const japan = await t.request('GET', '/api/industry-map/gaps?region=japan&cluster=fusion');
    expect(row(japan.json, 'MAG')).toMatchObject({ national: 3, local: 3 });
  });

  it('defaults to Aomori and counts the unpublished supplier only for an admin who asks', async () => {
    const { json } = await t.request('GET', '/api/industry-map/gaps');
    expect(json.region.key).toBe('aomori');
    expect(row(json, 'MAG.hts').local).toBe(1);
    const all = await t.request('GET', '/api/industry-map/gaps?status=all', { as: admin });
    expect(row(all.json, 'MAG.hts').local).toBe(2);
  });

  /*
   * Semiconductors, hand-counted (the fusion fixture above is in no other cluster):
   *   fab-miyagi     integrator          SIC.packaging          宮城県   semiconductors
   *   etch-aomori    component-supplier  SEQ.etch               青森県   semiconductors
   *   wafer-tokyo    materials-supplier  SMT.wafer              東京都   semiconductors
   *   two-clusters   integrator          SMT.wafer, VAC         岩手県   fusion and semiconductors
   *   fusion-etch    component-supplier  SEQ.etch               青森県   fusion only: not counted here
   * and open needs for SEQ.cleaning (semiconductors) and IVC.blanket (fusion).
   */
  it("counts another cluster's gaps over its own taxonomy and members only", async () => {
    const semi = (
      key: string,
      role: string,
      technologies: string[],
      prefecture: string,
      clusters?: string[],
    ) =>
      t.addOrganization({
        key,
        roles: [role as 'integrator'],
        technologies,
        location: { country: 'JP', prefecture },
        clusters: clusters ?? ['semiconductors'],
      });
    await semi('fab-miyagi', 'integrator', ['SIC.packaging'], '宮城県');
    await semi('etch-aomori', 'component-supplier', ['SEQ.etch'], '青森県');
    await semi('wafer-tokyo', 'materials-supplier', ['SMT.wafer'], '東京都');
    await semi('two-clusters', 'integrator', ['SMT.wafer', 'VAC'], '岩手県', ['fusion', 'semiconductors']);
    await semi('fusion-etch', 'component-supplier', ['SEQ.etch'], '青森県', ['fusion']);
    const [owner] = await t.db.select({ id: organizations.id }).from(organizations).limit(1);
    await t.db.insert(needs).values(
      [
        ['cleaning-need', 'SEQ.cleaning'],
        ['blanket-need', 'IVC.blanket'],
      ].map(([key, code]) => ({
        key: key!,
        organizationId: owner!.id,
        category: 'supplier' as const,
        title: { ja: key! },
        technologies: [code!],
        visibility: 'anonymous' as const,
        status: 'open' as const,
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
      })),
    );
    const { status, json } = await t.request(
      'GET',
      '/api/industry-map/gaps?region=aomori&cluster=semiconductors',
    );
    expect(status).toBe(200);
    const taxonomy = await t.request('GET', '/api/technologies?cluster=semiconductors');
    const codes = taxonomy.json.items.map((r: { code: string }) => r.code);
    expect(json.rows.map((r: Row) => r.code).sort()).toEqual([...codes].sort());
    // Gaps first, by demand, then fewest suppliers in Japan, then taxonomy order.
    expect(json.rows.slice(0, 5).map((r: Row) => r.code)).toEqual([
      'SEQ.cleaning', // the need; no supplier anywhere
      'SIC', // fab-miyagi, through its child
      'SIC.packaging',
      'SMT', // two-clusters; one supplier in Japan (wafer-tokyo), none in Aomori
      'SMT.wafer',
    ]);
    expect(row(json, 'SMT.wafer')).toEqual({
      developers: 1,
      demand: 1,
      supply: 1,
      national: 1,
      local: 0,
      gap: true,
    });
    // fusion-etch offers SEQ.etch in Aomori but is not a member of this cluster.
    expect(row(json, 'SEQ.etch')).toEqual({
      developers: 0,
      demand: 0,
      supply: 1,
      national: 1,
      local: 1,
      gap: false,
    });
    expect(row(json, 'SEQ')).toMatchObject({ demand: 1, local: 1, gap: false });
    // The member of both clusters is demand in fusion too, for its fusion code.
    const fusion = await t.request('GET', '/api/industry-map/gaps?region=aomori&cluster=fusion');
    expect(row(fusion.json, 'VAC')).toMatchObject({ developers: 2 });
    expect(fusion.json.rows.filter((r: Row) => codes.includes(r.code))).toEqual([]);
  });

  it.each([
    ['mobility-aerospace', 'AUT'],
    ['offshore-wind', 'OWS'],
  ])(
    'lists %s over its own taxonomy, in taxonomy order while nothing is in demand',
    async (cluster, first) => {
      const { status, json } = await t.request(
        'GET',
        `/api/industry-map/gaps?region=tohoku&cluster=${cluster}`,
      );
      expect(status).toBe(200);
      const taxonomy = await t.request('GET', `/api/technologies?cluster=${cluster}`);
      expect(json.rows.map((r: Row) => r.code)).toEqual(
        taxonomy.json.items.map((r: { code: string }) => r.code),
      );
      expect(json.rows[0].code).toBe(first);
      expect(json.rows.every((r: Row) => r.demand === 0 && r.supply === 0 && !r.gap)).toBe(true);
    },
  );
});

describe('GET /api/industry-map/shortlist', () => {
  const keys = (json: { items: Array<{ key: string }> }) => json.items.map((o) => o.key);

  it('ranks by codes covered, exact before narrower or broader, local first, then name', async () => {
    const { status, json } = await t.request(
      'GET',
      '/api/industry-map/shortlist?technology=MAG&technology=VAC&region=tohoku',
    );
    expect(status).toBe(200);
    expect(keys(json)).toEqual([
      'coil-aomori', // both: MAG through MAG.coil-winding, VAC exactly
      'sendai-lab', // MAG exactly, in Tohoku
      'no-place', // VAC exactly
      'hts-maker', // MAG through a child, in Tohoku
      'tokamak-dev',
      'uk-magnets',
      'us-dev',
    ]);
    expect(json.total).toBe(7);
    expect(json.items[0]).toMatchObject({
      rank: 1,
      matched: 2,
      exact: 1,
      local: true,
      region: 'aomori',
      matches: [
        { code: 'MAG', kind: 'narrower', via: ['MAG.coil-winding'] },
        { code: 'VAC', kind: 'exact', via: ['VAC'] },
      ],
    });
    expect(json.region).toMatchObject({ key: 'tohoku', label: { en: 'Tohoku' } });
  });

  it('finds an organisation listing only the area above a chosen code, after the exact ones', async () => {
    const { json } = await t.request(
      'GET',
      '/api/industry-map/shortlist?technology=MAG.hts,VAC&region=aomori',
    );
    expect(keys(json)).toEqual([
      'coil-aomori',
      'hts-maker',
      'no-place',
      'tokamak-dev',
      'uk-magnets',
      'sendai-lab',
    ]);
    expect(json.items.at(-1).matches).toEqual([{ code: 'MAG.hts', kind: 'broader', via: ['MAG'] }]);
    expect(json.items[1].sources).toEqual([{ url: 'https://example.org/hts-maker', asOf: '2025-06-01' }]);
  });

  it('says when no capable organisation is in the region, and names the nearest with their distance', async () => {
    await t.addOrganization({
      key: 'naka-gyro',
      technologies: ['HCD.gyrotron'],
      location: { country: 'JP', prefecture: '茨城県', lat: 36.45, lng: 140.6 },
    });
    await t.addOrganization({
      key: 'kyoto-gyro',
      technologies: ['HCD.gyrotron'],
      location: { country: 'JP', prefecture: '京都府', lat: 34.9, lng: 135.8 },
    });
    const { json } = await t.request(
      'GET',
      '/api/industry-map/shortlist?technology=HCD.gyrotron&region=aomori',
    );
    expect(json.local).toBe(0);
    expect(json.reference).toMatchObject({ label: { ja: '青森市', en: 'Aomori City' } });
    // From Aomori City (40.82 N, 140.74 E): Naka 4.37° of latitude south, about 486 km; Kyoto about 780 km.
    expect(json.nearest.map((n: { key: string }) => n.key)).toEqual(['naka-gyro', 'kyoto-gyro']);
    expect(json.nearest[0].distanceKm).toBeGreaterThan(480);
    expect(json.nearest[0].distanceKm).toBeLessThan(495);
    expect(json.nearest[1].distanceKm).toBeGreaterThan(700);
    // The list itself puts the placed ones by distance among equals; those without coordinates follow.
    expect(keys(json)).toEqual(['naka-gyro', 'kyoto-gyro', 'sendai-lab', 'us-dev']);
    expect(json.items[2].distanceKm).toBeNull();

    const inMiyagi = await t.request(
      'GET',
      '/api/industry-map/shortlist?technology=HCD.gyrotron&region=miyagi',
    );
    expect(inMiyagi.json.local).toBe(1);
    expect(inMiyagi.json.nearest).toEqual([]);
    const anywhere = await t.request('GET', '/api/industry-map/shortlist?technology=HCD.gyrotron');
    expect(anywhere.json).toMatchObject({ local: null, reference: null, nearest: [] });
  });

  it('keeps the top of the list with the full count', async () => {
    const { json } = await t.request(
      'GET',
      '/api/industry-map/shortlist?technology=MAG&technology=VAC&limit=3',
    );
    expect(keys(json)).toEqual(['coil-aomori', 'no-place', 'sendai-lab']); // no region: name order on ties
    expect(json.total).toBe(7);
  });

  it('gives the same list as an xlsx workbook', async () => {
    const res = await t.app.request(
      '/api/industry-map/shortlist.xlsx?technology=MAG&technology=VAC&region=tohoku',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/supplier-shortlist-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('Shortlist')!;
    expect(sheet.rowCount).toBe(8);
    const column = (c: number) => [2, 3, 4, 5, 6, 7, 8].map((r) => sheet.getRow(r).getCell(c).value);
    expect(column(1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(column(2)).toEqual([
      'coil-aomori',
      'sendai-lab',
      'no-place',
      'hts-maker',
      'tokamak-dev',
      'uk-magnets',
      'us-dev',
    ]);
    expect(workbook.getWorksheet('Query')!.getRow(2).getCell(2).value).toBe('MAG, VAC');
  });
});

describe('bad filters', () => {
  it.each([
    ['/heatmap?kind=castle', 'query.kind'],
    ['/heatmap?cluster=moon', 'query.cluster'],
    ['/heatmap?role=king', 'query.role'],
    ['/organizations?technology=MAGX', 'query.technology'],
    ['/organizations?region=mars', 'query.region'],
    ['/organizations?region=gb', 'query.region'],
    ['/organizations?limit=0', 'query.limit'],
    ['/supply-chain', 'query.technology'],
    ['/supply-chain?technology=NOPE', 'query.technology'],
    ['/network?type=friendship', 'query.type'],
    ['/network?technology=MAG&type=membership,rivalry', 'query.type'],
    ['/gaps?region=mars', 'query.region'],
    ['/shortlist', 'query.technology'],
    ['/shortlist?technology=MAG,NOPE', 'query.technology'],
    ['/shortlist?technology=MAG&limit=0', 'query.limit'],
    ['/shortlist.xlsx?technology=MAG&region=atlantis', 'query.region'],
    ['/heatmap?status=secret', 'query.status'],
  ])('%s → 400 naming %s', async (path, param) => {
    const { status, json } = await t.request('GET', `/api/industry-map${path}`);
    expect(status).toBe(400);
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.details.map((d: { path: string }) => d.path)).toContain(param);
  });
});
