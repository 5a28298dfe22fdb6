// The search: a greedy pass in a most-constrained-first order, a repair pass for what the greedy left out
// (ejection chains, and one-for-two exchanges where a calendar is full), and a compaction pass that pulls
// meetings forward into free earlier slots.
import type { Problem } from './meeting-schedule-problem.ts';

const FREE = -1;
const AWAY = -2;
/** More blockers than this in a slot and ejecting them all is unlikely to pay; try another slot. */
const MAX_EJECT = 2;
/** Ejection chains up to this deep: a meeting moved to make room may itself move one to make room, … */
const MAX_DEPTH = 3;
/** Slot tries per unplaced meeting, so a hopeless meeting costs bounded time (counted, not clocked: determinism). */
const STEP_BUDGET = 5_000;

/** Who sits where: `who[p * S + s]` is the meeting participant p has in slot s, FREE, or AWAY. */
export class Board {
  readonly slotOf: Int32Array;
  readonly who: Int32Array;
  readonly load: Int32Array;
  readonly inSlot: number[][];
  private readonly log: { meeting: number; from: number }[] = [];
  private readonly locked: Uint8Array;
  private steps = 0;

  constructor(readonly problem: Problem) {
    const { slots: S, participants: P, meetings: M } = problem;
    this.slotOf = new Int32Array(M).fill(FREE);
    this.who = new Int32Array(P * S);
    for (let i = 0; i < P * S; i++) this.who[i] = problem.available[i] ? FREE : AWAY;
    this.load = new Int32Array(S);
    this.inSlot = Array.from({ length: S }, () => []);
    this.locked = new Uint8Array(M);
  }

  fits(m: number, s: number): boolean {
    if (this.load[s]! >= this.problem.tables) return false;
    const S = this.problem.slots;
    for (const p of this.problem.members[m]!) if (this.who[p * S + s] !== FREE) return false;
    return true;
  }

  /** Moves m to slot s (FREE: out of the schedule), remembering where it was for undo. */
  move(m: number, s: number): void {
    const from = this.slotOf[m]!;
    this.log.push({ meeting: m, from });
    this.set(m, s);
  }

  private set(m: number, s: number): void {
    const S = this.problem.slots;
    const from = this.slotOf[m]!;
    const members = this.problem.members[m]!;
    if (from !== FREE) {
      for (const p of members) this.who[p * S + from] = FREE;
      this.load[from]!--;
      const list = this.inSlot[from]!;
      list.splice(list.indexOf(m), 1);
    }
    if (s !== FREE) {
      for (const p of members) this.who[p * S + s] = m;
      this.load[s]!++;
      this.inSlot[s]!.push(m);
    }
    this.slotOf[m] = s;
  }

  private undoTo(mark: number): void {
    while (this.log.length > mark) {
      const { meeting, from } = this.log.pop()!;
      // A meeting a deeper, undone step had placed was locked there; it is free to move again.
      this.locked[meeting] = 0;
      this.set(meeting, from);
    }
  }

  /** The earliest slot m fits in now, or FREE. */
  firstFit(m: number, before = Number.MAX_SAFE_INTEGER): number {
    for (const s of this.problem.feasible[m]!) {
      if (s >= before) break;
      if (this.fits(m, s)) return s;
    }
    return FREE;
  }

  /**
   * The ways to clear slot s for m: eject the meetings of its participants there (at most MAX_EJECT of them),
   * or, when only the tables are full, any one meeting of the slot. Each way comes with the depth its ejected
   * meetings may search on: a full slot's meetings may only move straight to a slot with room, else a
   * 150-table slot would open 150 deep searches.
   */
  private clearings(m: number, s: number, depth: number): { ejected: number[]; depth: number }[] {
    const found = this.blockers(m, s);
    if (found.length > 0) return found.length > MAX_EJECT ? [] : [{ ejected: found, depth: depth - 1 }];
    if (this.load[s]! < this.problem.tables) return [];
    return this.inSlot[s]!.map((x) => ({ ejected: [x], depth: 0 }));
  }

  /**
   * Placing m means each of its participants ends up in one more slot than now, however the others move; so
   * each needs a slot where they are available and free now. Without it no chain can succeed.
   */
  private hopeless(m: number): boolean {
    const S = this.problem.slots;
    for (const p of this.problem.members[m]!) {
      let free = false;
      for (let s = 0; s < S && !free; s++) free = this.who[p * S + s] === FREE;
      if (!free) return true;
    }
    return false;
  }

  /**
   * Places the unplaced meeting m, moving up to `depth` levels of other meetings out of its way, each to a
   * slot it fits in (or that a further move frees). Meetings moved in this chain are locked so it never
   * undoes itself. Leaves the board as it was on failure.
   */
  private chain(m: number, depth: number): boolean {
    const direct = this.firstFit(m);
    if (direct !== FREE) {
      this.move(m, direct);
      return true;
    }
    if (depth === 0) return false;
    for (const s of this.problem.feasible[m]!) {
      for (const { ejected, depth: next } of this.clearings(m, s, depth)) {
        if (++this.steps > STEP_BUDGET) return false;
        if (ejected.some((x) => this.locked[x])) continue;
        const mark = this.log.length;
        for (const x of ejected) this.move(x, FREE);
        this.move(m, s);
        this.locked[m] = 1;
        if (ejected.every((x) => this.chain(x, next))) return true;
        this.locked[m] = 0;
        this.undoTo(mark);
      }
    }
    return false;
  }

  /** The meetings m's participants have in slot s. */
  private blockers(m: number, s: number): number[] {
    const S = this.problem.slots;
    const found: number[] = [];
    for (const p of this.problem.members[m]!) {
      const x = this.who[p * S + s]!;
      if (x >= 0 && !found.includes(x)) found.push(x);
    }
    return found;
  }

  /**
   * When m cannot be added without dropping something (a participant's calendar is full), trade one meeting
   * for two: the meetings of m's participants in a slot m could use leave it, m takes the slot, all but one
   * of them find another slot, and the one left out (`dropped`) makes room for another unplaced meeting of
   * its participants, who are now free in that slot (each move allowed one further step). The count goes up
   * by one. This is how the schedule picks which meetings of an overbooked participant to drop: those whose
   * partners have other meetings waiting.
   */
  exchange(m: number): boolean {
    this.log.length = 0;
    for (const s of this.problem.feasible[m]!) {
      const ejected = this.blockers(m, s);
      if (ejected.length === 0 || ejected.length > MAX_EJECT) continue;
      for (const dropped of ejected) {
        if (this.trade(m, s, ejected, dropped)) {
          this.unlockAll();
          return true;
        }
        if (this.steps > STEP_BUDGET) return false;
      }
    }
    return false;
  }

  private trade(m: number, s: number, ejected: readonly number[], dropped: number): boolean {
    for (const x of ejected) this.move(x, FREE);
    this.move(m, s);
    this.locked[m] = 1;
    if (ejected.every((x) => x === dropped || this.chain(x, 1))) {
      for (const other of this.waitingWith(dropped, m)) {
        if (++this.steps > STEP_BUDGET) break;
        if (!this.hopeless(other) && this.chain(other, 1)) return true;
      }
    }
    this.undoTo(0);
    this.locked[m] = 0;
    return false;
  }

  /** Unplaced meetings, other than m, sharing a participant with x. */
  private waitingWith(x: number, m: number): number[] {
    const found: number[] = [];
    for (const p of this.problem.members[x]!) {
      for (const other of this.problem.meetingsOf[p]!) {
        if (other !== m && other !== x && this.slotOf[other] === FREE && !found.includes(other))
          found.push(other);
      }
    }
    return found;
  }

  private unlockAll(): void {
    for (const { meeting } of this.log) this.locked[meeting] = 0;
    this.log.length = 0;
  }

  /** Tries to place m by ejection chains of growing depth; true when placed. */
  repair(m: number): boolean {
    // One budget over all depths and the exchange after them: a hopeless meeting costs bounded time.
    this.steps = 0;
    if (this.hopeless(m)) return false;
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      this.log.length = 0;
      const placed = this.chain(m, depth);
      this.unlockAll();
      this.locked[m] = 0;
      if (placed) return true;
    }
    return false;
  }
}

/**
 * The order the greedy places meetings in. Meetings of participants with the fullest calendars (meetings per
 * available slot) go first, in quarter bands, since they have the least room. Within a band, round-robin over
 * each participant's own list of requests (by priority, then request time): meetings that are someone's first
 * come before those that are nobody's first, and among those, the ones that are early for all their
 * participants first. So everyone's first meeting gets an early slot before anyone gets a second, rather than
 * the early slots going to whoever asked first. Then fewer usable slots, priority, request time, input order.
 */
export function placementOrder(problem: Problem): number[] {
  const { meetingsOf, members, feasible, priority, requestedAt } = problem;
  const usable = new Int32Array(problem.participants);
  for (let p = 0; p < problem.participants; p++) {
    for (let s = 0; s < problem.slots; s++) usable[p]! += problem.available[p * problem.slots + s]!;
  }
  const byPreference = (a: number, b: number) =>
    priority[b]! - priority[a]! || compareText(requestedAt[a]!, requestedAt[b]!) || a - b;
  const first = new Int32Array(problem.meetings).fill(0x7fffffff);
  const last = new Int32Array(problem.meetings);
  for (const list of meetingsOf) {
    [...list].sort(byPreference).forEach((m, i) => {
      first[m] = Math.min(first[m]!, i);
      last[m] = Math.max(last[m]!, i);
    });
  }
  const load = members.map((ps) =>
    ps.reduce((most, p) => Math.max(most, meetingsOf[p]!.length / Math.max(1, usable[p]!)), 0),
  );
  const band = load.map((l) => Math.min(4, Math.floor(l * 4)));
  return Array.from({ length: problem.meetings }, (_, m) => m).sort(
    (a, b) =>
      band[b]! - band[a]! ||
      first[a]! - first[b]! ||
      last[a]! - last[b]! ||
      feasible[a]!.length - feasible[b]!.length ||
      load[b]! - load[a]! ||
      byPreference(a, b),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type SearchOptions = {
  /** false: the greedy alone. */
  repair?: boolean;
  compact?: boolean;
  /** 'input': place in the order given, the naive baseline the tests and the bench compare against. */
  order?: 'constrained' | 'input';
};

/**
 * Greedy, then repair or exchange for each left-out meeting until a pass places none, then compaction.
 * `bound`: no schedule places more, so the search stops there.
 */
export function searchSchedule(problem: Problem, bound: number, options: SearchOptions = {}): Board {
  const board = new Board(problem);
  const order =
    options.order === 'input'
      ? Array.from({ length: problem.meetings }, (_, m) => m)
      : placementOrder(problem);
  for (const m of order) {
    const s = board.firstFit(m);
    if (s !== FREE) board.move(m, s);
  }
  let placed = 0;
  for (const list of board.inSlot) placed += list.length;
  if (options.repair !== false && placed < bound) {
    // Every success changes the board and every failure leaves it as it was, so a meeting that failed when
    // `gained` was what it is now would fail again: skip it. Passes repeat while anything gets in.
    const failedAt = new Int32Array(problem.meetings).fill(-1);
    let gained = 0;
    for (let pass = 0; pass < 5; pass++) {
      const before = gained;
      for (const m of order) {
        if (board.slotOf[m] !== FREE || failedAt[m] === gained) continue;
        if (board.repair(m) || board.exchange(m)) gained++;
        else failedAt[m] = gained;
        if (placed + gained === bound) break;
      }
      if (gained === before || placed + gained === bound) break;
    }
  }
  if (options.compact !== false) compact(board);
  return board;
}

/**
 * Moves every meeting to the earliest slot it fits in, sweeping slots in time order. A move out of slot s
 * frees room only in s, which only meetings in later slots (not yet swept) can use, so one sweep leaves no
 * meeting that could move earlier: nobody's meetings sit late while an earlier slot could hold them.
 */
function compact(board: Board): void {
  for (let s = 1; s < board.problem.slots; s++) {
    for (const m of [...board.inSlot[s]!].sort((a, b) => a - b)) {
      const earlier = board.firstFit(m, s);
      if (earlier !== FREE) board.move(m, earlier);
    }
  }
}
