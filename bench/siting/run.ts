/**
 * Siting engine benchmark, each figure beside a plain typed-array loop doing the same multiply-adds —
 * the practical limit for this arithmetic in JavaScript.
 *   npm run bench:siting -- [--repeat 5] [--moves 200]
 * Goals: the what-if slider move on 1,000 sites × 16 criteria under 16 ms (one frame; issue 13);
 * TOPSIS 100,000 × 16 under 50 ms; SMAA 10,000 samples on 1,000 × 16 under 1 s; within 3× of the loop
 * (issue 5).
 */
import { parseArgs } from 'node:util';
import type { Method, Problem } from '../../src/core/mcda/index.ts';
import { evaluate, smaa } from '../../src/core/mcda/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';
import { siteAttributes } from '../../src/core/siting/attributes.ts';
import {
  prepareStudy,
  rankStudy,
  runStudy,
  type SiteInput,
  type StudySpec,
} from '../../src/core/siting/study.ts';

const { values } = parseArgs({
  options: {
    repeat: { type: 'string', default: '5' },
    moves: { type: 'string', default: '200' },
    // what-if: the slider figures only (issue 13); engine: the issue 5 figures only.
    only: { type: 'string' },
  },
});
const repeat = Math.max(1, Number(values.repeat));
const moves = Math.max(10, Number(values.moves));

function generate(method: Method, m: number, n: number): Problem {
  const random = createRandom(2024);
  const keys = Array.from({ length: n }, (_, j) => `c${j}`);
  return {
    method,
    criteria: keys.map((key, j) => ({
      key,
      weight: 1 + (j % 4),
      direction: j % 3 === 0 ? 'cost' : 'benefit',
    })),
    alternatives: Array.from({ length: m }, (_, a) => ({
      key: `site-${a}`,
      values: Object.fromEntries(keys.map((k) => [k, 1 + Math.floor(random() * 10_000)])),
    })),
  };
}

/** Best of `repeat` runs, in ms: the figure least disturbed by GC and JIT warm-up. */
function best(run: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** TOPSIS's per-cell arithmetic (two weighted squared distances) over m × n, nothing else. */
function plainTopsis(x: Float64Array, m: number, n: number, w: Float64Array, out: Float64Array): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    let p = 0;
    let q = 0;
    for (let j = 0; j < n; j++) {
      const v = w[j]! * x[row + j]!;
      p += v * v;
      q += v;
    }
    out[a] = Math.sqrt(p) / (Math.sqrt(p) + Math.sqrt(q * q));
  }
}

/** Σ w·x over m × n for each of `samples` weight vectors, nothing else. */
function plainWeightedSums(x: Float64Array, m: number, n: number, samples: number, out: Float64Array): void {
  const w = new Float64Array(n).fill(1 / n);
  for (let s = 0; s < samples; s++) {
    w[s % n] = 1 / (n + s);
    for (let a = 0, row = 0; a < m; a++, row += n) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += w[j]! * x[row + j]!;
      out[a] = acc;
    }
  }
}

// ——— What-if: one weight slider move on 1,000 sites × 16 criteria (what the /siting page recomputes) ———

const whatIf = { m: 1_000, n: 16 };
/** Sixteen numeric attributes of the catalogue, each with its own range and usual direction. */
const numeric = Object.entries(siteAttributes)
  .filter(([, spec]) => spec.type === 'number')
  .slice(0, whatIf.n) as [string, { min: number; max: number; direction: 'benefit' | 'cost' }][];

function whatIfSites(): SiteInput[] {
  const random = createRandom(13);
  return Array.from({ length: whatIf.m }, (_, i) => ({
    key: `site-${i}`,
    location: {},
    attributes: Object.fromEntries(
      numeric.map(([key, spec]) => {
        const top = Math.min(spec.max, 10_000);
        // A few gaps, as real data has: filled at the worst value, or unknown for a constraint.
        return [key, random() < 0.03 ? undefined : spec.min + 0.5 + random() * (top - spec.min - 0.5)];
      }),
    ),
  }));
}

/** Median and 95th percentile of `moves` runs after a short warm-up, each run moving one weight. */
function percentiles(run: (move: number) => unknown, count = moves): { median: number; p95: number } {
  for (let i = 0; i < Math.min(10, count); i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** The slider moved to `move`: criterion move mod n takes a new weight, the others keep theirs. */
const moved = (spec: StudySpec, move: number) =>
  spec.criteria.map((c, j) => (j === move % whatIf.n ? { ...c, weight: 1 + (move % 7) } : c));

/** Σ w·x per site over a pre-normalised matrix: the least any weighted re-rank can cost. */
function plainMove(x: Float64Array, m: number, n: number, w: Float64Array, out: Float64Array): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    let acc = 0;
    for (let j = 0; j < n; j++) acc += w[j]! * x[row + j]!;
    out[a] = acc;
  }
}

function benchWhatIf(): void {
  const sites = whatIfSites();
  const base: StudySpec = {
    method: 'topsis',
    criteria: numeric.map(([attribute, spec], j) => ({
      attribute,
      weight: 1 + (j % 4),
      direction: spec.direction,
    })),
    constraints: [{ attribute: numeric[0]![0], op: '>=', value: 1 }],
    missing: 'worst',
    unknowns: 'keep',
  };
  const x = Float64Array.from({ length: whatIf.m * whatIf.n }, (_, i) => ((i * 7919) % 1000) / 1000);
  const w = new Float64Array(whatIf.n).fill(1 / whatIf.n);
  const out = new Float64Array(whatIf.m);
  const plain = percentiles((move) => {
    w[move % whatIf.n] = (1 + (move % 7)) / whatIf.n;
    plainMove(x, whatIf.m, whatIf.n, w, out);
  });
  const show = (label: string, t: { median: number; p95: number }, perMove = true) =>
    console.log(
      `${label.padEnd(62)} median ${t.median.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   ` +
        `(plain loop median ${plain.median.toFixed(3)} ms)${perMove && t.median > 16 ? '   OVER 16 ms' : ''}`,
    );
  console.log(`What-if slider move, ${whatIf.m} sites × ${whatIf.n} criteria, ${moves} moves`);
  for (const method of ['topsis', 'wsm', 'promethee2'] as const) {
    const spec = { ...base, method };
    const prepared = prepareStudy(sites, spec);
    show(
      `  ${method}: prepared once, re-weighted (rankStudy)`,
      percentiles((m) => rankStudy(prepared, moved(spec, m))),
    );
    show(
      `  ${method}: full runStudy, ranking only`,
      percentiles((m) => runStudy(sites, { ...spec, criteria: moved(spec, m) }, { sensitivity: false })),
    );
  }
  // What the page ran on every move before issue 13: ranking, sensitivity and 2,000 SMAA samples.
  show(
    '  topsis: runStudy with sensitivity + SMAA 2,000 (10 moves)',
    percentiles(
      (m) =>
        runStudy(
          sites,
          { ...base, criteria: moved(base, m) },
          { smaa: { samples: 2000, seed: 1, mode: 'uniform' } },
        ),
      10,
    ),
  );
  show(
    '  topsis: prepareStudy (once per data change, not per move)',
    percentiles(() => prepareStudy(sites, base)),
    false,
  );
  show('  plain typed-array weighted sum (Σ w·x, 1,000 × 16)', plain);
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;
const row = (label: string, engine: number, plain: number) =>
  console.log(
    `${label.padEnd(44)} ${fmt(engine)}   plain loop ${fmt(plain)}   ratio ${(engine / plain).toFixed(2)}×`,
  );

if (values.only !== 'engine') {
  benchWhatIf();
  console.log('Goal: a slider move (rankStudy) under 16 ms.\n');
}
if (values.only === 'what-if') process.exit(0);

const big = generate('topsis', 100_000, 16);
const bigX = Float64Array.from({ length: 100_000 * 16 }, (_, i) => 1 + (i % 9_973));
const bigOut = new Float64Array(100_000);
const bigW = new Float64Array(16).fill(1 / 16);
row(
  'TOPSIS 100,000 × 16 (evaluate, incl. validation)',
  best(() => evaluate(big)),
  best(() => plainTopsis(bigX, 100_000, 16, bigW, bigOut)),
);

const small = { m: 1_000, n: 16, samples: 10_000 };
const smallX = Float64Array.from({ length: small.m * small.n }, (_, i) => 1 + (i % 997));
const smallOut = new Float64Array(small.m);
const plainSmaa = best(() => plainWeightedSums(smallX, small.m, small.n, small.samples, smallOut));
for (const method of ['wsm', 'topsis', 'promethee2'] as const) {
  const problem = generate(method, small.m, small.n);
  const engine = best(() => smaa(problem, { samples: small.samples, mode: 'uniform', seed: 1 }));
  row(`SMAA ${method} 10,000 samples, 1,000 × 16`, engine, plainSmaa);
}
