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
  return normalizeInPlace(new Float64Array(raw), m, n, sense, normalization);
}

/** `normalizeMatrix` without the copy, for a caller that no longer needs the raw values (12.8 MB at 100,000 × 16). */
export function normalizeInPlace(
  out: Float64Array,
  m: number,
  n: number,
  sense: Float64Array,
  normalization: Normalization,
): Float64Array {
  if (normalization === 'none') return out;
  // As before, a matrix shorter than m × n reads 0 (and writes past its end are dropped):
  // reading a zero-padded copy keeps the hot loops free of a `?? 0` per cell.
  const x = out.length >= m * n ? out : Float64Array.from({ length: m * n }, (_, i) => out[i] ?? 0);
  const benefit = Uint8Array.from({ length: n }, (_, j) => ((sense[j] ?? 1) > 0 ? 1 : 0));
  // One scheme per loop nest, computing only the statistics it needs. Each column still
  // accumulates in row order with the same formulas, so results are bit-identical to the
  // per-cell `switch` this replaced, and the matrix (12.8 MB at 100,000 × 16) is read in order.
  if (normalization === 'vector') vectorColumns(x, out, m, n, benefit);
  else if (normalization === 'sum') sumColumns(x, out, m, n, benefit);
  else extremeColumns(x, out, m, n, benefit, normalization);
  return out;
}

/** x / ‖column‖, or 1 − that for a cost; a zero norm gives 0 (cost 1). */
function vectorColumns(x: Float64Array, out: Float64Array, m: number, n: number, benefit: Uint8Array) {
  const norm = new Float64Array(n);
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) norm[j] = norm[j]! + x[row + j]! * x[row + j]!;
  }
  for (let j = 0; j < n; j++) norm[j] = Math.sqrt(norm[j]!);
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = norm[j]! > 0 ? x[row + j]! / norm[j]! : 0;
      out[row + j] = benefit[j] === 1 ? v : 1 - v;
    }
  }
}

/** x / Σ column, or (1/x) / Σ 1/column for a cost; a zero sum gives 0. */
function sumColumns(x: Float64Array, out: Float64Array, m: number, n: number, benefit: Uint8Array) {
  const sum = new Float64Array(n);
  const sumInv = new Float64Array(n);
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      sum[j] = sum[j]! + v;
      if (benefit[j] === 0) sumInv[j] = sumInv[j]! + 1 / v;
    }
  }
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      out[row + j] = benefit[j] === 1 ? (sum[j]! > 0 ? v / sum[j]! : 0) : 1 / v / sumInv[j]!;
    }
  }
}

/**
 * minmax: (x − min) / range, or (max − x) / range for a cost; no spread gives 1.
 * max: x / max (a zero max gives 0), or min / x for a cost.
 */
function extremeColumns(
  x: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  benefit: Uint8Array,
  normalization: 'minmax' | 'max',
) {
  const min = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
  const minmax = normalization === 'minmax';
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      const b = benefit[j] === 1;
      if (minmax) {
        const range = max[j]! - min[j]!;
        out[row + j] = range <= 0 ? 1 : b ? (v - min[j]!) / range : (max[j]! - v) / range;
      } else out[row + j] = b ? (max[j]! > 0 ? v / max[j]! : 0) : min[j]! / v;
    }
  }
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
