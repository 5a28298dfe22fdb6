import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { facilityLeases, mailOutbox, notifications } from '../../db/schema/index.ts';
import { createScheduler } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testDatabaseUrl, testEngine } from '../../test/test-database.ts';
import { leaseRemindersJob } from './leases.jobs.ts';

// Leases through the HTTP API on both engines: offer → accept → notice → end, the term rule, overlaps refused
// by the database (also under 20 concurrent accepts), who sees which lease and rent, the waiting list,
// occupancy, the floor plan, graduation and its follow-up reports, and the end-of-lease reminders.

let t: TestApp;
let admin: Session;
let office: Session & { id: string }; // a member of the facility's owner
let tenant: Session & { id: string }; // a member of the tenant company
let rival: Session; // a member of another company
let other: Database | undefined;

beforeAll(async () => {
  t = await createTestApp();
  if (testEngine === 'postgres') other = await openDatabase({ databaseUrl: testDatabaseUrl(t.db) });
});
afterAll(() => other?.close());

let facilityId: string;
let unitA: string;
let unitB: string;

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const owner = await t.addOrganization({ key: 'incubator', name: { en: 'Incubator' } });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  office = await t.signIn('member', owner.id);
  tenant = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  const f = await t.request('POST', '/api/facilities', {
    as: office,
    body: { key: 'vf', organization: 'incubator', name: { en: 'Venture Factory' } },
  });
  expect(f.status).toBe(201);
  facilityId = f.json.id;
  const add = async (key: string, floorAreaM2: number, extra: object = {}) => {
    const r = await t.request('POST', `/api/facilities/${facilityId}/units`, {
      as: office,
      body: { key, kind: 'factory', name: { en: key }, floorAreaM2, ...extra },
    });
    expect(r.status).toBe(201);
    return r.json.id as string;
  };
  unitA = await add('vf-a', 600, { powerKva: 1000, ehv: true, craneT: 10 });
  unitB = await add('vf-b', 400);
});

const offer = (over: object = {}, as: Session = office) =>
  t.request('POST', '/api/facility-leases', {
    as,
    body: {
      unitId: unitA,
      tenant: 'acme',
      startOn: '2027-04-01',
      endOn: '2029-03-31',
      monthlyRentJpy: 450_000,
      depositJpy: 900_000,
      ...over,
    },
  });

async function activeLease(over: object = {}, as: Session = tenant) {
  const o = await offer(over);
  expect(o.status, JSON.stringify(o.json)).toBe(201);
  const a = await t.request('POST', `/api/facility-leases/${o.json.id}/accept`, { as });
  expect(a.status, JSON.stringify(a.json)).toBe(200);
  return a.json;
}

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('lease life', () => {
  it('the office offers, the tenant accepts, notice makes it ending with a siting link, the office ends it', async () => {
    const o = await offer({ applicationId: 'app-42' });
    expect(o.status).toBe(201);
    expect(o.json).toMatchObject({
      status: 'offered',
      applicationId: 'app-42',
      tenant: { key: 'acme' },
      sitingLink: null,
    });
    // Only the tenant accepts; the office cannot accept for it.
    expect((await t.request('POST', `/api/facility-leases/${o.json.id}/accept`, { as: office })).status).toBe(
      403,
    );
    const a = await t.request('POST', `/api/facility-leases/${o.json.id}/accept`, {
      as: tenant,
      headers: { 'if-match': '"1"' },
    });
    expect(a.status).toBe(200);
    expect(a.json.status).toBe('active');
    // Accepting twice: the guard names the status.
    const again = await t.request('POST', `/api/facility-leases/${o.json.id}/accept`, { as: tenant });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(['status']);
    const n = await t.request('POST', `/api/facility-leases/${o.json.id}/notice`, { as: tenant });
    expect(n.status).toBe(200);
    expect(n.json.status).toBe('ending');
    expect(n.json.sitingLink).toBe(
      '/siting?profile=component-factory&minAreaM2=600&minPowerKva=1000&ehv=1&minCraneT=10',
    );
    expect((await t.request('POST', `/api/facility-leases/${o.json.id}/end`, { as: tenant })).status).toBe(
      403,
    );
    const e = await t.request('POST', `/api/facility-leases/${o.json.id}/end`, { as: office });
    expect(e.status).toBe(200);
    expect(e.json.status).toBe('ended');
  });

  it('a stale If-Match on accept is a 412', async () => {
    const o = await offer();
    const a = await t.request('POST', `/api/facility-leases/${o.json.id}/accept`, {
      as: tenant,
      headers: { 'if-match': '"7"' },
    });
    expect(a.status).toBe(412);
  });

  it('only the office offers', async () => {
    expect((await offer({}, tenant)).status).toBe(403);
    expect((await offer({}, admin)).status).toBe(201);
  });

  it.each([
    ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'body.unitId'],
    ['an unknown tenant', { tenant: 'nobody' }, 'body.tenant'],
    ['an end before the start', { endOn: '2027-03-31' }, 'body.endOn'],
    ['a negative rent', { monthlyRentJpy: -1 }, 'body.monthlyRentJpy'],
    ['a negative deposit', { depositJpy: -5 }, 'body.depositJpy'],
    ['a non-date', { startOn: '2027-13-01' }, 'body.startOn'],
  ])('%s is a 400 naming %s', async (_what, over, path) => {
    const r = await offer(over);
    expect(r.status).toBe(400);
    expect(paths(r.json)).toContain(path);
  });
});

describe('term limit', () => {
  it('a first lease past the facility maximum (60 months) is refused with the rule named', async () => {
    expect((await offer({ endOn: '2032-03-31' })).status).toBe(201); // exactly 60 months
    const r = await offer({ key: 'too-long', endOn: '2032-04-01' });
    expect(r.status).toBe(400);
    expect(r.json.error.details[0]).toMatchObject({ path: 'body.endOn' });
    expect(r.json.error.details[0].message).toMatch(/max-term.*60 months.*61/);
  });

  it('a renewal counts the whole stay: to 60 months it is offered, past it refused', async () => {
    const lease = await activeLease(); // 24 months
    const ok = await t.request('POST', `/api/facility-leases/${lease.id}/renew`, {
      as: office,
      body: { endOn: '2032-03-31' },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    expect(ok.json).toMatchObject({ status: 'offered', startOn: '2029-04-01', renewsLeaseId: lease.id });
    const past = await t.request('POST', `/api/facility-leases/${lease.id}/renew`, {
      as: office,
      body: { endOn: '2032-04-30' },
    });
    expect(past.status).toBe(400);
    expect(past.json.error.details[0].message).toMatch(/max-term.*60.*61/);
  });

  it("the facility's own maximum applies", async () => {
    const f = await t.request('GET', `/api/facilities/${facilityId}`, {});
    const p = await t.request('PATCH', `/api/facilities/${facilityId}`, {
      as: office,
      headers: { 'if-match': `"${f.json.version}"` },
      body: { maxTermMonths: 12 },
    });
    expect(p.status).toBe(200);
    const r = await offer();
    expect(r.status).toBe(400);
    expect(r.json.error.details[0].message).toMatch(/max-term.*12 months.*24/);
  });
});

describe('no overlapping leases in force', () => {
  it('an offer over an active lease is a 409 naming the start; a later one is fine', async () => {
    await activeLease();
    const r = await offer({ tenant: 'beta', startOn: '2029-03-31', endOn: '2030-03-31' });
    expect(r.status).toBe(409);
    expect(paths(r.json)).toEqual(['body.startOn']);
    expect((await offer({ tenant: 'beta', startOn: '2029-04-01', endOn: '2030-03-31' })).status).toBe(201);
  });

  it('two overlapping offers may stand, but only one is accepted', async () => {
    const first = await offer();
    const second = await offer({ tenant: 'beta', startOn: '2028-01-01', endOn: '2028-12-31' });
    expect(second.status).toBe(201);
    expect(
      (await t.request('POST', `/api/facility-leases/${first.json.id}/accept`, { as: tenant })).status,
    ).toBe(200);
    const r = await t.request('POST', `/api/facility-leases/${second.json.id}/accept`, { as: rival });
    expect(r.status).toBe(409);
    expect(paths(r.json)).toEqual(['body.startOn']);
  });

  it('the database itself refuses an overlap that skips the service', async () => {
    await activeLease();
    const [acme] = (await t.db.query.organizations.findMany()).filter((o) => o.key === 'beta');
    await expect(
      t.db.insert(facilityLeases).values({
        key: 'sneaky',
        unitId: unitA,
        tenantOrganizationId: acme!.id,
        startOn: '2028-01-01',
        endOn: '2028-02-01',
        monthlyRentJpy: 1,
        status: 'active',
      }),
    ).rejects.toThrow();
  });

  it('20 tenants accepting overlapping offers for one unit at once: exactly one wins, 19 clear 409s', async () => {
    const sessions: Session[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const org = await t.addOrganization({ key: `co-${i}`, name: { en: `Co ${i}` } });
      sessions.push(await t.signIn('member', org.id));
      const o = await offer({ tenant: `co-${i}`, startOn: `2027-0${1 + (i % 9)}-01`, endOn: '2028-12-31' });
      expect(o.status).toBe(201);
      ids.push(o.json.id);
    }
    const results = await Promise.all(
      ids.map((id, i) => t.request('POST', `/api/facility-leases/${id}/accept`, { as: sessions[i]! })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((r) => r.status === 409)) expect(paths(r.json)).toEqual(['body.startOn']);
    const all = await t.request('GET', `/api/facility-leases?status=active`, { as: admin });
    expect(all.json.items).toHaveLength(1);
  });
});

describe('who sees leases and rents', () => {
  it('a tenant sees only its own; another member sees none and gets 404; the office sees its facility', async () => {
    const lease = await activeLease();
    await activeLease({ unitId: unitB, tenant: 'beta', monthlyRentJpy: 380_000 }, rival);
    const mine = await t.request('GET', '/api/facility-leases', { as: tenant });
    expect(mine.json.items.map((l: { tenant: { key: string } }) => l.tenant.key)).toEqual(['acme']);
    const theirs = await t.request('GET', '/api/facility-leases', { as: rival });
    expect(theirs.json.items.map((l: { tenant: { key: string } }) => l.tenant.key)).toEqual(['beta']);
    expect(JSON.stringify(theirs.json)).not.toContain('450000');
    expect((await t.request('GET', `/api/facility-leases/${lease.id}`, { as: rival })).status).toBe(404);
    expect(
      (await t.request('GET', `/api/facility-leases/${lease.id}`, { as: tenant })).json.monthlyRentJpy,
    ).toBe(450_000);
    expect((await t.request('GET', '/api/facility-leases', { as: office })).json.items).toHaveLength(2);
    expect((await t.request('GET', '/api/facility-leases', {})).status).toBe(401);
    // Nor can another member move it.
    expect((await t.request('POST', `/api/facility-leases/${lease.id}/notice`, { as: rival })).status).toBe(
      404,
    );
  });
});

describe('waiting list', () => {
  it('members join and leave in order; the office sees the list, others its length and their place', async () => {
    const join = (as: Session, kind = 'factory') =>
      t.request('POST', `/api/facilities/${facilityId}/waitlist`, { as, body: { kind } });
    expect((await join(rival)).status).toBe(200);
    const second = await join(tenant);
    const factory = second.json.kinds.find((k: { kind: string }) => k.kind === 'factory');
    expect(factory).toMatchObject({ length: 2, ownPosition: 2, entries: [] });
    await join(tenant); // twice is once
    const seen = await t.request('GET', `/api/facilities/${facilityId}/waitlist`, { as: office });
    const list = seen.json.kinds.find((k: { kind: string }) => k.kind === 'factory');
    expect(list.length).toBe(2);
    expect(list.entries.map((e: { organization: { key: string } }) => e.organization.key)).toEqual([
      'beta',
      'acme',
    ]);
    const left = await t.request('DELETE', `/api/facilities/${facilityId}/waitlist/factory`, { as: rival });
    expect(left.json.kinds.find((k: { kind: string }) => k.kind === 'factory')).toMatchObject({
      length: 1,
      ownPosition: null,
    });
    const bad = await join(tenant, 'warehouse');
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.kind']);
    const occ = await t.request('GET', '/api/facility-occupancy?from=2027-01&to=2027-01', {});
    expect(occ.json.waitlist).toBe(1);
  });
});

describe('occupancy and the floor plan', () => {
  it('leased m² ÷ leasable m² by month, checked by hand', async () => {
    // Unit A (600 m² of 1,000) from 16 April 2027: April counts 15/30 of it, May all of it.
    await activeLease({ startOn: '2027-04-16' });
    const r = await t.request('GET', '/api/facility-occupancy?from=2027-03&to=2027-05', {});
    expect(r.status).toBe(200);
    expect(r.json.total.map((m: { rate: number }) => Number(m.rate.toFixed(3)))).toEqual([0, 0.3, 0.6]);
    expect(r.json.facilities[0].months[2]).toMatchObject({ leased: 600, leasable: 1000 });
    // Offers occupy nothing.
    await offer({ unitId: unitB, tenant: 'beta', startOn: '2027-03-01', endOn: '2027-12-31' });
    const again = await t.request('GET', '/api/facility-occupancy?from=2027-05&to=2027-05', {});
    expect(again.json.total[0].rate).toBeCloseTo(0.6);
    const bad = await t.request('GET', '/api/facility-occupancy?from=2027-13', {});
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['query.from']);
  });

  it('each unit is coloured by its state on the Japanese day, without tenant or rent', async () => {
    // 20:00 UTC on 9 March is already 10 March in Japan: a lease starting on the 10th is in force.
    t.deps.clock = () => new Date('2027-03-09T20:00:00Z');
    try {
      await activeLease({ startOn: '2027-03-10', endOn: '2028-12-31' });
      await offer({ unitId: unitB, tenant: 'beta', startOn: '2027-03-10', endOn: '2028-12-31' });
      const r = await t.request('GET', `/api/facilities/${facilityId}/unit-states`, {});
      expect(r.json.today).toBe('2027-03-10');
      expect(r.json.units).toEqual([
        { id: unitA, key: 'vf-a', state: 'leased' },
        { id: unitB, key: 'vf-b', state: 'offered' },
      ]);
      expect(JSON.stringify(r.json)).not.toMatch(/acme|450000/);
    } finally {
      t.deps.clock = undefined;
    }
  });
});

describe('graduation and follow-up', () => {
  it('records where the tenant went; the office sees who has not reported this year', async () => {
    const lease = await activeLease({ startOn: '2020-04-01', endOn: '2024-03-31' });
    const early = await t.request('POST', `/api/facility-leases/${lease.id}/graduation`, {
      as: office,
      body: { graduatedOn: '2024-03-31', address: 'Rokkasho', jobsAtExit: 12, investmentJpy: 300_000_000 },
    });
    expect(early.status).toBe(409); // still active
    await t.request('POST', `/api/facility-leases/${lease.id}/notice`, { as: office });
    const badSite = await t.request('POST', `/api/facility-leases/${lease.id}/graduation`, {
      as: office,
      body: { graduatedOn: '2024-03-31', site: 'nowhere', jobsAtExit: 12, investmentJpy: 1 },
    });
    expect(badSite.status).toBe(400);
    expect(paths(badSite.json)).toEqual(['body.site']);
    const neither = await t.request('POST', `/api/facility-leases/${lease.id}/graduation`, {
      as: office,
      body: { graduatedOn: '2024-03-31', jobsAtExit: -1, investmentJpy: 1 },
    });
    expect(neither.status).toBe(400);
    expect(paths(neither.json).sort()).toEqual(['body.jobsAtExit', 'body.site']);
    expect(
      (
        await t.request('POST', `/api/facility-leases/${lease.id}/graduation`, {
          as: tenant,
          body: { graduatedOn: '2024-03-31', address: 'x', jobsAtExit: 1, investmentJpy: 1 },
        })
      ).status,
    ).toBe(403);
    const g = await t.request('POST', `/api/facility-leases/${lease.id}/graduation`, {
      as: office,
      body: {
        graduatedOn: '2024-03-31',
        address: 'Rokkasho, Aomori',
        jobsAtExit: 12,
        investmentJpy: 300_000_000,
      },
    });
    expect(g.status, JSON.stringify(g.json)).toBe(201);
    // Graduated 2024-03-31: by today (2026 or later) at least report 2 is due, none filed.
    expect(g.json.dueYear).toBeGreaterThanOrEqual(2);
    expect(g.json.missing).toBe(true);
    const missing = await t.request('GET', '/api/lease-graduations?missing=true', { as: office });
    expect(missing.json.items.map((x: { tenant: { key: string } }) => x.tenant.key)).toEqual(['acme']);
    const report = (year: number, as: Session = tenant) =>
      t.request('POST', `/api/lease-graduations/${g.json.id}/reports`, {
        as,
        body: { year, employees: 20, revenueBand: '100m-1b', inRegion: true, comment: 'moved next door' },
      });
    expect((await report(g.json.dueYear, rival)).status).toBe(404);
    expect((await report(g.json.dueYear, office)).status).toBe(403);
    const tooEarly = await report(g.json.dueYear + 1 > 5 ? 6 : g.json.dueYear + 1);
    expect(tooEarly.status).toBe(400);
    expect(paths(tooEarly.json)).toEqual(['body.year']);
    const filed = await report(g.json.dueYear);
    expect(filed.status).toBe(201);
    expect(filed.json.missing).toBe(false);
    expect((await report(g.json.dueYear)).status).toBe(409);
    expect(
      (await t.request('GET', '/api/lease-graduations?missing=true', { as: office })).json.items,
    ).toEqual([]);
    expect((await t.request('GET', '/api/lease-graduations', { as: rival })).json.items).toEqual([]);
  });
});

describe('end-of-lease reminders', () => {
  const runOn = async (db: Database['db'], day: string) => {
    const scheduler = createScheduler(
      testEngine === 'postgres' && db !== t.db ? other! : t.database,
      { db, config: t.deps.config, reference: t.deps.reference, clock: () => new Date(`${day}T09:00:00Z`) },
      [leaseRemindersJob],
    );
    return scheduler.run(leaseRemindersJob.name);
  };

  it('12 and 6 months before the end, to tenant and office, each once, also across processes', async () => {
    const lease = await activeLease({ startOn: '2027-04-01', endOn: '2030-03-31' });
    const count = async () =>
      (await t.db.select().from(notifications)).filter((n) => n.kind === 'lease-end-reminder');
    expect(await runOn(t.db, '2029-03-30')).toMatchObject({ status: 'ran', result: 0 });
    expect(await count()).toHaveLength(0);
    // 12 months before: one notice each to the tenant's and the office's member.
    const twelve = await Promise.all([runOn(t.db, '2029-03-31'), runOn(other?.db ?? t.db, '2029-03-31')]);
    expect(
      twelve
        .map((o) => (o.status === 'ran' ? o.result : 0))
        .reduce((a, b) => (a as number) + (b as number), 0),
    ).toBe(1);
    const after12 = await count();
    expect(after12.map((n) => n.userId).sort()).toEqual([office.id, tenant.id].sort());
    expect(after12[0]!.title).toMatchObject({ en: expect.stringMatching(/12 months/) });
    expect((await t.db.select().from(mailOutbox)).filter((m) => /12 months/.test(m.subject))).toHaveLength(2);
    expect(await runOn(t.db, '2029-06-01')).toMatchObject({ result: 0 });
    // 6 months before (30 September 2029), and never again after.
    expect(await runOn(t.db, '2029-09-30')).toMatchObject({ result: 1 });
    expect(await runOn(t.db, '2029-10-01')).toMatchObject({ result: 0 });
    const all = await count();
    expect(all).toHaveLength(4);
    const got = await t.request('GET', `/api/facility-leases/${lease.id}`, { as: tenant });
    expect(got.json.remindersSent.sort()).toEqual([12, 6].sort());
  });

  it('a lease signed with under six months left gets only the 6-month reminder', async () => {
    await activeLease({ startOn: '2027-04-01', endOn: '2027-09-30' });
    expect(await runOn(t.db, '2027-04-01')).toMatchObject({ result: 1 });
    const [n] = (await t.db.select().from(notifications)).filter((x) => x.kind === 'lease-end-reminder');
    expect(n!.title).toMatchObject({ en: expect.stringMatching(/6 months/) });
    void eq;
  });
});

describe('bundle leases section', () => {
  const bundleWith = (leases: object[], extra: object = {}) => ({
    format: 'fusion-cluster-bundle',
    version: 1,
    leases,
    ...extra,
  });
  const lease = (over: object = {}) => ({
    key: 'acme-vf-b',
    unit: 'vf-b',
    tenant: 'acme',
    startOn: '2027-04-01',
    endOn: '2028-03-31',
    monthlyRentJpy: 300_000,
    status: 'active',
    ...over,
  });

  it('exports leases to the admin (organisations only, no person) and imports them back unchanged', async () => {
    await activeLease();
    const exported = await t.request('GET', '/api/export', { as: admin });
    expect(exported.status).toBe(200);
    expect(exported.json.leases).toEqual([
      expect.objectContaining({ unit: 'vf-a', tenant: 'acme', status: 'active', monthlyRentJpy: 450_000 }),
    ]);
    expect(JSON.stringify(exported.json.leases)).not.toMatch(/@|email|user/i);
    const anonymous = await t.request('GET', '/api/export', {});
    expect(anonymous.json.leases ?? []).toEqual([]);
    const again = await t.request('POST', '/api/import', { as: admin, body: exported.json });
    expect(again.status, JSON.stringify(again.json)).toBe(200);
    expect(again.json.leases).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it("stamps the states an import brings a lease to with the import's clock, keeping earlier stamps", async () => {
    const stamps = async () => {
      const [row] = await t.db.select().from(facilityLeases).where(eq(facilityLeases.key, 'acme-vf-b'));
      return { activated: row!.activatedAt, notice: row!.noticeAt, ended: row!.endedAt };
    };
    const importAs = async (status: string) => {
      const before = Date.now();
      const r = await t.request('POST', '/api/import', { as: admin, body: bundleWith([lease({ status })]) });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      return { before, after: Date.now() };
    };
    const within = (at: Date | null, w: { before: number; after: number }) => {
      // The database's clock and ours are one machine's; a second either side for rounding.
      expect(at).not.toBeNull();
      expect(at!.getTime()).toBeGreaterThanOrEqual(w.before - 1000);
      expect(at!.getTime()).toBeLessThanOrEqual(w.after + 1000);
    };
    await importAs('offered');
    expect(await stamps()).toEqual({ activated: null, notice: null, ended: null });
    const activated = await importAs('active');
    const first = await stamps();
    within(first.activated, activated);
    expect(first).toMatchObject({ notice: null, ended: null });
    await new Promise((r) => setTimeout(r, 20));
    const noticed = await importAs('ending');
    const second = await stamps();
    expect(second.activated).toEqual(first.activated);
    within(second.notice, noticed);
    expect(second.ended).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    const ended = await importAs('ended');
    const third = await stamps();
    expect(third.activated).toEqual(first.activated);
    expect(third.notice).toEqual(second.notice);
    within(third.ended, ended);
    expect(third.ended!.getTime()).toBeGreaterThan(second.notice!.getTime());
    // An import that takes the end back leaves no end on record.
    await importAs('active');
    expect(await stamps()).toEqual({ activated: first.activated, notice: null, ended: null });
  });

  it('stamps a lease first imported as ended with the import itself, so no past month counts it', async () => {
    const w = { before: Date.now(), after: 0 };
    const r = await t.request('POST', '/api/import', {
      as: admin,
      body: bundleWith([lease({ status: 'ended' })]),
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    w.after = Date.now();
    const [row] = await t.db.select().from(facilityLeases).where(eq(facilityLeases.key, 'acme-vf-b'));
    expect(row!.activatedAt).toEqual(row!.createdAt);
    expect(row!.endedAt).toEqual(row!.createdAt);
    expect(row!.noticeAt).toBeNull();
    expect(row!.createdAt.getTime()).toBeGreaterThanOrEqual(w.before - 1000);
  });

  it('imports a lease, and refuses a bundle with an unknown unit or an overlap, all or nothing', async () => {
    const ok = await t.request('POST', '/api/import', { as: admin, body: bundleWith([lease()]) });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.leases).toMatchObject({ created: 1 });
    const unknown = await t.request('POST', '/api/import', {
      as: admin,
      body: bundleWith([lease({ key: 'x', unit: 'nowhere' })]),
    });
    expect(unknown.status).toBe(422);
    expect(paths(unknown.json)).toEqual(['leases[0].unit']);
    const backwards = await t.request('POST', '/api/import', {
      as: admin,
      body: bundleWith([lease({ key: 'y', endOn: '2026-01-01' })]),
    });
    expect(backwards.status).toBe(422);
    expect(paths(backwards.json)).toEqual(['leases[0].endOn']);
    // Overlapping the stored active lease: refused by the database, and the new organisation is not kept.
    const overlap = await t.request('POST', '/api/import', {
      as: admin,
      body: bundleWith([lease({ key: 'z', tenant: 'newco', startOn: '2027-06-01' })], {
        organizations: [{ key: 'newco', name: { en: 'NewCo' }, kind: 'company' }],
      }),
    });
    expect(overlap.status).toBe(422);
    expect(paths(overlap.json)).toEqual(['leases[0].startOn']);
    expect(
      (await t.request('GET', '/api/export', { as: admin })).json.organizations.map(
        (o: { key: string }) => o.key,
      ),
    ).not.toContain('newco');
    // Two overlapping leases in force within the bundle are named before anything is written.
    const twice = await t.request('POST', '/api/import', {
      as: admin,
      body: bundleWith([
        lease({ key: 'p', unit: 'vf-a' }),
        lease({ key: 'q', unit: 'vf-a', tenant: 'beta' }),
      ]),
    });
    expect(twice.status).toBe(422);
    expect(paths(twice.json)).toEqual(['leases[1].startOn']);
  });
});
