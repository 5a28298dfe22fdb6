import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// The workforce gap through the HTTP API on both engines: a staffing table, a planned facility, an open job
// opening and a tenant's hiring plan make the demand; two cohorts of a programme (one ended, so the programme
// has a completion rate of its own) make the supply. Who may read it and write its inputs, the ids behind each
// figure, the siting link, no personal data, and bad input named by field.

let t: TestApp;
let admin: Session;
let provider: Session;
let company: Session;
let tenant: Session;
let agency: Session;
let alice: Session & { id: string };
let bob: Session & { id: string };
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);
const ok = <T extends { status: number; json: unknown }>(res: T, status = 201) => {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  return res.json as Record<string, never>;
};

const staffing = [
  { skill: 'SK.vacuum', level: 4, yearOffset: 0, headcount: 2, basis: { en: 'estimate, basis: test' } },
  { skill: 'SK.vacuum', level: 4, yearOffset: 2, headcount: 5, basis: { en: 'estimate, basis: test' } },
  { skill: 'SK.cryogenics', level: 5, yearOffset: 1, headcount: 3, basis: { en: 'estimate, basis: test' } },
];

beforeEach(async () => {
  await t.reset();
  now = new Date('2028-01-10T09:00:00+09:00');
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const college = await t.addOrganization({
    key: 'college',
    name: { en: 'College' },
    kind: 'university',
    location: { country: 'JP', prefecture: '青森県' },
  });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const lab = await t.addOrganization({ key: 'lab', name: { en: 'Lab start-up' } });
  provider = await t.signIn('member', college.id);
  company = await t.signIn('member', acme.id);
  tenant = await t.signIn('member', lab.id);
  agency = await t.signIn('agency');
  alice = await t.signIn('person');
  bob = await t.signIn('person');

  ok(
    await t.request('POST', '/api/sites', {
      as: admin,
      body: {
        key: 'rokkasho',
        name: { ja: '六ヶ所', en: 'Rokkasho' },
        kind: 'industrial-park',
        location: { country: 'JP', prefecture: '青森県', lat: 40.95, lng: 141.34 },
        attributes: { engineersWithin60Min: 3000 },
        attributeSources: { engineersWithin60Min: { asOf: '2026-11-01', illustrative: true } },
      },
    }),
  );
  ok(
    await t.request('POST', '/api/siting/profiles', {
      as: admin,
      body: {
        key: 'fusion-reactor',
        name: { en: 'Fusion reactor' },
        facilityType: 'fusion-reactor',
        criteria: [{ attribute: 'engineersWithin60Min', weight: 1, direction: 'benefit' }],
      },
    }),
  );
});

/** The whole fixture: every input of the gap, made through the API as its owners would. */
async function buildFixture() {
  ok(
    await t.request('PUT', '/api/talent/staffing/fusion-reactor', { as: admin, body: { rows: staffing } }),
    200,
  );
  const facility = ok(
    await t.request('POST', '/api/talent/planned-facilities', {
      as: admin,
      body: {
        site: 'rokkasho',
        profile: 'fusion-reactor',
        name: { en: 'DEMO' },
        constructionStartYear: 2030,
      },
    }),
  );
  // A programme with a cohort run in 2028 (one completes, one withdraws: rate ½) and one starting in 2030.
  const programme = ok(
    await t.request('POST', '/api/training-programmes', {
      as: provider,
      body: {
        provider: 'college',
        title: { en: 'Vacuum technician' },
        level: 3,
        skills: ['SK.vacuum'],
        durationWeeks: 52,
        delivery: 'day-release',
      },
    }),
  );
  const past = ok(
    await t.request('POST', `/api/training-programmes/${programme.id}/cohorts`, {
      as: provider,
      body: { startOn: '2028-04-03', capacity: 2 },
    }),
  );
  const a = ok(
    await t.request('POST', `/api/training-cohorts/${past.id}/enrolments`, { as: alice, body: {} }),
  );
  const b = ok(await t.request('POST', `/api/training-cohorts/${past.id}/enrolments`, { as: bob, body: {} }));
  ok(
    await t.request('POST', `/api/training-enrolments/${a.id}/completion`, {
      as: provider,
      body: { qualification: 'Level 3', endedOn: '2029-03-30' },
    }),
    200,
  );
  ok(
    await t.request('POST', `/api/training-enrolments/${b.id}/withdraw`, {
      as: provider,
      body: { reason: 'moved away' },
    }),
    200,
  );
  ok(
    await t.request('POST', `/api/training-programmes/${programme.id}/cohorts`, {
      as: provider,
      body: { startOn: '2030-04-01', capacity: 10 },
    }),
  );
  const opening = ok(
    await t.request('POST', '/api/job-openings', {
      as: company,
      body: {
        organization: 'acme',
        title: { en: 'Vacuum engineer' },
        skills: ['SK.vacuum'],
        level: 4,
        prefecture: '青森県',
        startOn: '2030-06-01',
      },
    }),
  );
  // The lab start-up is offered a unit in an incubation facility: a tenant, so it may state a hiring plan.
  const f = ok(
    await t.request('POST', '/api/facilities', {
      as: admin,
      body: { key: 'vf', organization: 'college', name: { en: 'Venture Factory' } },
    }),
  );
  const unit = ok(
    await t.request('POST', `/api/facilities/${f.id}/units`, {
      as: admin,
      body: { key: 'vf-a', kind: 'lab', name: { en: 'Lab A' }, floorAreaM2: 100 },
    }),
  );
  ok(
    await t.request('POST', '/api/facility-leases', {
      as: admin,
      body: {
        unitId: unit.id,
        tenant: 'lab',
        startOn: '2029-04-01',
        endOn: '2031-03-31',
        monthlyRentJpy: 100_000,
      },
    }),
  );
  const plan = ok(
    await t.request('POST', '/api/talent/hiring-plans', {
      as: tenant,
      body: { organization: 'lab', skill: 'SK.cryogenics', level: 3, year: 2031, headcount: 2 },
    }),
  );
  // The gap is read in 2030, after the 2028 cohort has ended.
  now = new Date('2030-01-15T09:00:00+09:00');
  return { facility, programme, opening, plan };
}

describe('the workforce gap', () => {
  it('adds facilities, openings and hiring plans against expected completions, the shortest skill first', async () => {
    const { facility, programme, opening, plan } = await buildFixture();
    const res = await t.request('GET', '/api/talent/workforce?cluster=fusion&from=2030&to=2032', {
      as: company,
    });
    expect(res.status).toBe(200);
    const out = res.json;
    // Vacuum: posts 2030 = 2 (DEMO) + 1 (opening), 2032 = 5 − 2 = 3; completions 2031 = 10 places × ½ = 5.
    // Cryogenics: 2031 = 3 (DEMO) + 2 (the lab's plan); nobody trained. Every other skill: 0.
    const figures = (code: string) => {
      const s = out.skills.find((x: { skill: { code: string } }) => x.skill.code === code);
      return s.years.map((y: { demand: number; supply: number; gap: number }) => [y.demand, y.supply, y.gap]);
    };
    expect(out.skills[0].skill).toMatchObject({ code: 'SK.cryogenics', label: { en: 'Cryogenics' } });
    expect(out.skills.slice(0, 2).map((s: { gap: number }) => s.gap)).toEqual([-5, -1]);
    expect(out.skills[1].skill.code).toBe('SK.vacuum');
    expect(figures('SK.vacuum')).toEqual([
      [3, 0, -3],
      [0, 5, 5],
      [3, 0, -3],
    ]);
    expect(figures('SK.cryogenics')).toEqual([
      [0, 0, 0],
      [5, 0, -5],
      [0, 0, 0],
    ]);
    const vacuum2030 = out.skills[1].years[0];
    expect(vacuum2030).toMatchObject({ facilityIds: [facility.id], openingIds: [opening.id] });
    expect(vacuum2030.byPhase).toEqual([
      { phase: 1, demand: 2 },
      { phase: null, demand: 1 },
    ]);
    expect(out.skills[1].years[1].programmeIds).toEqual([programme.id]);
    expect(out.skills[0].years[1].tenantPlanIds).toEqual([plan.id]);
    expect(out.facilities).toEqual([
      expect.objectContaining({
        id: facility.id,
        phase: 1,
        site: expect.objectContaining({ key: 'rokkasho' }),
      }),
    ]);
    expect(out.programmes).toEqual([
      expect.objectContaining({ id: programme.id, completionRate: 0.5, rateBasis: 'history' }),
    ]);
    // The siting link: Rokkasho's engineers within reach, plus the college's graduates expected by 2032 (5).
    expect(out.sites).toEqual([
      expect.objectContaining({
        key: 'rokkasho',
        engineersWithin60Min: 3000,
        graduatesInPrefecture: 5,
        withGraduates: 3005,
      }),
    ]);
    // A siting study can take the figures as a what-if: with the graduates to come, Rokkasho (3000 + 5) passes
    // a site in Iwate with 3003 engineers and no programme nearby.
    ok(
      await t.request('POST', '/api/sites', {
        as: admin,
        body: {
          key: 'iwate',
          name: { en: 'Iwate' },
          kind: 'industrial-park',
          location: { country: 'JP', prefecture: '岩手県', lat: 39.3, lng: 141.1 },
          attributes: { engineersWithin60Min: 3003 },
          attributeSources: { engineersWithin60Min: { asOf: '2026-11-01', illustrative: true } },
        },
      }),
    );
    const again = (await t.request('GET', '/api/talent/workforce?from=2030&to=2032', { as: admin })).json;
    const scenario = Object.fromEntries(
      again.sites.map((s: { key: string; withGraduates: number }) => [
        s.key,
        { engineersWithin60Min: s.withGraduates },
      ]),
    );
    expect(scenario).toEqual({
      iwate: { engineersWithin60Min: 3003 },
      rokkasho: { engineersWithin60Min: 3005 },
    });
    const leader = async (body: object) => {
      const study = ok(
        await t.request('POST', '/api/siting/studies', {
          as: admin,
          body: {
            title: 'Reactor',
            profile: 'fusion-reactor',
            method: 'wsm',
            normalization: 'minmax',
            ...body,
          },
        }),
      ) as unknown as { outcome: { ranking: { key: string }[] } };
      return study.outcome.ranking[0]!.key;
    };
    expect(await leader({})).toBe('iwate');
    expect(await leader({ scenario })).toBe('rokkasho');

    // Aggregates only: no trainee is named.
    const text = JSON.stringify(out);
    expect(text).not.toContain('@test.example');
    for (const who of [alice, bob]) expect(text).not.toContain(who.id);
  });

  it('defaults to fifteen years from this year; agencies read it, a person may not', async () => {
    const res = await t.request('GET', '/api/talent/workforce', { as: agency });
    expect(res.status).toBe(200);
    expect([res.json.from, res.json.to, res.json.asOf]).toEqual([2028, 2042, '2028-01-10']);
    expect(res.json.skills.length).toBeGreaterThanOrEqual(10);
    expect((await t.request('GET', '/api/talent/workforce', { as: alice })).status).toBe(403);
    expect((await t.request('GET', '/api/talent/workforce')).status).toBe(401);
  });

  it('edits a staffing table on the version read: a stale edit is a 412, of two at once one lands', async () => {
    const put = (rows: unknown[], ifMatch?: string, send = t.request) =>
      send('PUT', '/api/talent/staffing/fusion-reactor', {
        as: admin,
        body: { rows },
        headers: ifMatch ? { 'if-match': ifMatch } : {},
      });
    const read = await t.request('GET', '/api/talent/staffing/fusion-reactor', { as: admin });
    expect(read.status).toBe(200);
    const tag = read.res.headers.get('etag')!;
    expect(tag).toBe(`"${read.json.version}"`);
    const saved = await put(staffing, tag);
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.res.headers.get('etag')).not.toBe(tag);
    // The tag read before that save is stale now, and names the current version.
    const stale = await put([staffing[0]], tag);
    expect(stale.status).toBe(412);
    expect(stale.json.error.details[0].path).toBe('header.if-match');
    // Two coordinators edit the same version at once (through two server processes on PostgreSQL).
    const current = saved.res.headers.get('etag')!;
    const other = await t.peer();
    const both = await Promise.all([put([staffing[0]], current), put([staffing[1]], current, other)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 412]);
    const after = await t.request('GET', '/api/talent/staffing/fusion-reactor', { as: admin });
    const winner = both.find((r) => r.status === 200)!;
    expect(after.json).toEqual(winner.json);
    expect(after.json.rows).toHaveLength(1);
  });

  it('names the field of every bad input', async () => {
    const cases: [string, string, unknown, string][] = [
      ['GET', '/api/talent/workforce?from=abc', undefined, 'query.from'],
      ['GET', '/api/talent/workforce?from=2030&to=2029', undefined, 'query.to'],
      ['GET', '/api/talent/workforce?from=2030&to=2070', undefined, 'query.to'],
      ['GET', '/api/talent/workforce?cluster=nope', undefined, 'query.cluster'],
      [
        'PUT',
        '/api/talent/staffing/fusion-reactor',
        { rows: [{ ...staffing[0], skill: 'SK.nope' }] },
        'body.rows[0].skill',
      ],
      [
        'PUT',
        '/api/talent/staffing/fusion-reactor',
        { rows: [{ ...staffing[0], level: 8 }] },
        'body.rows[0].level',
      ],
      [
        'PUT',
        '/api/talent/staffing/fusion-reactor',
        { rows: [{ ...staffing[0], basis: {} }] },
        'body.rows[0].basis',
      ],
      ['PUT', '/api/talent/staffing/fusion-reactor', { rows: [staffing[0], staffing[0]] }, 'body.rows[1]'],
      [
        'POST',
        '/api/talent/planned-facilities',
        { site: 'nowhere', profile: 'fusion-reactor', name: { en: 'X' }, constructionStartYear: 2030 },
        'body.site',
      ],
      [
        'POST',
        '/api/talent/planned-facilities',
        {
          site: 'rokkasho',
          profile: 'fusion-reactor',
          name: { en: 'X' },
          constructionStartYear: 2030,
          phase: 5,
        },
        'body.phase',
      ],
      [
        'POST',
        '/api/talent/hiring-plans',
        { organization: 'lab', skill: 'SK.vacuum', level: 3, year: 2031, headcount: 0 },
        'body.headcount',
      ],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await t.request(method, path, { as: admin, body });
      expect([res.status, paths(res.json)], `${path} ${JSON.stringify(body)}`).toEqual([400, [field]]);
    }
    expect(
      (await t.request('PUT', '/api/talent/staffing/nope', { as: admin, body: { rows: [] } })).status,
    ).toBe(404);
  });

  it('a hiring plan is stated by the tenant itself, and only by a tenant', async () => {
    const body = { organization: 'lab', skill: 'SK.vacuum', level: 3, year: 2031, headcount: 1 };
    // Not yet a tenant: refused, naming the organisation.
    const early = await t.request('POST', '/api/talent/hiring-plans', { as: tenant, body });
    expect([early.status, paths(early.json)]).toEqual([400, ['body.organization']]);
    // Another company's member may not speak for the lab.
    expect((await t.request('POST', '/api/talent/hiring-plans', { as: company, body })).status).toBe(403);
    // A planned facility and the staffing table are the coordinators' (admins').
    expect(
      (await t.request('PUT', '/api/talent/staffing/fusion-reactor', { as: company, body: { rows: [] } }))
        .status,
    ).toBe(403);
  });
});
