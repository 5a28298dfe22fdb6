/**
 * Brokerage-event meeting scheduler (issue 17): accepted one-to-one meetings into the event's time slots and
 * tables, with no participant in two meetings at once, no table used twice in a slot, and every participant's
 * unavailable slots respected. Pure and deterministic: the same input gives the same schedule.
 *
 * Alongside the schedule it returns an upper bound on what any valid schedule could place (placed = bound
 * proves the schedule optimal) and fairness figures for the rule the search keeps: early slots are shared
 * (everyone's first meeting comes before anyone's second where the calendars allow) and no meeting sits in a
 * later slot while an earlier one could take it.
 *
 * The number of meetings placed comes first; priority and request time decide among otherwise equal choices
 * (which of an overbooked participant's requests waits), so a trade that places two meetings for one of
 * higher priority is taken.
 */
import { type ScheduleBound, scheduleBound } from './meeting-schedule-bound.ts';
import { type ScheduleFairness, scheduleFairness } from './meeting-schedule-fairness.ts';
import { compileProblem, type Problem, type ScheduleInput, tableIds } from './meeting-schedule-problem.ts';
import { type Board, type SearchOptions, searchSchedule } from './meeting-schedule-search.ts';

export type { ScheduleBound } from './meeting-schedule-bound.ts';
export type { ScheduleFairness } from './meeting-schedule-fairness.ts';
export {
  MeetingScheduleError,
  type ScheduleInput,
  type ScheduleMeeting,
  type ScheduleParticipant,
} from './meeting-schedule-problem.ts';
export type { SearchOptions } from './meeting-schedule-search.ts';

export type MeetingPlacement = { meetingId: string; slotId: string; tableId: string };
export type UnplacedReason =
  /** No slot in which all its participants are available. */
  | 'no_common_slot'
  /** `participantId` has another meeting in every slot this one could use. */
  | 'participant_busy'
  /** Every slot it could use has all tables taken. */
  | 'tables_full'
  /** Each usable slot is blocked, by a participant's other meeting or by full tables. */
  | 'conflicts';
export type UnplacedMeeting = { meetingId: string; reason: UnplacedReason; participantId?: string };
export type MeetingSchedule = {
  /** In slot order, then table order. */
  placements: MeetingPlacement[];
  /** In input order. */
  unplaced: UnplacedMeeting[];
  bound: ScheduleBound;
  fairness: ScheduleFairness;
};

export function scheduleMeetings(input: ScheduleInput, options: SearchOptions = {}): MeetingSchedule {
  const problem = compileProblem(input);
  const bound = scheduleBound(problem);
  const board = searchSchedule(problem, bound.value, options);
  const tables = tableIds(input.tables);
  const tableOf = assignTables(problem, board);
  const placements: MeetingPlacement[] = [];
  for (let s = 0; s < problem.slots; s++) {
    const here = board.inSlot[s]!.slice().sort((a, b) => tableOf[a]! - tableOf[b]!);
    for (const m of here) {
      placements.push({
        meetingId: input.meetings[m]!.id,
        slotId: input.slots[s]!,
        tableId: tables[tableOf[m]!]!,
      });
    }
  }
  const unplaced: UnplacedMeeting[] = [];
  for (let m = 0; m < problem.meetings; m++) {
    if (board.slotOf[m] !== -1) continue;
    const { reason, participant } = whyUnplaced(problem, board, m);
    unplaced.push({
      meetingId: input.meetings[m]!.id,
      reason,
      ...(participant === undefined ? {} : { participantId: input.participants[participant]!.id }),
    });
  }
  return { placements, unplaced, bound, fairness: scheduleFairness(problem, board) };
}

/**
 * Tables slot by slot: a meeting keeps the table one of its participants sat at in the slot before, when it
 * is free, so a host with back-to-back meetings stays put and visitors come to them; the rest take the
 * lowest free table.
 */
function assignTables(problem: Problem, board: Board): Int32Array {
  const tableOf = new Int32Array(problem.meetings).fill(-1);
  const lastTable = new Int32Array(problem.participants).fill(-1);
  const lastSlot = new Int32Array(problem.participants).fill(-2);
  for (let s = 0; s < problem.slots; s++) {
    const here = board.inSlot[s]!.slice().sort((a, b) => a - b);
    const taken = new Uint8Array(problem.tables);
    for (const m of here) {
      for (const p of problem.members[m]!) {
        const t = lastTable[p]!;
        if (lastSlot[p] === s - 1 && t >= 0 && !taken[t]) {
          tableOf[m] = t;
          taken[t] = 1;
          break;
        }
      }
    }
    let next = 0;
    for (const m of here) {
      if (tableOf[m]! < 0) {
        while (taken[next]) next++;
        tableOf[m] = next;
        taken[next] = 1;
      }
      for (const p of problem.members[m]!) {
        lastTable[p] = tableOf[m]!;
        lastSlot[p] = s;
      }
    }
  }
  return tableOf;
}

function whyUnplaced(
  problem: Problem,
  board: Board,
  m: number,
): { reason: UnplacedReason; participant?: number } {
  const slots = problem.feasible[m]!;
  if (slots.length === 0) return { reason: 'no_common_slot' };
  const S = problem.slots;
  const busy = problem.members[m]!.find((p) => slots.every((s) => board.who[p * S + s]! >= 0));
  if (busy !== undefined) return { reason: 'participant_busy', participant: busy };
  if (slots.every((s) => board.load[s]! >= problem.tables)) return { reason: 'tables_full' };
  return { reason: 'conflicts' };
}
