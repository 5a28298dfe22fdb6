import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// An open factory's tour slots through the HTTP API on both engines: the organiser sets several tours a day,
// bad slots are named by field, a registration picks a slot, a full slot is a 409 even when 30 people ask at
// once for 10 places, a cancelled place goes back to its slot, and the safety rules come with the event.

let t: TestApp;
let organiser: Session & { id: string };
let visitor: Session & { id: string };
let other: Session & { id: string };
let eventId: string;
const now = new Date('2027-05-01T09:00:00+09:00');

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
});

beforeEach(async () => {
  await t.reset();
  const host = await t.addOrganization({ key: 'host' });
  organiser = await t.signIn('member', host.id);
  visitor = await t.signIn('person');
  other = await t.signIn('person');
  const made = await t.request('POST', '/api/events', {
    as: organiser,
    body: {
      key: 'open-factory',
      kind: 'open-factory',
      organizer: 'host',
      title: { ja: 'オープンファクトリー', en: 'Open factory' },
      lat: 40.95,
      lng: 141.33,
      startsAt: '2027-05-15T10:00:00+09:00',
      endsAt: '2027-05-15T16:00:00+09:00',
      capacity: 40,
      safetyRules: { ja: '安全靴を着用', en: 'Wear safety shoes' },
    },
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
  eventId = made.json.id;
});

const setSlots = (slots: object[], as: Session = organiser) =>
  t.request('PUT', `/api/events/${eventId}/tour-slots`, { as, body: { slots } });
const slot = (from: string, to: string, capacity: number) => ({
  startsAt: `2027-05-15T${from}:00+09:00`,
  endsAt: `2027-05-15T${to}:00+09:00`,
  capacity,
});
const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);
const register = (as: Session, tourSlotId?: string) =>
  t.request('POST', `/api/events/${eventId}/registrations`, { as, body: tourSlotId ? { tourSlotId } : {} });

describe('tour slots', () => {
  it('the organiser sets several tours a day; bad ones are named by field; others cannot', async () => {
    expect((await setSlots([slot('10:00', '11:00', 10)], visitor)).status).toBe(403);
    const bad = await setSlots([
      slot('09:00', '10:30', 10), // before the event
      slot('11:00', '10:30', 10), // ends before it starts
      slot('12:00', '13:00', 10),
      slot('12:00', '13:00', 30), // same start; and 60 places > 40
    ]);
    expect(bad.status).toBe(400);
    expect(paths(bad.json).sort()).toEqual([
      'body.slots',
      'body.slots[0].startsAt',
      'body.slots[1].endsAt',
      'body.slots[3].startsAt',
    ]);
    const ok = await setSlots([
      slot('10:00', '11:00', 10),
      slot('13:00', '14:00', 10),
      slot('15:00', '16:00', 5),
    ]);
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    const event = await t.request('GET', `/api/events/${eventId}`);
    expect(event.json.safetyRules).toEqual({ ja: '安全靴を着用', en: 'Wear safety shoes' });
    expect(event.json.tourSlots.map((s: { startsAt: string; left: number }) => [s.startsAt, s.left])).toEqual(
      [
        ['2027-05-15T01:00:00.000Z', 10],
        ['2027-05-15T04:00:00.000Z', 10],
        ['2027-05-15T06:00:00.000Z', 5],
      ],
    );
  });

  it('a registration names its slot; a full slot is a 409 on tourSlotId; a cancelled place goes back', async () => {
    const made = await setSlots([slot('10:00', '11:00', 1), slot('13:00', '14:00', 2)]);
    const [first, second] = made.json.items as { id: string }[];
    expect(paths((await register(visitor)).json)).toEqual(['body.tourSlotId']);
    expect(paths((await register(visitor, '00000000-0000-4000-8000-000000000001')).json)).toEqual([
      'body.tourSlotId',
    ]);
    const mine = await register(visitor, first!.id);
    expect(mine.status).toBe(201);
    expect(mine.json).toMatchObject({ status: 'confirmed', tourSlotId: first!.id });
    const full = await register(other, first!.id);
    expect(full.status).toBe(409);
    expect(paths(full.json)).toEqual(['body.tourSlotId']);
    expect((await register(other, second!.id)).json.status).toBe('confirmed');
    // Registered: the slots stay as they are.
    expect((await setSlots([slot('10:00', '11:00', 3)])).status).toBe(409);
    expect(
      (await t.request('POST', `/api/event-registrations/${mine.json.id}/cancel`, { as: visitor })).status,
    ).toBe(200);
    const after = await t.request('GET', `/api/events/${eventId}`);
    expect(after.json.tourSlots.map((s: { taken: number }) => s.taken)).toEqual([0, 1]);
    expect(after.json.confirmed).toBe(1);
    expect((await register(visitor, first!.id)).json.status).toBe('confirmed');
  });

  it('only an open factory has tour slots', async () => {
    await t.request('POST', '/api/events', {
      as: organiser,
      body: {
        key: 'lunch',
        kind: 'lunch-meeting',
        organizer: 'host',
        title: { ja: 'ランチ' },
        startsAt: '2027-05-20T12:00:00+09:00',
        endsAt: '2027-05-20T13:00:00+09:00',
        capacity: 10,
      },
    });
    const lunch = (await t.request('GET', '/api/events?key=lunch', { as: organiser })).json.items[0];
    const r = await t.request('PUT', `/api/events/${lunch.id}/tour-slots`, {
      as: organiser,
      body: { slots: [slot('12:00', '12:30', 5)] },
    });
    expect(r.status).toBe(409);
    expect(paths(r.json)).toEqual(['body.slots']);
  });

  it('30 simultaneous registrations for a tour of 10 give exactly 10 places and 20 refusals', async () => {
    const made = await setSlots([slot('10:00', '11:00', 10), slot('13:00', '14:00', 10)]);
    const tour = made.json.items[0].id as string;
    const sessions = await t.crowd('person', 30);
    const apps = [t.request, await t.peer(), await t.peer()];
    const results = await Promise.all(
      sessions.map((as, i) =>
        apps[i % apps.length]!('POST', `/api/events/${eventId}/registrations`, {
          as,
          body: { tourSlotId: tour },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    const event = await t.request('GET', `/api/events/${eventId}`);
    expect(event.json.tourSlots.map((s: { taken: number }) => s.taken)).toEqual([10, 0]);
    const list = await t.request('GET', `/api/events/${eventId}/registrations`, { as: organiser });
    expect(list.json.summary).toMatchObject({ confirmed: 10, waiting: 0 });
  });
});
