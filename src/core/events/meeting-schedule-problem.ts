// The brokerage-event scheduling problem in the public shape (ids) and the compiled shape (dense indexes in
// typed arrays) that the search, the bound and the fairness figures all read.
import type { Label } from '../label.ts';

export type ScheduleParticipant = { id: string; unavailable?: readonly string[] };
export type ScheduleMeeting = {
  id: string;
  /** Two participants usually; a company may bring a partner, so more are allowed. */
  participants: readonly string[];
  /** Higher first when meetings are otherwise alike; 0 when absent. */
  priority?: number;
  /** ISO time of the request: earlier first among meetings of equal priority. */
  requestedAt?: string;
};
export type ScheduleInput = {
  /** Slot ids in time order. */
  slots: readonly string[];
  /** How many tables, or their ids (then table i is tables[i]). */
  tables: number | readonly string[];
  participants: readonly ScheduleParticipant[];
  meetings: readonly ScheduleMeeting[];
};

/**
 * The one error of the scheduler: `path` names the input at fault (`meetings[3].participants[1]`) so the
 * server answers 4xx naming the field; `message` is the path and the English, for logs.
 */
export class MeetingScheduleError extends Error {
  readonly path: string;
  readonly text: Label;
  constructor(path: string, text: Label) {
    super(`${path}: ${text.en}`);
    this.name = 'MeetingScheduleError';
    this.path = path;
    this.text = text;
  }
}

/** The problem on indexes. `available[p * slots + s]` is 1 when participant p can meet in slot s. */
export type Problem = {
  slots: number;
  tables: number;
  participants: number;
  meetings: number;
  available: Uint8Array;
  /** Participant indexes of each meeting. */
  members: Int32Array[];
  /** Ascending slots in which every participant of the meeting is available. */
  feasible: Int32Array[];
  /** Meeting indexes of each participant, in input order. */
  meetingsOf: number[][];
  priority: Float64Array;
  requestedAt: string[];
};

const fail = (path: string, en: string, ja: string): never => {
  throw new MeetingScheduleError(path, { ja, en });
};

function indexIds(ids: readonly string[], path: string): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || id === '')
      fail(`${path}[${i}]`, 'must be a non-empty id', '空でない ID にしてください');
    if (index.has(id)) fail(`${path}[${i}]`, `duplicate id '${id}'`, `ID「${id}」が重複しています`);
    index.set(id, i);
  });
  return index;
}

export function tableIds(tables: ScheduleInput['tables']): string[] {
  if (typeof tables !== 'number') return [...tables];
  if (!Number.isInteger(tables) || tables < 0 || tables > 100_000) {
    fail('tables', 'must be a whole number from 0', '0 以上の整数にしてください');
  }
  return Array.from({ length: tables }, (_, i) => String(i + 1));
}

/** Checks the input and builds the indexed problem; throws MeetingScheduleError naming the first bad field. */
export function compileProblem(input: ScheduleInput): Problem {
  const slotIndex = indexIds(input.slots, 'slots');
  const tables = tableIds(input.tables);
  indexIds(tables, 'tables');
  const participantIndex = indexIds(
    input.participants.map((p) => p.id),
    'participants',
  );
  indexIds(
    input.meetings.map((m) => m.id),
    'meetings',
  );
  const S = input.slots.length;
  const available = new Uint8Array(input.participants.length * S).fill(1);
  input.participants.forEach((p, i) => {
    (p.unavailable ?? []).forEach((slot, k) => {
      const s = slotIndex.get(slot);
      if (s === undefined) {
        fail(
          `participants[${i}].unavailable[${k}]`,
          `unknown slot '${slot}'`,
          `スロット「${slot}」がありません`,
        );
      }
      available[i * S + s!] = 0;
    });
  });
  const meetingsOf: number[][] = input.participants.map(() => []);
  const members = input.meetings.map((m, i) => {
    if (m.participants.length < 2) {
      fail(`meetings[${i}].participants`, 'needs at least two participants', '参加者が2人以上必要です');
    }
    const seen = new Set<number>();
    return Int32Array.from(m.participants, (id, k) => {
      const p = participantIndex.get(id);
      if (p === undefined) {
        fail(`meetings[${i}].participants[${k}]`, `unknown participant '${id}'`, `参加者「${id}」がいません`);
      }
      if (seen.has(p!)) {
        fail(`meetings[${i}].participants[${k}]`, `'${id}' is listed twice`, `「${id}」が重複しています`);
      }
      seen.add(p!);
      meetingsOf[p!]!.push(i);
      return p!;
    });
  });
  // Plain loops: this runs 5,000 × 40 times per schedule.
  const feasible = members.map((ps) => {
    const slots = new Int32Array(S);
    let n = 0;
    for (let s = 0; s < S; s++) {
      let all = 1;
      for (let k = 0; k < ps.length && all; k++) all = available[ps[k]! * S + s]!;
      if (all) slots[n++] = s;
    }
    return slots.slice(0, n);
  });
  const priority = Float64Array.from(input.meetings, (m, i) => {
    if (m.priority !== undefined && !Number.isFinite(m.priority)) {
      fail(`meetings[${i}].priority`, 'must be a finite number', '有限の数値にしてください');
    }
    return m.priority ?? 0;
  });
  return {
    slots: S,
    tables: tables.length,
    participants: input.participants.length,
    meetings: input.meetings.length,
    available,
    members,
    feasible,
    meetingsOf,
    priority,
    requestedAt: input.meetings.map((m) => m.requestedAt ?? ''),
  };
}
