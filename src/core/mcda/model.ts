import type { CompiledProblem } from './compile.ts';
import { columnExtremes, normalizeInPlace, orientMatrix } from './normalize.ts';
import { unicriterionFlows } from './promethee.ts';
import { topsisScores } from './topsis.ts';

/**
 * log(0) stand-in for WPM: a zero normalised value (min–max) must zero the product
 * when its weight is positive, yet 0 · −Infinity would be NaN when the weight is 0.
 */
const LOG_ZERO = -1e300;

/**
 * A problem prepared once for scoring under many weight vectors (sliders, sensitivity,
 * SMAA). WSM, WPM (in logarithms) and PROMETHEE II are linear in the weights:
 * score(a) = Σ_j w_j · c[a][j], so they keep only the component matrix `c`. TOPSIS is
 * not linear and keeps the oriented matrix with its column extremes.
 */
export interface ScoringModel {
  problem: CompiledProblem;
  /** Linear components for WSM / WPM (log) / PROMETHEE II; null for TOPSIS. */
  components: Float64Array | null;
  /** Benefit-oriented normalised matrix for TOPSIS. */
  oriented: Float64Array;
  max: Float64Array;
  min: Float64Array;
}

export function buildModel(problem: CompiledProblem): ScoringModel {
  const { m, n, raw, sense, normalization, method } = problem;
  // The compiled raw values are read nowhere else: normalise them in place rather than copy.
  const r = normalizeInPlace(raw, m, n, sense, normalization);
  const oriented = orientMatrix(r, m, n, sense, normalization);
  const empty = new Float64Array(0);
  if (method === 'topsis') {
    const { max, min } = columnExtremes(oriented, m, n);
    return { problem, components: null, oriented, max, min };
  }
  const components =
    method === 'wsm'
      ? oriented
      : method === 'wpm'
        ? logComponents(r, m, n, sense, normalization === 'none')
        : unicriterionFlows(oriented, m, n, problem.preferences);
  return { problem, components, oriented, max: empty, min: empty };
}

/** WPM: Π r^w (cost with `none`: r^−w) is ranked and sensitivity-tested as Σ ±w ln r. */
function logComponents(r: Float64Array, m: number, n: number, sense: Float64Array, signed: boolean) {
  const c = new Float64Array(m * n);
  for (let a = 0; a < m; a++) {
    for (let j = 0; j < n; j++) {
      const x = r[a * n + j] ?? 0;
      const log = x > 0 ? Math.log(x) : LOG_ZERO;
      c[a * n + j] = signed ? log * (sense[j] ?? 1) : log;
    }
  }
  return c;
}

/**
 * Scores used for ranking, into `out` (no allocation): WPM in logarithms, which
 * ranks exactly as the product does. `displayScores` turns them into reported scores.
 */
export function rankingScores(model: ScoringModel, w: Float64Array, out: Float64Array): Float64Array {
  const { m, n } = model.problem;
  const c = model.components;
  if (c === null) return topsisScores(model.oriented, m, n, w, model.max, model.min, out);
  return weightedSums(c, m, n, w, out);
}

/**
 * out[a] = Σ_j w_j · c[a][j], summed in criterion order. One running sum waits on the
 * previous addition (a latency chain), so four rows are summed side by side: four
 * independent chains fill the pipeline, about twice as fast, and each row still adds
 * its terms in the same order, so the sums are bit-identical to the one-row loop.
 * Rows past the end repeat the last row instead of taking a separate tail loop, which
 * V8 optimises badly (see topsis.ts).
 */
function weightedSums(
  c: Float64Array,
  m: number,
  n: number,
  w: Float64Array,
  out: Float64Array,
): Float64Array {
  const last = m - 1;
  for (let a = 0; a < m; a += 4) {
    const a1 = a + 1 < last ? a + 1 : last;
    const a2 = a + 2 < last ? a + 2 : last;
    const a3 = a + 3 < last ? a + 3 : last;
    const r0 = a * n;
    const r1 = a1 * n;
    const r2 = a2 * n;
    const r3 = a3 * n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    // In-bounds reads (`!`): `?? 0` cost a check per multiply-add in SMAA's hot loop.
    for (let j = 0; j < n; j++) {
      const wj = w[j]!;
      s0 += wj * c[r0 + j]!;
      s1 += wj * c[r1 + j]!;
      s2 += wj * c[r2 + j]!;
      s3 += wj * c[r3 + j]!;
    }
    out[a3] = s3;
    out[a2] = s2;
    out[a1] = s1;
    out[a] = s0;
  }
  return out;
}

/** Reported scores from ranking scores, in place: WPM's product back from its logarithm. */
export function displayScores(model: ScoringModel, scores: Float64Array): Float64Array {
  if (model.problem.method !== 'wpm') return scores;
  for (let a = 0; a < scores.length; a++) scores[a] = Math.exp(scores[a]!);
  return scores;
}
