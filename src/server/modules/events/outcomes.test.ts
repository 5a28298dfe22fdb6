import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { eventFeedbackJob } from './index.ts';

// After an event, through the HTTP API on both engines: attendance and no-shows, the feedback survey (a survey
// of the surveys module, opened by the job when the event ends or by the organiser once it started, one
// personal invitation per attendee, answers checked by the surveys' rules, shown in the surveys module and as a
// response rate on the outcomes), the introductions attendees requested within 30 days, and the coordinator's
// monthly figures. Introductions take the database's clock, so the
// event here lies two days before the real now and the injected clock moves around it.

let t: TestApp;
let admin: Session & { id: string };
let organiser: Session & { id: string };
let alice: Session & { id: string };
let carol: Session & { id: string };
let eventId: string;
let carolCode: string;
let clock: Date;
const DAY = 86_400_000;
const start = new Date(Math.floor(Date.now() / DAY) * DAY - 2 * DAY + 3 * 3_600_000); // 12:00 JST, 2 days ago
const end = new Date(start.getTime() + 3_600_000);

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => clock;
});

beforeEach(async () => {
  await t.reset();
  clock = new Date(start.getTime() - 7 * DAY);
  admin = await t.signIn('admin');
  const host = await t.addOrganization({ key: 'host' });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  organiser = await t.signIn('member', host.id);
  alice = await t.signIn('member', acme.id);
  carol = await t.signIn('member', beta.id);
  const made = await t.request('POST', '/api/events', {
    as: organiser,
    body: {
      key: 'lunch',
      kind: 'lunch-meeting',
      organizer: 'host',
      title: { ja: 'ランチ', en: 'Lunch' },
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      capacity: 5,
    },
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  eventId = made.json.id;
  const a = await t.request('POST', `/api/events/${eventId}/registrations`, { as: alice, body: {} });
  carolCode = (await t.request('POST', `/api/events/${eventId}/registrations`, { as: carol, body: {} })).json
    .shortCode;
  clock = new Date(start.getTime() + 10 * 60_000);
  const checked = await t.request('POST', `/api/events/${eventId}/check-ins`, {
    as: organiser,
    body: { code: a.json.shortCode },
  });
  expect(checked.status).toBe(200);
});

const feedback = (as: Session, answers: object) =>
  t.request('POST', `/api/events/${eventId}/feedback`, { as, body: { answers } });
const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

const runJob = (at: Date) =>
  eventFeedbackJob.run({
    db: t.db,
    config: t.deps.config,
    clock: () => at,
  } as unknown as Parameters<typeof eventFeedbackJob.run>[0]) as Promise<number>;
const noticesOf = (userId: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'event-feedback')));
type SurveyItem = { id: string; key: string; origin: string; invited: number; answered: number };

describe('after the event', () => {
  it('the feedback survey opens when the event ends, once, for the attendees; answers are survey responses', async () => {
    expect((await feedback(alice, { overall: '5', 'follow-up': 'yes' })).status).toBe(409); // not open yet
    expect(await runJob(new Date(end.getTime() - 60_000))).toBe(0); // not ended
    const after = new Date(end.getTime() + 60_000);
    expect((await Promise.all([runJob(after), runJob(after)])).sort()).toEqual([0, 1]);
    expect(await runJob(new Date(end.getTime() + 3_600_000))).toBe(0); // once
    clock = new Date(end.getTime() + DAY);
    expect((await feedback(carol, { overall: '5', 'follow-up': 'yes' })).status).toBe(403); // not checked in
    expect((await t.request('GET', `/api/events/${eventId}/feedback`, { as: carol })).json).toMatchObject({
      mayAnswer: false,
      link: null,
    });
    const bad = await feedback(alice, { overall: '9', comment: 'x' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json).sort()).toEqual(['body.answers.follow-up', 'body.answers.overall']);
    const form = await t.request('GET', `/api/events/${eventId}/feedback`, { as: alice });
    expect(form.json).toMatchObject({
      mayAnswer: true,
      answers: null,
      closesAt: new Date(end.getTime() + 60_000 + 30 * DAY).toISOString(),
    });
    expect(form.json.form.questions.map((q: { key: string }) => q.key)).toEqual([
      'overall',
      'follow-up',
      'comment',
    ]);
    // Alice was told, with her personal link; the link is hers alone.
    const told = await noticesOf(alice.id);
    expect(told.map((n) => n.link)).toEqual([form.json.link]);
    const token = form.json.link.slice(3);
    expect(
      (
        await t.request('POST', `/api/survey-links/${token}/submit`, {
          as: carol,
          body: { answers: { overall: '1', 'follow-up': 'no' } },
        })
      ).status,
    ).toBe(403);
    const ok = await feedback(alice, { overall: '4', 'follow-up': 'yes', comment: 'Useful' });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    expect(ok.json).toMatchObject({ mayAnswer: false, answers: { overall: '4', comment: 'Useful' } });

    // In the surveys module: not in the coordinator's own list, found by its origin, with its results.
    const list = async (q: string) =>
      ((await t.request('GET', `/api/surveys${q}`, { as: admin })).json.items as SurveyItem[]).map((x) => [
        x.key,
        x.origin,
        x.invited,
        x.answered,
      ]);
    expect(await list('')).toEqual([]);
    expect(await list('?origin=event-feedback')).toEqual([['event-feedback-lunch', 'event-feedback', 1, 1]]);
    const outcomes = (await t.request('GET', `/api/events/${eventId}/outcomes`, { as: organiser })).json;
    const results = await t.request('GET', `/api/surveys/${outcomes.feedback.surveyId}/results`, {
      as: admin,
    });
    expect(results.json).toMatchObject({ invited: 1, respondents: 1 });
    const overall = results.json.questions.find((q: { key: string }) => q.key === 'overall');
    expect(overall.mean).toBe(4);
    expect(overall.counts.map((c: { count: number }) => c.count)).toEqual([0, 0, 0, 1, 0]);
    expect(outcomes.feedback).toMatchObject({ invited: 1, rate: 1, responses: 1, overallMean: 4 });
  });

  it('the organiser opens feedback once the event has started; an attendee checked in later is invited too', async () => {
    const open = (as: Session) => t.request('POST', `/api/events/${eventId}/feedback-survey`, { as });
    clock = new Date(start.getTime() - 60_000);
    expect((await open(organiser)).status).toBe(409); // not started
    clock = new Date(start.getTime() + 20 * 60_000);
    expect((await open(alice)).status).toBe(403);
    const opened = await open(organiser);
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    expect(opened.json.feedback).toMatchObject({ invited: 1, rate: 0, responses: 0 });
    expect((await open(organiser)).status).toBe(409); // once
    expect(await runJob(new Date(end.getTime() + 60_000))).toBe(0); // the job finds it open
    const late = await t.request('POST', `/api/events/${eventId}/check-ins`, {
      as: organiser,
      body: { code: carolCode },
    });
    expect(late.status).toBe(200);
    expect(await noticesOf(carol.id)).toHaveLength(1);
    expect((await feedback(carol, { overall: '2', 'follow-up': 'no' })).status).toBe(201);
    const r = await t.request('GET', `/api/events/${eventId}/outcomes`, { as: organiser });
    expect(r.json.feedback).toMatchObject({
      invited: 2,
      rate: 0.5,
      responses: 1,
      overallMean: 2,
      overall: [0, 1, 0, 0, 0],
      followUpYes: 0,
    });
  });

  it("each attendee's invitation is their own: in their surveys, reminded alone, not their colleagues'", async () => {
    const acme = (await t.request('GET', '/api/organizations?key=acme', { as: admin })).json.items[0].id;
    const colleague = await t.signIn('member', acme);
    expect(await runJob(new Date(end.getTime() + 60_000))).toBe(1);
    const mine = async (as: Session) =>
      ((await t.request('GET', '/api/my-surveys', { as })).json.items as { title: { en: string } }[]).map(
        (x) => x.title.en,
      );
    expect(await mine(alice)).toEqual(['Feedback: Lunch']);
    expect(await mine(colleague)).toEqual([]);
    expect(await mine(carol)).toEqual([]);
    const surveyId = (await t.request('GET', `/api/events/${eventId}/outcomes`, { as: organiser })).json
      .feedback.surveyId;
    const reminded = await t.request('POST', `/api/surveys/${surveyId}/remind`, { as: admin });
    expect(reminded.status, JSON.stringify(reminded.json)).toBe(200);
    expect(reminded.json).toMatchObject({ reminded: 1, mails: 1, withoutContact: 0 });
    // The coordinator's home lists its own open surveys, not this one.
    const home = await t.request('GET', '/api/home', { as: admin });
    expect(JSON.stringify(home.json)).not.toContain('Feedback: Lunch');
  });

  it('outcomes: attendance, the feedback summary and introductions attendees requested within 30 days', async () => {
    clock = new Date(end.getTime() + DAY);
    expect(await runJob(clock)).toBe(1);
    expect((await feedback(alice, { overall: '4', 'follow-up': 'yes', comment: 'Useful' })).status).toBe(201);
    const post = async (as: Session) =>
      (
        await t.request('POST', '/api/needs', {
          as,
          body: { category: 'supplier', title: { en: 'Valves' }, technologies: ['HCD.gyrotron'] },
        })
      ).json.id as string;
    const alicesNeed = await post(alice);
    const carolsNeed = await post(carol);
    const ask = (as: Session, fromId: string, toId: string) =>
      t.request('POST', '/api/introductions', {
        as,
        body: { fromKind: 'need', fromId, toType: 'organization', toId, message: 'Met at lunch' },
      });
    const beta = (await t.request('GET', '/api/organizations?key=beta', { as: admin })).json.items[0].id;
    const acme = (await t.request('GET', '/api/organizations?key=acme', { as: admin })).json.items[0].id;
    expect((await ask(alice, alicesNeed, beta)).status).toBe(201);
    expect((await ask(carol, carolsNeed, acme)).status).toBe(201); // Carol did not attend: not an outcome

    expect((await t.request('GET', `/api/events/${eventId}/outcomes`, { as: alice })).status).toBe(403);
    const r = await t.request('GET', `/api/events/${eventId}/outcomes`, { as: organiser });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.attendance).toEqual({ confirmed: 2, checkedIn: 1, noShows: 1, rate: 0.5 });
    expect(r.json.feedback).toMatchObject({
      invited: 1,
      rate: 1,
      responses: 1,
      overallMean: 4,
      comments: ['Useful'],
      overall: [0, 0, 0, 1, 0],
      followUpYes: 1,
    });
    expect(r.json.introductions.to).toBe(new Date(end.getTime() + 30 * DAY).toISOString());
    expect(r.json.introductions.items).toHaveLength(1);
    expect(r.json.introductions.items[0]).toMatchObject({
      requestedBy: 'member',
      from: { key: 'acme' },
      to: { key: 'beta' },
    });
  });

  it("the coordinator's figures by month; members may not see them; bad months named by field", async () => {
    clock = new Date(end.getTime() + DAY);
    const month = new Date(start.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
    expect((await t.request('GET', '/api/event-figures', { as: organiser })).status).toBe(403);
    // Acme joined the fusion cluster that month (its membership date); Beta long before, or never.
    await t.db.execute(sql`insert into cluster_memberships (organization_id, cluster_key, joined_on)
      select id, 'fusion', ${`${month}-15`}::date from organizations where key = 'acme'
      on conflict (organization_id, cluster_key) do update set joined_on = excluded.joined_on`);
    await t.db.execute(sql`update cluster_memberships set joined_on = '2020-01-01'
      where organization_id = (select id from organizations where key = 'beta')`);
    const r = await t.request('GET', `/api/event-figures?from=${month}&to=${month}`, { as: admin });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.months).toHaveLength(1);
    expect(r.json.months[0]).toMatchObject({
      month,
      registrations: 2,
      confirmed: 2,
      attendanceRate: 0.5,
      companies: 2,
      newCompanies: 2,
      newMembers: 1,
    });
    expect(r.json.months[0].events['lunch-meeting']).toBe(1);
    expect(r.json.totals).toEqual({ events: 1, registrations: 2, attendanceRate: 0.5, companies: 2 });
    const bad = await t.request('GET', '/api/event-figures?from=2027-13', { as: admin });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['query.from']);
    const reversed = await t.request('GET', '/api/event-figures?from=2027-05&to=2027-01', { as: admin });
    expect(paths(reversed.json)).toEqual(['query.to']);
  });
});
