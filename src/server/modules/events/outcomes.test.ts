import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// After an event, through the HTTP API on both engines: attendance and no-shows, the feedback form (attendees
// only, once, after the end, answers checked by the surveys' rules), the introductions attendees requested
// within 30 days, and the coordinator's monthly figures. Introductions take the database's clock, so the
// event here lies two days before the real now and the injected clock moves around it.

let t: TestApp;
let admin: Session & { id: string };
let organiser: Session & { id: string };
let alice: Session & { id: string };
let carol: Session & { id: string };
let eventId: string;
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
  await t.request('POST', `/api/events/${eventId}/registrations`, { as: carol, body: {} });
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

describe('after the event', () => {
  it('feedback: attendees only, after the end, once; bad answers named by field', async () => {
    expect((await feedback(alice, { overall: '5', 'follow-up': 'yes' })).status).toBe(409); // not ended yet
    clock = new Date(end.getTime() + DAY);
    expect((await feedback(carol, { overall: '5', 'follow-up': 'yes' })).status).toBe(403); // not checked in
    const bad = await feedback(alice, { overall: '9', comment: 'x' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json).sort()).toEqual(['body.answers.follow-up', 'body.answers.overall']);
    const form = await t.request('GET', `/api/events/${eventId}/feedback`, { as: alice });
    expect(form.json.mayAnswer).toBe(true);
    expect(form.json.form.questions.map((q: { key: string }) => q.key)).toEqual([
      'overall',
      'follow-up',
      'comment',
    ]);
    const ok = await feedback(alice, { overall: '4', 'follow-up': 'yes', comment: 'Useful' });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    expect(ok.json).toMatchObject({ mayAnswer: false, answers: { overall: '4' } });
    expect((await feedback(alice, { overall: '5', 'follow-up': 'no' })).status).toBe(409);
  });

  it('outcomes: attendance, the feedback summary and introductions attendees requested within 30 days', async () => {
    clock = new Date(end.getTime() + DAY);
    await feedback(alice, { overall: '4', 'follow-up': 'yes', comment: 'Useful' });
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
      responses: 1,
      overallMean: 4,
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
