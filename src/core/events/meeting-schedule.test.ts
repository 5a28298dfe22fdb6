import { describe, expect, it } from 'vitest';
import { createRandom } from '../mcda/random.ts';
import {
  type MeetingSchedule,
  MeetingScheduleError,
  type ScheduleInput,
  scheduleMeetings,
} from './meeting-schedule.ts';

const slots = (n: number) => Array.from({ length: n }, (_, s) => `s${s}`);
const people = (ids: string, unavailable: Record<string, string[]> = {}) =>
  ids.split('').map((id) => ({ id, unavailable: unavailable[id] ?? [] }));
/** 'AB' → a meeting of A and B, id m0, m1, … in order. */
const meetings = (...pairs: string[]) => pairs.map((p, i) => ({ id: `m${i}`, participants: p.split('') }));
const slotOf = (result: MeetingSchedule) =>
  Object.fromEntries(result.placements.map((p) => [p.meetingId, p.slotId]));

/** Every rule a schedule must keep, checked from the output alone. */
function expectValid(input: ScheduleInput, result: MeetingSchedule): void {
  const tables = typeof input.tables === 'number' ? input.tables : input.tables.length;
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const away = new Set(input.participants.flatMap((p) => (p.unavailable ?? []).map((s) => `${p.id}@${s}`)));
  const seen = new Set<string>();
  const perSlot = new Map<string, number>();
  for (const { meetingId, slotId, tableId } of result.placements) {
    expect(input.slots).toContain(slotId);
    expect(seen.has(`table ${tableId}@${slotId}`), `table ${tableId} twice in ${slotId}`).toBe(false);
    seen.add(`table ${tableId}@${slotId}`);
    expect(seen.has(meetingId), `${meetingId} placed twice`).toBe(false);
    seen.add(meetingId);
    for (const p of byId.get(meetingId)!.participants) {
      expect(away.has(`${p}@${slotId}`), `${p} is away in ${slotId}`).toBe(false);
      expect(seen.has(`${p}@${slotId}`), `${p} in two meetings in ${slotId}`).toBe(false);
      seen.add(`${p}@${slotId}`);
    }
    perSlot.set(slotId, (perSlot.get(slotId) ?? 0) + 1);
  }
  for (const n of perSlot.values()) expect(n).toBeLessThanOrEqual(tables);
  const accounted = [...result.placements, ...result.unplaced].map((x) => x.meetingId).sort();
  expect(accounted).toEqual(input.meetings.map((m) => m.id).sort());
  expect(result.placements.length).toBeLessThanOrEqual(result.bound.value);
}

/** The most meetings any valid schedule can place, by trying every slot (or none) for every meeting. */
function optimum(input: ScheduleInput): number {
  const tables = typeof input.tables === 'number' ? input.tables : input.tables.length;
  const away = new Set(input.participants.flatMap((p) => (p.unavailable ?? []).map((s) => `${p.id}@${s}`)));
  const busy = new Set<string>();
  const load = new Map<string, number>();
  let best = 0;
  const go = (i: number, placed: number) => {
    if (placed + input.meetings.length - i <= best) return;
    if (i === input.meetings.length) {
      best = placed;
      return;
    }
    const ps = input.meetings[i]!.participants;
    for (const slot of input.slots) {
      if ((load.get(slot) ?? 0) >= tables) continue;
      if (ps.some((p) => busy.has(`${p}@${slot}`) || away.has(`${p}@${slot}`))) continue;
      for (const p of ps) busy.add(`${p}@${slot}`);
      load.set(slot, (load.get(slot) ?? 0) + 1);
      go(i + 1, placed + 1);
      load.set(slot, load.get(slot)! - 1);
      for (const p of ps) busy.delete(`${p}@${slot}`);
    }
    go(i + 1, placed);
  };
  go(0, 0);
  return best;
}

/** Small random events (2–4 slots, 3–6 people, 3–8 meetings, 1–3 tables, a fifth of slots away). */
function smallEvent(seed: number): ScheduleInput {
  const random = createRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const ss = slots(2 + pick(3));
  const ps = 'ABCDEF'.slice(0, 3 + pick(4)).split('');
  return {
    slots: ss,
    tables: 1 + pick(3),
    participants: ps.map((id) => ({ id, unavailable: ss.filter(() => random() < 0.2) })),
    meetings: Array.from({ length: 3 + pick(6) }, (_, i) => {
      const a = pick(ps.length);
      const b = (a + 1 + pick(ps.length - 1)) % ps.length;
      return { id: `m${i}`, participants: [ps[a]!, ps[b]!] };
    }),
  };
}

// Each case worked by hand: the slots every meeting must take (or the count, where several schedules are
// best), the optimum, and why.
const cases: {
  name: string;
  input: ScheduleInput;
  placed: number;
  slots?: Record<string, string>;
  unplaced?: Record<string, string>;
}[] = [
  {
    // A meets B then C then D: one person, three slots, all placed in a row.
    name: 'conflicts: one participant in three meetings takes three slots',
    input: { slots: slots(3), tables: 3, participants: people('ABCD'), meetings: meetings('AB', 'AC', 'AD') },
    placed: 3,
    slots: { m0: 's0', m1: 's1', m2: 's2' },
  },
  {
    // Three people who all want to meet each other need three slots; with two, one meeting waits.
    name: 'conflicts: a triangle in two slots places two',
    input: { slots: slots(2), tables: 3, participants: people('ABC'), meetings: meetings('AB', 'AC', 'BC') },
    placed: 2,
    unplaced: { m2: 'conflicts' },
  },
  {
    // B is away in s0, so A–B goes to s1 and A–C (both free) keeps s0; D is away all day.
    name: 'unavailability: meetings go where everyone is in',
    input: {
      slots: slots(2),
      tables: 2,
      participants: people('ABCD', { B: ['s0'], D: ['s0', 's1'] }),
      meetings: meetings('AB', 'AC', 'AD'),
    },
    placed: 2,
    slots: { m0: 's1', m1: 's0' },
    unplaced: { m2: 'no_common_slot' },
  },
  {
    // Four meetings with no one in common, one table, two slots: two fit, the tables are the limit.
    name: 'table limits: one table, two slots, four meetings',
    input: {
      slots: slots(2),
      tables: 1,
      participants: people('ABCDEFGH'),
      meetings: meetings('AB', 'CD', 'EF', 'GH'),
    },
    placed: 2,
    slots: { m0: 's0', m1: 's1' },
    unplaced: { m2: 'tables_full', m3: 'tables_full' },
  },
  {
    // C is in only in s0, so C–D must be there, so D–E in s1, so E–F in s0: the one valid schedule.
    name: 'a chain of consequences from one person away',
    input: {
      slots: slots(2),
      tables: 2,
      participants: people('CDEF', { C: ['s1'] }),
      meetings: [
        { id: 'm0', participants: ['E', 'D'] },
        { id: 'm1', participants: ['C', 'D'] },
        { id: 'm2', participants: ['F', 'E'] },
      ],
    },
    placed: 3,
    slots: { m0: 's1', m1: 's0', m2: 's0' },
  },
  {
    // B has two slots and three meetings, D one slot (s1) and two: B–D at s1 serves both overbooked people,
    // but dropping it lets B–C and A–D in instead — 3 placed, not 2.
    name: 'overbooked people: drop the meeting they share',
    input: {
      slots: slots(2),
      tables: 2,
      participants: people('ABCD', { D: ['s0'] }),
      meetings: meetings('CB', 'BD', 'BC', 'CD', 'BA', 'AD'),
    },
    placed: 3,
  },
  {
    // H has four requests and three slots: the lowest priority (X, 0) is the one left out.
    name: 'priority decides which of an overbooked participant’s meetings waits',
    input: {
      slots: slots(3),
      tables: 4,
      participants: people('HXYZW'),
      meetings: [
        { id: 'x', participants: ['H', 'X'], priority: 0 },
        { id: 'y', participants: ['H', 'Y'], priority: 2 },
        { id: 'z', participants: ['H', 'Z'], priority: 1 },
        { id: 'w', participants: ['H', 'W'], priority: 1, requestedAt: '2027-01-01T00:00:00Z' },
      ],
    },
    placed: 3,
    unplaced: { x: 'participant_busy' },
  },
  {
    // B is in only in s0 and s1 and both B–A and B–D need s0 (A and D are away in s1): one waits. C–D is
    // free to go anywhere and ends in s0, the earliest slot with room, not where the repair left it.
    name: 'compaction: nothing left in a later slot than it needs',
    input: {
      slots: slots(4),
      tables: 3,
      participants: people('ABCD', { A: ['s1'], B: ['s2', 's3'], D: ['s1'] }),
      meetings: meetings('BC', 'CD', 'BA', 'BD'),
    },
    placed: 3,
    slots: { m0: 's1', m1: 's0', m2: 's0' },
    unplaced: { m3: 'participant_busy' },
  },
  {
    // A meeting of three (a partner brought along) blocks all three people in its slot, so A–D and C–E both
    // go to the other slot, and D–E, who are busy there, to the slot of the three.
    name: 'meetings of three',
    input: {
      slots: slots(2),
      tables: 2,
      participants: people('ABCDE'),
      meetings: meetings('ABC', 'AD', 'CE', 'DE'),
    },
    placed: 4,
    slots: { m0: 's0', m1: 's1', m2: 's1', m3: 's0' },
  },
];

describe('scheduleMeetings on hand-checked cases', () => {
  it.each(cases)('$name', ({ input, placed, slots: expected, unplaced }) => {
    const result = scheduleMeetings(input);
    expectValid(input, result);
    expect(result.placements).toHaveLength(placed);
    expect(optimum(input)).toBe(placed);
    // The bound is tight on all of these: placed = bound proves the schedule optimal.
    expect(result.bound.value).toBe(placed);
    if (expected) expect(slotOf(result)).toMatchObject(expected);
    if (unplaced) {
      expect(Object.fromEntries(result.unplaced.map((u) => [u.meetingId, u.reason]))).toEqual(unplaced);
    }
  });

  it.each([
    // Triangle: no one has more meetings than slots (participants 3), but a slot holds ⌊3 people / 2⌋ = 1.
    [1, { meetings: 3, slotCapacity: 2, participants: 3, value: 2 }],
    // One table in two slots.
    [3, { meetings: 4, slotCapacity: 2, participants: 4, value: 2 }],
    // H has four meetings and three slots: one is lost whatever the tables.
    [6, { meetings: 4, slotCapacity: 4, participants: 3, value: 3 }],
  ])('bound parts of case %i: %j', (i, parts) => {
    expect(scheduleMeetings(cases[i]!.input).bound).toEqual(parts);
  });

  it('names the participant whose calendar is full', () => {
    const result = scheduleMeetings(cases[6]!.input);
    expect(result.unplaced).toEqual([{ meetingId: 'x', reason: 'participant_busy', participantId: 'H' }]);
  });

  it('needs the repair pass where the greedy order goes wrong', () => {
    // The greedy shares early slots round-robin, so E–D (everyone's first request) takes s0 before C–D,
    // which can only be in s0; the repair moves E–D to s1 and E–F to s0.
    const input = cases[4]!.input;
    expect(scheduleMeetings(input, { repair: false }).placements).toHaveLength(2);
    expect(scheduleMeetings(input).placements).toHaveLength(3);
    // And the one-for-two exchange is what finds the third meeting for the overbooked pair.
    expect(scheduleMeetings(cases[5]!.input, { repair: false }).placements.length).toBeLessThan(3);
  });

  it('compacts after the repair', () => {
    const input = cases.find((c) => c.name.startsWith('compaction'))!.input;
    expect(slotOf(scheduleMeetings(input, { compact: false })).m1).toBe('s2');
  });
});

describe('scheduleMeetings against brute force on 400 small random events', () => {
  const events = Array.from({ length: 400 }, (_, i) => smallEvent(i + 1));
  const results = events.map((input) => ({ input, result: scheduleMeetings(input), best: optimum(input) }));

  it('keeps every rule and places as many meetings as the best schedule', () => {
    for (const { input, result, best } of results) {
      expectValid(input, result);
      expect(result.placements.length, JSON.stringify(input)).toBe(best);
    }
  });

  it('computes a bound never below the optimum, and equal to it in at least 95 % of events', () => {
    for (const { result, best } of results) expect(result.bound.value).toBeGreaterThanOrEqual(best);
    const tight = results.filter(({ result, best }) => result.bound.value === best).length;
    // Measured: 394 of 400.
    expect(tight).toBeGreaterThanOrEqual(380);
  });

  it('leaves no meeting in a slot later than one it could take (nothing piles into the last slots)', () => {
    for (const { input, result } of results) {
      const at = slotOf(result);
      const byId = new Map(input.meetings.map((m) => [m.id, m]));
      const away = new Set(
        input.participants.flatMap((p) => (p.unavailable ?? []).map((s) => `${p.id}@${s}`)),
      );
      const tables = input.tables as number;
      for (const [id, slot] of Object.entries(at)) {
        for (const earlier of input.slots.slice(0, input.slots.indexOf(slot))) {
          const here = Object.entries(at).filter(([, s]) => s === earlier);
          const blocked =
            here.length >= tables ||
            byId
              .get(id)!
              .participants.some(
                (p) =>
                  away.has(`${p}@${earlier}`) ||
                  here.some(([other]) => byId.get(other)!.participants.includes(p)),
              );
          expect(blocked, `${id} could move from ${slot} to ${earlier}`).toBe(true);
        }
      }
    }
  });
});

describe('fairness of early slots', () => {
  // One table, four slots: A and B each have two meetings. Handing A the first two slots makes B wait until
  // s2; sharing them gives A s0 and B s1. Every participant's first-meeting wait: A 0, X1 0, B 1, Y1 1, X2 2,
  // Y2 3 → mean 7/6 (A first would be 8/6, with B waiting 2).
  const input: ScheduleInput = {
    slots: slots(4),
    tables: 1,
    participants: ['A', 'B', 'X1', 'X2', 'Y1', 'Y2'].map((id) => ({ id })),
    meetings: [
      { id: 'a1', participants: ['A', 'X1'] },
      { id: 'a2', participants: ['A', 'X2'] },
      { id: 'b1', participants: ['B', 'Y1'] },
      { id: 'b2', participants: ['B', 'Y2'] },
    ],
  };

  it('gives everyone a first meeting before anyone a second', () => {
    const result = scheduleMeetings(input);
    expect(slotOf(result)).toEqual({ a1: 's0', b1: 's1', a2: 's2', b2: 's3' });
    expect(result.fairness.meanFirstWait).toBeCloseTo(7 / 6);
    expect(result.fairness.participants).toBe(6);
  });

  it('keeps every meeting at the front of the day when there is room', () => {
    // Forty slots, ten people each in three meetings with others: no meeting needs to go past slot 2 + a few.
    const people10 = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}` }));
    const ms = people10.flatMap((p, i) =>
      [1, 2, 3].map((d) => ({ id: `${p.id}-${d}`, participants: [p.id, `p${(i + d * 3) % 10}`] })),
    );
    const result = scheduleMeetings({ slots: slots(40), tables: 5, participants: people10, meetings: ms });
    expect(result.placements).toHaveLength(30);
    const last = Math.max(...result.placements.map((p) => Number(p.slotId.slice(1))));
    // 30 meetings on 5 tables need 6 slots at least; each person has 6 meetings.
    expect(last).toBeLessThan(9);
    expect(result.fairness.maxLateness).toBeLessThanOrEqual(3);
  });
});

describe('scheduleMeetings input and output', () => {
  it('is deterministic: the same input gives the same schedule', () => {
    const input = smallEvent(77);
    const big = {
      slots: slots(10),
      tables: 4,
      participants: Array.from({ length: 30 }, (_, i) => ({
        id: `p${i}`,
        unavailable: i % 4 ? [] : ['s2', 's3'],
      })),
      meetings: Array.from({ length: 60 }, (_, i) => ({
        id: `m${i}`,
        participants: [`p${i % 30}`, `p${(i * 7 + 3) % 30 === i % 30 ? (i + 1) % 30 : (i * 7 + 3) % 30}`],
      })),
    };
    for (const x of [input, big]) expect(scheduleMeetings(x)).toEqual(scheduleMeetings(structuredClone(x)));
  });

  it('keeps a host at their table across back-to-back meetings, with tables named', () => {
    const result = scheduleMeetings({
      slots: slots(3),
      tables: ['T1', 'T2'],
      participants: people('HABCD'),
      meetings: meetings('AB', 'HC', 'HD'),
    });
    const table = Object.fromEntries(result.placements.map((p) => [p.meetingId, p.tableId]));
    expect(slotOf(result)).toEqual({ m0: 's0', m1: 's0', m2: 's1' });
    expect(table.m2).toBe(table.m1);
  });

  it.each([
    [{ meetings: [{ id: 'm0', participants: ['A', 'Z'] }] }, 'meetings[0].participants[1]'],
    [{ meetings: [{ id: 'm0', participants: ['A', 'A'] }] }, 'meetings[0].participants[1]'],
    [{ meetings: [{ id: 'm0', participants: ['A'] }] }, 'meetings[0].participants'],
    [{ participants: [{ id: 'A', unavailable: ['s9'] }, { id: 'B' }] }, 'participants[0].unavailable[0]'],
    [{ slots: ['s0', 's0'] }, 'slots[1]'],
    [{ tables: -1 }, 'tables'],
    [{ tables: 1.5 }, 'tables'],
    [{ meetings: [{ id: 'm0', participants: ['A', 'B'], priority: Number.NaN }] }, 'meetings[0].priority'],
  ] as const)('rejects bad input %j naming %s', (change, path) => {
    const input = {
      slots: slots(2),
      tables: 1,
      participants: people('AB'),
      meetings: meetings('AB'),
      ...change,
    };
    const error = (() => {
      try {
        scheduleMeetings(input as ScheduleInput);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MeetingScheduleError);
    expect((error as MeetingScheduleError).path).toBe(path);
  });

  it('handles an empty event', () => {
    const result = scheduleMeetings({ slots: [], tables: 0, participants: [], meetings: [] });
    expect(result).toMatchObject({ placements: [], unplaced: [], bound: { value: 0 } });
  });
});

/**
 * A seeded event with hosts in demand: one request in five goes to one of the first `hosts` people, a third of
 * people are away for a block of a third of the slots.
 */
function hubEvent(
  seed: number,
  size: number,
  requests: number,
  slotCount: number,
  tables: number,
): ScheduleInput {
  const random = createRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const ss = slots(slotCount);
  const block = Math.floor(slotCount / 3);
  const participants = Array.from({ length: size }, (_, i) => {
    const start = pick(slotCount - block);
    return { id: `p${i}`, unavailable: i % 3 ? [] : ss.slice(start, start + block) };
  });
  const hosts = Math.max(2, Math.floor(size / 10));
  const seen = new Set<string>();
  const list: ScheduleInput['meetings'][number][] = [];
  while (list.length < requests) {
    const a = pick(size);
    const b = random() < 0.2 ? pick(hosts) : pick(size);
    const key = [a, b].sort().join('-');
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    list.push({ id: `m${list.length}`, participants: [`p${a}`, `p${b}`] });
  }
  return { slots: ss, tables, participants, meetings: list };
}

describe('against the naive schedule (requests in order, each in the earliest slot that fits)', () => {
  // 60 people, six hosts in demand, 240 requests over 12 slots.
  const input = hubEvent(2027, 60, 240, 12, 25);
  const ours = scheduleMeetings(input);
  const naive = scheduleMeetings(input, { order: 'input', repair: false, compact: false });

  it('places more, within one of the bound, and first meetings come sooner', () => {
    expectValid(input, ours);
    expectValid(input, naive);
    // Measured: ours 218 of a bound of 219 (six hosts asked for four times their slots), naive 208; mean
    // first-meeting wait 0.283 against 0.300 slots, lateness 2.38 against 2.48.
    expect(ours.placements.length).toBeGreaterThanOrEqual(ours.bound.value - 1);
    expect(naive.placements.length).toBeLessThan(ours.placements.length);
    expect(ours.fairness.meanFirstWait).toBeLessThan(naive.fairness.meanFirstWait);
  });
});

describe('at scale', () => {
  it('keeps every rule with 300 participants and 1,500 meetings over 40 slots, reaching the bound', () => {
    const input = hubEvent(5, 300, 1_500, 40, 45);
    const result = scheduleMeetings(input);
    expectValid(input, result);
    expect(result.placements.length).toBe(result.bound.value);
  });
});
