import { describe, expect, it } from 'vitest';
import { ahp } from './ahp.ts';
import { McdaError } from './errors.ts';

/*
 * Expectations are derived by hand, not from this code. Definitions: Saaty, T.L. (1980),
 * The Analytic Hierarchy Process, McGraw-Hill, ch. 2 (principal eigenvector, CI = (λmax − n)/(n − 1),
 * CR = CI/RI). For n = 3 two closed forms make hand derivation exact:
 *  - λmax = 1 + k^(1/3) + k^(−1/3) with k = a12·a23/a13 (roots of det(A − λI) = 0 for a 3×3
 *    reciprocal matrix: (λ − 1)³ − 3(λ − 1) − (k + 1/k) = 0);
 *  - the principal eigenvector equals the normalised row geometric means (Crawford, G. & Williams, C.
 *    (1985), A note on the analysis of subjective judgment matrices, J. Math. Psychol. 29, 387–405).
 */
describe('ahp: golden values', () => {
  it.each<[string, number[][], number[], number, number, number, boolean]>([
    // Consistent (a_ij = w_i/w_j with w ∝ 4:2:1): w = 4/7, 2/7, 1/7, λmax = 3, CI = CR = 0.
    [
      'consistent 4:2:1',
      [
        [1, 2, 4],
        [1 / 2, 1, 2],
        [1 / 4, 1 / 2, 1],
      ],
      [4 / 7, 2 / 7, 1 / 7],
      3,
      0,
      0,
      true,
    ],
    // k = 3·3/5 = 1.8: λmax = 1 + 1.216440 + 0.822071 = 3.038511; CI = .038511/2 = .019256;
    // CR = .019256/.58 = .033199. Row geometric means 15^(1/3) = 2.466212, 1, (1/15)^(1/3) = .405480,
    // sum 3.871692 → w = .636986, .258285, .104729.
    [
      'Saaty scale 1-3-5 judgements',
      [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      [0.636986, 0.258285, 0.104729],
      3.038511,
      0.019256,
      0.033199,
      true,
    ],
    // Circular judgements a ≫ b ≫ c ≫ a: k = 9·9/(1/9) = 729, λmax = 1 + 9 + 1/9 = 10.111111;
    // CI = 7.111111/2 = 3.555556; CR = 3.555556/.58 = 6.130268; every row's geometric mean is 1.
    [
      'circular 9-9-1/9',
      [
        [1, 9, 1 / 9],
        [1 / 9, 1, 9],
        [9, 1 / 9, 1],
      ],
      [1 / 3, 1 / 3, 1 / 3],
      10.111111,
      3.555556,
      6.130268,
      false,
    ],
    // Two criteria: always consistent, CR = 0 by definition.
    [
      'n = 2',
      [
        [1, 3],
        [1 / 3, 1],
      ],
      [0.75, 0.25],
      2,
      0,
      0,
      true,
    ],
  ])('%s', (_name, matrix, weights, lambdaMax, ci, cr, consistent) => {
    const keys = weights.map((_, i) => `k${i}`);
    const out = ahp(keys, matrix);
    keys.forEach((k, i) => {
      expect(out.weights[k]).toBeCloseTo(weights[i] ?? Number.NaN, 5);
    });
    expect(out.lambdaMax).toBeCloseTo(lambdaMax, 5);
    expect(out.consistencyIndex).toBeCloseTo(ci, 5);
    expect(out.consistencyRatio).toBeCloseTo(cr, 5);
    expect(out.consistent).toBe(consistent);
    expect(out.worstPair === undefined).toBe(consistent);
  });

  /*
   * A consistent 8:4:2:1 matrix with one judgement reversed (a14 = 1/8 instead of 8). Checked
   * against numpy.linalg.eig (independent of this code): λmax = 6.734648, CI = .911549, CR = 1.012832
   * (RI 0.90), w = .217612, .301673, .150837, .329878; |ln(a_ij w_j/w_i)| is 1.663433 for (1, 4),
   * 1.475672 for (2, 4) and (3, 4), 1.019778 for (1, 2) and (1, 3): the reversed pair is flagged.
   */
  it('flags the judgement that contributes most to an inconsistent matrix', () => {
    const w = [8, 4, 2, 1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    matrix[0]![3] = 1 / 8;
    matrix[3]![0] = 8;
    const out = ahp(['power', 'water', 'talent', 'consensus'], matrix);
    expect(out.lambdaMax).toBeCloseTo(6.734648, 5);
    expect(out.consistencyRatio).toBeCloseTo(1.012832, 5);
    expect(out.consistent).toBe(false);
    expect(out.worstPair).toMatchObject({ i: 0, j: 3, a: 'power', b: 'consensus', value: 1 / 8 });
    expect(out.worstPair?.deviation).toBeCloseTo(1.663433, 5);
    expect(Object.values(out.weights)).toEqual(
      [0.217612, 0.301673, 0.150837, 0.329878].map((x) => expect.closeTo(x, 5)),
    );
  });
});

describe('ahp: bad input names the cell', () => {
  const ok = () => [
    [1, 2, 4],
    [1 / 2, 1, 2],
    [1 / 4, 1 / 2, 1],
  ];
  const edit = (i: number, j: number, v: number) => {
    const m = ok();
    m[i]![j] = v;
    return m;
  };
  it.each<[string, string[], unknown, string]>([
    ['non-reciprocal', ['a', 'b', 'c'], edit(1, 0, 0.4), 'matrix[1][0]'],
    ['zero', ['a', 'b', 'c'], edit(0, 1, 0), 'matrix[0][1]'],
    ['negative', ['a', 'b', 'c'], edit(2, 0, -4), 'matrix[2][0]'],
    ['NaN', ['a', 'b', 'c'], edit(1, 2, Number.NaN), 'matrix[1][2]'],
    ['diagonal not 1', ['a', 'b', 'c'], edit(1, 1, 2), 'matrix[1][1]'],
    ['too few rows', ['a', 'b', 'c'], ok().slice(0, 2), 'matrix'],
    [
      'ragged row',
      ['a', 'b', 'c'],
      [
        [1, 2, 4],
        [0.5, 1],
        [0.25, 0.5, 1],
      ],
      'matrix[1]',
    ],
    ['no criteria', [], [], 'criteria'],
    ['duplicate criterion', ['a', 'b', 'a'], ok(), 'criteria[2]'],
  ])('%s → %s', (_name, criteria, matrix, path) => {
    expect(() => ahp(criteria, matrix as number[][])).toThrow(McdaError);
    try {
      ahp(criteria, matrix as number[][]);
    } catch (e) {
      expect((e as McdaError).path).toBe(path);
    }
  });
});
