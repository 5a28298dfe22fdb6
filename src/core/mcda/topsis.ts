/** Column extremes of a benefit-oriented matrix: TOPSIS's ideal and anti-ideal before weighting. */
export function columnExtremes(o: Float64Array, m: number, n: number) {
  const max = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const min = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let a = 0; a < m; a++) {
    for (let j = 0; j < n; j++) {
      const x = o[a * n + j] ?? 0;
      if (x > (max[j] ?? 0)) max[j] = x;
      if (x < (min[j] ?? 0)) min[j] = x;
    }
  }
  return { max, min };
}

/**
 * Relative closeness D−/(D+ + D−) on a benefit-oriented matrix `o`. Weights are
 * non-negative, so the weighted ideal is w·max and the anti-ideal w·min per column:
 * the extremes are computed once and reused for every weight vector (SMAA).
 * When D+ = D− = 0 every weighted column is constant, all alternatives tie, and 0.5 says so.
 */
export function topsisScores(
  o: Float64Array,
  m: number,
  n: number,
  w: Float64Array,
  max: Float64Array,
  min: Float64Array,
  out: Float64Array,
): Float64Array {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < n; j++) {
      const x = o[row + j]!;
      const wj = w[j]!;
      const dp = wj * (x - max[j]!);
      const dm = wj * (x - min[j]!);
      plus += dp * dp;
      minus += dm * dm;
    }
    const dPlus = Math.sqrt(plus);
    const dMinus = Math.sqrt(minus);
    const total = dPlus + dMinus;
    out[a] = total > 0 ? dMinus / total : 0.5;
  }
  return out;
}
