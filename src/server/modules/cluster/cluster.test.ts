import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../../db/client.ts';
import {
  facilities,
  facilityLeases,
  facilityStaffing,
  facilityUnits,
  plannedFacilities,
  sites,
  sitingProfiles,
  tenantHiringPlans,
  trainingCohorts,
  trainingEnrolments,
  trainingProgrammes,
} from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { loadSyntheticSurvey } from '../surveys/index.ts';
import { forgetFigures } from './index.ts';

// The cluster dashboard through HTTP on both engines: figures equal to counts made from a hand-counted fixture
// and to counts made directly from the tables, a past date's figures unchanged after later additions, deletions
// and re-clustering, the records behind a figure (anonymous needs without their owner), targets and status,
// phases, milestones and notes with If-Match, who may read what, and bad input named by field.

let t: TestApp;
let admin: Session;
let agency: Session;
let member: Session;
const ids: Record<string, string> = {};
const fusionCodes = 142;
const asOf = '2026-04-30';

async function exec(q: ReturnType<typeof sql>) {
  return resultRows<Record<string, unknown>>(await t.db.execute(q));
}

/** An organisation whose history (and membership) starts on `since`, as if it had been recorded then. */
async function org(key: string, since: string, over: object) {
  const row = await t.addOrganization({ key, name: { en: key }, ...over });
  await exec(sql`update organization_history set valid_from = ${`${since}T09:00:00+09:00`}::timestamptz
    where organization_id = ${row.id}`);
  ids[key] = row.id;
  return row;
}

async function need(owner: string, at: string, visibility = 'public') {
  const session = await t.signIn('member', ids[owner]!);
  const r = await t.request('POST', '/api/needs', {
    as: session,
    body: {
      category: 'supplier',
      title: { en: `need of ${owner} ${at}` },
      technologies: ['MAG.hts'],
      visibility,
    },
  });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  await exec(
    sql`update needs set created_at = ${`${at}T10:00:00+09:00`}::timestamptz where id = ${r.json.id}`,
  );
  return r.json.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => new Date('2026-05-10T12:00:00+09:00');
  admin = await t.signIn('admin');
  agency = await t.signIn('agency');
  member = await t.signIn('member');
  const jp = (prefecture: string) => ({ location: { country: 'JP', prefecture } });
  await org('a-aomori', '2026-01-10', {
    clusters: ['fusion'],
    roles: ['component-supplier'],
    technologies: ['MAG.hts'],
    ...jp('青森県'),
  });
  await org('b-miyagi', '2026-03-05', {
    clusters: ['fusion'],
    kind: 'research-institute',
    roles: ['research'],
    technologies: ['MAG.hts', 'CRY'],
    ...jp('宮城県'),
  });
  await org('c-tokyo', '2026-03-20', {
    clusters: ['fusion'],
    roles: ['component-supplier'],
    technologies: ['VAC'],
    ...jp('東京都'),
  });
  await org('d-wind', '2026-01-01', { clusters: ['offshore-wind'], ...jp('青森県') });
  await need('a-aomori', '2026-02-10');
  await need('b-miyagi', '2026-03-15', 'anonymous');
  await need('c-tokyo', '2026-03-25');
  await need('d-wind', '2026-03-01');
});

type Indicator = {
  key: string;
  series: (number | null)[];
  value: number | null;
  status: string;
  target: number | null;
};
const board = async (query = `asOf=${asOf}&from=2026-01`, as = admin) => {
  const r = await t.request('GET', `/api/clusters/fusion/dashboard?${query}`, { as });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json as { months: string[]; indicators: Indicator[] } & Record<string, unknown>;
};
const indicator = (b: { indicators: Indicator[] }, key: string) => b.indicators.find((i) => i.key === key)!;

describe('figures on a hand-counted fixture', () => {
  it('counts members, regional organisations, coverage and gaps per month as the history stood', async () => {
    const b = await board();
    expect(b.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(indicator(b, 'members').series).toEqual([1, 1, 3, 3]);
    expect(indicator(b, 'organizations-in-region').series).toEqual([1, 1, 2, 2]);
    expect(indicator(b, 'technology-coverage').series).toEqual([0.7, 0.7, 1.4, 1.4]);
    expect(indicator(b, 'technology-gaps').series).toEqual([
      fusionCodes - 1,
      fusionCodes - 1,
      fusionCodes - 2,
      fusionCodes - 2,
    ]);
    expect(b.indicators.find((i) => i.key === 'organizations-in-region')).toMatchObject({
      value: 2,
      breakdown: [
        { part: 'component-supplier', n: 1 },
        { part: 'research', n: 1 },
      ],
    });
  });

  it('counts needs posted by members when they posted, a flow summed over twelve months', async () => {
    const b = await board();
    expect(indicator(b, 'needs-posted').series).toEqual([0, 1, 2, 0]);
    expect(indicator(b, 'needs-posted').value).toBe(3);
  });

  it('narrows to a region: Aomori alone', async () => {
    const b = await board(`asOf=${asOf}&from=2026-01&region=aomori`);
    expect(indicator(b, 'members').series).toEqual([1, 1, 1, 1]);
    expect(indicator(b, 'needs-posted').series).toEqual([0, 1, 0, 0]);
  });

  it("equals counts made directly from the tables for today's figures", async () => {
    const b = await board('');
    const [members] = await exec(
      sql`select count(*)::int as n from organizations where 'fusion' = any(clusters)`,
    );
    const [needs] =
      await exec(sql`select count(*)::int as n from needs n join organizations o on o.id = n.organization_id
      where 'fusion' = any(o.clusters) and n.created_at >= now() - interval '13 months'`);
    expect(indicator(b, 'members').value).toBe(members!.n);
    expect(indicator(b, 'needs-posted').value).toBe(needs!.n);
  });

  it('lists the records behind a figure, an anonymous need without its owner', async () => {
    const r = await t.request(
      'GET',
      `/api/clusters/fusion/indicators/needs-posted/records?asOf=${asOf}&month=2026-03`,
      {
        as: admin,
      },
    );
    expect(r.status).toBe(200);
    expect(r.json.total).toBe(2);
    const owners = r.json.items.map((i: { organizationId: string | null }) => i.organizationId);
    expect(owners).toEqual([ids['c-tokyo'], null]);
    const members = await t.request(
      'GET',
      `/api/clusters/fusion/indicators/members/records?asOf=${asOf}&month=2026-02`,
      {
        as: admin,
      },
    );
    expect(members.json.items.map((i: { id: string }) => i.id)).toEqual([ids['a-aomori']]);
    const gaps = await t.request(
      'GET',
      `/api/clusters/fusion/indicators/technology-gaps/records?asOf=${asOf}&limit=500`,
      {
        as: admin,
      },
    );
    expect(gaps.json.total).toBe(fusionCodes - 2);
    expect(gaps.json.items.map((i: { id: string }) => i.id)).not.toContain('MAG.hts');
  });
});

describe('as of a past date', () => {
  it('gives the same figures after later additions, deletions and re-clustering', async () => {
    const before = await board();
    // Later: one more member and need, one member deleted (its need goes with it), one moved to another cluster.
    await t.addOrganization({
      key: 'e-late',
      clusters: ['fusion'],
      location: { country: 'JP', prefecture: '青森県' },
    });
    await need('a-aomori', '2026-03-28');
    await exec(sql`update needs set created_at = now() where title->>'en' = 'need of a-aomori 2026-03-28'`);
    const del = await t.request('DELETE', `/api/organizations/${ids['c-tokyo']}`, { as: admin });
    expect(del.status).toBe(204);
    const moved = await t.request('PATCH', `/api/organizations/${ids['b-miyagi']}`, {
      as: admin,
      body: { clusters: ['offshore-wind'] },
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    // The dashboard keeps a past moment's figures; forgetting them makes this a test of the SQL's answer.
    expect(await board()).toEqual(before);
    forgetFigures(t.db);
    const after = await board();
    expect(after.indicators).toEqual(before.indicators);
    // Today's figures do move.
    const today = await board(`asOf=${new Date().toISOString()}`);
    expect(indicator(today, 'members').value).toBe(2);
  });
});

describe('targets, phases, milestones and notes', () => {
  it('compares the headline with the target of the current phase', async () => {
    const put = await t.request('PUT', '/api/clusters/fusion/targets', {
      as: admin,
      body: {
        targets: [
          { indicator: 'members', phase: 1, target: 5 },
          { indicator: 'technology-gaps', phase: 1, target: 200 },
        ],
      },
    });
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    const phase = await t.request('POST', '/api/clusters/fusion/phase', {
      as: admin,
      body: { phase: 1, setOn: '2026-01-05', note: { ja: '候補地選定に向けた準備段階' } },
    });
    expect(phase.status).toBe(201);
    expect(phase.json.currentPhase).toMatchObject({ phase: 1, setOn: '2026-01-05' });
    await t.request('POST', '/api/clusters/fusion/phase', {
      as: admin,
      body: { phase: 2, setOn: '2030-01-01' },
    });
    const b = await board(`asOf=${new Date().toISOString()}&from=2026-01`);
    expect(indicator(b, 'members')).toMatchObject({ target: 5, status: 'behind' });
    expect(indicator(b, 'technology-gaps')).toMatchObject({ target: 200, status: 'on-track' });
    expect(indicator(b, 'needs-posted').status).toBe('no-target');
    expect((b.phaseHistory as unknown[]).length).toBe(1);
  });

  it('keeps the shipped milestones from seed 000 and records an actual date with If-Match', async () => {
    const plan = await t.request('GET', '/api/clusters/fusion/plan');
    expect(plan.status).toBe(200);
    expect(plan.json.phases).toHaveLength(4);
    const m = plan.json.milestones.find((x: { key: string }) => x.key === 'candidate-site-selection');
    expect(m).toMatchObject({ scope: 'national', targetDate: '2027-12-31', shipped: true });
    const url = `/api/clusters/fusion/milestones/${m.id}`;
    const title = await t.request('PATCH', url, { as: admin, body: { title: { en: 'x' } } });
    expect(title.status).toBe(400);
    expect(title.json.error.details[0].path).toBe('body.title');
    const ok = await t.request('PATCH', url, {
      as: admin,
      body: { actualDate: '2027-11-20' },
      headers: { 'if-match': `"${m.version}"` },
    });
    expect(ok.status).toBe(200);
    const stale = await t.request('PATCH', url, {
      as: admin,
      body: { actualDate: '2027-11-21' },
      headers: { 'if-match': `"${m.version}"` },
    });
    expect(stale.status).toBe(412);
    const regional = await t.request('POST', '/api/clusters/fusion/milestones', {
      as: admin,
      body: {
        key: `rokkasho-hub-${Date.now()}`,
        title: { ja: '産業支援拠点の開所' },
        targetDate: '2029-04-01',
      },
    });
    expect(regional.status).toBe(201);
    expect(regional.json.scope).toBe('regional');
  });

  it("saves the year's note, refusing a stale version", async () => {
    const url = '/api/clusters/fusion/notes/2026';
    const first = await t.request('PUT', url, {
      as: admin,
      body: { body: { ja: '今年度は供給網の把握が進んだ。' } },
    });
    expect(first.status).toBe(200);
    const second = await t.request('PUT', url, {
      as: admin,
      body: { body: { en: 'Edited' } },
      headers: { 'if-match': '"1"' },
    });
    expect(second.status).toBe(200);
    const stale = await t.request('PUT', url, {
      as: admin,
      body: { body: { en: 'Lost' } },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
  });
});

describe('access and bad input', () => {
  it('lets coordinators and agencies read figures, coordinators alone open records, anyone the plan', async () => {
    expect((await t.request('GET', '/api/clusters/fusion/dashboard', { as: agency })).status).toBe(200);
    expect((await t.request('GET', '/api/clusters/fusion/dashboard', { as: member })).status).toBe(403);
    expect((await t.request('GET', '/api/clusters/fusion/dashboard')).status).toBe(401);
    expect(
      (await t.request('GET', '/api/clusters/fusion/indicators/members/records', { as: agency })).status,
    ).toBe(403);
    const overview = await t.request('GET', '/api/clusters/overview');
    expect(overview.status).toBe(200);
    expect(overview.json.items[0]).toMatchObject({ key: 'fusion', phases: 4 });
    expect(
      (await t.request('PUT', '/api/clusters/fusion/targets', { as: agency, body: { targets: [] } })).status,
    ).toBe(403);
  });

  it.each([
    ['/api/clusters/fusion/dashboard?region=atlantis', 'query.region'],
    ['/api/clusters/fusion/dashboard?from=2026-05&to=2026-01', 'query.from'],
    ['/api/clusters/fusion/dashboard?asOf=yesterday', 'query.asOf'],
    ['/api/clusters/fusion/indicators/happiness/records', 'path.indicator'],
    ['/api/clusters/fusion/indicators/members/records?month=2099-01', 'query.month'],
    ['/api/clusters/compare?clusters=fusion,atlantis', 'query.clusters'],
  ])('GET %s is a 400 naming %s', async (url, path) => {
    const r = await t.request('GET', url, { as: admin });
    expect(r.status).toBe(400);
    expect(r.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('names the field of a bad write', async () => {
    const r = await t.request('PUT', '/api/clusters/fusion/targets', {
      as: admin,
      body: { targets: [{ indicator: 'members', phase: 9, target: 1 }] },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.details[0].path).toBe('body.targets[0].phase');
    const missing = await t.request('GET', '/api/clusters/atlantis/dashboard', { as: admin });
    expect(missing.status).toBe(404);
  });

  it('compares clusters side by side', async () => {
    const r = await t.request('GET', `/api/clusters/compare?clusters=fusion,offshore-wind&asOf=${asOf}`, {
      as: agency,
    });
    expect(r.status).toBe(200);
    const members = r.json.indicators.find((i: { key: string }) => i.key === 'members');
    expect(members.values.map((v: { value: number }) => v.value)).toEqual([3, 1]);
  });
});

describe('the yearly report as xlsx', () => {
  it('answers a workbook for a fiscal year, and names a bad year', async () => {
    const r = await t.request('GET', '/api/clusters/fusion/report.xlsx?year=2025', { as: agency });
    expect(r.status).toBe(200);
    expect(r.res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await r.res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const bad = await t.request('GET', '/api/clusters/fusion/report.xlsx?year=19', { as: admin });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe('query.year');
  });
});

describe('membership dates', () => {
  it('lets the coordinator correct the day an organisation joined, and refuses one not in the cluster', async () => {
    const url = `/api/clusters/fusion/members/${ids['a-aomori']}`;
    const r = await t.request('PUT', url, { as: admin, body: { joinedOn: '2025-06-01' } });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const [row] = await exec(sql`select joined_on::text as d from cluster_memberships
      where organization_id = ${ids['a-aomori']} and cluster_key = 'fusion'`);
    expect(row!.d).toBe('2025-06-01');
    const other = await t.request('PUT', `/api/clusters/fusion/members/${ids['d-wind']}`, {
      as: admin,
      body: { joinedOn: '2025-06-01' },
    });
    expect(other.status).toBe(400);
    expect(other.json.error.details[0].path).toBe('path.id');
    const bad = await t.request('PUT', url, { as: admin, body: { joinedOn: 'June' } });
    expect(bad.json.error.details[0].path).toBe('body.joinedOn');
    expect((await t.request('PUT', url, { as: agency, body: { joinedOn: '2025-06-01' } })).status).toBe(403);
  });
});

describe('as of a past date: state changes and targets recorded later', () => {
  const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
  const pick = (b: { indicators: Indicator[] }, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, indicator(b, k)]));
  const keys = ['tenants', 'occupancy', 'trainees', 'completions'];

  it("reads a lease's end and an enrolment's completion from when they were recorded", async () => {
    // a-aomori leases its own unit from 1 Feb (active since 20 Jan) and has a trainee enrolled from 12 Jan.
    const [fac] = await t.db
      .insert(facilities)
      .values({ key: 'st-fac', name: { en: 'fac' }, organizationId: ids['a-aomori']! })
      .returning();
    const [unit] = await t.db
      .insert(facilityUnits)
      .values({
        key: 'st-u',
        facilityId: fac!.id,
        kind: 'lab',
        name: { en: 'u' },
        floorAreaM2: 50,
        createdAt: at('2026-01-15'),
      })
      .returning();
    const [lease] = await t.db
      .insert(facilityLeases)
      .values({
        key: 'st-l',
        unitId: unit!.id,
        tenantOrganizationId: ids['a-aomori']!,
        startOn: '2026-02-01',
        endOn: '2027-01-31',
        status: 'active',
        monthlyRentJpy: 1,
        createdAt: at('2026-01-20'),
      })
      .returning();
    const [prog] = await t.db
      .insert(trainingProgrammes)
      .values({
        key: 'st-prog',
        providerOrganizationId: ids['a-aomori']!,
        title: { en: 'Vacuum' },
        level: 3,
        skills: ['SK.vacuum'],
        durationWeeks: 8,
        delivery: 'full-time',
        defaultCapacity: 10,
      })
      .returning();
    const [cohort] = await t.db
      .insert(trainingCohorts)
      .values({ programmeId: prog!.id, startOn: '2026-01-12', capacity: 10 })
      .returning();
    const [enrolment] = await t.db
      .insert(trainingEnrolments)
      .values({ cohortId: cohort!.id, status: 'enrolled', createdAt: at('2026-01-05') })
      .returning();
    forgetFigures(t.db);
    const before = await board();
    expect(pick(before, keys)).toMatchObject({
      tenants: { series: [0, 1, 1, 1] },
      occupancy: { series: [0, 100, 100, 100] },
      trainees: { series: [1, 1, 1, 1] },
      completions: { series: [0, 0, 0, 0] },
    });
    // Today the office ends the lease and the provider records the completion, dated back to 31 March.
    const end = await t.request('POST', `/api/facility-leases/${lease!.id}/end`, { as: admin });
    expect(end.status, JSON.stringify(end.json)).toBe(200);
    const done = await t.request('POST', `/api/training-enrolments/${enrolment!.id}/completion`, {
      as: admin,
      body: { qualification: 'q', endedOn: '2026-03-31' },
    });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    forgetFigures(t.db);
    expect(pick(await board(), keys)).toEqual(pick(before, keys));
    // Today's figures move: no tenant, no trainee, one completion in March.
    const today = await board(`asOf=${new Date().toISOString()}&from=2026-01`);
    expect(indicator(today, 'tenants').value).toBe(0);
    expect(indicator(today, 'trainees').value).toBe(0);
    expect(indicator(today, 'completions').series.slice(0, 4)).toEqual([0, 0, 1, 0]);
  });

  it('reads the target set at the as-of moment, not one set later', async () => {
    const setTarget = async (target: number) => {
      const r = await t.request('PUT', '/api/clusters/fusion/targets', {
        as: admin,
        body: { targets: [{ indicator: 'needs-posted', phase: 1, target }] },
      });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
    };
    const pause = () => new Promise((r) => setTimeout(r, 20));
    await t.request('POST', '/api/clusters/fusion/phase', {
      as: admin,
      body: { phase: 1, setOn: '2026-01-05' },
    });
    await setTarget(1);
    await pause();
    const then = new Date().toISOString();
    await pause();
    const before = indicator(await board(`asOf=${then}&from=2026-01`), 'needs-posted');
    expect(before).toMatchObject({ target: 1, status: 'on-track' });
    await setTarget(1000);
    expect(indicator(await board(`asOf=${then}&from=2026-01`), 'needs-posted')).toEqual(before);
    const now = indicator(await board(`asOf=${new Date().toISOString()}&from=2026-01`), 'needs-posted');
    expect(now).toMatchObject({ target: 1000, status: 'behind' });
  });
});

describe('as of a past date: the workforce gap, from its inputs as they stood', () => {
  const at = (day: string) => new Date(`${day}T10:00:00+09:00`);

  // Horizon 2027 for every month of 2026. A reactor profile (SK.vacuum L4: 2 at offset 0, 6 at offset 1)
  // planned from 1 Feb to start in 2026 → 4 posts in 2027; a-aomori's hiring plan of 3 in 2027 from 15 Jan.
  // Supply: a 52-week programme's cohort from 1 Mar (capacity 2) ends in 2027, 2 × 0.8 = 1.6 whether it is yet
  // to start (capacity) or under way (the 2 places taken on 20 Feb).
  // Jan 3 − 1.6 = 1.4; Feb to Apr 3 + 4 − 1.6 = 5.4.
  it('keeps past months when staffing, programmes, cohorts, facilities and hiring plans change later', async () => {
    await t.db.insert(sitingProfiles).values({
      key: 'wf-prof',
      name: { en: 'reactor' },
      facilityType: 'fusion-reactor',
      criteria: [] as never,
      contentHash: 'wf',
    });
    const row = (yearOffset: number, headcount: number) => ({
      profileKey: 'wf-prof',
      skillCode: 'SK.vacuum',
      level: 4,
      yearOffset,
      headcount,
    });
    await t.db.insert(facilityStaffing).values([row(0, 2), row(1, 6)]);
    // A staffing table carries no creation time: its versions are dated as if written on 1 January.
    await exec(sql`update row_versions set valid_from = ${at('2026-01-01').toISOString()}::timestamptz
      where table_name = 'facility_staffing' and row ->> 'profile_key' = 'wf-prof'`);
    const [site] = await t.db
      .insert(sites)
      .values({
        key: 'wf-site',
        name: { en: 'site' },
        kind: 'industrial-park',
        country: 'JP',
        prefecture: '青森県',
        lat: 40,
        lng: 141,
        contentHash: 'wf-site',
      })
      .returning();
    const [facility] = await t.db
      .insert(plannedFacilities)
      .values({
        clusterKey: 'fusion',
        siteId: site!.id,
        profileKey: 'wf-prof',
        name: { en: 'plant' },
        constructionStartYear: 2026,
        phase: 1,
        createdAt: at('2026-02-01'),
      })
      .returning();
    await t.db.insert(tenantHiringPlans).values({
      organizationId: ids['a-aomori']!,
      skillCode: 'SK.vacuum',
      level: 3,
      year: 2027,
      headcount: 3,
      createdAt: at('2026-01-15'),
    });
    const [prog] = await t.db
      .insert(trainingProgrammes)
      .values({
        key: 'wf-prog',
        providerOrganizationId: ids['a-aomori']!,
        title: { en: 'Vacuum, a year' },
        level: 3,
        skills: ['SK.vacuum'],
        durationWeeks: 52,
        delivery: 'full-time',
        defaultCapacity: 2,
        createdAt: at('2026-01-01'),
      })
      .returning();
    const [cohort] = await t.db
      .insert(trainingCohorts)
      .values({ programmeId: prog!.id, startOn: '2026-03-01', capacity: 2, createdAt: at('2026-01-01') })
      .returning();
    await t.db.insert(trainingEnrolments).values(
      [1, 2].map(() => ({
        cohortId: cohort!.id,
        status: 'enrolled',
        enrolledAt: at('2026-02-20'),
        createdAt: at('2026-02-20'),
      })),
    );
    forgetFigures(t.db);
    const before = indicator(await board(), 'workforce-gap');
    expect(before.series).toEqual([1.4, 5.4, 5.4, 5.4]);

    // Today: the staffing table is replaced, the programme shortened to 8 weeks (its cohort then ends in 2026),
    // the cohort enlarged, the facility withdrawn, and another hiring plan of 2 stated.
    const put = await t.request('PUT', '/api/talent/staffing/wf-prof', {
      as: admin,
      body: { rows: [{ skill: 'SK.vacuum', level: 4, yearOffset: 1, headcount: 40, basis: { en: 'test' } }] },
    });
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    const read = await t.request('GET', `/api/training-programmes/${prog!.id}`, { as: admin });
    const patch = await t.request('PATCH', `/api/training-programmes/${prog!.id}`, {
      as: admin,
      headers: { 'if-match': read.res.headers.get('etag')! },
      body: { durationWeeks: 8 },
    });
    expect(patch.status, JSON.stringify(patch.json)).toBe(200);
    await t.db.update(trainingCohorts).set({ capacity: 9 }).where(eq(trainingCohorts.id, cohort!.id));
    const removed = await t.request('DELETE', `/api/talent/planned-facilities/${facility!.id}`, {
      as: admin,
    });
    expect(removed.status, JSON.stringify(removed.json)).toBe(204);
    await t.db.insert(tenantHiringPlans).values({
      organizationId: ids['a-aomori']!,
      skillCode: 'SK.vacuum',
      level: 3,
      year: 2027,
      headcount: 2,
    });

    forgetFigures(t.db);
    expect(indicator(await board(), 'workforce-gap')).toEqual(before);
    // Today's figure (still looking at 2027) moves: no facility, supply now in 2026, plans 3 + 2.
    const today = await board(`asOf=${new Date().toISOString()}&from=2026-01`);
    expect(indicator(today, 'workforce-gap').value).toBe(5);
    // The same figure as the talent module's own projection for 2027, its shortfalls per skill summed.
    const projection = await t.request('GET', '/api/talent/workforce?cluster=fusion&from=2027&to=2027', {
      as: admin,
    });
    expect(projection.status, JSON.stringify(projection.json)).toBe(200);
    const short = (projection.json.skills as { gap: number }[]).reduce((n, g) => n + Math.max(0, -g.gap), 0);
    expect(short).toBe(5);

    // The records behind February's figure are the inputs in force then, as they were.
    const records = await t.request(
      'GET',
      `/api/clusters/fusion/indicators/workforce-gap/records?asOf=${asOf}&month=2026-02&limit=100`,
      { as: admin },
    );
    expect(records.status, JSON.stringify(records.json)).toBe(200);
    const items = records.json.items as {
      part: string[];
      value: number | null;
      label: { ja: string; en: string };
    }[];
    const byTable = (table: string) => items.filter((i) => i.part[0] === table).map((i) => i.value);
    expect(byTable('facility_staffing').sort()).toEqual([2, 6]);
    // A staffing line reads as what it asks for, not as its key.
    expect(
      items
        .filter((i) => i.part[0] === 'facility_staffing')
        .map((i) => i.label.en)
        .sort(),
    ).toEqual(['SK.vacuum level 4, year 0', 'SK.vacuum level 4, year 1']);
    expect(byTable('planned_facilities')).toHaveLength(1);
    expect(byTable('tenant_hiring_plans')).toEqual([3]);
    expect(byTable('training_cohorts')).toEqual([2]);
  });
});

describe('members planning a site, on the published survey', () => {
  it("gives seed 000's 34 % (17 of 50 answering 'plan' or 'possibility') from the reproduction of its answers", async () => {
    await loadSyntheticSurvey(t.db);
    const b = await board('asOf=2024-12-31&from=2024-10');
    // Closed on 1 November 2024: nothing in October, then the 50 answers, by no named organisation.
    expect(indicator(b, 'members-planning-site').series).toEqual([null, 34, 34]);
    const region = await board('asOf=2024-12-31&from=2024-10&region=aomori');
    expect(indicator(region, 'members-planning-site').series).toEqual([null, null, null]);
    const records = await t.request(
      'GET',
      '/api/clusters/fusion/indicators/members-planning-site/records?asOf=2024-12-31&month=2024-11&limit=100',
      { as: admin },
    );
    expect(records.status).toBe(200);
    expect(records.json.total).toBe(17);
    expect(records.json.items.map((i: { organizationId: string | null }) => i.organizationId)).toEqual(
      Array(17).fill(null),
    );
  });
});
