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
  // Two rows side by side: four independent running sums keep the pipeline full (see
  // model.ts's weightedSums); each row's sums keep criterion order, so bit-identical.
  // An odd last row pairs with itself rather than taking a separate tail loop: code that
  // the first call never reaches lacks type feedback and made V8 deoptimise this function
  // over and over (137 times in one SMAA run).
  for (let a = 0; a < m; a += 2) {
    const b = a + 1 < m ? a + 1 : a;
    const r0 = a * n;
    const r1 = b * n;
    let plus0 = 0;
    let minus0 = 0;
    let plus1 = 0;
    let minus1 = 0;
    for (let j = 0; j < n; j++) {
      const wj = w[j]!;
      const hi = max[j]!;
      const lo = min[j]!;
      const x0 = o[r0 + j]!;
      const x1 = o[r1 + j]!;
      const p0 = wj * (x0 - hi);
      const m0 = wj * (x0 - lo);
      const p1 = wj * (x1 - hi);
      const m1 = wj * (x1 - lo);
      plus0 += p0 * p0;
      minus0 += m0 * m0;
      plus1 += p1 * p1;
      minus1 += m1 * m1;
    }
    out[b] = closeness(plus1, minus1);
    out[a] = closeness(plus0, minus0);
  }
  return out;
}

/** D−/(D+ + D−) from the squared distances. */
function closeness(plus: number, minus: number): number {
  const dPlus = Math.sqrt(plus);
  const dMinus = Math.sqrt(minus);
  const total = dPlus + dMinus;
  return total > 0 ? dMinus / total : 0.5;
}
