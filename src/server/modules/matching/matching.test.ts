import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createRuntime } from './matching.search-index.ts';

let t: TestApp;
let admin: Session;
let seeker: Session; // member of helical-test, which posts needs
let supplier: Session; // member of tape-maker, which posts seeds
let stranger: Session; // member of a third organisation
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  const orgs = [
    {
      key: 'helical-test',
      name: { ja: 'ヘリカルテスト株式会社', en: 'Helical Test KK' },
      kind: 'startup' as const,
      roles: ['developer' as const],
      technologies: ['DEV.stellarator'],
    },
    {
      key: 'tape-maker',
      name: { en: 'Tape Maker Ltd.' },
      kind: 'company' as const,
      roles: ['materials-supplier' as const],
      technologies: ['MAG.hts'],
      description: { en: 'Makes REBCO HTS tape.' },
    },
    {
      key: 'gyro-co',
      name: { en: 'Gyro Co.' },
      kind: 'company' as const,
      roles: ['component-supplier' as const],
      technologies: ['HCD.gyrotron'],
      description: { en: 'Gyrotrons for plasma heating.' },
    },
    { key: 'third-co', name: { en: 'Third Co.' }, kind: 'company' as const, roles: ['services' as const] },
  ];
  for (const o of orgs) ids[o.key] = (await t.addOrganization(o)).id;
  admin = await t.signIn('admin');
  seeker = await t.signIn('member', ids['helical-test']);
  supplier = await t.signIn('member', ids['tape-maker']);
  stranger = await t.signIn('member', ids['third-co']);
});

const htsNeed = {
  category: 'supplier',
  title: { ja: '超伝導線材の調達' },
  body: { ja: 'ヘリカル型炉の試験コイルに使う超伝導線材を探しています。' },
  technologies: ['MAG.hts'],
  seeksRoles: ['materials-supplier'],
  quantity: '200 km',
  timeline: '2027年度',
  trl: 6,
};
/** A lay need for premises: no code, no role, plain words. */
const premisesNeed = {
  ...htsNeed,
  title: { en: 'Somewhere to work' },
  body: { en: 'We need to rent a small workshop and an office for a year. Who do we ask?' },
  technologies: [],
  seeksRoles: [],
};
const tapeSeed = {
  category: 'product',
  title: { en: 'REBCO HTS tape in long lengths' },
  body: { en: 'High-temperature superconducting tape for fusion magnets, samples and volume supply.' },
  technologies: ['MAG.hts'],
};

async function post(kind: 'needs' | 'seeds', as: Session, body: object) {
  const res = await t.request('POST', `/api/${kind}`, { as, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

describe('posting needs and seeds', () => {
  it('a member posts for its own organisation; a key and an expiry are given', async () => {
    const need = await post('needs', seeker, htsNeed);
    expect(need.organization.key).toBe('helical-test');
    expect(need.key).toMatch(/^need-/);
    expect(need.mine).toBe(true);
    expect(new Date(need.expiresAt).getTime()).toBeGreaterThan(Date.now() + 170 * 86_400_000);
    const audit = await t.request('GET', '/api/audit?entity=need', { as: admin });
    expect(audit.status).toBe(200);
  });

  it.each([
    ['unknown code', { ...htsNeed, technologies: ['MAGX'] }, 'body.technologies[0]'],
    ['no title', { ...htsNeed, title: {} }, 'body.title'],
    ['TRL out of range', { ...htsNeed, trl: 12 }, 'body.trl'],
    ['unknown role', { ...htsNeed, seeksRoles: ['king'] }, 'body.seeksRoles[0]'],
    ['bad visibility', { ...htsNeed, visibility: 'secret' }, 'body.visibility'],
  ])('refuses %s, naming the field', async (_name, body, path) => {
    const res = await t.request('POST', '/api/needs', { as: seeker, body });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses visitors, posting for another organisation, and an admin post without an owner', async () => {
    expect((await t.request('POST', '/api/needs', { body: htsNeed })).status).toBe(401);
    const other = await t.request('POST', '/api/needs', {
      as: seeker,
      body: { ...htsNeed, organizationId: ids['tape-maker'] },
    });
    expect(other.status).toBe(403);
    const adminless = await t.request('POST', '/api/needs', { as: admin, body: htsNeed });
    expect(adminless.json.error.details[0].path).toBe('body.organizationId');
    const adminFor = await t.request('POST', '/api/needs', {
      as: admin,
      body: { ...htsNeed, organizationId: ids['third-co'] },
    });
    expect(adminFor.status).toBe(201);
  });

  it('creates one of several simultaneous posts of one key and refuses the rest with 409', async () => {
    // Only the coordinator chooses keys (see the next test).
    const body = { ...htsNeed, key: 'hts-need', organizationId: ids['helical-test'] };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.request('POST', '/api/needs', { as: admin, body })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((r) => r.status === 409)) {
      expect(a.json.error.code).toBe('conflict');
      // The message names the key: the insert found it taken, rather than a generic constraint error.
      expect(a.json.error.message).toContain('hts-need');
      expect(a.json.error.details[0].path).toBe('body.key');
    }
    expect((await t.request('GET', '/api/needs?key=hts-need', { as: seeker })).json.total).toBe(1);
  });

  it('a member cannot choose a key, so a key taken by a post it cannot see answers like any other', async () => {
    const hidden = await post('needs', seeker, { ...htsNeed, visibility: 'anonymous' });
    const closed = await post('needs', seeker, htsNeed);
    await t.request('PATCH', `/api/needs/${closed.id}`, { as: seeker, body: { status: 'closed' } });
    const answers = [];
    for (const key of [hidden.key, closed.key, 'no-such-need']) {
      const res = await t.request('POST', '/api/needs', { as: stranger, body: { ...htsNeed, key } });
      answers.push({ status: res.status, body: res.json });
    }
    expect(answers[0]!.status).toBe(403);
    expect(answers[0]!.body.error.details[0].path).toBe('body.key');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Without a key, the post is given a fresh one.
    expect((await post('needs', stranger, htsNeed)).key).toMatch(/^need-/);
  });

  it('only the owner (or an admin) changes, renews or deletes a post', async () => {
    const need = await post('needs', seeker, htsNeed);
    expect(
      (await t.request('PATCH', `/api/needs/${need.id}`, { as: supplier, body: { trl: 5 } })).status,
    ).toBe(403);
    const changed = await t.request('PATCH', `/api/needs/${need.id}`, {
      as: seeker,
      body: { trl: 5, quantity: null },
    });
    expect(changed.json).toMatchObject({ trl: 5, quantity: null });
    expect((await t.request('POST', `/api/needs/${need.id}/renew`, { as: stranger })).status).toBe(403);
    expect((await t.request('POST', `/api/needs/${need.id}/renew`, { as: admin })).status).toBe(200);
    expect((await t.request('DELETE', `/api/needs/${need.id}`, { as: supplier })).status).toBe(403);
    expect((await t.request('DELETE', `/api/needs/${need.id}`, { as: seeker })).status).toBe(204);
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: seeker })).status).toBe(404);
  });

  it('lists with search, technology filter and my posts; members-only posts hidden from visitors', async () => {
    await post('needs', seeker, htsNeed);
    await post('needs', seeker, {
      ...htsNeed,
      title: { en: 'Gyrotron wanted' },
      body: {},
      technologies: ['HCD.gyrotron'],
      visibility: 'members',
    });
    const keys = async (query: string, as?: Session) =>
      (await t.request('GET', `/api/needs${query}`, { as })).json.items.map(
        (n: { title: { ja?: string; en?: string } }) => n.title.ja ?? n.title.en,
      );
    expect(await keys('?q=superconducting', stranger)).toEqual(['超伝導線材の調達']); // English query, Japanese post
    expect(await keys('?technology=HCD', stranger)).toEqual(['Gyrotron wanted']);
    expect(await keys('', undefined)).toEqual(['超伝導線材の調達']);
    expect((await keys('?mine=true', seeker)).sort()).toEqual(['Gyrotron wanted', '超伝導線材の調達']);
    expect(await keys('?mine=true', supplier)).toEqual([]);
    const bad = await t.request('GET', '/api/needs?technology=NOPE');
    expect(bad.json.error.details[0].path).toBe('query.technology');
  });
});

describe('GET /api/needs/{id}/matches', () => {
  it('a Japanese need finds the English-only seed, with signals and matched terms', async () => {
    const need = await post('needs', seeker, htsNeed);
    const seed = await post('seeds', supplier, tapeSeed);
    const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=5`, { as: seeker });
    expect(res.status).toBe(200);
    // The seed and the profile of its maker come first, in either order.
    expect(res.json.items.slice(0, 2).map((m: { id: string }) => m.id)).toContain(seed.id);
    const first = res.json.items.find((m: { id: string }) => m.id === seed.id);
    expect(first).toMatchObject({ type: 'seed', key: seed.key, organization: { key: 'tape-maker' } });
    expect(first.signals.technology.codes).toEqual([{ code: 'MAG.hts', matched: 'MAG.hts', credit: 1 }]);
    expect(first.signals.role.roles).toEqual(['materials-supplier']);
    expect(first.signals.text.terms.map((x: { en?: string }) => x.en)).toContain('superconducting');
    const shares = ['text', 'technology', 'role', 'reciprocity'].map((s) => first.signals[s]?.share ?? 0);
    expect(shares.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 4);
    // The organisation profile counts as a capability; the needing organisation never matches itself.
    const types = res.json.items.map(
      (m: { type: string; organization: { key: string } }) => `${m.type}:${m.organization.key}`,
    );
    expect(types).toContain('organization:tape-maker');
    expect(types.some((x: string) => x.endsWith(':helical-test'))).toBe(false);
  });

  it('a need listing requirements says which each match covers; one naming no role gets a partner kind from its words', async () => {
    const need = await post('needs', seeker, {
      ...htsNeed,
      title: { en: 'Tape and winding' },
      body: { en: 'We want to buy:\n1. REBCO HTS tape\n2. coil winding and impregnation' },
      seeksRoles: [],
    });
    const seed = await post('seeds', supplier, tapeSeed);
    const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=5`, { as: seeker });
    expect(res.status).toBe(200);
    const match = res.json.items.find((m: { id: string }) => m.id === seed.id);
    expect(match.signals.text.requirements).toEqual([
      { text: 'REBCO HTS tape', covered: true },
      { text: 'coil winding and impregnation', covered: false },
    ]);
    expect(match.signals.role).toMatchObject({ inferred: ['supplier'], roles: ['materials-supplier'] });
  });

  it('a requirement in words reaches a profile through the code it names (the taxonomy scope notes)', async () => {
    // The profile says nothing of forging or welding; the code it picked does, through its scope note.
    await t.addOrganization({
      key: 'heavy-works',
      name: { en: 'Heavy Works KK' },
      kind: 'company',
      roles: ['component-supplier'],
      technologies: ['MAT.large-fabrication'],
      description: { en: 'A manufacturer of plant equipment for power stations.' },
    });
    const need = await post('needs', seeker, {
      ...htsNeed,
      title: { ja: '真空容器の部材' },
      body: { ja: '真空容器に使う大型の鍛造品と、厚板を曲げて溶接したシェルを作れる会社を探しています。' },
      technologies: ['VAC.vacuum-vessel'],
      seeksRoles: [],
    });
    const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=5`, { as: seeker });
    const match = res.json.items.find(
      (m: { organization: { key: string } }) => m.organization.key === 'heavy-works',
    );
    expect(match, JSON.stringify(res.json.items)).toBeDefined();
    expect(match.signals.text.terms).toContainEqual({
      text: '大型構造物製作',
      ja: '大型構造物製作',
      en: 'Large structure fabrication',
    });
  });

  it('a lay need for premises reaches the organisation that runs a published facility, and only while it does', async () => {
    // Its profile names no code, no role and none of the need's words: only the facility speaks for it.
    const office = await t.addOrganization({
      key: 'lakeside-kk',
      name: { en: 'Lakeside KK' },
      kind: 'company',
      description: { en: 'Founded in 2020.' },
    });
    const need = await post('needs', seeker, premisesNeed);
    const officeMatch = async () => {
      const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=10`, { as: seeker });
      expect(res.status).toBe(200);
      return res.json.items.find(
        (m: { organization: { key: string } }) => m.organization.key === 'lakeside-kk',
      );
    };
    expect(await officeMatch()).toBeUndefined();
    const facility = await t.request('POST', '/api/facilities', {
      as: admin,
      body: {
        key: 'lakeside-annex',
        organization: 'lakeside-kk',
        name: { ja: '湖畔別館', en: 'Lakeside Annex' },
      },
    });
    expect(facility.status, JSON.stringify(facility.json)).toBe(201);
    // A post write makes the index look at the profiles at once (otherwise within ORG_CHECK_MS).
    await post('seeds', supplier, tapeSeed);
    const found = await officeMatch();
    expect(found, 'found through its facility').toBeDefined();
    expect(found.signals.technology.codes.map((c: { code: string }) => c.code)).toEqual([
      'RES.shared-facilities',
    ]);
    expect(found.signals.role.inferred).toContain('premises');
    const hidden = await t.request('PATCH', `/api/facilities/${facility.json.id}`, {
      as: admin,
      body: { published: false },
    });
    expect(hidden.status).toBe(200);
    await post('seeds', supplier, { ...tapeSeed, title: { en: 'More tape' } });
    expect(await officeMatch()).toBeUndefined();
    // Published again, then deleted: the index follows each change.
    await t.request('PATCH', `/api/facilities/${facility.json.id}`, { as: admin, body: { published: true } });
    await post('seeds', supplier, { ...tapeSeed, title: { en: 'Tape again' } });
    expect(await officeMatch()).toBeDefined();
    expect((await t.request('DELETE', `/api/facilities/${facility.json.id}`, { as: admin })).status).toBe(
      204,
    );
    await post('seeds', supplier, { ...tapeSeed, title: { en: 'Last tape' } });
    expect(await officeMatch()).toBeUndefined();
    // The code is the matching record's, never written into the profile.
    const profile = await t.request('GET', `/api/organizations/${office.id}`, { as: admin });
    expect(profile.json.technologies).toEqual([]);
  });

  it('an organisation of a cluster whose taxonomy has no shared-facilities code is given none for its facility', async () => {
    await t.addOrganization({
      key: 'wind-yard',
      name: { en: 'Wind Yard KK' },
      kind: 'company',
      clusters: ['offshore-wind'],
      description: { en: 'Founded in 2020.' },
    });
    const facility = await t.request('POST', '/api/facilities', {
      as: admin,
      body: { key: 'wind-yard-hall', organization: 'wind-yard', name: { ja: '組立棟', en: 'Assembly hall' } },
    });
    expect(facility.status).toBe(201);
    const need = await post('needs', seeker, premisesNeed);
    const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=10`, { as: seeker });
    expect(res.json.items.map((m: { organization: { key: string } }) => m.organization.key)).not.toContain(
      'wind-yard',
    );
  });

  it('a seed finds needs; limit is validated', async () => {
    const need = await post('needs', seeker, htsNeed);
    const seed = await post('seeds', supplier, tapeSeed);
    const res = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as: supplier });
    expect(res.json.items.map((m: { id: string }) => m.id)).toEqual([need.id]);
    expect((await t.request('GET', `/api/seeds/${seed.id}/matches?limit=0`)).json.error.details[0].path).toBe(
      'query.limit',
    );
  });

  it('keeps the index current as posts change, expire and are renewed', async () => {
    const need = await post('needs', seeker, htsNeed);
    const matchIds = async () =>
      (await t.request('GET', `/api/needs/${need.id}/matches`, { as: seeker })).json.items.map(
        (m: { id: string }) => m.id,
      );
    expect(await matchIds()).not.toContain('x');
    const seed = await post('seeds', supplier, {
      ...tapeSeed,
      technologies: ['HCD.gyrotron'],
      title: { en: 'Gyrotron' },
      body: {},
    });
    expect(await matchIds()).not.toContain(seed.id);
    await t.request('PATCH', `/api/seeds/${seed.id}`, {
      as: supplier,
      body: { title: tapeSeed.title, technologies: ['MAG.hts'] },
    });
    expect(await matchIds()).toContain(seed.id);
    // Time passes (as a write would record it: through the data version).
    await t.db.execute(sql`update matching_version set version = version + 1`);
    await t.db.execute(
      sql`update seeds set expires_at = now() - interval '1 day', revision = (select version from matching_version) where id = ${seed.id}`,
    );
    expect(await matchIds()).not.toContain(seed.id);
    await t.request('POST', `/api/seeds/${seed.id}/renew`, { as: supplier });
    expect(await matchIds()).toContain(seed.id);
    await t.request('PATCH', `/api/seeds/${seed.id}`, { as: supplier, body: { status: 'closed' } });
    expect(await matchIds()).not.toContain(seed.id);
  });

  it('a second process sees the first one’s writes through the data version', async () => {
    const need = await post('needs', seeker, htsNeed);
    const other = createRuntime(t.db, t.deps.reference);
    await other.refresh();
    const query = { title: [htsNeed.title.ja], body: [], technologies: ['MAG.hts'] };
    expect(other.index.match(query, { types: ['seed'] })).toEqual([]);
    const seed = await post('seeds', supplier, tapeSeed);
    await other.refresh();
    expect(other.index.match(query, { types: ['seed'] }).map((m) => m.id)).toEqual([seed.id]);
    await t.request('DELETE', `/api/seeds/${seed.id}`, { as: supplier });
    await other.refresh();
    expect(other.index.match(query, { types: ['seed'] })).toEqual([]);
    expect(other.index.has(need.id)).toBe(true);
  });
});

describe('anonymous needs', () => {
  const secretName = /helical-test|ヘリカルテスト|Helical Test/i;

  async function anonymousNeed() {
    const need = await post('needs', seeker, { ...htsNeed, visibility: 'anonymous' });
    const seed = await post('seeds', supplier, tapeSeed);
    return { need, seed };
  }

  it('rank alike whichever cluster their owner is in, which a public need’s codes are read from', async () => {
    await t.addOrganization({
      key: 'port-yard',
      name: { en: 'Port Yard KK' },
      kind: 'company',
      clusters: ['offshore-wind'],
      technologies: ['OWP.base-port'],
      description: { en: 'Founded in 2019.' },
    });
    const wind = await t.addOrganization({
      key: 'wind-poster',
      kind: 'company',
      clusters: ['offshore-wind'],
    });
    const windMember = await t.signIn('member', wind.id);
    const yardNeed = {
      ...premisesNeed,
      title: { en: 'Quay and yard' },
      body: { en: 'We need a heavy-duty quay and a laydown yard to store and pre-assemble large parts.' },
    };
    const explained = async (as: Session, visibility: string) => {
      const need = await post('needs', as, { ...yardNeed, visibility });
      const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=10`, { as: admin });
      return res.json.items.map(
        (m: { id: string; signals: { text: { terms: Array<{ text: string }> } } }) =>
          `${m.id}:${m.signals.text.terms.map((x) => x.text).join(',')}`,
      );
    };
    // Public: the poster's cluster decides which taxonomy the words are read in.
    const [fusionPublic, windPublic] = [
      await explained(seeker, 'public'),
      await explained(windMember, 'public'),
    ];
    expect(windPublic.join(' ')).toContain('基地港湾');
    expect(fusionPublic.join(' ')).not.toContain('基地港湾');
    // Anonymous: read in every taxonomy, so the results say nothing of the owner's cluster.
    expect(await explained(seeker, 'anonymous')).toEqual(await explained(windMember, 'anonymous'));
  });

  it('rank alike whichever country their owner is in, where a public need’s permit question is answered', async () => {
    // The US office shares more of the need's words; only its country tells it from the Japanese one.
    await t.addOrganization({
      key: 'us-office',
      name: { en: 'Federal Fusion Office' },
      kind: 'government',
      description: { en: 'Permits, licensing and programmes for fusion and radiation sources.' },
      location: { country: 'US', lat: 38.9, lng: -77.0 },
    });
    await t.addOrganization({
      key: 'jp-office',
      name: { en: 'Prefectural Office' },
      kind: 'government',
      description: { en: 'Permits, licensing and local procedures, for radiation too.' },
      location: { country: 'JP', lat: 40.82, lng: 140.74 },
    });
    const poster = async (key: string, country: string) =>
      t.signIn('member', (await t.addOrganization({ key, kind: 'startup', location: { country } })).id);
    const [inJapan, inUs] = [await poster('jp-poster', 'JP'), await poster('us-poster', 'US')];
    const permits = {
      ...premisesNeed,
      title: { en: 'Permits' },
      body: { en: 'Which authority do we ask about permits and licensing for our radiation sources?' },
    };
    // Every need is posted before any is ranked: a post is indexed too, and moves the words' statistics.
    const needs = [
      await post('needs', inJapan, permits),
      await post('needs', inUs, permits),
      await post('needs', inJapan, { ...permits, visibility: 'anonymous' }),
      await post('needs', inUs, { ...permits, visibility: 'anonymous' }),
    ];
    const [jpPublic, usPublic, jpAnonymous, usAnonymous] = await Promise.all(
      needs.map(async (need) => {
        const res = await t.request('GET', `/api/needs/${need.id}/matches?limit=10`, { as: admin });
        return res.json.items.map((m: { organization: { key: string }; score: number }) => [
          m.organization.key,
          m.score,
        ]) as Array<[string, number]>;
      }),
    );
    // Public: the poster's country decides which office answers first.
    expect(jpPublic![0]![0]).toBe('jp-office');
    expect(usPublic![0]![0]).toBe('us-office');
    // Anonymous: no country is read, so the ranking and scores say nothing of the owner's.
    expect(jpAnonymous).toEqual(usAnonymous);
    expect(jpAnonymous![0]![0]).toBe('us-office');
  });

  it('never reveal their owner through list, detail, search, matches, export or notifications before acceptance', async () => {
    const { need, seed } = await anonymousNeed();
    for (const as of [supplier, stranger, undefined]) {
      const bodies = [
        await t.request('GET', '/api/needs', { as }),
        await t.request('GET', `/api/needs/${need.id}`, { as }),
        await t.request('GET', `/api/needs?q=${encodeURIComponent('超伝導')}`, { as }),
        await t.request('GET', `/api/needs?q=helical`, { as }),
        await t.request('GET', `/api/needs?key=${need.key}`, { as }),
        await t.request('GET', `/api/seeds/${seed.id}/matches`, { as }),
      ];
      // The profile itself is public; what must not appear is the need with its owner.
      const exported = (await t.request('GET', '/api/export', { as })).json;
      bodies.push({ json: exported.needs } as (typeof bodies)[number]);
      for (const res of bodies) {
        const text = JSON.stringify(res.json ?? {});
        expect(text).not.toMatch(secretName);
        expect(text).not.toContain(ids['helical-test']);
        expect(text).not.toContain(need.key);
      }
    }
    // Members see it, owner withheld; visitors do not see it at all.
    const seen = await t.request('GET', `/api/needs/${need.id}`, { as: supplier });
    expect(seen.json).toMatchObject({ organization: null, key: null, visibility: 'anonymous' });
    expect((await t.request('GET', `/api/needs/${need.id}`)).status).toBe(404);
    const fromSeed = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as: supplier });
    expect(fromSeed.json.items[0]).toMatchObject({ id: need.id, organization: null, key: null });
    // The owner and the coordinator see it in full; the admin's export carries it.
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: seeker })).json.organization.key).toBe(
      'helical-test',
    );
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: admin })).json.organization.key).toBe(
      'helical-test',
    );
    const exported = await t.request('GET', '/api/export', { as: admin });
    expect(exported.json.needs.map((n: { organization: string }) => n.organization)).toEqual([
      'helical-test',
    ]);

    // The supplier asks for an introduction; the notices and the introduction keep the owner hidden.
    const intro = await t.request('POST', '/api/introductions', {
      as: supplier,
      body: {
        fromKind: 'seed',
        fromId: seed.id,
        toType: 'need',
        toId: need.id,
        message: 'We make this tape.',
      },
    });
    expect(intro.status).toBe(201);
    expect(intro.json.to.organization).toBeNull();
    const declined = await t.request('POST', `/api/introductions/${intro.json.id}/transition`, {
      as: seeker,
      body: { to: 'declined', reason: 'Not now' },
    });
    expect(declined.status).toBe(200);
    for (const res of [
      await t.request('GET', '/api/notifications', { as: supplier }),
      await t.request('GET', `/api/introductions/${intro.json.id}`, { as: supplier }),
      await t.request('GET', '/api/introductions', { as: supplier }),
    ]) {
      expect(JSON.stringify(res.json)).not.toMatch(secretName);
    }
    expect(
      (await t.request('GET', `/api/introductions/${intro.json.id}`, { as: supplier })).json.reason,
    ).toBe('Not now');
  });

  it('reveal the owner to the requester once it accepts', async () => {
    const { need, seed } = await anonymousNeed();
    const intro = await t.request('POST', '/api/introductions', {
      as: supplier,
      body: { fromKind: 'seed', fromId: seed.id, toType: 'need', toId: need.id, message: 'Hello' },
    });
    expect(intro.status, JSON.stringify(intro.json)).toBe(201);
    await t.request('POST', `/api/introductions/${intro.json.id}/transition`, {
      as: seeker,
      body: { to: 'accepted' },
    });
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: supplier })).json.organization.key).toBe(
      'helical-test',
    );
    expect(
      (await t.request('GET', `/api/introductions/${intro.json.id}`, { as: supplier })).json.to.organization
        .key,
    ).toBe('helical-test');
    const matches = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as: supplier });
    expect(matches.json.items[0].organization.key).toBe('helical-test');
    // …but still not to anyone else.
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: stranger })).json.organization).toBeNull();

    // Once revealed, it stays revealed to that side when the introduction is closed, everywhere alike…
    const closed = await t.request('POST', `/api/introductions/${intro.json.id}/transition`, {
      as: seeker,
      body: { to: 'closed', outcome: 'No fit after all' },
    });
    expect(closed.status).toBe(200);
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: supplier })).json.organization.key).toBe(
      'helical-test',
    );
    const listed = await t.request('GET', '/api/needs', { as: supplier });
    expect(listed.json.items.find((n: { id: string }) => n.id === need.id).organization.key).toBe(
      'helical-test',
    );
    expect(
      (await t.request('GET', `/api/introductions/${intro.json.id}`, { as: supplier })).json.to.organization
        .key,
    ).toBe('helical-test');
    const after = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as: supplier });
    expect(after.json.items[0]).toMatchObject({ id: need.id, key: need.key });
    // …while the bundle export never names an anonymous owner except to the coordinator.
    const exported = await t.request('GET', '/api/export', { as: supplier });
    expect(JSON.stringify(exported.json.needs)).not.toContain(need.key);
    // An introduction closed before acceptance reveals nothing.
    const other = await post('seeds', stranger, { ...tapeSeed, title: { en: 'Another HTS tape' } });
    const asked = await t.request('POST', '/api/introductions', {
      as: stranger,
      body: { fromKind: 'seed', fromId: other.id, toType: 'need', toId: need.id, message: 'Hello' },
    });
    await t.request('POST', `/api/introductions/${asked.json.id}/transition`, {
      as: stranger,
      body: { to: 'closed', outcome: 'Withdrawn' },
    });
    expect((await t.request('GET', `/api/needs/${need.id}`, { as: stranger })).json.organization).toBeNull();
    expect(
      (await t.request('GET', `/api/introductions/${asked.json.id}`, { as: stranger })).json.to.organization,
    ).toBeNull();
  });
});

describe('anonymous owners in match explanations', () => {
  // The owner's profile: a place, roles and technologies that only its profile and public seed carry.
  async function setUp() {
    await t.request('PATCH', `/api/organizations/${ids['helical-test']}`, {
      as: admin,
      body: {
        location: { country: 'JP', prefecture: '青森県', lat: 40.96, lng: 141.37 },
        technologies: ['DEV.stellarator', 'DIC'],
      },
    });
    const need = await post('needs', seeker, { ...htsNeed, visibility: 'anonymous' });
    const seed = await post('seeds', supplier, {
      ...tapeSeed,
      location: { lat: 35.68, lng: 139.76 },
    });
    // The supplier seeks what the owner offers, so reciprocity applies both ways.
    await post('needs', supplier, {
      category: 'technology',
      title: { en: 'Plasma diagnostics for tape tests' },
      technologies: ['DIC'],
    });
    return { need, seed };
  }
  type Matches = Awaited<ReturnType<TestApp['request']>>;
  const itemFor = (res: Matches, id: string) => res.json.items.find((i: { id: string }) => i.id === id);

  it('an anonymous need matched by another member carries no codes, km or roles drawn from its owner', async () => {
    const { need, seed } = await setUp();
    for (const as of [supplier, stranger]) {
      const res = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as });
      const item = itemFor(res, need.id)!;
      expect(item).toMatchObject({ key: null, organization: null });
      expect(item.signals.reciprocity).toMatchObject({ withheld: true });
      expect(item.signals.reciprocity.codes).toBeUndefined();
      expect(item.signals.role).toMatchObject({ withheld: true });
      expect(item.signals.role.roles).toBeUndefined();
      // Placed by its own location only: it has none, so no distance is measured to its owner.
      expect(item.signals.distance.km).toBeNull();
      expect(item.signals.distance.value).toBe(0);
      expect(JSON.stringify(item.signals)).not.toMatch(/DEV\.stellarator|"DIC"|developer/);
    }
    // Visitors do not match anonymous needs at all (they cannot read them either).
    const visitor = await t.request('GET', `/api/seeds/${seed.id}/matches`);
    expect(itemFor(visitor, need.id)).toBeUndefined();
    // The owner and the coordinator see the details.
    for (const as of [seeker, admin]) {
      const res = await t.request('GET', `/api/seeds/${seed.id}/matches`, { as });
      const item = itemFor(res, need.id)!;
      expect(item.signals.reciprocity.withheld).toBeUndefined();
      expect(item.signals.reciprocity.codes.map((c: { matched: string }) => c.matched)).toEqual(['DIC']);
      expect(item.signals.role.roles).toEqual(['materials-supplier']);
    }
  });

  it('the matches of an anonymous need withhold its owner’s roles and offers from other members', async () => {
    const { need, seed } = await setUp();
    const res = await t.request('GET', `/api/needs/${need.id}/matches`, { as: stranger });
    const item = itemFor(res, seed.id)!;
    expect(item.organization.key).toBe('tape-maker');
    expect(item.signals.reciprocity).toMatchObject({ withheld: true });
    expect(item.signals.reciprocity.codes).toBeUndefined();
    expect(item.signals.role.roles).toBeUndefined();
    expect(item.signals.technology.codes.length).toBeGreaterThan(0); // the need's own codes stay
    const own = await t.request('GET', `/api/needs/${need.id}/matches`, { as: seeker });
    expect(itemFor(own, seed.id)!.signals.reciprocity.codes.length).toBeGreaterThan(0);
  });
});

describe('bundle sections', () => {
  const bundle = (extra: object) => ({
    format: 'fusion-cluster-bundle',
    version: 1,
    organizations: [{ key: 'imported-co', name: { en: 'Imported Co.' }, kind: 'company' }],
    ...extra,
  });
  const need = {
    key: 'imp-need',
    organization: 'imported-co',
    title: { ja: '真空ポンプ' },
    technologies: ['VAC.pumps'],
  };
  const seed = {
    key: 'imp-seed',
    organization: 'tape-maker',
    title: { en: 'HTS tape' },
    technologies: ['MAG.hts'],
    expiresAt: '2099-01-01T00:00:00Z',
  };

  it('exports to others only what the lists show: no closed or expired posts, no unpublished owners', async () => {
    const own = (key: string, org: string) => ({ key, organizationId: ids[org] });
    const closed = await post('needs', admin, { ...htsNeed, ...own('closed-need', 'helical-test') });
    const lapsed = await post('seeds', admin, { ...tapeSeed, ...own('lapsed-seed', 'tape-maker') });
    await post('seeds', admin, { ...tapeSeed, ...own('open-seed', 'tape-maker') });
    await t.request('PATCH', `/api/needs/${closed.id}`, { as: seeker, body: { status: 'closed' } });
    await t.db.execute(sql`update seeds set expires_at = now() - interval '1 day' where id = ${lapsed.id}`);
    const hidden = await t.addOrganization({ key: 'unlisted-co', published: false });
    await post('seeds', admin, { ...tapeSeed, key: 'unlisted-seed', organizationId: hidden.id });
    const keys = (json: { needs: Array<{ key: string }>; seeds: Array<{ key: string }> }) =>
      [...json.needs, ...json.seeds].map((p) => p.key).sort();
    for (const as of [undefined, stranger]) {
      expect((await t.request('GET', `/api/needs/${closed.id}`, { as })).status).toBe(404);
      expect((await t.request('GET', '/api/needs', { as })).json.total).toBe(0);
      expect(keys((await t.request('GET', '/api/export', { as })).json)).toEqual(['open-seed']);
    }
    expect(keys((await t.request('GET', '/api/export', { as: admin })).json)).toEqual([
      'closed-need',
      'lapsed-seed',
      'open-seed',
      'unlisted-seed',
    ]);
  });

  it('imports and re-imports needs and seeds idempotently, and exports them', async () => {
    const first = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle({ needs: [need], seeds: [seed] }),
    });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(first.json.needs).toEqual({ created: 1, updated: 0, unchanged: 0, total: 1 });
    const again = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle({ needs: [need], seeds: [seed] }),
    });
    expect(again.json.needs).toEqual({ created: 0, updated: 0, unchanged: 1, total: 1 });
    expect(again.json.seeds).toEqual({ created: 0, updated: 0, unchanged: 1, total: 1 });
    const exported = await t.request('GET', '/api/export');
    expect(exported.json.seeds).toMatchObject([
      { key: 'imp-seed', organization: 'tape-maker', expiresAt: '2099-01-01T00:00:00.000Z' },
    ]);
    const roundTrip = await t.request('POST', '/api/import', { as: admin, body: { ...exported.json } });
    expect(roundTrip.json.seeds.unchanged).toBe(1);
  });

  it('rejects the whole bundle with every post error by path', async () => {
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle({
        needs: [
          { ...need, organization: 'nobody' },
          { ...need, key: 'x2', technologies: ['NOPE'] },
          { ...need, key: 'x3', visibility: 'secret' },
        ],
        seeds: [seed, seed],
      }),
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(
      ['needs[0].organization', 'needs[1].technologies[0]', 'needs[2].visibility', 'seeds[1].key'].sort(),
    );
    expect((await t.request('GET', '/api/organizations?key=imported-co')).json.total).toBe(0);
  });
});

describe('messages in the language asked for', () => {
  const ja = { 'accept-language': 'ja' };

  it('names a bad field and a refused edit in Japanese for a Japanese request', async () => {
    const bad = await t.request('POST', '/api/needs', {
      as: seeker,
      body: { ...htsNeed, technologies: ['NOPE'] },
      headers: ja,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details).toEqual([
      { path: 'body.technologies[0]', message: '技術コード「NOPE」はありません' },
    ]);
    const noOrg = await t.request('POST', '/api/needs', { as: admin, body: htsNeed, headers: ja });
    expect(noOrg.json.error.details).toEqual([
      { path: 'body.organizationId', message: '管理者は指定が必要です' },
    ]);
    const need = await post('needs', seeker, htsNeed);
    const edit = await t.request('PATCH', `/api/needs/${need.id}`, {
      as: supplier,
      body: { trl: 7 },
      headers: ja,
    });
    expect(edit.status).toBe(403);
    expect(edit.json.error.message).toBe('変更できるのは自分の組織の投稿だけです');
  });
});
