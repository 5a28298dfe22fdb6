import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicators } from '../../../core/cluster/index.ts';
import { resultRows } from '../../db/client.ts';
import {
  agreementActivities,
  agreementAreas,
  agreementParties,
  agreements,
  consultations,
  eventRegistrations,
  events,
  facilities,
  facilityLeases,
  facilityUnits,
  introductionEvents,
  introductions,
  jobApplications,
  jobOpenings,
  leaseGraduations,
  placements,
  plannedFacilities,
  seeds,
  sites,
  sitingProfiles,
  sitingStudies,
  surveyInvitations,
  surveyResponses,
  surveys,
  trainingCohorts,
  trainingEnrolments,
  trainingProgrammes,
  users,
} from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { forgetFigures } from './index.ts';

// Each indicator's definition on one hand-counted fixture (January to March 2026, as of 31 March): rows are
// written straight into the other modules' tables with the dates the figures turn on, so each expected series
// below is counted by hand from the comments. Organisations: f1 (fusion, Aomori), f2 (fusion, Miyagi), x
// (offshore wind only), all in their clusters since December 2025.

let t: TestApp;
let admin: Session;
const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
const id: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  const db = t.db;
  const org = async (key: string, clusters: string[], prefecture: string) => {
    const row = await t.addOrganization({ key, clusters, location: { country: 'JP', prefecture } });
    id[key] = row.id;
  };
  await org('f1', ['fusion'], '青森県');
  await org('f2', ['fusion'], '宮城県');
  await org('x', ['offshore-wind'], '秋田県');
  await db.execute(sql`update organization_history set valid_from = '2025-12-01T00:00:00+09:00'`);
  const person = async (organizationId: string) => {
    const [u] = await db
      .insert(users)
      .values({
        email: `${Math.random()}@test.example`,
        name: 'p',
        role: 'member',
        organizationId,
        passwordHash: 'x',
      })
      .returning();
    return u!.id;
  };

  // Seeds: f1 in January, x in February (not fusion) → [1, 0, 0].
  const post = { category: 'product', title: { en: 's' }, visibility: 'public', expiresAt: at('2027-01-01') };
  await db.insert(seeds).values([
    { ...post, key: 's1', organizationId: id.f1!, createdAt: at('2026-01-15') },
    { ...post, key: 's2', organizationId: id.x!, createdAt: at('2026-02-01') },
  ]);

  // Introductions: i1 f1→f2 (Jan, contract 15 Feb), i2 x→f2 (Feb, requested), i3 x→x (not fusion).
  const intro = (from: string, to: string, day: string) => ({
    fromOrganizationId: id[from]!,
    toOrganizationId: id[to]!,
    fromKind: 'seed',
    fromPostId: crypto.randomUUID(),
    toType: 'organization',
    toId: id[to]!,
    message: 'm',
    expiresAt: at('2027-01-01'),
    createdAt: at(day),
  });
  const [i1, i2] = await db
    .insert(introductions)
    .values([intro('f1', 'f2', '2026-01-10'), intro('x', 'f2', '2026-02-05'), intro('x', 'x', '2026-02-06')])
    .returning();
  await db.insert(introductionEvents).values([
    { introductionId: i1!.id, toState: 'requested', at: at('2026-01-10') },
    { introductionId: i1!.id, fromState: 'requested', toState: 'accepted', at: at('2026-01-20') },
    { introductionId: i1!.id, fromState: 'accepted', toState: 'contract', at: at('2026-02-15') },
    { introductionId: i2!.id, toState: 'requested', at: at('2026-02-05') },
    // After the as-of date: not the stage on 31 March.
    { introductionId: i2!.id, fromState: 'requested', toState: 'declined', at: at('2026-04-02') },
  ]);

  // Survey: f1 and f2 invited 5 Jan, x too; f1 answers 10 Feb → [0, 50, 50].
  const [survey] = await db
    .insert(surveys)
    .values({ key: 'sv', title: { en: 'sv' }, definition: { questions: [] } as never, status: 'open' })
    .returning();
  const [inv1] = await db
    .insert(surveyInvitations)
    .values(
      ['f1', 'f2', 'x'].map((k) => ({
        surveyId: survey!.id,
        organizationId: id[k]!,
        invitee: `${k}@test.example`,
        kind: 'email',
        createdAt: at('2026-01-05'),
      })),
    )
    .returning();
  await db
    .insert(surveyResponses)
    .values({ surveyId: survey!.id, invitationId: inv1!.id, version: 1, submittedAt: at('2026-02-10') });

  // The siting survey's question ①, two waves: f1 'plan' 10 Jan, f2 'none' 20 Feb, x 'plan' (not fusion); in
  // the second wave f1 says 'none' on 15 Mar. Latest answer per organisation → Jan 1/1, Feb 1/2, Mar 0/2.
  // The waves' invitations also count for the response rate: Jan 1 of 4, Feb 3 of 4, Mar 4 of 5.
  const wave = async (key: string, invited: string[], on: string) => {
    const [sv] = await db
      .insert(surveys)
      .values({ key, title: { en: key }, definition: { questions: [] } as never, status: 'open' })
      .returning();
    const invs = await db
      .insert(surveyInvitations)
      .values(
        invited.map((k) => ({
          surveyId: sv!.id,
          organizationId: id[k]!,
          invitee: `${k}@${key}.example`,
          kind: 'email',
          createdAt: at(on),
        })),
      )
      .returning();
    return (k: string, answer: string, day: string) =>
      db.insert(surveyResponses).values({
        surveyId: sv!.id,
        invitationId: invs[invited.indexOf(k)]!.id,
        version: 1,
        answers: { 'q1-plan': answer },
        submittedAt: at(day),
      });
  };
  const w1 = await wave('plan-1', ['f1', 'f2', 'x'], '2026-01-05');
  await w1('f1', 'plan', '2026-01-10');
  await w1('f2', 'none', '2026-02-20');
  await w1('x', 'plan', '2026-01-12');
  const w2 = await wave('plan-2', ['f1'], '2026-03-01');
  await w2('f1', 'none', '2026-03-15');

  // Sites: s-ao and s-tk studied 3 Feb, s-none never → [0, 2, 2]; a fusion facility planned 1 Mar → [0, 0, 1].
  const site = (key: string, prefecture: string) => ({
    key,
    name: { en: key },
    kind: 'industrial-park',
    country: 'JP',
    prefecture,
    lat: 40,
    lng: 141,
    contentHash: key,
  });
  const [sAo] = await db
    .insert(sites)
    .values([site('s-ao', '青森県'), site('s-tk', '東京都'), site('s-none', '青森県')])
    .returning();
  await db.insert(sitingStudies).values({
    title: 'st',
    siteKeys: ['s-ao', 's-tk'],
    spec: {} as never,
    outcome: {} as never,
    createdAt: at('2026-02-03'),
  });
  await db.insert(sitingProfiles).values({
    key: 'prof',
    name: { en: 'p' },
    facilityType: 'reactor',
    criteria: [] as never,
    contentHash: 'p',
  });
  await db.insert(plannedFacilities).values({
    clusterKey: 'fusion',
    siteId: sAo!.id,
    profileKey: 'prof',
    name: { en: 'plant' },
    constructionStartYear: 2030,
    phase: 1,
    createdAt: at('2026-03-01'),
  });

  // Incubation: f2 owns a facility with two units. l1: f1 on u1, 1 Jan–28 Feb (ended, graduated 5 Mar);
  // l2: f2 on u2 from 1 Feb; l3: an offer only. Tenants [1, 2, 1]; occupancy [50, 100, 50]; graduations [0, 0, 1].
  const [fac] = await db
    .insert(facilities)
    .values({ key: 'fac', name: { en: 'fac' }, organizationId: id.f2! })
    .returning();
  const [u1, u2] = await db
    .insert(facilityUnits)
    .values(
      ['u1', 'u2'].map((key) => ({
        key,
        facilityId: fac!.id,
        kind: 'lab',
        name: { en: key },
        floorAreaM2: 50,
        createdAt: at('2025-12-01'),
      })),
    )
    .returning();
  const lease = (
    key: string,
    unitId: string,
    tenant: string,
    startOn: string,
    endOn: string,
    status: string,
    created: string,
  ) => ({
    key,
    unitId,
    tenantOrganizationId: id[tenant]!,
    startOn,
    endOn,
    status,
    monthlyRentJpy: 1,
    createdAt: at(created),
  });
  const [l1] = await db
    .insert(facilityLeases)
    .values([
      lease('l1', u1!.id, 'f1', '2026-01-01', '2026-02-28', 'ended', '2025-12-15'),
      lease('l2', u2!.id, 'f2', '2026-02-01', '2027-01-31', 'active', '2026-01-20'),
      lease('l3', u1!.id, 'f1', '2026-03-01', '2026-12-31', 'offered', '2026-02-25'),
      // Recorded on 10 Feb 2026, after it had ended: never in force while the platform knew it, so in no figure
      // (counted, it ended in January before it began in February: a tenant of −1).
      lease('l0', u2!.id, 'f2', '2025-06-01', '2025-12-31', 'ended', '2026-02-10'),
    ])
    .returning();
  await db.insert(leaseGraduations).values({
    leaseId: l1!.id,
    graduatedOn: '2026-03-05',
    jobsAtExit: 3,
    investmentJpy: 0,
    createdAt: at('2026-03-06'),
  });

  // Talent: a programme teaching SK.vacuum, cohort from 12 Jan. e1 enrolled; e2 completed 20 Feb; e3 waiting;
  // e4 withdrew 31 Jan. Trainees [3, 1, 1]; completions [0, 1, 0].
  const [prog] = await db
    .insert(trainingProgrammes)
    .values({
      key: 'prog',
      providerOrganizationId: id.f2!,
      title: { en: 'Vacuum' },
      level: 3,
      skills: ['SK.vacuum'],
      durationWeeks: 8,
      delivery: 'full-time',
      defaultCapacity: 10,
    })
    .returning();
  const [cohort] = await db
    .insert(trainingCohorts)
    .values({ programmeId: prog!.id, startOn: '2026-01-12', capacity: 10 })
    .returning();
  const enrol = (status: string, endedOn: string | null) => ({
    cohortId: cohort!.id,
    status,
    endedOn,
    createdAt: at('2026-01-05'),
  });
  await db
    .insert(trainingEnrolments)
    .values([
      enrol('enrolled', null),
      enrol('completed', '2026-02-20'),
      enrol('waiting', null),
      enrol('withdrawn', '2026-01-31'),
    ]);

  // Openings by f1: o1 open since 2 Jan, o2 from 3 Jan closed 10 Feb → open positions [2, 1, 1]; one placement
  // starting 1 Mar → [0, 0, 1].
  const opening = (created: string, status: string, updated: string) => ({
    organizationId: id.f1!,
    title: { en: 'Engineer' },
    level: 4,
    prefecture: '青森県',
    startOn: '2026-04-01',
    status,
    createdAt: at(created),
    updatedAt: at(updated),
  });
  const [o1] = await db
    .insert(jobOpenings)
    .values([opening('2026-01-02', 'open', '2026-01-02'), opening('2026-01-03', 'closed', '2026-02-10')])
    .returning();
  const [app] = await db.insert(jobApplications).values({ openingId: o1!.id, stage: 'hired' }).returning();
  await db
    .insert(placements)
    .values({ applicationId: app!.id, startOn: '2026-03-01', createdAt: at('2026-02-20') });

  // Desk: f1 8 Jan (answered in 2 days), f2 1 Feb (4 days), one with no organisation, one from x.
  // Consultations [1, 1, 0]; days to first answer [2, 4, null], headline median 3.
  const consult = (org: string | null, received: string, answered: string | null) => ({
    channel: 'phone',
    organizationId: org ? id[org]! : null,
    companyName: org ?? 'walk-in',
    contactName: 'c',
    phone: '0',
    topic: 'technology',
    message: 'm',
    language: 'ja',
    receivedAt: at(received),
    firstAnsweredAt: answered ? at(answered) : null,
  });
  await db
    .insert(consultations)
    .values([
      consult('f1', '2026-01-08', '2026-01-10'),
      consult('f2', '2026-02-01', '2026-02-05'),
      consult(null, '2026-01-09', '2026-01-09'),
      consult('x', '2026-03-02', '2026-03-03'),
    ]);

  // Events: one by f1 on 10 Feb, three people checked in (two from f1, one from f2) → events [0, 1, 0],
  // attendance [0, 3, 0], companies reached [0, 2, 0].
  const [ev] = await db
    .insert(events)
    .values({
      key: 'ev',
      kind: 'seminar',
      title: { en: 'Seminar' },
      organizerOrganizationId: id.f1!,
      startsAt: at('2026-02-10'),
      endsAt: new Date(at('2026-02-10').getTime() + 7_200_000),
      capacity: 10,
      createdAt: at('2026-01-01'),
    })
    .returning();
  const people = [await person(id.f1!), await person(id.f1!), await person(id.f2!)];
  await db.insert(eventRegistrations).values(
    people.map((userId, n) => ({
      eventId: ev!.id,
      userId,
      status: 'confirmed',
      checkinToken: `tok-${n}`,
      shortCode: `c${n}`,
      checkedInAt: at('2026-02-10'),
    })),
  );

  // Partnerships: f1 and x party to one agreement with an activity on 3 Mar; x alone to another → [0, 0, 1].
  const agreement = async (key: string, parties: string[]) => {
    const [a] = await db
      .insert(agreements)
      .values({ key, kind: 'memorandum', title: { en: key } })
      .returning();
    await db
      .insert(agreementParties)
      .values(parties.map((p) => ({ agreementId: a!.id, organizationId: id[p]! })));
    const [area] = await db
      .insert(agreementAreas)
      .values({ agreementId: a!.id, key: 'info', position: 0, name: { en: 'info' } })
      .returning();
    await db.insert(agreementActivities).values({
      agreementId: a!.id,
      areaId: area!.id,
      kind: 'mission',
      title: { en: 'visit' },
      occurredOn: '2026-03-03',
      createdAt: at('2026-03-04'),
    });
  };
  await agreement('ag1', ['f1', 'x']);
  await agreement('ag2', ['x']);
});

const expected: Record<string, (number | null)[]> = {
  members: [2, 2, 2],
  'organizations-in-region': [2, 2, 2],
  'needs-posted': [0, 0, 0],
  'seeds-posted': [1, 0, 0],
  introductions: [1, 1, 0],
  'introduction-conversion': [0, 50, 50],
  'survey-response-rate': [25, 75, 80],
  'members-planning-site': [100, 50, 0],
  'sites-evaluated': [0, 2, 2],
  'facilities-committed': [0, 0, 1],
  tenants: [1, 2, 1],
  occupancy: [50, 100, 50],
  graduations: [0, 0, 1],
  trainees: [3, 1, 1],
  completions: [0, 1, 0],
  placements: [0, 0, 1],
  'open-positions': [2, 1, 1],
  // Horizon 2027. Jan and Feb: nothing to project from (the openings teach no skill; the programme and cohort,
  // written without a creation time, are in force from the test's run). March: the facility, whose profile has no
  // staffing table → nought short.
  'workforce-gap': [null, null, 0],
  consultations: [1, 1, 0],
  'time-to-answer': [2, 4, null],
  'events-held': [0, 1, 0],
  attendance: [0, 3, 0],
  'companies-reached': [0, 2, 0],
  'agreement-activities': [0, 0, 1],
  'technology-coverage': [0, 0, 0],
  'technology-gaps': [142, 142, 142],
};

describe('each indicator on the hand-counted fixture', () => {
  let board: {
    indicators: { key: string; series: (number | null)[]; value: number | null; breakdown: unknown }[];
  };
  beforeAll(async () => {
    const r = await t.request('GET', '/api/clusters/fusion/dashboard?asOf=2026-03-31&from=2026-01', {
      as: admin,
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    board = r.json;
  });

  it('covers every indicator of the registry', () => {
    expect(Object.keys(expected).sort()).toEqual(indicators.map((d) => d.key).sort());
  });

  it.each(Object.entries(expected))('%s', (key, series) => {
    expect(board.indicators.find((i) => i.key === key)!.series).toEqual(series);
  });

  it('takes the median over the last twelve months as the headline', () => {
    expect(board.indicators.find((i) => i.key === 'time-to-answer')!.value).toBe(3);
  });

  it('breaks introductions down by the stage each had on the as-of date, not a later one', () => {
    expect(board.indicators.find((i) => i.key === 'introductions')!.breakdown).toEqual([
      { part: 'contract', n: 1 },
      { part: 'requested', n: 1 },
    ]);
  });
});

describe('introductions deleted after the as-of date', () => {
  const figures = async () => {
    forgetFigures(t.db);
    const r = await t.request('GET', '/api/clusters/fusion/dashboard?asOf=2026-03-31&from=2026-01', {
      as: admin,
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const pick = (key: string) => {
      const i = (r.json as { indicators: { key: string }[] }).indicators.find((x) => x.key === key)!;
      return i;
    };
    return [pick('introductions'), pick('introduction-conversion')];
  };

  it('keep their counts and the stage each had, from the archived rows', async () => {
    const before = await figures();
    expect(before[0]).toMatchObject({
      series: [1, 1, 0],
      breakdown: [
        { part: 'contract', n: 1 },
        { part: 'requested', n: 1 },
      ],
    });
    // First the contract step alone (its introduction stays), then every introduction with its events.
    await t.db.execute(sql`delete from introduction_events where to_state = 'contract'`);
    expect(await figures()).toEqual(before);
    await t.db.execute(sql`delete from introductions`);
    expect(await figures()).toEqual(before);
    const archived = await t.db.execute(
      sql`select count(*)::int as n from deleted_rows where table_name = 'introduction_events'`,
    );
    expect(resultRows<{ n: number }>(archived)[0]!.n).toBe(5);
  });
});
