// An upper bound on the meetings any valid schedule can place, so the scheduler's count can be judged against
// it: when placed = bound the schedule is optimal, whatever the search did.
import type { Problem } from './meeting-schedule-problem.ts';

export type ScheduleBound = {
  /** The bound: the least of the three below. */
  value: number;
  /** Every accepted meeting. */
  meetings: number;
  /** Meetings that fit into slots of limited capacity, each only in a slot all its participants can attend. */
  slotCapacity: number;
  /** Meetings minus those that some participant's own calendar cannot hold. */
  participants: number;
};

export function scheduleBound(problem: Problem): ScheduleBound {
  const slotCapacity = slotCapacityBound(problem);
  const participants = problem.meetings - lostToParticipants(problem);
  return {
    value: Math.min(problem.meetings, slotCapacity, participants),
    meetings: problem.meetings,
    slotCapacity,
    participants,
  };
}

/**
 * How many meetings slot s could hold at most. Meetings in one slot share no participant and each has at
 * least `smallest` participants drawn from those available in s who have a meeting possible in s, so a slot
 * holds at most ⌊available / smallest⌋ of them, and never more than the tables.
 */
export function slotCapacities(problem: Problem): Int32Array {
  const { slots: S, tables } = problem;
  const capacity = new Int32Array(S);
  const smallest = new Int32Array(S).fill(0x7fffffff);
  const seen = new Uint8Array(problem.participants * S);
  const people = new Int32Array(S);
  problem.feasible.forEach((slots, m) => {
    const members = problem.members[m]!;
    for (const s of slots) {
      smallest[s] = Math.min(smallest[s]!, members.length);
      for (const p of members) {
        if (seen[p * S + s]) continue;
        seen[p * S + s] = 1;
        people[s]!++;
      }
    }
  });
  for (let s = 0; s < S; s++) {
    capacity[s] = people[s] === 0 ? 0 : Math.min(tables, Math.floor(people[s]! / smallest[s]!));
  }
  return capacity;
}

/**
 * The largest number of meetings that can be given a slot each where all their participants are available,
 * no slot over its capacity (slotCapacities), ignoring that two meetings in a slot may share a person. A valid
 * schedule is such an assignment, so no valid schedule places more: an upper bound. Computed exactly as a
 * maximum flow (meetings → slots with capacities) by augmenting paths, searched over the slots only (40 nodes,
 * not 5,000 meetings): from a full slot one can move on through any meeting in it to another slot that
 * meeting may use.
 */
function slotCapacityBound(problem: Problem): number {
  const { slots: S, meetings: M, feasible } = problem;
  const capacity = slotCapacities(problem);
  const inSlot: number[][] = Array.from({ length: S }, () => []);
  // A failed search leaves its slots full, and every meeting in them can only use slots of that closed set;
  // later augmentations never enter it, so its slots stay dead for the rest of the run.
  const dead = new Uint8Array(S);
  const from = new Int32Array(S);
  const via = new Int32Array(S);
  let placed = 0;
  for (let m = 0; m < M; m++) {
    const direct = feasible[m]!.find((s) => inSlot[s]!.length < capacity[s]!);
    if (direct !== undefined) {
      inSlot[direct]!.push(m);
      placed++;
      continue;
    }
    from.fill(-2);
    const queue: number[] = [];
    for (const s of feasible[m]!) {
      if (dead[s]) continue;
      from[s] = -1;
      queue.push(s);
    }
    let free = -1;
    for (let head = 0; head < queue.length && free < 0; head++) {
      const s = queue[head]!;
      for (const x of inSlot[s]!) {
        for (const t of feasible[x]!) {
          if (from[t] !== -2 || dead[t]) continue;
          from[t] = s;
          via[t] = x;
          if (inSlot[t]!.length < capacity[t]!) {
            free = t;
            break;
          }
          queue.push(t);
        }
        if (free >= 0) break;
      }
    }
    if (free < 0) {
      for (const s of queue) dead[s] = 1;
      continue;
    }
    // Walk back: each meeting on the path moves on to the slot it reached; m takes the start of the path.
    for (let t = free; ; ) {
      const s = from[t]!;
      if (s === -1) {
        inSlot[t]!.push(m);
        break;
      }
      const list = inSlot[s]!;
      list.splice(list.indexOf(via[t]!), 1);
      inSlot[t]!.push(via[t]!);
      t = s;
    }
    placed++;
  }
  return placed;
}

/**
 * Participant p can hold at most ν(p) of their meetings: the maximum matching between p's meetings and the
 * slots each may use (p's meetings must fall in distinct slots). So every schedule loses at least
 * d(p) = deg(p) − ν(p) of p's meetings. For any set Q of participants, Σ_{p∈Q} lost(p) counts each lost
 * meeting once per member of Q in it, so
 *   lost ≥ Σ_{p∈Q} d(p) − Σ_{meetings m} (|m ∩ Q| − 1)⁺
 * (subtracting the overcount for every meeting shared within Q, lost or not, only lowers the figure). This
 * holds for every Q; a local search picks a good one: a participant is worth having in Q when their d(p)
 * exceeds the meetings they share with others in Q. With Q of participants sharing no meeting it is the plain
 * sum of their deficits.
 */
function lostToParticipants(problem: Problem): number {
  const deficit = problem.meetingsOf.map((ms) => ms.length - participantMatching(problem, ms));
  const inQ = Uint8Array.from(deficit, (d) => (d > 0 ? 1 : 0));
  const sharedWithQ = (p: number) =>
    problem.meetingsOf[p]!.filter((m) => problem.members[m]!.some((q) => q !== p && inQ[q])).length;
  for (let changed = true, round = 0; changed && round < 100; round++) {
    changed = false;
    for (let p = 0; p < problem.participants; p++) {
      if (deficit[p] === 0) continue;
      const gain = deficit[p]! - sharedWithQ(p);
      // Strict improvements only, so the search ends: adding p adds its gain, removing it takes it away.
      if ((inQ[p] && gain < 0) || (!inQ[p] && gain > 0)) {
        inQ[p] = inQ[p] ? 0 : 1;
        changed = true;
      }
    }
  }
  let lost = 0;
  for (let p = 0; p < problem.participants; p++) if (inQ[p]) lost += deficit[p]!;
  for (const members of problem.members) {
    let k = 0;
    for (const p of members) k += inQ[p]!;
    if (k > 1) lost -= k - 1;
  }
  return Math.max(0, lost);
}

/** Maximum matching of a participant's meetings to distinct usable slots (Kuhn's augmenting paths). */
function participantMatching(problem: Problem, meetings: readonly number[]): number {
  const owner = new Map<number, number>();
  let size = 0;
  for (const m of meetings) {
    const visited = new Set<number>();
    const augment = (x: number): boolean => {
      for (const s of problem.feasible[x]!) {
        if (visited.has(s)) continue;
        visited.add(s);
        const holder = owner.get(s);
        if (holder === undefined || augment(holder)) {
          owner.set(s, x);
          return true;
        }
      }
      return false;
    };
    if (augment(m)) size++;
  }
  return size;
}
