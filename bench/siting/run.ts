/**
 * Siting engine benchmark (issue 5 figures), each beside a plain typed-array loop doing the same
 * multiply-adds — the practical limit for this arithmetic in JavaScript.
 *   npx tsx bench/siting/run.ts [--repeat 5]
 * Goals: TOPSIS 100,000 × 16 under 50 ms; SMAA 10,000 samples on 1,000 × 16 under 1 s; within 3× of the loop.
 */
import { parseArgs } from 'node:util';
import type { Method, Problem } from '../../src/core/mcda/index.ts';
import { evaluate, smaa } from '../../src/core/mcda/index.ts';
import { createRandom } from '../../src/core/mcda/random.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' } } });
const repeat = Math.max(1, Number(values.repeat));

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

const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;
const row = (label: string, engine: number, plain: number) =>
  console.log(
    `${label.padEnd(44)} ${fmt(engine)}   plain loop ${fmt(plain)}   ratio ${(engine / plain).toFixed(2)}×`,
  );

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
