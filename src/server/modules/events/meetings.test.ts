import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlacements, storedPlacements } from './meetings.queries.ts';

// Brokerage events through the HTTP API on both engines: requests only across organisations, accept and
// decline, one open request per pair (also when both ask at once), scheduling with no person or table twice
// in a slot (read from the stored rows), unavailable slots respected, the agenda and the calendar feed, and
// bad input named by field.

let t: TestApp;
let organiser: Session & { id: string };
let alice: Session & { id: string };
let bob: Session & { id: string };
let carol: Session & { id: string };
let dave: Session & { id: string };
let stranger: Session & { id: string };
let eventId: string;
let betaId: string;
const now = new Date('2027-06-01T09:00:00+09:00');

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
});

const register = async (as: Session) => {
  const r = await t.request('POST', `/api/events/${eventId}/registrations`, { as, body: {} });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
};

beforeEach(async () => {
  await t.reset();
  const host = await t.addOrganization({ key: 'host' });
  const acme = await t.addOrganization({ key: 'acme' });
  const beta = await t.addOrganization({ key: 'beta' });
  const gamma = await t.addOrganization({ key: 'gamma' });
  betaId = beta.id;
  organiser = await t.signIn('member', host.id);
  alice = await t.signIn('member', acme.id);
  bob = await t.signIn('member', acme.id);
  carol = await t.signIn('member', beta.id);
  dave = await t.signIn('member', gamma.id);
  stranger = await t.signIn('member', gamma.id);
  const made = await t.request('POST', '/api/events', {
    as: organiser,
    body: {
      key: 'broker',
      kind: 'brokerage',
      organizer: 'host',
      title: { ja: '商談会', en: 'Brokerage day' },
      startsAt: '2027-06-10T10:00:00+09:00',
      endsAt: '2027-06-10T11:00:00+09:00',
      capacity: 20,
    },
  });
  expect(made.status).toBe(201);
  eventId = made.json.id;
  for (const p of [alice, bob, carol, dave]) await register(p);
});

const configure = (body: object, as: Session = organiser) =>
  t.request('PUT', `/api/events/${eventId}/brokerage`, { as, body });
const ask = (as: Session, other: { id: string }) =>
  t.request('POST', `/api/events/${eventId}/meetings`, { as, body: { with: other.id } });
const answer = (as: Session, id: string, a: 'accept' | 'decline') =>
  t.request('POST', `/api/brokerage-meetings/${id}/answer`, { as, body: { answer: a } });
const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

async function accepted(from: Session, to: Session & { id: string }) {
  const r = await ask(from, to);
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  expect((await answer(to, r.json.id, 'accept')).status).toBe(200);
  return r.json.id as string;
}

describe('settings and slots', () => {
  it('the organiser sets 20-minute slots from the start and end; others cannot; bad input names the field', async () => {
    const r = await configure({ slotMinutes: 20, tables: 2 });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-06-10T01:00:00.000Z',
      '2027-06-10T01:20:00.000Z',
      '2027-06-10T01:40:00.000Z',
    ]);
    expect((await configure({ slotMinutes: 20, tables: 2 }, alice)).status).toBe(403);
    const bad = await configure({ slotMinutes: 2, tables: 0 });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(expect.arrayContaining(['body.slotMinutes', 'body.tables']));
    const long = await configure({ slotMinutes: 90, tables: 1 });
    expect(long.status).toBe(400);
    expect(paths(long.json)).toEqual(['body.slotMinutes']);
  });
});

describe('meeting requests', () => {
  it('go across organisations only, to participants only', async () => {
    const same = await ask(alice, bob);
    expect(same.status).toBe(400);
    expect(paths(same.json)).toEqual(['body.with']);
    const notThere = await ask(alice, stranger);
    expect(notThere.status).toBe(400);
    expect(paths(notThere.json)).toEqual(['body.with']);
    expect((await ask(stranger, alice)).status).toBe(403);
    const bad = await t.request('POST', `/api/events/${eventId}/meetings`, {
      as: alice,
      body: { with: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.with']);
    const ok = await ask(alice, carol);
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ status: 'requested', mine: 'outgoing', invitee: { id: carol.id } });
  });

  it('the invitee accepts or declines, once; the requester cannot answer', async () => {
    const r = await ask(alice, carol);
    expect((await answer(alice, r.json.id, 'accept')).status).toBe(403);
    expect((await answer(dave, r.json.id, 'accept')).status).toBe(404);
    const yes = await answer(carol, r.json.id, 'accept');
    expect(yes.status).toBe(200);
    expect(yes.json).toMatchObject({ status: 'accepted', mine: 'incoming' });
    expect((await answer(carol, r.json.id, 'decline')).status).toBe(409);
    const d = await ask(alice, dave);
    expect((await answer(dave, d.json.id, 'decline')).json.status).toBe('declined');
    const badAnswer = await t.request('POST', `/api/brokerage-meetings/${d.json.id}/answer`, {
      as: dave,
      body: { answer: 'maybe' },
    });
    expect(badAnswer.status).toBe(400);
    expect(paths(badAnswer.json)).toEqual(['body.answer']);
  });

  it('one open request per pair, whoever asks, even at the same moment; a declined pair may ask again', async () => {
    const both = await Promise.all([ask(alice, carol), ask(carol, alice), ask(alice, carol)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const loser = both.find((r) => r.status === 409)!;
    expect(paths(loser.json)).toEqual(['body.with']);
    const won = both.find((r) => r.status === 201)!;
    const invitee = won.json.invitee.id === carol.id ? carol : alice;
    await answer(invitee, won.json.id, 'decline');
    expect((await ask(alice, carol)).status).toBe(201);
  });
});

describe('scheduling', () => {
  it('places accepted meetings with no person or table twice in a slot, read from the stored rows', async () => {
    expect(
      (await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser })).status,
    ).toBe(409);
    await configure({ slotMinutes: 20, tables: 1 });
    // Alice meets three people and there are three slots and one table: one meeting per slot.
    await accepted(alice, carol);
    await accepted(alice, dave);
    await accepted(bob, carol);
    await accepted(bob, dave);
    await ask(carol, dave); // requested only: not scheduled
    expect((await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: alice })).status).toBe(
      403,
    );
    const run = await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    expect(run.status, JSON.stringify(run.json)).toBe(200);
    expect(run.json).toMatchObject({ placed: 3, bound: 3, meetings: 4 });
    expect(run.json.unplaced).toHaveLength(1);
    const rows = await storedPlacements(t.db, eventId);
    expect(rows).toHaveLength(6);
    const slotPerson = new Set(rows.map((r) => `${r.slotId}/${r.userId}`));
    expect(slotPerson.size).toBe(rows.length);
    const slotTable = new Set(rows.map((r) => `${r.slotId}/${r.tableNo}`));
    expect(slotTable.size).toBe(3);

    // A second run replaces the first rather than adding to it.
    await configure({ slotMinutes: 20, tables: 2 });
    const again = await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    expect(again.json).toMatchObject({ placed: 4, bound: 4, unplaced: [] });
    expect(await storedPlacements(t.db, eventId)).toHaveLength(8);
  });

  it('the database itself refuses a person or a table twice in one slot', async () => {
    const set = await configure({ slotMinutes: 20, tables: 2 });
    const slot = set.json.slots[0].id as string;
    const one = await accepted(alice, carol);
    const two = await accepted(alice, dave);
    const three = await accepted(bob, dave);
    await insertPlacements(t.db, eventId, [
      { meetingId: one, slotId: slot, tableNo: 1, userIds: [alice.id, carol.id] },
    ]);
    await expect(
      t.db.transaction((tx) =>
        insertPlacements(tx, eventId, [
          { meetingId: two, slotId: slot, tableNo: 2, userIds: [alice.id, dave.id] },
        ]),
      ),
    ).rejects.toThrow();
    await expect(
      t.db.transaction((tx) =>
        insertPlacements(tx, eventId, [
          { meetingId: three, slotId: slot, tableNo: 1, userIds: [bob.id, dave.id] },
        ]),
      ),
    ).rejects.toThrow();
    expect(await storedPlacements(t.db, eventId)).toHaveLength(2);
  });

  it("respects everyone's unavailable slots and names a bad slot", async () => {
    const set = await configure({ slotMinutes: 20, tables: 5 });
    const [first, second, third] = set.json.slots as { id: string }[];
    const bad = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: carol,
      body: { offers: [], seeks: [], unavailableSlots: [first!.id, '00000000-0000-4000-8000-000000000000'] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.unavailableSlots[1]']);
    const ok = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: carol,
      body: { offers: [], seeks: [], unavailableSlots: [first!.id, second!.id] },
    });
    expect(ok.status).toBe(200);
    const m = await accepted(alice, carol);
    const run = await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    expect(run.json.placed).toBe(1);
    const rows = await storedPlacements(t.db, eventId);
    expect(rows.every((r) => r.meetingId === m && r.slotId === third!.id)).toBe(true);

    await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: alice,
      body: { offers: [], seeks: [], unavailableSlots: [third!.id] },
    });
    const none = await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    expect(none.json).toMatchObject({ placed: 0, unplaced: [{ meetingId: m, reason: 'no_common_slot' }] });

    // New slots replace the old ones: the old unavailable marks no longer apply, and scheduling still works.
    const again = await configure({ slotMinutes: 30, tables: 5 });
    expect(again.json.slots).toHaveLength(2);
    const mine = await t.request('GET', `/api/events/${eventId}/brokerage`, { as: carol });
    expect(mine.json.me.unavailableSlots).toEqual([]);
    const rerun = await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    expect(rerun.status, JSON.stringify(rerun.json)).toBe(200);
    expect(rerun.json.placed).toBe(1);
  });
});

describe('agenda, calendar feed, suggestions, held', () => {
  it("shows each side their meeting with time, table and the other side, and puts it in the account's feed", async () => {
    await configure({ slotMinutes: 20, tables: 3 });
    const id = await accepted(alice, carol);
    await t.request('POST', `/api/events/${eventId}/brokerage/schedule`, { as: organiser });
    for (const [me, other] of [
      [alice, carol],
      [carol, alice],
    ] as const) {
      const b = await t.request('GET', `/api/events/${eventId}/brokerage`, { as: me });
      expect(b.status).toBe(200);
      expect(b.json.agenda).toHaveLength(1);
      const [entry] = b.json.agenda;
      expect(entry.id).toBe(id);
      expect(entry.slot.startsAt).toBe('2027-06-10T01:00:00.000Z');
      expect(entry.table).toBe(1);
      const otherSide = entry.mine === 'outgoing' ? entry.invitee : entry.requester;
      expect(otherSide.id).toBe(other.id);
    }
    expect((await t.request('GET', `/api/events/${eventId}/brokerage`, { as: dave })).json.agenda).toEqual(
      [],
    );
    const anonymous = await t.request('GET', `/api/events/${eventId}/brokerage`);
    expect(anonymous.json.participants).toEqual([]);

    const feed = await t.request('POST', '/api/calendar-feed', { as: carol });
    const path = new URL(feed.json.url).pathname.replace('bookings.ics', 'events.ics');
    const text = await (await t.request('GET', path)).res.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2); // the registration and the meeting
    expect(text).toContain(`${id}@`);
    expect(text).toContain('20270610T010000Z');

    expect((await t.request('POST', `/api/brokerage-meetings/${id}/held`, { as: alice })).status).toBe(403);
    const held = await t.request('POST', `/api/brokerage-meetings/${id}/held`, { as: organiser });
    expect(held.json.status).toBe('held');
    expect((await t.request('POST', `/api/brokerage-meetings/${id}/held`, { as: organiser })).status).toBe(
      409,
    );
  });

  it('a held meeting becomes an introduction at "meeting held" that the funnel counts; an open one moves on', async () => {
    await configure({ slotMinutes: 20, tables: 3 });
    const admin = await t.signIn('admin');
    // Alice names her organisation's need for the event: the introduction starts from it.
    const need = await t.request('POST', '/api/needs', {
      as: alice,
      body: { category: 'supplier', title: { en: 'Cryogenic valves' }, technologies: ['HCD.gyrotron'] },
    });
    expect(need.status, JSON.stringify(need.json)).toBe(201);
    await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: alice,
      body: { offers: [], seeks: [{ text: { en: 'valves' }, technologyCodes: [], needId: need.json.id }] },
    });
    // Dave's organisation already asked Carol's for an introduction (still unanswered).
    const daveNeed = await t.request('POST', '/api/needs', {
      as: dave,
      body: { category: 'partner', title: { en: 'Partner' }, technologies: ['HCD.gyrotron'] },
    });
    const open = await t.request('POST', '/api/introductions', {
      as: dave,
      body: {
        fromKind: 'need',
        fromId: daveNeed.json.id,
        toType: 'organization',
        toId: betaId,
        message: 'hi',
      },
    });
    expect(open.status, JSON.stringify(open.json)).toBe(201);

    const first = await accepted(alice, carol);
    const second = await accepted(dave, carol);
    const third = await accepted(carol, bob); // Carol's organisation has no need or seed: nothing to start from
    const held = async (id: string) => {
      const r = await t.request('POST', `/api/brokerage-meetings/${id}/held`, { as: organiser });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      return r.json.introductionId as string | null;
    };
    const introA = await held(first);
    expect(introA).not.toBeNull();
    const a = await t.request('GET', `/api/introductions/${introA}`, { as: alice });
    expect(a.json).toMatchObject({ state: 'meeting', from: { id: need.json.id, kind: 'need' } });
    expect(a.json.to.organization.id).toBe(betaId);
    expect(a.json.events.map((e: { to: string }) => e.to)).toEqual(['requested', 'accepted', 'meeting']);
    expect(await held(second)).toBe(open.json.id);
    const d = await t.request('GET', `/api/introductions/${open.json.id}`, { as: dave });
    expect(d.json.state).toBe('meeting');
    expect(d.json.events.map((e: { from: string | null; to: string }) => `${e.from}>${e.to}`)).toEqual([
      'null>requested',
      'requested>accepted',
      'accepted>meeting',
    ]);
    expect(await held(third)).toBeNull();
    // The coordinator's funnel for the month: two requested, both accepted and met.
    const board = await t.request('GET', '/api/introductions/board', { as: admin });
    expect(board.json.conversion.find((m: { month: string }) => m.month === '2027-06')).toMatchObject({
      requested: 1,
      accepted: 1,
      meeting: 1,
    });
  });

  it('ranks other organisations by shared technology codes and says why', async () => {
    const profile = (as: Session, offers: string[], seeks: string[]) =>
      t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
        as,
        body: {
          offers: [{ text: { en: 'offer' }, technologyCodes: offers }],
          seeks: [{ text: { ja: '求む' }, technologyCodes: seeks }],
        },
      });
    expect((await profile(alice, ['magnets'], ['tritium'])).status).toBe(200);
    await profile(bob, ['tritium'], ['magnets']); // same organisation: never suggested
    await profile(carol, ['tritium'], ['magnets']);
    await profile(dave, ['magnets'], []);
    const r = await t.request('GET', `/api/events/${eventId}/brokerage/suggestions`, { as: alice });
    expect(r.status).toBe(200);
    expect(r.json.method).toBe('shared-technology-codes');
    expect(r.json.items.map((x: { id: string }) => x.id)).toEqual([carol.id, dave.id]);
    expect(r.json.items[0]).toMatchObject({ score: 6, sharedCodes: ['magnets', 'tritium'] });
    const bad = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: alice,
      body: { offers: [{ text: {}, technologyCodes: [] }], seeks: [] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)[0]).toMatch(/^body\.offers\[0\]\.text/);
    expect(
      (await t.request('GET', `/api/events/${eventId}/brokerage/suggestions`, { as: stranger })).status,
    ).toBe(403);
    const notOurs = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: alice,
      body: {
        offers: [{ text: { en: 'x' }, seedId: '00000000-0000-4000-8000-000000000001' }],
        seeks: [{ text: { en: 'y' }, needId: '00000000-0000-4000-8000-000000000002' }],
      },
    });
    expect(notOurs.status).toBe(400);
    expect(paths(notOurs.json)).toEqual(['body.offers[0].seedId', 'body.seeks[0].needId']);
    const need = await t.request('POST', '/api/needs', {
      as: alice,
      body: {
        category: 'supplier',
        title: { ja: '超伝導線材の調達' },
        body: { ja: '試験コイルに使う超伝導線材を探しています。' },
        technologies: ['MAG.hts'],
      },
    });
    expect(need.status, JSON.stringify(need.json)).toBe(201);
    const linked = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: alice,
      body: { offers: [], seeks: [{ text: { ja: '線材' }, needId: need.json.id }] },
    });
    expect(linked.status, JSON.stringify(linked.json)).toBe(200);
    expect(linked.json.me.seeks[0].needId).toBe(need.json.id);
    // Another organisation's participant cannot link it.
    const foreign = await t.request('PUT', `/api/events/${eventId}/brokerage/profile`, {
      as: carol,
      body: { offers: [], seeks: [{ text: { ja: '線材' }, needId: need.json.id }] },
    });
    expect(paths(foreign.json)).toEqual(['body.seeks[0].needId']);
  });
});
