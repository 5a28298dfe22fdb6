import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { mailOutbox, notifications } from '../../db/schema/index.ts';
import { createScheduler } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { testDatabaseUrl, testEngine } from '../../test/test-database.ts';
import { retentionRemindersJob } from './placements.jobs.ts';

// Placement through the HTTP API on both engines: a company posts an opening, trainees and graduates apply,
// the company moves each application through its stages (illegal moves and lost races are 409s), a hire
// becomes a placement whose 6- and 12-month retention checks the employer is reminded of once, and who sees
// which application. Matching lives in openings.test.ts.

let t: TestApp;
let admin: Session;
let provider: Session;
let employer: Session & { id: string };
let rival: Session & { id: string };
let alice: Session & { id: string };
let bob: Session & { id: string };
let outsider: Session & { id: string }; // a person with no enrolment
let now: Date;
let other: Database | undefined;

beforeAll(async () => {
  t = await createTestApp();
  if (testEngine === 'postgres') other = await openDatabase({ databaseUrl: testDatabaseUrl(t.db) });
});
afterAll(() => other?.close());

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-04-01T09:00:00+09:00');
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const college = await t.addOrganization({ key: 'college', name: { en: 'College' }, kind: 'university' });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  provider = await t.signIn('member', college.id);
  employer = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  alice = await t.signIn('person');
  bob = await t.signIn('person');
  outsider = await t.signIn('person');
  const p = await t.request('POST', '/api/training-programmes', {
    as: provider,
    body: {
      provider: 'college',
      title: { en: 'Vacuum technician' },
      level: 3,
      skills: ['SK.vacuum'],
      durationWeeks: 52,
      delivery: 'day-release',
    },
  });
  const c = await t.request('POST', `/api/training-programmes/${p.json.id}/cohorts`, {
    as: provider,
    body: { startOn: '2027-04-05', capacity: 10 },
  });
  for (const who of [alice, bob])
    expect(
      (await t.request('POST', `/api/training-cohorts/${c.json.id}/enrolments`, { as: who, body: {} }))
        .status,
    ).toBe(201);
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function opening(extra: Record<string, unknown> = {}) {
  const res = await t.request('POST', '/api/job-openings', {
    as: employer,
    body: {
      organization: 'acme',
      title: { ja: '真空技術者', en: 'Vacuum technician' },
      skills: ['SK.vacuum'],
      level: 3,
      prefecture: '青森県',
      municipality: '六ヶ所村',
      startOn: '2027-10-01',
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

const apply = (openingId: string, as: Session, body: Record<string, unknown> = {}) =>
  t.request('POST', `/api/job-openings/${openingId}/applications`, { as, body });
const move = (id: string, body: Record<string, unknown>, as: Session = employer) =>
  t.request('POST', `/api/job-applications/${id}/stage`, { as, body });

describe('applying', () => {
  it('a trainee applies once; a second time is a 409; a person with no enrolment is refused', async () => {
    const id = await opening();
    const first = await apply(id, alice, { message: 'Hello' });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      stage: 'applied',
      applicant: { email: expect.any(String) },
      viewerIs: 'applicant',
    });
    expect((await apply(id, alice)).status).toBe(409);
    expect((await apply(id, outsider)).status).toBe(403);
    // The company's member is told.
    const told = (await t.db.select().from(notifications)).filter((n) => n.kind === 'job_application');
    expect(told.map((n) => n.userId)).toEqual([employer.id]);
  });

  it('a closed opening takes no application (409), an unknown one is a 404', async () => {
    const id = await opening({ status: 'closed' });
    expect((await apply(id, alice)).status).toBe(409);
    expect((await apply('00000000-0000-4000-8000-000000000000', alice)).status).toBe(404);
  });
});

describe('stages', () => {
  it('applied → interview → offer → hired makes a placement with the opening start', async () => {
    const id = (await apply(await opening(), alice)).json.id;
    expect((await move(id, { to: 'interview' })).json).toMatchObject({
      stage: 'interview',
      nextStages: ['offer', 'declined'],
    });
    expect((await move(id, { to: 'offer' })).status).toBe(200);
    const hired = await move(id, { to: 'hired' });
    expect(hired.json).toMatchObject({
      stage: 'hired',
      nextStages: [],
      placement: { startOn: '2027-10-01', due6On: '2028-04-01', due12On: '2028-10-01', retention6: null },
    });
    // The applicant was told of each move.
    const told = (await t.db.select().from(notifications)).filter((n) => n.kind === 'job_application_stage');
    expect(told).toHaveLength(3);
    expect(told.every((n) => n.userId === alice.id)).toBe(true);
  });

  it.each([
    ['applied', 'offer'],
    ['applied', 'hired'],
    ['applied', 'applied'],
    ['interview', 'hired'],
    ['declined', 'interview'],
    ['hired', 'declined'],
  ])('from %s to %s is a 409 and changes nothing', async (from, to) => {
    const id = (await apply(await opening(), alice)).json.id;
    const path: Record<string, string[]> = {
      applied: [],
      interview: ['interview'],
      declined: ['declined'],
      hired: ['interview', 'offer', 'hired'],
    };
    for (const step of path[from]!)
      expect((await move(id, { to: step, reason: 'not now' })).status).toBe(200);
    const res = await move(id, { to, reason: 'x' });
    expect(res.status).toBe(409);
    expect(paths(res.json)).toEqual(['body.to']);
    expect((await t.request('GET', `/api/job-applications/${id}`, { as: employer })).json.stage).toBe(from);
  });

  it('a decline needs a reason (400 naming body.reason) and keeps it', async () => {
    const id = (await apply(await opening(), alice)).json.id;
    const bare = await move(id, { to: 'declined' });
    expect(bare.status).toBe(400);
    expect(paths(bare.json)).toEqual(['body.reason']);
    const blank = await move(id, { to: 'declined', reason: '   ' });
    expect(blank.status).toBe(400);
    expect(paths(blank.json)).toEqual(['body.reason']);
    const ok = await move(id, { to: 'declined', reason: 'Position filled' });
    expect(ok.json).toMatchObject({ stage: 'declined', declineReason: 'Position filled' });
  });

  it('two members moving the same application at once: one wins, the other gets a 409', async () => {
    const id = (await apply(await opening(), alice)).json.id;
    const peer = await t.peer();
    // Both read "applied"; without the guarded update both would move it and the applicant would hear twice.
    const results = await Promise.all([
      move(id, { to: 'interview' }),
      peer('POST', `/api/job-applications/${id}/stage`, { as: employer, body: { to: 'interview' } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await t.request('GET', `/api/job-applications/${id}`, { as: employer })).json).toMatchObject({
      stage: 'interview',
      version: 2,
    });
    const told = (await t.db.select().from(notifications)).filter((n) => n.kind === 'job_application_stage');
    expect(told).toHaveLength(1);
  });

  it('the applicant cannot move their own application; bad stage names are 400s', async () => {
    const id = (await apply(await opening(), alice)).json.id;
    expect((await move(id, { to: 'interview' }, alice)).status).toBe(403);
    const bad = await move(id, { to: 'promoted' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.to']);
    const badDate = await move(id, { to: 'interview', startOn: '2027-02-30' });
    expect(badDate.status).toBe(400);
    expect(paths(badDate.json)).toEqual(['body.startOn']);
  });
});

describe('who sees which application', () => {
  it('the applicant sees own, the company its openings’, others get 404 and empty lists', async () => {
    const acmeOpening = await opening();
    const a = (await apply(acmeOpening, alice)).json.id;
    const b = (await apply(acmeOpening, bob)).json.id;
    const get = (id: string, as: Session) => t.request('GET', `/api/job-applications/${id}`, { as });
    expect((await get(a, alice)).status).toBe(200);
    expect((await get(b, alice)).status).toBe(404);
    expect((await get(a, rival)).status).toBe(404);
    expect((await get(a, outsider)).status).toBe(404);
    expect((await get(a, employer)).json.viewerIs).toBe('employer');
    expect((await get(a, admin)).json.viewerIs).toBe('admin');
    expect((await move(a, { to: 'interview' }, rival)).status).toBe(404);
    const list = async (as: Session) =>
      (await t.request('GET', '/api/job-applications', { as })).json.items
        .map((x: { id: string }) => x.id)
        .sort();
    expect(await list(alice)).toEqual([a]);
    expect(await list(employer)).toEqual([a, b].sort());
    expect(await list(rival)).toEqual([]);
    expect((await t.request('GET', '/api/job-applications')).status).toBe(401);
  });
});

describe('erasure', () => {
  it("a person's erasure clears their name from applications and withdraws the opt-in; the row stays", async () => {
    const id = (await apply(await opening(), alice, { message: 'Call me on 090…' })).json.id;
    await t.request('PUT', '/api/my-training/profile', { as: alice, body: { visibleToEmployers: true } });
    expect((await t.request('POST', '/api/my-training/erasure', { as: alice })).status).toBe(200);
    const seen = await t.request('GET', `/api/job-applications/${id}`, { as: employer });
    expect(seen.json).toMatchObject({ applicant: null, message: '', stage: 'applied' });
    const profile = await t.request('GET', '/api/my-training/profile', { as: alice });
    expect(profile.json.visibleToEmployers).toBe(false);
    expect((await t.request('GET', '/api/job-applications', { as: alice })).json.items).toEqual([]);
  });
});

describe('retention', () => {
  const runOn = async (db: Database['db'], day: string) => {
    const scheduler = createScheduler(
      testEngine === 'postgres' && db !== t.db ? other! : t.database,
      {
        db,
        config: t.deps.config,
        reference: t.deps.reference,
        clock: () => new Date(`${day}T09:00:00+09:00`),
      },
      [retentionRemindersJob],
    );
    return scheduler.run(retentionRemindersJob.name);
  };
  const reminders = async () =>
    (await t.db.select().from(notifications)).filter((n) => n.kind === 'placement-retention-reminder');

  async function hire() {
    const id = (await apply(await opening(), alice)).json.id;
    for (const to of ['interview', 'offer']) await move(id, { to });
    return (await move(id, { to: 'hired', startOn: '2027-05-10' })).json;
  }

  it('reminds the employer when the 6-month check falls due, once, also across processes', async () => {
    const hired = await hire();
    expect(await runOn(t.db, '2027-11-09')).toMatchObject({ status: 'ran', result: 0 });
    expect(await reminders()).toHaveLength(0);
    const due = await Promise.all([runOn(t.db, '2027-11-10'), runOn(other?.db ?? t.db, '2027-11-10')]);
    const sent = due.map((o) => (o.status === 'ran' ? (o.result as number) : 0)).reduce((a, b) => a + b, 0);
    expect(sent).toBe(1);
    const got = await reminders();
    expect(got.map((n) => n.userId)).toEqual([employer.id]);
    expect(got[0]!.title).toMatchObject({ en: expect.stringMatching(/6-month/) });
    expect((await t.db.select().from(mailOutbox)).filter((m) => /6-month/.test(m.subject))).toHaveLength(1);
    expect(await runOn(t.db, '2027-12-01')).toMatchObject({ result: 0 });
    expect(await reminders()).toHaveLength(1);
    const read = await t.request('GET', `/api/job-applications/${hired.id}`, { as: employer });
    expect(read.json.placement.remindersSent).toEqual([6]);
  });

  it('the employer confirms when due, once; the 12-month reminder follows; none after leaving', async () => {
    const hired = await hire();
    const confirm = (body: Record<string, unknown>, as: Session = employer) =>
      t.request('POST', `/api/placements/${hired.placement.id}/retention`, { as, body });
    now = new Date('2027-11-09T09:00:00+09:00');
    const early = await confirm({ months: 6, outcome: 'retained' });
    expect(early.status).toBe(409);
    expect(paths(early.json)).toEqual(['body.months']);
    now = new Date('2027-11-10T09:00:00+09:00');
    expect((await confirm({ months: 6, outcome: 'retained' }, alice)).status).toBe(403);
    expect((await confirm({ months: 6, outcome: 'retained' }, rival)).status).toBe(404);
    const bad = await confirm({ months: 9, outcome: 'retained' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.months']);
    expect((await confirm({ months: 6, outcome: 'retained' })).json.placement.retention6).toBe('retained');
    expect((await confirm({ months: 6, outcome: 'left' })).status).toBe(409);
    // Confirmed before the job ran: no 6-month reminder; the 12-month one comes a year in.
    expect(await runOn(t.db, '2027-11-10')).toMatchObject({ result: 0 });
    expect(await runOn(t.db, '2028-05-10')).toMatchObject({ result: 1 });
    now = new Date('2028-05-10T09:00:00+09:00');
    expect((await confirm({ months: 12, outcome: 'left' })).json.placement.retention12).toBe('left');
  });

  it('a person who left at 6 months has no 12-month check', async () => {
    const hired = await hire();
    now = new Date('2027-11-10T09:00:00+09:00');
    await t.request('POST', `/api/placements/${hired.placement.id}/retention`, {
      as: employer,
      body: { months: 6, outcome: 'left' },
    });
    expect(await runOn(t.db, '2028-06-01')).toMatchObject({ result: 0 });
    now = new Date('2028-06-01T09:00:00+09:00');
    const res = await t.request('POST', `/api/placements/${hired.placement.id}/retention`, {
      as: employer,
      body: { months: 12, outcome: 'retained' },
    });
    expect(res.status).toBe(409);
  });
});
