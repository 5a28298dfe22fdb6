import type { CompiledPreference } from './compile.ts';

/**
 * Unicriterion net flows φ_j(a) = 1/(m−1) Σ_b [P_j(a,b) − P_j(b,a)] of a benefit-oriented
 * matrix. PROMETHEE II's net flow is their weighted sum, φ(a) = Σ_j w_j φ_j(a), which is
 * why weights can change without recomputing the pairwise comparisons.
 *
 * Each column is sorted once and the pairwise sums come from binary search and prefix
 * sums, O(m log m) rather than O(m²), so 100,000 sites stay tractable.
 */
export function unicriterionFlows(
  o: Float64Array,
  m: number,
  n: number,
  preferences: readonly CompiledPreference[],
): Float64Array {
  const flows = new Float64Array(m * n);
  if (m < 2) return flows;
  const sorted = new Float64Array(m);
  const prefix = new Float64Array(m + 1);
  for (let j = 0; j < n; j++) {
    for (let a = 0; a < m; a++) sorted[a] = o[a * n + j] ?? 0;
    sorted.sort();
    for (let k = 0; k < m; k++) prefix[k + 1] = (prefix[k] ?? 0) + (sorted[k] ?? 0);
    const pref = preferences[j] ?? { type: 'usual', p: 0, q: 0 };
    for (let a = 0; a < m; a++) {
      const x = o[a * n + j] ?? 0;
      const net = outranking(sorted, prefix, x, pref) - outranked(sorted, prefix, x, pref);
      flows[a * n + j] = net / (m - 1);
    }
  }
  return flows;
}

/** Σ_b P(x − x_b): how strongly x is preferred to every other value. */
function outranking(sorted: Float64Array, prefix: Float64Array, x: number, pref: CompiledPreference): number {
  if (pref.type === 'usual') return lowerBound(sorted, x);
  // Full preference where x_b < x − p; linear ramp (x − q − x_b)/(p − q) where x − p ≤ x_b < x − q.
  const full = lowerBound(sorted, x - pref.p);
  const rampEnd = lowerBound(sorted, x - pref.q);
  const count = rampEnd - full;
  const sum = (prefix[rampEnd] ?? 0) - (prefix[full] ?? 0);
  return full + (count * (x - pref.q) - sum) / (pref.p - pref.q);
}

/** Σ_b P(x_b − x): how strongly every other value is preferred to x. */
function outranked(sorted: Float64Array, prefix: Float64Array, x: number, pref: CompiledPreference): number {
  const m = sorted.length;
  if (pref.type === 'usual') return m - upperBound(sorted, x);
  // Ramp (x_b − x − q)/(p − q) where x + q < x_b ≤ x + p; full preference where x_b > x + p.
  const rampStart = upperBound(sorted, x + pref.q);
  const full = upperBound(sorted, x + pref.p);
  const count = full - rampStart;
  const sum = (prefix[full] ?? 0) - (prefix[rampStart] ?? 0);
  return m - full + (sum - count * (x + pref.q)) / (pref.p - pref.q);
}

/** First index with sorted[i] >= x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with sorted[i] > x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
