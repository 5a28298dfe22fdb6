import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Facilities, units and shared equipment through the HTTP API: who may write, what the listing filters
// find, every bad input named, and edit versions.

let t: TestApp;
let admin: Session;
let owner: Session;
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp();
});

const site = {
  key: 'iyasakadai',
  name: { en: 'Iyasakadai' },
  kind: 'development-zone',
  location: { country: 'JP', lat: 40.945, lng: 141.315 },
};

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const other = await t.addOrganization({ key: 'other', name: { en: 'Other' } });
  await t.addOrganization({ key: 'hidden', name: { en: 'Hidden' }, published: false });
  owner = await t.signIn('member', acme.id);
  outsider = await t.signIn('member', other.id);
  const imported = await t.request('POST', '/api/import', {
    as: admin,
    body: { format: 'fusion-cluster-bundle', version: 1, sites: [site] },
  });
  expect(imported.status).toBe(200);
});

const facility = (over: object = {}) => ({
  key: 'vf',
  organization: 'acme',
  site: 'iyasakadai',
  name: { ja: 'ベンチャーファクトリー', en: 'Venture Factory' },
  location: { prefecture: '青森県', city: '六ヶ所村', lat: 40.95, lng: 141.32 },
  ...over,
});

const unit = (over: object = {}) => ({
  key: 'vf-a',
  kind: 'factory',
  name: { en: 'Building A' },
  floorAreaM2: 500,
  monthlyRentJpy: 400_000,
  ...over,
});

const equipment = (over: object = {}) => ({
  key: 'vacuum-1',
  name: { en: 'Vacuum chamber' },
  technologies: ['MAT.irradiation-testing'],
  bookingUnit: 'day',
  feeMemberJpy: 20_000,
  feeNonMemberJpy: 40_000,
  ...over,
});

async function createFacility(as: Session = owner, over: object = {}) {
  const res = await t.request('POST', '/api/facilities', { as, body: facility(over) });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('facility access', () => {
  it('a member adds its own facility, with units and equipment, and anyone reads it', async () => {
    const f = await createFacility();
    expect(f.organization.key).toBe('acme');
    expect(f.site.key).toBe('iyasakadai');
    expect(f.maxTermMonths).toBe(60);
    expect(f.version).toBe(1);
    const u = await t.request('POST', `/api/facilities/${f.id}/units`, {
      as: owner,
      body: unit({ ehv: true, powerKva: 1000 }),
    });
    expect(u.status).toBe(201);
    expect(u.json).toMatchObject({ status: 'free', ehv: true, floorAreaM2: 500 });
    const e = await t.request('POST', `/api/facilities/${f.id}/equipment`, { as: owner, body: equipment() });
    expect(e.status).toBe(201);
    expect(e.json.approvalRequired).toBe(true);
    const read = await t.request('GET', `/api/facilities/${f.id}`);
    expect(read.status).toBe(200);
    expect(read.res.headers.get('etag')).toBe('"1"');
    expect(read.json.units.map((x: { key: string }) => x.key)).toEqual(['vf-a']);
    expect(read.json.equipment.map((x: { key: string }) => x.key)).toEqual(['vacuum-1']);
    expect((await t.request('GET', `/api/equipment/${e.json.id}`)).json.facility.key).toBe('vf');
    expect((await t.request('GET', `/api/facility-units/${u.json.id}`)).json.key).toBe('vf-a');
  });

  it('refuses a member of another organisation every write, and a visitor too', async () => {
    const f = await createFacility();
    const u = (await t.request('POST', `/api/facilities/${f.id}/units`, { as: owner, body: unit() })).json;
    const e = (await t.request('POST', `/api/facilities/${f.id}/equipment`, { as: owner, body: equipment() }))
      .json;
    const writes = [
      ['PATCH', `/api/facilities/${f.id}`, { name: { en: 'Mine' } }],
      ['DELETE', `/api/facilities/${f.id}`, undefined],
      ['POST', `/api/facilities/${f.id}/units`, unit({ key: 'vf-b' })],
      ['PATCH', `/api/facility-units/${u.id}`, { status: 'leased' }],
      ['DELETE', `/api/facility-units/${u.id}`, undefined],
      ['POST', `/api/facilities/${f.id}/equipment`, equipment({ key: 'vacuum-2' })],
      ['PATCH', `/api/equipment/${e.id}`, { feeMemberJpy: 1 }],
      ['DELETE', `/api/equipment/${e.id}`, undefined],
    ] as const;
    for (const [method, path, body] of writes) {
      expect((await t.request(method, path, { as: outsider, body })).status, `${method} ${path}`).toBe(403);
      expect((await t.request(method, path, { body })).status, `anonymous ${method} ${path}`).toBe(401);
    }
    // Creating one for another organisation is refused too, naming the rule.
    const foreign = await t.request('POST', '/api/facilities', {
      as: outsider,
      body: facility({ key: 'x' }),
    });
    expect(foreign.status).toBe(403);
    const read = await t.request('GET', `/api/facilities/${f.id}`);
    expect(read.json).toMatchObject({ name: { en: 'Venture Factory' }, version: 1 });
    expect(read.json.units[0].status).toBe('free');
  });

  it('lets an admin change any facility, and the owner change its own', async () => {
    const f = await createFacility();
    const byAdmin = await t.request('PATCH', `/api/facilities/${f.id}`, {
      as: admin,
      body: { maxTermMonths: 36, illustrative: true },
    });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.json).toMatchObject({ maxTermMonths: 36, illustrative: true, version: 2 });
    const byOwner = await t.request('PATCH', `/api/facilities/${f.id}`, { as: owner, body: { site: null } });
    expect(byOwner.status).toBe(200);
    expect(byOwner.json.site).toBeUndefined();
    // The illustrative mark is the coordinator's.
    const mark = await t.request('PATCH', `/api/facilities/${f.id}`, {
      as: owner,
      body: { illustrative: false },
    });
    expect(mark.status).toBe(403);
    expect(paths(mark.json)).toEqual(['body.illustrative']);
  });

  it('hides an unpublished facility from outsiders, and shows it to the owner', async () => {
    const f = await createFacility(owner, { published: false });
    expect((await t.request('GET', `/api/facilities/${f.id}`)).status).toBe(404);
    expect((await t.request('GET', `/api/facilities/${f.id}`, { as: outsider })).status).toBe(404);
    expect((await t.request('GET', `/api/facilities/${f.id}`, { as: owner })).status).toBe(200);
    expect((await t.request('GET', '/api/facilities')).json.total).toBe(0);
    expect((await t.request('GET', '/api/facilities', { as: admin })).json.total).toBe(1);
  });

  it("keeps a hidden organisation's facility, units and equipment private: they would name it", async () => {
    const f = await createFacility(admin, { key: 'secret', organization: 'hidden' });
    const u = await t.request('POST', `/api/facilities/${f.id}/units`, { as: admin, body: unit() });
    const e = await t.request('POST', `/api/facilities/${f.id}/equipment`, { as: admin, body: equipment() });
    for (const path of [
      `/api/facilities/${f.id}`,
      `/api/facility-units/${u.json.id}`,
      `/api/equipment/${e.json.id}`,
    ])
      expect((await t.request('GET', path, { as: outsider })).status, path).toBe(404);
    expect((await t.request('GET', '/api/facilities')).json.total).toBe(0);
    expect((await t.request('GET', '/api/equipment')).json.total).toBe(0);
    expect((await t.request('GET', '/api/equipment', { as: admin })).json.total).toBe(1);
  });

  it('refuses a member moving its facility to another organisation', async () => {
    const f = await createFacility();
    const res = await t.request('PATCH', `/api/facilities/${f.id}`, {
      as: owner,
      body: { organization: 'other' },
    });
    expect(res.status).toBe(403);
    expect((await t.request('GET', `/api/facilities/${f.id}`)).json.organization.key).toBe('acme');
  });
});

describe('bad input', () => {
  it.each([
    [{ organization: 'nobody' }, 'body.organization'],
    [{ organization: 'hidden' }, 'body.organization'],
    [{ site: 'nowhere' }, 'body.site'],
    [{ maxTermMonths: 0 }, 'body.maxTermMonths'],
    [{ location: { lat: 40 } }, 'body.location.lat'],
    [{ name: {} }, 'body.name'],
    [{ key: 'Bad Key' }, 'body.key'],
  ])('refuses the facility %j naming the field', async (over, path) => {
    // As the owner's member: a hidden organisation is as unknown as a missing one (no 403 that confirms it).
    const res = await t.request('POST', '/api/facilities', { as: owner, body: facility(over) });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it.each([
    [{ floorAreaM2: -1 }, 'body.floorAreaM2'],
    [{ monthlyRentJpy: -5 }, 'body.monthlyRentJpy'],
    [{ powerKva: -1 }, 'body.powerKva'],
    [{ craneT: -0.5 }, 'body.craneT'],
    [{ cleanClass: 10 }, 'body.cleanClass'],
    [{ cleanClass: 0 }, 'body.cleanClass'],
    [{ kind: 'warehouse' }, 'body.kind'],
    [{ status: 'sold' }, 'body.status'],
    [{ media: ['not a url'] }, 'body.media[0]'],
  ])('refuses the unit %j naming the field', async (over, path) => {
    const f = await createFacility();
    const res = await t.request('POST', `/api/facilities/${f.id}/units`, { as: owner, body: unit(over) });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it.each([
    [{ technologies: ['NOPE.code'] }, 'body.technologies[0]'],
    [{ bookingUnit: 'month' }, 'body.bookingUnit'],
    [{ feeMemberJpy: -1 }, 'body.feeMemberJpy'],
    [{ feeNonMemberJpy: 1.5 }, 'body.feeNonMemberJpy'],
  ])('refuses the equipment %j naming the field', async (over, path) => {
    const f = await createFacility();
    const res = await t.request('POST', `/api/facilities/${f.id}/equipment`, {
      as: owner,
      body: equipment(over),
    });
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it('refuses a patch that makes a unit invalid, and a duplicate key with a 409', async () => {
    const f = await createFacility();
    const u = (await t.request('POST', `/api/facilities/${f.id}/units`, { as: owner, body: unit() })).json;
    const bad = await t.request('PATCH', `/api/facility-units/${u.id}`, {
      as: owner,
      body: { floorAreaM2: -3 },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.floorAreaM2']);
    const twice = await t.request('POST', `/api/facilities/${f.id}/units`, { as: owner, body: unit() });
    expect(twice.status).toBe(409);
    expect(paths(twice.json)).toEqual(['body.key']);
    const again = await t.request('POST', '/api/facilities', { as: owner, body: facility() });
    expect(again.status).toBe(409);
  });

  it('the database itself refuses negative figures', async () => {
    const f = await createFacility();
    const insert = (area: number, rent: number) =>
      t.db.execute(sql`insert into facility_units (key, facility_id, kind, name, floor_area_m2, monthly_rent_jpy)
        values (${`k${area}${rent}`}, ${f.id}, 'lab', '{}', ${area}, ${rent})`);
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (err: { cause?: { message?: string }; message: string }) => err.cause?.message ?? err.message,
      );
    expect(await failure(insert(10, -1))).toContain('facility_units_rent');
    expect(await failure(insert(-10, 1))).toContain('facility_units_area');
    expect(await failure(insert(10, 1))).toBe('accepted');
  });

  it.each([
    ['kind=warehouse', 'query.kind'],
    ['minArea=-1', 'query.minArea'],
    ['minArea=500&maxArea=100', 'query.minArea'],
    ['maxCleanClass=12', 'query.maxCleanClass'],
    ['ehv=yes', 'query.ehv'],
  ])('refuses the listing filter %s', async (query, path) => {
    const res = await t.request('GET', `/api/facilities?${query}`);
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(path);
  });

  it.each([
    ['technology=NOPE', 'query.technology'],
    ['bookingUnit=month', 'query.bookingUnit'],
    ['facility=nowhere', 'query.facility'],
  ])('refuses the equipment filter %s', async (query, path) => {
    const res = await t.request('GET', `/api/equipment?${query}`);
    expect(res.status).toBe(400);
    expect(paths(res.json)).toContain(path);
  });
});

describe('versions', () => {
  it('refuses an edit based on an old version with 412, for facilities, units and equipment', async () => {
    const f = await createFacility();
    const edit = (body: object, tag: string) =>
      t.request('PATCH', `/api/facilities/${f.id}`, { as: owner, body, headers: { 'if-match': tag } });
    const first = await edit({ description: { en: 'Three buildings' } }, '"1"');
    expect(first.status).toBe(200);
    expect(first.res.headers.get('etag')).toBe('"2"');
    const stale = await edit({ description: { en: 'Two buildings' } }, '"1"');
    expect(stale.status).toBe(412);
    expect(stale.json.error.code).toBe('precondition_failed');
    expect((await t.request('GET', `/api/facilities/${f.id}`)).json.description.en).toBe('Three buildings');

    const u = (await t.request('POST', `/api/facilities/${f.id}/units`, { as: owner, body: unit() })).json;
    const leased = await t.request('PATCH', `/api/facility-units/${u.id}`, {
      as: owner,
      body: { status: 'leased' },
      headers: { 'if-match': '"1"' },
    });
    expect(leased.json).toMatchObject({ status: 'leased', version: 2 });
    const staleUnit = await t.request('PATCH', `/api/facility-units/${u.id}`, {
      as: owner,
      body: { status: 'free' },
      headers: { 'if-match': '"1"' },
    });
    expect(staleUnit.status).toBe(412);

    const e = (await t.request('POST', `/api/facilities/${f.id}/equipment`, { as: owner, body: equipment() }))
      .json;
    expect(
      (await t.request('DELETE', `/api/equipment/${e.id}`, { as: owner, headers: { 'if-match': '"7"' } }))
        .status,
    ).toBe(412);
    expect(
      (await t.request('DELETE', `/api/equipment/${e.id}`, { as: owner, headers: { 'if-match': '"1"' } }))
        .status,
    ).toBe(204);
    expect(
      (await t.request('DELETE', `/api/facilities/${f.id}`, { as: owner, headers: { 'if-match': '"1"' } }))
        .status,
    ).toBe(412);
  });
});

describe('simultaneous edits', () => {
  it('two edits of different fields without If-Match both land, one after the other', async () => {
    const f = await createFacility();
    const other = await t.peer();
    const [a, b] = await Promise.all([
      t.request('PATCH', `/api/facilities/${f.id}`, { as: owner, body: { maxTermMonths: 48 } }),
      other('PATCH', `/api/facilities/${f.id}`, {
        as: owner,
        body: { description: { en: 'Three buildings' } },
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const read = (await t.request('GET', `/api/facilities/${f.id}`)).json;
    expect(read).toMatchObject({ maxTermMonths: 48, description: { en: 'Three buildings' }, version: 3 });
  });
});

describe('GET /api/facilities', () => {
  // Three facilities whose units differ in one spec each, so each filter has one right answer.
  beforeEach(async () => {
    const a = await createFacility(admin, { key: 'north', name: { en: 'North hall' } });
    const b = await createFacility(admin, {
      key: 'south',
      name: { ja: '南ラボ', en: 'South labs' },
      location: { city: 'Hachinohe', lat: 40.5, lng: 141.5 },
    });
    const c = await createFacility(admin, {
      key: 'west',
      organization: 'other',
      location: undefined,
      site: undefined,
    });
    const add = (f: { id: string }, body: object) =>
      t.request('POST', `/api/facilities/${f.id}/units`, { as: admin, body: unit(body) });
    await add(a, { key: 'n1', floorAreaM2: 1000, powerKva: 2000, ehv: true, craneT: 10 });
    await add(a, { key: 'n2', floorAreaM2: 200, powerKva: 300, ehv: false, craneT: 0, status: 'leased' });
    await add(b, { key: 's1', kind: 'lab', floorAreaM2: 120, ehv: false, cleanClass: 5, powerKva: 100 });
    await add(b, { key: 's2', kind: 'lab', floorAreaM2: 80, ehv: false, cleanClass: 7 });
    await add(c, {
      key: 'w1',
      kind: 'office',
      floorAreaM2: 50,
      ehv: false,
      powerKva: 20,
      status: 'reserved',
    });
    await t.request('POST', `/api/facilities/${b.id}/equipment`, { as: admin, body: equipment() });
  });

  const list = async (query: string) => {
    const res = await t.request('GET', `/api/facilities?${query}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const unitKeys = (json: { items: { units: { key: string }[] }[] }) =>
    json.items.flatMap((f) => f.units.map((u) => u.key));

  it.each([
    ['', ['n1', 'n2', 's1', 's2', 'w1']],
    ['kind=lab', ['s1', 's2']],
    ['kind=factory,office', ['n1', 'n2', 'w1']],
    ['minArea=100&maxArea=500', ['n2', 's1']],
    ['minPower=300', ['n1', 'n2']],
    ['ehv=true', ['n1']],
    ['ehv=true&minArea=500', ['n1']],
    ['ehv=true&maxArea=500', []],
    ['minCrane=5', ['n1']],
    ['maxCleanClass=6', ['s1']],
    ['maxCleanClass=7', ['s1', 's2']],
    ['free=true', ['n1', 's1', 's2']],
    ['q=south', ['s1', 's2']],
    ['q=南ラボ', ['s1', 's2']],
    ['q=hachinohe', ['s1', 's2']],
    ['q=100%25', []],
  ])('?%s finds the units %j', async (query, expected) => {
    expect(unitKeys(await list(query))).toEqual(expected);
  });

  it('lists a facility with its matching units, counts and a map point', async () => {
    const json = await list('ehv=true');
    expect(json.total).toBe(1);
    expect(json.items[0]).toMatchObject({ key: 'north', unitCount: 2, freeUnitCount: 1, equipmentCount: 0 });
    expect(json.points).toEqual([
      expect.objectContaining({ key: 'north', lat: 40.95, lng: 141.32, matchingUnits: 1 }),
    ]);
    const all = await list('');
    expect(all.items.find((f: { key: string }) => f.key === 'south').equipmentCount).toBe(1);
    // The west hall has no coordinates: listed, but not on the map.
    expect(all.total).toBe(3);
    expect(all.points.map((p: { key: string }) => p.key)).toEqual(['north', 'south']);
  });

  it('pages the facilities', async () => {
    const json = await list('limit=1&offset=1');
    expect(json.items.map((f: { key: string }) => f.key)).toEqual(['south']);
    expect(json.total).toBe(3);
  });
});

describe('GET /api/equipment', () => {
  beforeEach(async () => {
    const f = await createFacility();
    const add = (body: object) =>
      t.request('POST', `/api/facilities/${f.id}/equipment`, { as: owner, body: equipment(body) });
    await add({ key: 'beam', technologies: ['RES.neutron-sources'], bookingUnit: 'week' });
    await add({ key: 'hpc', technologies: ['DIG.hpc'], bookingUnit: 'hour', name: { en: 'Supercomputer' } });
    await add({ key: 'chamber', technologies: ['MAT.irradiation-testing'], bookingUnit: 'day' });
  });

  it.each([
    ['', ['beam', 'chamber', 'hpc']],
    ['technology=DIG.hpc', ['hpc']],
    ['technology=DIG.hpc,RES.neutron-sources', ['beam', 'hpc']],
    ['bookingUnit=day,week', ['beam', 'chamber']],
    ['bookingUnit=hour&technology=RES.neutron-sources', []],
    ['q=supercomputer', ['hpc']],
    ['facility=vf', ['beam', 'chamber', 'hpc']],
  ])('?%s finds %j', async (query, expected) => {
    const res = await t.request('GET', `/api/equipment?${query}`);
    expect(res.status).toBe(200);
    expect(res.json.items.map((e: { key: string }) => e.key)).toEqual(expected);
    expect(res.json.total).toBe(expected.length);
  });
});

describe('bundle sections', () => {
  const bundle = (over: object = {}) => ({
    format: 'fusion-cluster-bundle',
    version: 1,
    organizations: [{ key: 'lessor', name: { en: 'Lessor' }, kind: 'company' }],
    facilities: [facility({ key: 'b-hall', organization: 'lessor', maxTermMonths: 48, illustrative: true })],
    units: [
      {
        facility: 'b-hall',
        ...unit({ key: 'b-1', ehv: true, cleanClass: 6, media: ['https://example.org/a.png'] }),
      },
      { facility: 'b-hall', ...unit({ key: 'b-2', kind: 'office', status: 'reserved' }) },
    ],
    equipment: [{ facility: 'b-hall', ...equipment({ key: 'b-beam', feeMemberJpy: undefined }) }],
    ...over,
  });
  const sections = (json: Record<string, unknown>) => ({
    facilities: json.facilities,
    units: json.units,
    equipment: json.equipment,
  });
  const exportAll = async () => sections((await t.request('GET', '/api/export', { as: admin })).json);

  it('imports facilities, units and equipment, exports them as given, and a re-import changes nothing', async () => {
    const first = await t.request('POST', '/api/import', { as: admin, body: bundle() });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(first.json.facilities).toEqual({ created: 1, updated: 0, unchanged: 0, total: 1 });
    expect(first.json.units).toEqual({ created: 2, updated: 0, unchanged: 0, total: 2 });
    expect(first.json.equipment).toEqual({ created: 1, updated: 0, unchanged: 0, total: 1 });
    expect(first.json.ignored).toEqual([]);
    const out = await exportAll();
    // What was imported comes back, with the defaults the schema fills in.
    expect(out.facilities).toEqual([
      expect.objectContaining({
        key: 'b-hall',
        organization: 'lessor',
        site: 'iyasakadai',
        maxTermMonths: 48,
      }),
    ]);
    expect(out.units).toEqual([
      expect.objectContaining({ facility: 'b-hall', key: 'b-1', cleanClass: 6, ehv: true, status: 'free' }),
      expect.objectContaining({ facility: 'b-hall', key: 'b-2', kind: 'office', status: 'reserved' }),
    ]);
    expect((out.equipment as object[])[0]).not.toHaveProperty('feeMemberJpy');
    // The export imports again, onto itself, as unchanged.
    const again = await t.request('POST', '/api/import', {
      as: admin,
      body: { ...(await t.request('GET', '/api/export', { as: admin })).json },
    });
    expect(again.status).toBe(200);
    expect(again.json.facilities).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(again.json.units).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.json.equipment).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await exportAll()).toEqual(out);
  });

  it('moves the version of a facility a re-import changes', async () => {
    await t.request('POST', '/api/import', { as: admin, body: bundle() });
    const changed = bundle({
      facilities: [facility({ key: 'b-hall', organization: 'lessor', maxTermMonths: 24 })],
    });
    expect(
      (await t.request('POST', '/api/import', { as: admin, body: changed })).json.facilities.updated,
    ).toBe(1);
    const id = (await t.request('GET', '/api/facilities?q=Venture')).json.items[0].id;
    expect((await t.request('GET', `/api/facilities/${id}`)).json).toMatchObject({
      maxTermMonths: 24,
      version: 2,
    });
  });

  it('refuses a bundle with bad references, naming each, and imports none of it', async () => {
    const res = await t.request('POST', '/api/import', {
      as: admin,
      body: bundle({
        facilities: [facility({ key: 'b-hall', organization: 'nobody', site: 'nowhere' })],
        units: [
          { facility: 'elsewhere', ...unit({ key: 'b-1' }) },
          { facility: 'b-hall', ...unit({ key: 'b-2', floorAreaM2: -1 }) },
        ],
        equipment: [{ facility: 'b-hall', ...equipment({ technologies: ['NOPE'] }) }],
      }),
    });
    expect(res.status).toBe(422);
    expect(paths(res.json).sort()).toEqual([
      'equipment[0].technologies[0]',
      'facilities[0].organization',
      'facilities[0].site',
      'units[0].facility',
      'units[1].floorAreaM2',
    ]);
    const out = await t.request('GET', '/api/export', { as: admin });
    expect(out.json.organizations.map((o: { key: string }) => o.key)).not.toContain('lessor');
    expect(out.json.facilities).toEqual([]);
  });

  it('exports only published facilities to a visitor', async () => {
    await t.request('POST', '/api/import', {
      as: admin,
      body: bundle({ facilities: [facility({ key: 'b-hall', organization: 'lessor', published: false })] }),
    });
    const visitor = await t.request('GET', '/api/export');
    expect(visitor.json.facilities).toEqual([]);
    expect(visitor.json.units).toEqual([]);
    expect((await exportAll()).facilities).toHaveLength(1);
  });
});
