import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { createRandom, sampleSimplex } from './random.ts';
import { smaa } from './smaa.ts';
import type { Criterion, Method, Normalization, Preference, Problem } from './types.ts';

/*
 * The engine works on flat typed arrays with precomputed components, prefix sums and
 * bucket sorts for speed. This file is the textbook version of every formula, written
 * for clarity only, so random problems can check that the fast paths still compute
 * the same scores, ranks and acceptabilities (ties included).
 */

const TIE = 1e-9;
const SPREAD = 0.3;

function referenceNormalize(x: number[], benefit: boolean, scheme: Normalization): number[] {
  const min = Math.min(...x);
  const max = Math.max(...x);
  const sum = x.reduce((s, v) => s + v, 0);
  switch (scheme) {
    case 'none':
      return x;
    case 'vector': {
      const norm = Math.sqrt(x.reduce((s, v) => s + v * v, 0));
      return x.map((v) => {
        const r = norm > 0 ? v / norm : 0;
        return benefit ? r : 1 - r;
      });
    }
    case 'minmax':
      return x.map((v) => (max === min ? 1 : benefit ? (v - min) / (max - min) : (max - v) / (max - min)));
    case 'sum': {
      const inverse = x.reduce((s, v) => s + 1 / v, 0);
      return x.map((v) => (benefit ? (sum > 0 ? v / sum : 0) : 1 / v / inverse));
    }
    case 'max':
      return x.map((v) => (benefit ? (max > 0 ? v / max : 0) : min / v));
  }
}

function preference(d: number, f: Preference | undefined): number {
  if (!f || f.type === 'usual') return d > 0 ? 1 : 0;
  const q = f.type === 'linear' ? (f.q ?? 0) : 0;
  const p = f.p ?? 0;
  if (d <= q) return 0;
  return d >= p ? 1 : (d - q) / (p - q);
}

/** Scores for normalised weights `w`, straight from the definitions. */
function referenceScores(problem: Problem, w: number[]): number[] {
  const scheme = problem.normalization ?? (problem.method === 'topsis' ? 'vector' : 'none');
  const m = problem.alternatives.length;
  // columns[j][a]: benefit-oriented; raw values negated for a cost criterion under `none`.
  const normalised = problem.criteria.map((c) =>
    referenceNormalize(
      problem.alternatives.map((alt) => alt.values[c.key] ?? Number.NaN),
      c.direction === 'benefit',
      scheme,
    ),
  );
  const sign = (c: Criterion) => (scheme === 'none' && c.direction === 'cost' ? -1 : 1);
  const oriented = normalised.map((col, j) => col.map((v) => v * sign(problem.criteria[j] as Criterion)));
  const rows = Array.from({ length: m }, (_, a) => a);
  switch (problem.method) {
    case 'wsm':
      return rows.map((a) => oriented.reduce((s, col, j) => s + (w[j] ?? 0) * (col[a] ?? 0), 0));
    case 'wpm':
      return rows.map((a) =>
        normalised.reduce(
          (s, col, j) => s * (col[a] ?? 0) ** ((w[j] ?? 0) * sign(problem.criteria[j] as Criterion)),
          1,
        ),
      );
    case 'topsis': {
      const weighted = oriented.map((col, j) => col.map((v) => (w[j] ?? 0) * v));
      const ideal = weighted.map((col) => Math.max(...col));
      const anti = weighted.map((col) => Math.min(...col));
      const distance = (a: number, to: number[]) =>
        Math.sqrt(weighted.reduce((s, col, j) => s + ((col[a] ?? 0) - (to[j] ?? 0)) ** 2, 0));
      return rows.map((a) => {
        const plus = distance(a, ideal);
        const minus = distance(a, anti);
        return plus + minus > 0 ? minus / (plus + minus) : 0.5;
      });
    }
    case 'promethee2':
      return rows.map((a) =>
        m < 2
          ? 0
          : oriented.reduce((s, col, j) => {
              const f = problem.criteria[j]?.preference;
              let net = 0;
              for (const b of rows) {
                const d = (col[a] ?? 0) - (col[b] ?? 0);
                net += preference(d, f) - preference(-d, f);
              }
              return s + ((w[j] ?? 0) * net) / (m - 1);
            }, 0),
      );
  }
}

/** Positions by descending score, input order among equals; runs within TIE of their predecessor. */
function referenceRuns(scores: number[]): number[][] {
  const order = scores.map((_, a) => a).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const runs: number[][] = [];
  order.forEach((a, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && (scores[previous] ?? 0) - (scores[a] ?? 0) <= TIE;
    if (tied) runs[runs.length - 1]?.push(a);
    else runs.push([a]);
  });
  return runs;
}

/** Competition ranks: a run shares the rank of its first position (1, 2, 2, 4). */
function referenceRanks(scores: number[]): number[] {
  const ranks = new Array<number>(scores.length);
  let position = 1;
  for (const run of referenceRuns(scores)) {
    for (const a of run) ranks[a] = position;
    position += run.length;
  }
  return ranks;
}

const normalisedWeights = (criteria: Criterion[]) => {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  return criteria.map((c) => c.weight / total);
};

/** Weights drawn exactly as `smaa` draws them: same generator, same order of calls. */
function drawWeights(
  random: () => number,
  base: number[],
  mode: 'uniform' | 'around',
  w: Float64Array,
): void {
  if (mode === 'uniform') {
    sampleSimplex(random, w);
    return;
  }
  base.forEach((b, j) => {
    w[j] = b * (1 + SPREAD * (2 * random() - 1));
  });
  const total = w.reduce((t, x) => t + x, 0);
  w.forEach((x, j) => {
    w[j] = total > 0 ? x / total : (base[j] ?? 0);
  });
}

/** acceptability[a][r]: share of samples in which a ranks r + 1; a tied run splits its ranks equally. */
function referenceAcceptability(problem: Problem, samples: number, mode: 'uniform' | 'around', seed: number) {
  const m = problem.alternatives.length;
  const counts = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const random = createRandom(seed);
  const base = normalisedWeights(problem.criteria);
  const w = new Float64Array(base.length);
  for (let s = 0; s < samples; s++) {
    drawWeights(random, base, mode, w);
    let position = 0;
    for (const run of referenceRuns(referenceScores(problem, Array.from(w)))) {
      for (const a of run) {
        const row = counts[a] as number[];
        for (let r = position; r < position + run.length; r++) row[r] = (row[r] ?? 0) + 1 / run.length;
      }
      position += run.length;
    }
  }
  return counts.map((row) => row.map((c) => c / samples));
}

function randomProblem(random: () => number, method: Method, normalization?: Normalization): Problem {
  const n = 1 + Math.floor(random() * 5);
  const m = 1 + Math.floor(random() * 60);
  // Few distinct integer levels half the time, so exact ties (and tied ranks) are common.
  const levels = random() < 0.5 ? 3 : 1_000;
  const keys = Array.from({ length: n }, (_, j) => `c${j}`);
  const criteria: Criterion[] = keys.map((key, j) => ({
    key,
    weight: j === 0 ? 1 : Math.floor(random() * 4),
    direction: random() < 0.5 ? 'cost' : 'benefit',
    ...(random() < 0.5
      ? {}
      : { preference: random() < 0.5 ? { type: 'linear', p: 2, q: 0.5 } : { type: 'vshape', p: 300 } }),
  }));
  const alternatives = Array.from({ length: m }, (_, a) => ({
    key: `s${a}`,
    values: Object.fromEntries(keys.map((k) => [k, 1 + Math.floor(random() * levels)])),
  }));
  return { method, ...(normalization ? { normalization } : {}), criteria, alternatives };
}

const methods: Method[] = ['wsm', 'wpm', 'topsis', 'promethee2'];
const schemes: (Normalization | undefined)[] = [undefined, 'vector', 'minmax', 'sum', 'max', 'none'];
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-10 * Math.max(1, Math.abs(y));

describe('engine against the textbook definitions', () => {
  it.each(methods.flatMap((method) => schemes.map((scheme) => [method, scheme] as const)))(
    'evaluate %s, normalisation %s: scores, competition ranks (1, 2, 2, 4), listing order',
    (method, scheme) => {
      const random = createRandom(method.length * 31 + (scheme?.length ?? 0));
      for (let trial = 0; trial < 25; trial++) {
        const problem = randomProblem(random, method, scheme);
        const scores = referenceScores(problem, normalisedWeights(problem.criteria));
        const ranks = referenceRanks(scores);
        const { results } = evaluate(problem);
        expect(results).toHaveLength(scores.length);
        results.forEach((r, i) => {
          const a = Number(r.key.slice(1));
          expect(close(r.score, scores[a] ?? Number.NaN), `${r.key}: ${r.score} vs ${scores[a]}`).toBe(true);
          expect(r.rank).toBe(ranks[a]);
          if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(results[i - 1]?.rank ?? 0);
        });
      }
    },
  );

  it.each(
    methods.flatMap((method) => (['uniform', 'around'] as const).map((mode) => [method, mode] as const)),
  )('smaa %s, %s weights: acceptabilities with tied ranks split equally', (method, mode) => {
    const random = createRandom(method.length * 7 + mode.length);
    for (let trial = 0; trial < 6; trial++) {
      const problem = randomProblem(random, method);
      const samples = 150;
      const out = smaa(problem, { samples, mode, spread: SPREAD, seed: trial });
      const counts = referenceAcceptability(problem, samples, mode, trial);
      out.alternatives.forEach((alt, a) => {
        alt.acceptability.forEach((share, r) => {
          expect(share).toBeCloseTo(counts[a]?.[r] ?? Number.NaN, 12);
        });
      });
    }
  });
});
