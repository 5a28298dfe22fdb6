import { duplicateKey, McdaError, mustBe } from './errors.ts';

/** Saaty's random consistency index by matrix order (issue 5); n ≤ 2 is always consistent. */
export const RANDOM_INDEX: Readonly<Record<number, number>> = {
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};

/** Saaty's threshold: CR above 0.10 means the judgements should be revisited. */
export const CONSISTENCY_THRESHOLD = 0.1;
const RECIPROCAL_TOLERANCE = 1e-6;

export interface AhpPair {
  i: number;
  j: number;
  a: string;
  b: string;
  /** The judgement given. */
  value: number;
  /** The judgement the weights imply, w_i / w_j. */
  implied: number;
  /** |ln(a_ij · w_j / w_i)|: how far the judgement is from the weights. */
  deviation: number;
}

export interface AhpResult {
  weights: Record<string, number>;
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
  consistent: boolean;
  /** When inconsistent: the judgement that disagrees most with the weights. */
  worstPair?: AhpPair;
}

/**
 * Weights from a pairwise comparison matrix: the principal eigenvector by power
 * iteration (Perron–Frobenius guarantees convergence for a positive matrix),
 * λmax from the Rayleigh-style ratio Σ(Aw)_i / Σw_i at convergence.
 */
export function ahp(criteria: readonly string[], matrix: readonly (readonly number[])[]): AhpResult {
  const n = checkCriteria(criteria);
  checkMatrix(matrix, n);
  const { w, lambdaMax } = principalEigenvector(matrix, n);
  const consistencyIndex = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[n];
  const consistencyRatio = n > 2 && ri !== undefined ? consistencyIndex / ri : 0;
  const consistent = consistencyRatio <= CONSISTENCY_THRESHOLD;
  const result: AhpResult = {
    weights: Object.fromEntries(criteria.map((k, i) => [k, w[i] ?? 0])),
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    consistent,
  };
  if (!consistent) result.worstPair = worstPair(criteria, matrix, w);
  return result;
}

function checkCriteria(criteria: readonly string[]): number {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw new McdaError('criteria', mustBe.criteria);
  }
  if (criteria.length > 10)
    throw new McdaError('criteria', {
      ja: '評価基準は10個まで（Saaty のランダム整合度指数の範囲）',
      en: 'at most 10 criteria (Saaty’s random index)',
    });
  const seen = new Set<string>();
  criteria.forEach((k, i) => {
    if (typeof k !== 'string' || k.length === 0) throw new McdaError(`criteria[${i}]`, mustBe.nonEmpty);
    if (seen.has(k)) throw new McdaError(`criteria[${i}]`, duplicateKey(k));
    seen.add(k);
  });
  return criteria.length;
}

function checkMatrix(matrix: readonly (readonly number[])[], n: number): void {
  if (!Array.isArray(matrix) || matrix.length !== n) {
    throw new McdaError('matrix', {
      ja: `評価基準ごとに1行、${n} 行にしてください`,
      en: `must have ${n} rows, one per criterion`,
    });
  }
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (!Array.isArray(row) || row.length !== n)
      throw new McdaError(`matrix[${i}]`, { ja: `${n} 個の値にしてください`, en: `must have ${n} entries` });
    for (let j = 0; j < n; j++) checkCell(matrix, i, j);
  }
}

function checkCell(matrix: readonly (readonly number[])[], i: number, j: number): void {
  const path = `matrix[${i}][${j}]`;
  const x = matrix[i]?.[j];
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
    throw new McdaError(path, { ja: '正の有限な数にしてください', en: 'must be a positive finite number' });
  }
  if (i === j && Math.abs(x - 1) > RECIPROCAL_TOLERANCE)
    throw new McdaError(path, { ja: '対角成分は1にしてください', en: 'diagonal must be 1' });
  const mirror = matrix[j]?.[i];
  // Only the lower triangle is blamed, so the upper triangle reads as the judgements given.
  if (i > j && typeof mirror === 'number' && Math.abs(x - 1 / mirror) > RECIPROCAL_TOLERANCE) {
    throw new McdaError(path, {
      ja: `matrix[${j}][${i}] の逆数（1/${mirror}）にしてください`,
      en: `must be the reciprocal of matrix[${j}][${i}] (1/${mirror})`,
    });
  }
}

function principalEigenvector(matrix: readonly (readonly number[])[], n: number) {
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let lambdaMax = n;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += (matrix[i]?.[j] ?? 0) * (w[j] ?? 0);
      next[i] = s;
      total += s;
    }
    // w sums to 1, so Σ(Aw) is the eigenvalue estimate.
    lambdaMax = total;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] ?? 0) / total;
      change = Math.max(change, Math.abs((next[i] ?? 0) - (w[i] ?? 0)));
    }
    [w, next] = [next, w];
    if (change < 1e-15) break;
  }
  return { w, lambdaMax };
}

/** The judgement whose ratio to the implied w_i/w_j is largest on a log scale. */
function worstPair(
  criteria: readonly string[],
  matrix: readonly (readonly number[])[],
  w: Float64Array,
): AhpPair {
  let best: AhpPair | undefined;
  const n = criteria.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = matrix[i]?.[j] ?? 1;
      const implied = (w[i] ?? 0) / (w[j] ?? 1);
      const deviation = Math.abs(Math.log(value / implied));
      if (best === undefined || deviation > best.deviation) {
        best = { i, j, a: criteria[i] ?? '', b: criteria[j] ?? '', value, implied, deviation };
      }
    }
  }
  return (
    best ?? { i: 0, j: 0, a: criteria[0] ?? '', b: criteria[0] ?? '', value: 1, implied: 1, deviation: 0 }
  );
}
