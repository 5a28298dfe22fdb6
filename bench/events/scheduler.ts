/**
 * Brokerage-event scheduler benchmark: seeded random events, timed over several runs, with the meetings placed
 * against the upper bound the scheduler computes (placed = bound proves the schedule optimal).
 *   npx tsx bench/events/scheduler.ts [--runs 15]
 * Goal (issue 17): 1,000 participants, 5,000 accepted meetings, 40 slots in under 2 s, every meeting a valid
 * schedule can hold placed.
 */
import { parseArgs } from 'node:util';
import {
  type ScheduleInput,
  type ScheduleMeeting,
  scheduleMeetings,
} from '../../src/core/events/meeting-schedule.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { percentile } from '../lib.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Math.max(1, Number(values.runs));

type Shape = { label: string; participants: number; meetings: number; slots: number; tables: number };

/**
 * An event as the seeds describe one: some companies much sought after (a few big makers and institutes get
 * many requests: popularity falls off as 1/rank), a third of participants away for a block of slots (a
 * morning, a talk they give), one meeting in twenty with a third person (a partner brought along).
 */
function generate(shape: Shape, seed: number): ScheduleInput {
  const random = createRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const slots = Array.from({ length: shape.slots }, (_, s) => `s${s}`);
  const participants = Array.from({ length: shape.participants }, (_, p) => {
    if (random() > 0.33) return { id: `p${p}` };
    const length = 4 + pick(9);
    const start = pick(shape.slots - length);
    return { id: `p${p}`, unavailable: slots.slice(start, start + length) };
  });
  // Popularity ∝ 1/(rank + 40): the most sought-after get several times the average, none all slots' worth.
  const weights = participants.map((_, p) => 1 / (p + 40));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => {
    cumulative[i] = sum + w;
    return sum + w;
  }, 0);
  const total = cumulative[cumulative.length - 1]!;
  const popular = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const seen = new Set<string>();
  const meetings: ScheduleMeeting[] = [];
  while (meetings.length < shape.meetings) {
    const requester = pick(shape.participants);
    const host = popular();
    if (host === requester) continue;
    const key = requester < host ? `${requester}-${host}` : `${host}-${requester}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const people = [`p${requester}`, `p${host}`];
    const third = pick(shape.participants);
    if (random() < 0.05 && third !== requester && third !== host) people.push(`p${third}`);
    meetings.push({ id: `m${meetings.length}`, participants: people, priority: pick(3) });
  }
  return { slots, tables: shape.tables, participants, meetings };
}

const shapes: Shape[] = [
  {
    label: '100 participants, 500 meetings, 40 slots, 15 tables',
    participants: 100,
    meetings: 500,
    slots: 40,
    tables: 15,
  },
  {
    label: '1,000 participants, 5,000 meetings, 40 slots, 150 tables',
    participants: 1_000,
    meetings: 5_000,
    slots: 40,
    tables: 150,
  },
  {
    label: '1,000 participants, 5,000 meetings, 40 slots, 120 tables (fewer places than meetings)',
    participants: 1_000,
    meetings: 5_000,
    slots: 40,
    tables: 120,
  },
];

console.log(`Brokerage-event scheduler, ${runs} seeded instances per shape (one run each after a warm-up)`);
for (const shape of shapes) {
  scheduleMeetings(generate(shape, 999));
  const times: number[] = [];
  let placed = 0;
  let bound = 0;
  let optimal = 0;
  let worstGap = 0;
  let maxWait = 0;
  let meanWait = 0;
  let meanLate = 0;
  const naive = { placed: 0, meanWait: 0, meanLate: 0 };
  for (let run = 0; run < runs; run++) {
    const input = generate(shape, run + 1);
    const start = performance.now();
    const result = scheduleMeetings(input);
    times.push(performance.now() - start);
    placed += result.placements.length;
    bound += result.bound.value;
    if (result.placements.length === result.bound.value) optimal++;
    worstGap = Math.max(worstGap, result.bound.value - result.placements.length);
    maxWait = Math.max(maxWait, result.fairness.maxFirstWait);
    meanWait += result.fairness.meanFirstWait / runs;
    meanLate += result.fairness.meanLateness / runs;
    // What a simple tool does: requests in the order they came, each in the earliest slot that fits.
    const simple = scheduleMeetings(input, { order: 'input', repair: false, compact: false });
    naive.placed += simple.placements.length;
    naive.meanWait += simple.fairness.meanFirstWait / runs;
    naive.meanLate += simple.fairness.meanLateness / runs;
  }
  times.sort((a, b) => a - b);
  console.log(`${shape.label}`);
  console.log(
    `  time p50 ${percentile(times, 50).toFixed(0).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(6)} ms` +
      `   max ${times[times.length - 1]!.toFixed(0)} ms${percentile(times, 95) > 2000 ? '   OVER 2 s' : ''}`,
  );
  console.log(
    `  placed ${placed} of bound ${bound} (${((100 * placed) / bound).toFixed(2)} %; ${shape.meetings * runs} requested)` +
      `   placed = bound in ${optimal}/${runs} runs, worst gap ${worstGap}`,
  );
  console.log(
    `  fairness: first-meeting wait mean ${meanWait.toFixed(2)} slots (max ${maxWait}), lateness mean ${meanLate.toFixed(2)} slots`,
  );
  console.log(
    `  naive (request order, earliest slot, no repair): placed ${naive.placed}, first-meeting wait mean ` +
      `${naive.meanWait.toFixed(2)}, lateness mean ${naive.meanLate.toFixed(2)}`,
  );
}
