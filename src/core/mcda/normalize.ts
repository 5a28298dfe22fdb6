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
  // Statistics and writes are separate functions: see rank.ts on loops and deoptimisation.
  if (normalization === 'vector') {
    const norm = columnSumSquares(x, m, n);
    for (let j = 0; j < n; j++) norm[j] = Math.sqrt(norm[j]!);
    writeVector(x, out, m, n, norm, benefit);
  } else if (normalization === 'sum') {
    const sum = new Float64Array(n);
    const sumInv = new Float64Array(n);
    columnSums(x, m, n, benefit, sum, sumInv);
    writeSum(x, out, m, n, benefit, sum, sumInv);
  } else {
    const { max, min } = columnExtremes(x, m, n);
    if (normalization === 'minmax') writeMinmax(x, out, m, n, benefit, max, min);
    else writeMax(x, out, m, n, benefit, max, min);
  }
  return out;
}

function columnSumSquares(x: Float64Array, m: number, n: number): Float64Array {
  const sumSq = new Float64Array(n);
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) sumSq[j] = sumSq[j]! + x[row + j]! * x[row + j]!;
  }
  return sumSq;
}

/** x / ‖column‖, or 1 − that for a cost; a zero norm gives 0 (cost 1). */
function writeVector(
  x: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  norm: Float64Array,
  benefit: Uint8Array,
) {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = norm[j]! > 0 ? x[row + j]! / norm[j]! : 0;
      out[row + j] = benefit[j] === 1 ? v : 1 - v;
    }
  }
}

/** Column sums, and sums of reciprocals for cost columns. */
function columnSums(
  x: Float64Array,
  m: number,
  n: number,
  benefit: Uint8Array,
  sum: Float64Array,
  sumInv: Float64Array,
): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      sum[j] = sum[j]! + v;
      if (benefit[j] === 0) sumInv[j] = sumInv[j]! + 1 / v;
    }
  }
}

/** x / Σ column, or (1/x) / Σ 1/column for a cost; a zero sum gives 0. */
function writeSum(
  x: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  benefit: Uint8Array,
  sum: Float64Array,
  sumInv: Float64Array,
): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      out[row + j] = benefit[j] === 1 ? (sum[j]! > 0 ? v / sum[j]! : 0) : 1 / v / sumInv[j]!;
    }
  }
}

/** (x − min) / range, or (max − x) / range for a cost; no spread gives 1. */
function writeMinmax(
  x: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  benefit: Uint8Array,
  max: Float64Array,
  min: Float64Array,
): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      const range = max[j]! - min[j]!;
      out[row + j] = range <= 0 ? 1 : benefit[j] === 1 ? (v - min[j]!) / range : (max[j]! - v) / range;
    }
  }
}

/** x / max (a zero max gives 0), or min / x for a cost. */
function writeMax(
  x: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  benefit: Uint8Array,
  max: Float64Array,
  min: Float64Array,
): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const v = x[row + j]!;
      out[row + j] = benefit[j] === 1 ? (max[j]! > 0 ? v / max[j]! : 0) : min[j]! / v;
    }
  }
}

/** Per-column maximum and minimum (for minmax / max here, and TOPSIS's ideal and anti-ideal). */
export function columnExtremes(o: Float64Array, m: number, n: number) {
  const max = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const min = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  scanExtremes(o, m, n, max, min);
  return { max, min };
}

/** o holds at least m × n values (a compiled matrix), so reads need no `?? 0`. */
function scanExtremes(o: Float64Array, m: number, n: number, max: Float64Array, min: Float64Array): void {
  for (let a = 0, row = 0; a < m; a++, row += n) {
    for (let j = 0; j < n; j++) {
      const x = o[row + j]!;
      if (x > max[j]!) max[j] = x;
      if (x < min[j]!) min[j] = x;
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
