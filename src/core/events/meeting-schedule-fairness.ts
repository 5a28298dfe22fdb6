// How fairly a schedule shares the early slots. Both figures are per participant with at least one meeting
// placed, and 0 is the best anyone could have from their own calendar:
//   first wait = slot of their first meeting − the earliest slot any of their placed meetings could use;
//   lateness   = slot of their last meeting − their k-th available slot (k = their meetings placed), i.e. how
//                much later they finish than their own calendar would allow.
// A scheduler that hands one participant the early slots shows as a large wait for the others; one that piles
// meetings into the last slots shows as lateness.
import type { Problem } from './meeting-schedule-problem.ts';
import type { Board } from './meeting-schedule-search.ts';

export type ScheduleFairness = {
  /** Participants with at least one meeting placed. */
  participants: number;
  meanFirstWait: number;
  maxFirstWait: number;
  meanLateness: number;
  maxLateness: number;
};

export function scheduleFairness(problem: Problem, board: Pick<Board, 'slotOf'>): ScheduleFairness {
  const S = problem.slots;
  let counted = 0;
  let waitSum = 0;
  let waitMax = 0;
  let lateSum = 0;
  let lateMax = 0;
  for (let p = 0; p < problem.participants; p++) {
    let first = S;
    let last = -1;
    let earliest = S;
    let k = 0;
    for (const m of problem.meetingsOf[p]!) {
      const s = board.slotOf[m]!;
      if (s < 0) continue;
      k++;
      first = Math.min(first, s);
      last = Math.max(last, s);
      earliest = Math.min(earliest, problem.feasible[m]![0]!);
    }
    if (k === 0) continue;
    let kth = -1;
    for (let s = 0, seen = 0; s < S && seen < k; s++) {
      if (problem.available[p * S + s]) {
        seen++;
        kth = s;
      }
    }
    counted++;
    waitSum += first - earliest;
    waitMax = Math.max(waitMax, first - earliest);
    lateSum += last - kth;
    lateMax = Math.max(lateMax, last - kth);
  }
  return {
    participants: counted,
    meanFirstWait: counted ? waitSum / counted : 0,
    maxFirstWait: waitMax,
    meanLateness: counted ? lateSum / counted : 0,
    maxLateness: lateMax,
  };
}
