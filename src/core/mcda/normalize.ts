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
  for (let j = 0; j < n; j++) normalizeColumn(out, m, n, j, (sense[j] ?? 1) > 0, normalization);
  return out;
}

function normalizeColumn(
  r: Float64Array,
  m: number,
  n: number,
  j: number,
  benefit: boolean,
  normalization: Exclude<Normalization, 'none'>,
): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sumSq = 0;
  let sum = 0;
  let sumInv = 0;
  for (let i = j; i < m * n; i += n) {
    const x = r[i] ?? 0;
    if (x < min) min = x;
    if (x > max) max = x;
    sumSq += x * x;
    sum += x;
    if (normalization === 'sum' && !benefit) sumInv += 1 / x;
  }
  const norm = Math.sqrt(sumSq);
  const range = max - min;
  for (let i = j; i < m * n; i += n) {
    const x = r[i] ?? 0;
    r[i] = normalizeValue(x, benefit, normalization, { min, max, norm, range, sum, sumInv });
  }
}

interface ColumnStats {
  min: number;
  max: number;
  norm: number;
  range: number;
  sum: number;
  sumInv: number;
}

function normalizeValue(
  x: number,
  benefit: boolean,
  normalization: Exclude<Normalization, 'none'>,
  s: ColumnStats,
): number {
  switch (normalization) {
    case 'vector': {
      const v = s.norm > 0 ? x / s.norm : 0;
      return benefit ? v : 1 - v;
    }
    case 'minmax':
      if (s.range <= 0) return 1;
      return benefit ? (x - s.min) / s.range : (s.max - x) / s.range;
    case 'sum':
      if (benefit) return s.sum > 0 ? x / s.sum : 0;
      return 1 / x / s.sumInv;
    case 'max':
      if (benefit) return s.max > 0 ? x / s.max : 0;
      return s.min / x;
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
