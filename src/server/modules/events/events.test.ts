import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications, users } from '../../db/schema/index.ts';
import { createScheduler } from '../../lib/scheduler.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { eventRemindersJob, loadDemoEvents } from './index.ts';

// Events through the HTTP API on both engines: who creates and edits, bad input named by field, capacity and
// the waiting list in arrival order (also 200 simultaneous registrations for 50 places), the cancellation
// cut-off on a clock the test moves, invited-only events hidden, single-use check-in codes, no-shows, the
// calendar files, the QR code and the day-before reminder job.

let t: TestApp;
let admin: Session;
let organiser: Session & { id: string };
let alice: Session & { id: string };
let bob: Session & { id: string };
let carol: Session & { id: string };
let outsider: Session & { id: string };
let hostOrg: { id: string };
let now = new Date('2027-06-01T09:00:00+09:00');

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
});

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-06-01T09:00:00+09:00');
  admin = await t.signIn('admin');
  hostOrg = await t.addOrganization({ key: 'host', name: { ja: '主催会社', en: 'Host' } });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  organiser = await t.signIn('member', hostOrg.id);
  alice = await t.signIn('member', acme.id);
  bob = await t.signIn('member', acme.id);
  carol = await t.signIn('member', beta.id);
  outsider = await t.signIn('member', beta.id);
});

const lunch = (over: object = {}) => ({
  key: 'lunch-june',
  kind: 'lunch-meeting',
  organizer: 'host',
  title: { ja: '6月ランチミーティング', en: 'June lunch meeting' },
  place: { ja: '六ヶ所村', en: 'Rokkasho' },
  lat: 40.97,
  lng: 141.37,
  startsAt: '2027-06-10T12:00:00+09:00',
  endsAt: '2027-06-10T13:00:00+09:00',
  capacity: 2,
  ...over,
});

async function createEvent(over: object = {}, as: Session = organiser) {
  const r = await t.request('POST', '/api/events', { as, body: lunch(over) });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json as { id: string; version: number };
}

const registerAs = (as: Session, eventId: string, body: object = {}) =>
  t.request('POST', `/api/events/${eventId}/registrations`, { as, body });

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('creating and editing events', () => {
  it('the organising organisation and admins create; others are refused', async () => {
    const made = await t.request('POST', '/api/events', { as: organiser, body: lunch() });
    expect(made.status).toBe(201);
    expect(made.res.headers.get('etag')).toBe('"1"');
    expect(made.json).toMatchObject({ kind: 'lunch-meeting', organizer: { key: 'host' }, canManage: true });
    expect(made.json.startsAt).toBe('2027-06-10T03:00:00.000Z');
    expect((await t.request('POST', '/api/events', { as: alice, body: lunch({ key: 'x' }) })).status).toBe(
      403,
    );
    expect((await t.request('POST', '/api/events', { body: lunch({ key: 'y' }) })).status).toBe(401);
    expect((await t.request('POST', '/api/events', { as: admin, body: lunch({ key: 'z' }) })).status).toBe(
      201,
    );
    expect((await t.request('POST', '/api/events', { as: organiser, body: lunch() })).status).toBe(409);
  });

  it.each([
    [{ kind: 'picnic' }, 'body.kind'],
    [{ endsAt: '2027-06-10T11:00:00+09:00' }, 'body.endsAt'],
    [{ startsAt: '10 June' }, 'body.startsAt'],
    [{ organizer: 'nobody' }, 'body.organizer'],
    [{ lng: null }, 'body.lat'],
    [{ capacity: 0 }, 'body.capacity'],
    [{ title: {} }, 'body.title'],
    [{ audience: 'friends' }, 'body.audience'],
    [{ invitedOrganizations: ['acme', 'ghost'] }, 'body.invitedOrganizations[1]'],
    [{ invitedAccounts: ['nobody@test.example'] }, 'body.invitedAccounts[0]'],
    [{ onlineUrl: 'javascript:alert(1)' }, 'body.onlineUrl'],
    [
      { registrationOpensAt: '2027-06-05T00:00:00Z', registrationClosesAt: '2027-06-04T00:00:00Z' },
      'body.registrationClosesAt',
    ],
    [
      { questions: { questions: [{ key: 'diet', type: 'single', label: { en: 'Diet' }, choices: [] }] } },
      'body.questions.questions[0].choices',
    ],
  ])('bad input %j → 400 naming %s', async (over, path) => {
    const r = await t.request('POST', '/api/events', { as: organiser, body: lunch(over) });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('validation_failed');
    expect(paths(r.json)).toContain(path);
  });

  it('edits carry the version; a stale one is 412; another organisation is 403', async () => {
    const e = await createEvent();
    const ok = await t.request('PATCH', `/api/events/${e.id}`, {
      as: organiser,
      body: { capacity: 5 },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.res.headers.get('etag')).toBe('"2"');
    const stale = await t.request('PATCH', `/api/events/${e.id}`, {
      as: organiser,
      body: { capacity: 6 },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(
      (await t.request('PATCH', `/api/events/${e.id}`, { as: alice, body: { capacity: 9 } })).status,
    ).toBe(403);
    const bad = await t.request('PATCH', `/api/events/${e.id}`, {
      as: organiser,
      body: { endsAt: '2027-06-10T11:00:00+09:00' },
    });
    expect(paths(bad.json)).toEqual(['body.endsAt']);
  });
});

describe('capacity and the waiting list', () => {
  it('confirms while places remain, then waits in order; a cancellation promotes the first waiting, who is told', async () => {
    const e = await createEvent();
    const a = await registerAs(alice, e.id);
    const b = await registerAs(bob, e.id);
    const c = await registerAs(carol, e.id);
    const d = await registerAs(outsider, e.id);
    expect([a, b, c, d].map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect([a, b, c, d].map((r) => r.json.status)).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
    expect([c.json.position, d.json.position]).toEqual([1, 2]);
    expect(a.json.shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(c.json.shortCode).toBeNull();
    // Once per account while live.
    expect((await registerAs(alice, e.id)).status).toBe(409);

    const cancel = await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice });
    expect(cancel.status).toBe(200);
    expect(cancel.json.status).toBe('cancelled');
    const event = await t.request('GET', `/api/events/${e.id}`, { as: carol });
    expect(event.json).toMatchObject({ confirmed: 2, waiting: 1, myRegistration: { status: 'confirmed' } });
    expect(
      (await t.request('GET', `/api/events/${e.id}`, { as: outsider })).json.myRegistration.position,
    ).toBe(1);
    const told = (await t.db.select().from(notifications)).filter((n) => n.kind === 'event-promoted');
    expect(told.map((n) => n.userId)).toEqual([carol.id]);

    // A waiting entry leaving frees no place and promotes no one.
    await t.request('POST', `/api/event-registrations/${d.json.id}/cancel`, { as: outsider });
    expect((await t.request('GET', `/api/events/${e.id}`)).json).toMatchObject({ confirmed: 2, waiting: 0 });
    // Cancelling twice, or someone else's registration.
    expect(
      (await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice })).status,
    ).toBe(409);
    expect(
      (await t.request('POST', `/api/event-registrations/${b.json.id}/cancel`, { as: alice })).status,
    ).toBe(404);
  });

  it('a smaller capacity than the places taken is 409; a larger one promotes in order', async () => {
    const e = await createEvent();
    for (const s of [alice, bob, carol, outsider]) await registerAs(s, e.id);
    const down = await t.request('PATCH', `/api/events/${e.id}`, { as: organiser, body: { capacity: 1 } });
    expect(down.status).toBe(409);
    expect(paths(down.json)).toEqual(['body.capacity']);
    const up = await t.request('PATCH', `/api/events/${e.id}`, { as: organiser, body: { capacity: 3 } });
    expect(up.json).toMatchObject({ confirmed: 3, waiting: 1 });
    expect((await t.request('GET', `/api/events/${e.id}`, { as: carol })).json.myRegistration.status).toBe(
      'confirmed',
    );
    expect((await t.request('GET', `/api/events/${e.id}`, { as: outsider })).json.myRegistration.status).toBe(
      'waiting',
    );
  });

  it('registration answers are checked with the surveys rules, naming the question', async () => {
    const e = await createEvent({
      questions: {
        questions: [
          {
            key: 'diet',
            type: 'single',
            label: { en: 'Lunch' },
            required: true,
            choices: [
              { key: 'any', label: { en: 'Anything' } },
              { key: 'veg', label: { en: 'Vegetarian' } },
            ],
          },
        ],
      },
    });
    const missing = await registerAs(alice, e.id);
    expect(missing.status).toBe(400);
    expect(paths(missing.json)).toEqual(['body.answers.diet']);
    const wrong = await registerAs(alice, e.id, { answers: { diet: 'fish' } });
    expect(paths(wrong.json)).toEqual(['body.answers.diet']);
    const ok = await registerAs(alice, e.id, { answers: { diet: 'veg' } });
    expect(ok.status).toBe(201);
    const list = await t.request('GET', `/api/events/${e.id}/registrations`, { as: organiser });
    expect(list.json.items[0].answers).toEqual({ diet: 'veg' });
    // The answers were given to these questions: they stay as they are now that someone has registered.
    const current = await t.request('GET', `/api/events/${e.id}`, { as: organiser });
    const change = await t.request('PATCH', `/api/events/${e.id}`, {
      as: organiser,
      headers: { 'if-match': current.res.headers.get('etag')! },
      body: { questions: null },
    });
    expect(change.status).toBe(409);
    expect(paths(change.json)).toEqual(['body.questions']);
  });

  it('registration opens and closes with its window', async () => {
    const e = await createEvent({ registrationOpensAt: '2027-06-02T00:00:00+09:00' });
    const early = await registerAs(alice, e.id);
    expect(early.status).toBe(409);
    now = new Date('2027-06-02T00:00:00+09:00');
    expect((await registerAs(alice, e.id)).status).toBe(201);
    now = new Date('2027-06-10T12:00:00+09:00');
    expect((await registerAs(bob, e.id)).status).toBe(409);
  });
});

describe('the cancellation cut-off', () => {
  it('a day before the start by default, on the injected clock', async () => {
    const e = await createEvent();
    const a = await registerAs(alice, e.id);
    now = new Date('2027-06-09T12:00:00+09:00'); // exactly 24 h before
    const late = await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice });
    expect(late.status).toBe(409);
    now = new Date('2027-06-09T11:59:59+09:00');
    expect((await t.request('GET', `/api/events/${e.id}`, { as: alice })).json.myRegistration.mayCancel).toBe(
      true,
    );
    expect(
      (await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice })).status,
    ).toBe(200);
  });

  it('a place on the waiting list may be withdrawn after the cut-off, until the start', async () => {
    const e = await createEvent({ capacity: 1 });
    await registerAs(alice, e.id);
    const b = await registerAs(bob, e.id);
    expect(b.json.status).toBe('waiting');
    now = new Date('2027-06-10T11:00:00+09:00'); // past the 24-hour cut-off, before the start
    const mine = (await t.request('GET', `/api/events/${e.id}`, { as: bob })).json.myRegistration;
    expect(mine.mayCancel).toBe(true);
    expect((await t.request('GET', `/api/events/${e.id}`, { as: alice })).json.myRegistration.mayCancel).toBe(
      false,
    );
    expect(
      (await t.request('POST', `/api/event-registrations/${b.json.id}/cancel`, { as: bob })).status,
    ).toBe(200);
    const c = await registerAs(carol, e.id);
    now = new Date('2027-06-10T12:00:00+09:00');
    expect(
      (await t.request('POST', `/api/event-registrations/${c.json.id}/cancel`, { as: carol })).status,
    ).toBe(409);
  });

  it("follows the event's own setting", async () => {
    const e = await createEvent({ cancelCutoffHours: 2 });
    const a = await registerAs(alice, e.id);
    now = new Date('2027-06-10T09:59:00+09:00');
    expect(
      (await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice })).status,
    ).toBe(200);
  });
});

describe('audience', () => {
  it('an invited-only event is a 404 and absent from lists for everyone not invited', async () => {
    const e = await createEvent({ audience: 'invited', invitedOrganizations: ['acme'], invitedAccounts: [] });
    await createEvent({ key: 'open-one' });
    const listFor = async (as?: Session) =>
      (await t.request('GET', '/api/events', { as })).json.items.map((x: { key: string }) => x.key);
    expect(await listFor(carol)).toEqual(['open-one']);
    expect(await listFor()).toEqual(['open-one']);
    expect((await t.request('GET', `/api/events/${e.id}`, { as: carol })).status).toBe(404);
    expect((await t.request('GET', `/api/events/${e.id}`)).status).toBe(404);
    expect((await registerAs(carol, e.id)).status).toBe(404);
    // The invited organisation, the organiser and admins see it.
    expect(await listFor(alice)).toEqual(['lunch-june', 'open-one']);
    expect(
      (await t.request('GET', `/api/events/${e.id}`, { as: organiser })).json.invitedOrganizations,
    ).toEqual(['acme']);
    expect((await t.request('GET', `/api/events/${e.id}`, { as: alice })).json.invitedOrganizations).toEqual(
      [],
    );
    expect((await t.request('GET', `/api/events/${e.id}`, { as: admin })).status).toBe(200);
    expect((await registerAs(alice, e.id)).status).toBe(201);
  });

  it('an invited account sees the event without its organisation being invited', async () => {
    const email = (await t.db.select().from(users)).find((u) => u.id === carol.id)!.email;
    const e = await createEvent({ audience: 'invited', invitedAccounts: [email] });
    expect((await t.request('GET', `/api/events/${e.id}`, { as: carol })).status).toBe(200);
    expect((await t.request('GET', `/api/events/${e.id}`, { as: outsider })).status).toBe(404);
  });

  it("members' events are shown to accounts, not to visitors", async () => {
    const e = await createEvent({ audience: 'members' });
    expect((await t.request('GET', `/api/events/${e.id}`)).status).toBe(404);
    expect((await t.request('GET', `/api/events/${e.id}`, { as: carol })).status).toBe(200);
  });

  it('lists upcoming events soonest first, by kind, and past ones apart', async () => {
    await createEvent({
      key: 'later',
      startsAt: '2027-07-01T10:00:00+09:00',
      endsAt: '2027-07-01T11:00:00+09:00',
    });
    await createEvent({ key: 'sooner' });
    await createEvent({
      key: 'seminar',
      kind: 'seminar',
      startsAt: '2027-06-20T10:00:00+09:00',
      endsAt: '2027-06-20T11:00:00+09:00',
    });
    await createEvent({
      key: 'gone',
      startsAt: '2027-05-01T10:00:00+09:00',
      endsAt: '2027-05-01T11:00:00+09:00',
    });
    const keys = async (q: string) =>
      (await t.request('GET', `/api/events${q}`)).json.items.map((x: { key: string }) => x.key);
    expect(await keys('')).toEqual(['sooner', 'seminar', 'later']);
    expect(await keys('?kind=lunch-meeting')).toEqual(['sooner', 'later']);
    expect(await keys('?when=past')).toEqual(['gone']);
    expect((await t.request('GET', '/api/events?kind=party')).status).toBe(400);
  });
});

describe('check-in', () => {
  it('a code works once, at its own event only, typed loosely; attendance and no-shows are counted', async () => {
    const e = await createEvent({ capacity: 3 });
    const other = await createEvent({ key: 'other' });
    const a = await registerAs(alice, e.id);
    const b = await registerAs(bob, e.id);
    await registerAs(carol, e.id);
    const elsewhere = await registerAs(outsider, other.id);
    // Unguessable: the QR token carries 256 random bits; the short code 40, and only the organiser may try it.
    expect(a.json.checkinToken.length).toBeGreaterThanOrEqual(43);
    expect(a.json.checkinToken).not.toBe(b.json.checkinToken);

    const checkIn = (code: string, as: Session = organiser, id = e.id) =>
      t.request('POST', `/api/events/${id}/check-ins`, { as, body: { code } });
    const first = await checkIn(a.json.shortCode.toLowerCase());
    expect(first.status).toBe(200);
    expect(first.json.account.name).toBe('member');
    expect((await checkIn(a.json.shortCode)).status).toBe(409);
    expect((await checkIn(elsewhere.json.shortCode)).status).toBe(404);
    expect((await checkIn('ZZZZ-ZZZZ')).status).toBe(404);
    expect((await checkIn(b.json.shortCode, alice)).status).toBe(403);
    expect((await checkIn('')).status).toBe(400);
    // The QR code's token works the same way, once.
    expect((await checkIn(b.json.checkinToken)).status).toBe(200);
    expect((await checkIn(b.json.checkinToken)).status).toBe(409);

    const during = await t.request('GET', `/api/events/${e.id}/registrations`, { as: organiser });
    expect(during.json.summary).toMatchObject({ confirmed: 3, checkedIn: 2, noShows: null });
    now = new Date('2027-06-10T13:00:00+09:00');
    const after = await t.request('GET', `/api/events/${e.id}/registrations`, { as: organiser });
    expect(after.json.summary).toMatchObject({ checkedIn: 2, noShows: 1 });
    expect((await t.request('GET', `/api/events/${e.id}/registrations`, { as: alice })).status).toBe(403);
  });

  it('a waiting registration has no code that works, and no QR code', async () => {
    const e = await createEvent({ capacity: 1 });
    await registerAs(alice, e.id);
    const w = await registerAs(bob, e.id);
    const mine = await t.request('GET', '/api/event-registrations', { as: bob });
    expect(mine.json.items[0]).toMatchObject({ status: 'waiting', checkinToken: null, shortCode: null });
    expect((await t.request('GET', `/api/event-registrations/${w.json.id}/qr.svg`, { as: bob })).status).toBe(
      404,
    );
  });

  it('the QR code is an SVG of the token, for its registrant only', async () => {
    const e = await createEvent();
    const a = await registerAs(alice, e.id);
    const qr = await t.request('GET', `/api/event-registrations/${a.json.id}/qr.svg`, { as: alice });
    expect(qr.status).toBe(200);
    expect(qr.res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.res.text()).toContain('<svg');
    expect((await t.request('GET', `/api/event-registrations/${a.json.id}/qr.svg`, { as: bob })).status).toBe(
      404,
    );
  });
});

describe('200 simultaneous registrations for 50 places', () => {
  it('give exactly 50 confirmed and a waiting list of 150 in arrival order', async () => {
    const e = await createEvent({ capacity: 50 });
    const sessions = await t.crowd('person', 200);
    // On PostgreSQL the requests are spread over several server processes (their own pools).
    const apps = [t.request, await t.peer(), await t.peer()];
    const results = await Promise.all(
      sessions.map((as, i) =>
        apps[i % apps.length]!('POST', `/api/events/${e.id}/registrations`, { as, body: {} }),
      ),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const list = await t.request('GET', `/api/events/${e.id}/registrations`, { as: organiser });
    expect(list.json.summary).toMatchObject({ capacity: 50, confirmed: 50, waiting: 150 });
    const items = list.json.items as { seq: number; status: string; position: number | null }[];
    const confirmedSeqs = items.filter((x) => x.status === 'confirmed').map((x) => x.seq);
    const waiting = items.filter((x) => x.status === 'waiting');
    // Arrival order: every confirmed place was decided before every waiting one, and positions follow arrival.
    expect(Math.max(...confirmedSeqs)).toBeLessThan(Math.min(...waiting.map((x) => x.seq)));
    expect(waiting.map((x) => x.position)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect([...waiting.map((x) => x.seq)]).toEqual([...waiting.map((x) => x.seq)].sort((a, b) => a - b));
    const mine = results.map((r) => r.json as { status: string; position: number | null });
    expect(mine.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(
      mine
        .filter((r) => r.status === 'waiting')
        .map((r) => r.position)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect((await t.request('GET', `/api/events/${e.id}`)).json).toMatchObject({
      confirmed: 50,
      waiting: 150,
    });
  });
});

describe('calendar', () => {
  it('a registration as .ics, and the account feed with its live registrations', async () => {
    const e = await createEvent();
    const a = await registerAs(alice, e.id);
    const ics = await t.request('GET', `/api/event-registrations/${a.json.id}/calendar.ics`, { as: alice });
    expect(ics.status).toBe(200);
    const text = await ics.res.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART:20270610T030000Z');
    expect(text).toContain('STATUS:CONFIRMED');
    expect(
      (await t.request('GET', `/api/event-registrations/${a.json.id}/calendar.ics`, { as: bob })).status,
    ).toBe(404);

    const made = await t.request('POST', '/api/calendar-feed', { as: alice });
    expect(made.status).toBe(201);
    const path = new URL(made.json.url).pathname.replace('bookings.ics', 'events.ics');
    const feed = await t.request('GET', path);
    expect(feed.status).toBe(200);
    expect((await feed.res.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);
    await t.request('POST', `/api/event-registrations/${a.json.id}/cancel`, { as: alice });
    expect((await (await t.request('GET', path)).res.text()).match(/BEGIN:VEVENT/g)).toBeNull();
    expect((await t.request('GET', '/api/calendar-feeds/not-the-token-at-all/events.ics')).status).toBe(404);
  });
});

describe('the day-before reminder', () => {
  const runAt = (at: string) => {
    const scheduler = createScheduler(
      t.database,
      { db: t.db, config: t.deps.config, reference: t.deps.reference, clock: () => new Date(at) },
      [eventRemindersJob],
    );
    return scheduler.run(eventRemindersJob.name);
  };

  it('tells each confirmed registrant once, on the day before in Japan; not the waiting list', async () => {
    const e = await createEvent({ capacity: 1 });
    await registerAs(alice, e.id);
    await registerAs(bob, e.id);
    expect(await runAt('2027-06-08T23:59:00+09:00')).toMatchObject({ status: 'ran', result: 0 });
    expect(await runAt('2027-06-09T00:00:00+09:00')).toMatchObject({ status: 'ran', result: 1 });
    expect(await runAt('2027-06-09T18:00:00+09:00')).toMatchObject({ status: 'ran', result: 0 });
    const told = (await t.db.select().from(notifications)).filter((n) => n.kind === 'event-reminder');
    expect(told.map((n) => n.userId)).toEqual([alice.id]);
    expect(told[0]!.title).toMatchObject({ ja: expect.stringContaining('明日') });
  });
});

describe('the demo events', () => {
  it('load once, by demo organisers, all marked illustrative; an organiser missing from the bundle is skipped', async () => {
    await t.addOrganization({ key: 'mutsu-ogawara-incubation-demo', name: { ja: '事務局（例示）' } });
    await t.addOrganization({ key: 'rokkasho-village', name: { ja: '六ヶ所村' } });
    // Dated from the clock at seed time, by the Japanese day (07:30 in Japan is still the day before in UTC).
    now = new Date('2030-03-02T07:30:00+09:00');
    await loadDemoEvents(t.db, now);
    await loadDemoEvents(t.db, new Date('2031-01-01T00:00:00Z'));
    const visitor = await t.request('GET', '/api/events');
    const member = await t.request('GET', '/api/events', { as: carol });
    // Four events have their organiser here; the members' lunch is not shown to a visitor.
    expect(member.json.total).toBe(4);
    expect(visitor.json.items.map((e: { kind: string }) => e.kind)).toEqual([
      'residents-briefing',
      'open-factory',
      'brokerage',
    ]);
    for (const e of member.json.items) {
      expect(e.illustrative).toBe(true);
      expect(e.title.en).toMatch(/illustrative/);
      expect(e.lat).not.toBeNull();
    }
    // The members' lunch three weeks after the seed day, at noon Japan time; the second load changed nothing.
    const lunch = member.json.items.find((e: { key: string }) => e.key === 'demo-lunch');
    expect(lunch).toMatchObject({ startsAt: '2030-03-23T03:00:00.000Z', endsAt: '2030-03-23T04:00:00.000Z' });
    // The open factory comes with four tours of 20 and its safety rules.
    const factory = member.json.items.find((e: { kind: string }) => e.kind === 'open-factory');
    expect(factory.tourSlots.map((x: { capacity: number }) => x.capacity)).toEqual([20, 20, 20, 20]);
    expect(factory.tourSlots[0].startsAt).toBe('2030-05-11T01:00:00.000Z');
    expect(factory.safetyRules.ja).toContain('安全靴');
    // The brokerage day comes with its 20-minute slots (13:00–16:00: nine), on its own day.
    const brokerage = member.json.items.find((e: { kind: string }) => e.kind === 'brokerage');
    expect(brokerage.startsAt).toBe('2030-06-08T04:00:00.000Z');
    const slots = await t.request('GET', `/api/events/${brokerage.id}/brokerage`, { as: carol });
    expect(slots.json).toMatchObject({ slotMinutes: 20, tables: 10 });
    expect(slots.json.slots).toHaveLength(9);
  });
});
