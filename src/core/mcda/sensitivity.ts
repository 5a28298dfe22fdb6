import { compileProblem } from './compile.ts';
import { buildModel, rankingScores, type ScoringModel } from './model.ts';
import { rankScores, TIE_TOLERANCE } from './rank.ts';
import type { Method, Normalization, Problem } from './types.ts';

export interface WeightInterval {
  criterion: string;
  /** The current normalised weight. */
  weight: number;
  /** The top alternative stays top (alone or tied) for this criterion's weight in [lo, hi]. */
  lo: number;
  hi: number;
}

export interface SensitivityResult {
  top: string;
  method: Method;
  normalization: Normalization;
  /** analytic: exact for the weight-linear methods; scan: grid plus bisection (TOPSIS). */
  technique: 'analytic' | 'scan';
  intervals: WeightInterval[];
}

/**
 * One-at-a-time weight sensitivity. Criterion j's weight is set to t and the other
 * weights are rescaled proportionally to keep the sum 1 (equally, if they were all 0).
 * WSM, WPM (in logarithms) and PROMETHEE II scores are linear in t, so each rival
 * gives one linear inequality and the interval is exact. TOPSIS is not linear: a
 * grid of `steps` points is walked outward from the current weight and the first
 * change of leader is refined by bisection; an excursion narrower than a grid step
 * can be missed, and only the interval containing the current weight is reported.
 */
export function sensitivity(problem: Problem, options: { steps?: number } = {}): SensitivityResult {
  const compiled = compileProblem(problem);
  const model = buildModel(compiled);
  const { m, weights } = compiled;
  const scores = rankingScores(model, weights, new Float64Array(m));
  const top = rankScores(scores).order[0] ?? 0;
  const linear = model.components !== null;
  const intervals = compiled.criterionKeys.map((criterion, j) => {
    const [lo, hi] = linear
      ? linearInterval(model, top, j)
      : scanInterval(model, top, j, Math.max(2, options.steps ?? 100));
    return { criterion, weight: weights[j] ?? 0, lo, hi };
  });
  return {
    top: compiled.alternativeKeys[top] ?? '',
    method: compiled.method,
    normalization: compiled.normalization,
    technique: linear ? 'analytic' : 'scan',
    intervals,
  };
}

/** Weights with criterion j at t and the rest rescaled from the problem's weights. */
export function rescaledWeights(base: Float64Array, j: number, t: number, out: Float64Array): Float64Array {
  const rest = 1 - (base[j] ?? 0);
  const n = base.length;
  for (let k = 0; k < n; k++) {
    if (k === j) out[k] = t;
    else out[k] = rest > 0 ? ((base[k] ?? 0) * (1 - t)) / rest : (1 - t) / (n - 1);
  }
  return out;
}

function linearInterval(model: ScoringModel, top: number, j: number): [number, number] {
  const { m, n, weights } = model.problem;
  const c = model.components ?? new Float64Array(0);
  // Scores at t = 0 and t = 1; in between they move linearly.
  const at0 = rankingScores(model, rescaledWeights(weights, j, 0, new Float64Array(n)), new Float64Array(m));
  let lo = 0;
  let hi = 1;
  for (let b = 0; b < m; b++) {
    if (b === top) continue;
    const d0 = (at0[top] ?? 0) - (at0[b] ?? 0);
    const d1 = (c[top * n + j] ?? 0) - (c[b * n + j] ?? 0);
    const slope = d1 - d0;
    // top − b = d0 + slope·t must stay ≥ −tolerance.
    const bound = (-TIE_TOLERANCE - d0) / slope;
    if (slope > 0) lo = Math.max(lo, bound);
    else if (slope < 0) hi = Math.min(hi, bound);
  }
  return [clamp(lo), clamp(hi)];
}

function scanInterval(model: ScoringModel, top: number, j: number, steps: number): [number, number] {
  const t0 = model.problem.weights[j] ?? 0;
  const stillTop = topTester(model, top, j);
  return [edge(stillTop, t0, 0, steps), edge(stillTop, t0, 1, steps)];
}

/** Walks from t0 towards `end` and returns the last t at which the top stays top. */
function edge(stillTop: (t: number) => boolean, t0: number, end: number, steps: number): number {
  const step = (end - t0) / steps;
  let good = t0;
  for (let s = 1; s <= steps; s++) {
    const t = s === steps ? end : t0 + step * s;
    if (!stillTop(t)) return bisect(stillTop, good, t);
    good = t;
  }
  return end;
}

function bisect(stillTop: (t: number) => boolean, good: number, bad: number): number {
  let g = good;
  let b = bad;
  for (let i = 0; i < 60 && Math.abs(b - g) > 1e-12; i++) {
    const mid = (g + b) / 2;
    if (stillTop(mid)) g = mid;
    else b = mid;
  }
  return g;
}

function topTester(model: ScoringModel, top: number, j: number): (t: number) => boolean {
  const { m, n, weights } = model.problem;
  const w = new Float64Array(n);
  const scores = new Float64Array(m);
  return (t) => {
    rankingScores(model, rescaledWeights(weights, j, t, w), scores);
    const s = scores[top] ?? 0;
    for (let b = 0; b < m; b++) if ((scores[b] ?? 0) - s > TIE_TOLERANCE) return false;
    return true;
  };
}

const clamp = (t: number) => Math.min(1, Math.max(0, t));
