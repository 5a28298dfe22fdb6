import type { Normalization } from './types.ts';

/**
 * Normalises each column of a row-major m×n matrix with the formulas of issue 5.
 * Every scheme except `none` turns cost criteria into "higher is better", so the
 * methods can treat the result as benefit-only; `none` keeps raw values and the
 * methods apply `sense` themselves.
 *
 * A column with no spread (or a zero norm / sum / max) carries no information;
 * rather than divide by zero it gets a constant, which leaves the ranking to the
 * other criteria: min–max gives 1, the other schemes give 0 (vector cost gives 1).
 */
export function normalizeMatrix(
  raw: Float64Array,
  m: number,
  n: number,
  sense: Float64Array,
  normalization: Normalization,
): Float64Array {
  const out = new Float64Array(raw);
  if (normalization === 'none') return out;
  // Row-major passes with per-column accumulators instead of one strided pass per column:
  // each column still sums its values in row order, so the results are bit-identical,
  // but the matrix is read sequentially (100,000 × 16 is 12.8 MB).
  const min = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const sumSq = new Float64Array(n);
  const sum = new Float64Array(n);
  const sumInv = new Float64Array(n);
  const reciprocal = new Uint8Array(n);
  for (let j = 0; j < n; j++) reciprocal[j] = normalization === 'sum' && !((sense[j] ?? 1) > 0) ? 1 : 0;
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const x = out[row + j] ?? 0; // as before: a matrix shorter than m × n reads 0
      if (x < min[j]!) min[j] = x;
      if (x > max[j]!) max[j] = x;
      sumSq[j] = sumSq[j]! + x * x;
      sum[j] = sum[j]! + x;
      if (reciprocal[j] === 1) sumInv[j] = sumInv[j]! + 1 / x;
    }
  }
  // Per-column statistics hoisted into typed arrays: no per-cell stats object or call.
  const norm = new Float64Array(n);
  const range = new Float64Array(n);
  const benefit = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    norm[j] = Math.sqrt(sumSq[j]!);
    range[j] = max[j]! - min[j]!;
    benefit[j] = (sense[j] ?? 1) > 0 ? 1 : 0;
  }
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const x = out[row + j] ?? 0; // as before: a matrix shorter than m × n reads 0
      const b = benefit[j] === 1;
      let y: number;
      switch (normalization) {
        case 'vector': {
          const v = norm[j]! > 0 ? x / norm[j]! : 0;
          y = b ? v : 1 - v;
          break;
        }
        case 'minmax':
          y = range[j]! <= 0 ? 1 : b ? (x - min[j]!) / range[j]! : (max[j]! - x) / range[j]!;
          break;
        case 'sum':
          y = b ? (sum[j]! > 0 ? x / sum[j]! : 0) : 1 / x / sumInv[j]!;
          break;
        case 'max':
          y = b ? (max[j]! > 0 ? x / max[j]! : 0) : min[j]! / x;
          break;
      }
      out[row + j] = y;
    }
  }
  return out;
}

/**
 * Benefit-oriented values: normalised matrices already are; with `none` a cost
 * column is negated so that "larger is better" holds everywhere. TOPSIS distances
 * and PROMETHEE differences are unchanged by the sign flip.
 */
export function orientMatrix(
  r: Float64Array,
  m: number,
  n: number,
  sense: Float64Array,
  normalization: Normalization,
): Float64Array {
  if (normalization !== 'none') return r;
  const out = new Float64Array(r);
  for (let a = 0; a < m; a++) {
    for (let j = 0; j < n; j++) out[a * n + j] = (out[a * n + j] ?? 0) * (sense[j] ?? 1);
  }
  return out;
}
