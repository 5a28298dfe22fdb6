import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { aircraft, aircraftCriteria } from './hwang-yoon.fixture.ts';
import type { Alternative, Criterion, Method, Normalization, Problem } from './types.ts';

const TOL = 4; // toBeCloseTo digits: |Δ| < 0.5e-4

const alternatives = (keys: string[], criteria: string[], rows: number[][]): Alternative[] =>
  keys.map((key, a) => ({
    key,
    values: Object.fromEntries(criteria.map((c, j) => [c, rows[a]?.[j] ?? Number.NaN])),
  }));

const scoresOf = (problem: Problem) =>
  Object.fromEntries(evaluate(problem).results.map((r) => [r.key, r.score]));

/*
 * WSM / WPM — Triantaphyllou, E. (2000), Multi-Criteria Decision Making Methods: A Comparative
 * Study, Kluwer, ch. 2 (§2.2.1 WSM, §2.2.2 WPM) numerical example: three alternatives, four
 * benefit criteria, weights 0.20, 0.15, 0.40, 0.25. The book reports the WPM ratio
 * R(A1/A2) = 1.007 > 1. The whole matrix and the WSM scores 21.50, 22.00, 22.00 are also printed in
 * Wikipedia's "Weighted sum model" example (checked 2026-12-05), which follows the book; the WPM
 * scores are hand arithmetic:
 *   WSM A1 = .2·25 + .15·20 + .4·15 + .25·30 = 5 + 3 + 6 + 7.5   = 21.5
 *   WSM A2 = .2·10 + .15·30 + .4·20 + .25·30 = 2 + 4.5 + 8 + 7.5 = 22.0
 *   WSM A3 = .2·30 + .15·10 + .4·30 + .25·10 = 6 + 1.5 + 12 + 2.5 = 22.0  → A2, A3 tie at rank 1
 *   WPM A1 = 25^.2 · 20^.15 · 15^.4 · 30^.25 = 1.903654 · 1.567309 · 2.954177 · 2.340347 = 20.628104
 *   WPM A2 = 10^.2 · 30^.15 · 20^.4 · 30^.25 = 1.584893 · 1.665590 · 3.314454 · 2.340347 = 20.476725
 *   WPM A3 = 30^.2 · 10^.15 · 30^.4 · 10^.25 = 1.974350 · 1.412538 · 3.898060 · 1.778279 = 19.331820
 *   R(A1/A2) = 20.628104 / 20.476725 = 1.007393 (book: 1.007)
 */
const triantaphyllouCriteria: Criterion[] = [
  { key: 'c1', weight: 0.2, direction: 'benefit' },
  { key: 'c2', weight: 0.15, direction: 'benefit' },
  { key: 'c3', weight: 0.4, direction: 'benefit' },
  { key: 'c4', weight: 0.25, direction: 'benefit' },
];
const triantaphyllou = alternatives(
  ['A1', 'A2', 'A3'],
  ['c1', 'c2', 'c3', 'c4'],
  [
    [25, 20, 15, 30],
    [10, 30, 20, 30],
    [30, 10, 30, 10],
  ],
);

/*
 * PROMETHEE II — data of the six power-plant example of Brans, J.P., Vincke, Ph. & Mareschal, B.
 * (1986), How to select and how to rank projects: the PROMETHEE method, EJOR 24, 228–238
 * (Table 1; reproduced in Brans & Mareschal, PROMETHEE Methods, in Figueira et al. (eds.),
 * Multiple Criteria Decision Analysis: State of the Art Surveys, 2005, ch. 5): f1 manpower (min),
 * f2 power MW (max), f3 construction cost (min), f4 maintenance cost (min), f5 villages to
 * evacuate (min), f6 security level (max), equal weights. The paper uses six different
 * preference-function types, four of which this engine does not offer, so its flows are not
 * comparable; the expectations are hand-derived with this engine's functions. The table is as I
 * recall it (not checked against the paper); the published PROMETHEE II check is the next example.
 * Usual preference on every criterion: 6·π(a,b) counts the criteria on which a beats b:
 *        a1 a2 a3 a4 a5 a6 | Σ
 *   a1    0  3  3  3  1  2 | 12      φ+ = Σrow / (6·5), φ− = Σcolumn / 30
 *   a2    3  0  3  2  2  3 | 13      column sums: 17 17 16 15 8 16
 *   a3    3  3  0  3  1  4 | 14      φ = (row − column)/30:
 *   a4    3  4  3  0  3  2 | 15        a1 (12−17)/30 = −1/6,  a2 (13−17)/30 = −2/15,
 *   a5    4  4  5  3  0  5 | 21        a3 (14−16)/30 = −1/15, a4 (15−15)/30 = 0,
 *   a6    4  3  2  4  1  0 | 14        a5 (21−8)/30 = 13/30,  a6 (14−16)/30 = −1/15
 * Mixed: f1 linear q = 10, p = 20; f2 V-shape p = 30; f3 linear q = 0.5, p = 5; others usual.
 * 6·π rows (e.g. a1 vs a2: f2 (90−58)/30 → 1, f4 1, f6 1 → 3; a2 vs a1: f1 (80−65−10)/10 = .5,
 * f3 (6−2−.5)/4.5 = .777778, f5 1 → 2.277778):
 *   a1  0        3        2        2.111111 0.6      0.511111 | 8.222222
 *   a2  2.277778 0        2.133333 2        1.777778 3        | 11.188889
 *   a3  2.333333 2.066667 0        3        0.333333 2.655556 | 10.388889
 *   a4  3        3.733333 2.666667 0        1.466667 2        | 12.866667
 *   a5  4        2.766667 4.4      2.777778 0        4.111111 | 18.055556
 *   a6  3.2      3        2        3.088889 0.8      0        | 12.088889
 *   column Σ: 14.811111 14.566667 13.2 12.977778 4.977778 12.277778
 *   φ = (row − column)/30: −.219630 −.112593 −.093704 −.003704 .435926 −.006296
 */
/*
 * PROMETHEE II — Papathanasiou, J. & Ploskas, N. (2018), Multiple Criteria Decision Aid: Methods,
 * Examples and Python Implementations, Springer, ch. 3 "PROMETHEE", numerical example
 * (doi:10.1007/978-3-319-91648-4_3): six alternatives, four benefit criteria, weights 0.4, 0.3, 0.1,
 * 0.2, the linear preference function with q = 1 and p = 2 on every criterion. Published net flows,
 * to two decimals: −0.26, −0.52, −0.22, 0.36, 0.70, −0.06.
 */
const papathanasiouCriteria: Criterion[] = [0.4, 0.3, 0.1, 0.2].map((weight, j) => ({
  key: `c${j + 1}`,
  weight,
  direction: 'benefit',
  preference: { type: 'linear', q: 1, p: 2 },
}));
const papathanasiou = alternatives(
  ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
  ['c1', 'c2', 'c3', 'c4'],
  [
    [8, 7, 2, 1],
    [5, 3, 7, 5],
    [7, 5, 6, 4],
    [9, 9, 7, 3],
    [11, 10, 3, 7],
    [6, 9, 5, 4],
  ],
);

const plantKeys = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'];
const plantDirections = ['cost', 'benefit', 'cost', 'cost', 'cost', 'benefit'] as const;
const plants = alternatives(['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], plantKeys, [
  [80, 90, 6, 5.4, 8, 5],
  [65, 58, 2, 9.7, 1, 1],
  [83, 60, 4, 7.2, 4, 7],
  [40, 80, 10, 7.5, 7, 10],
  [52, 72, 6, 2.0, 3, 8],
  [94, 96, 7, 3.6, 5, 6],
]);
const plantCriteria = (preferences: Criterion['preference'][] = []): Criterion[] =>
  plantKeys.map((key, j) => ({
    key,
    weight: 1,
    direction: plantDirections[j] ?? 'benefit',
    ...(preferences[j] ? { preference: preferences[j] } : {}),
  }));

describe('evaluate: golden examples', () => {
  it.each<[string, Problem, Record<string, number>, Record<string, number>]>([
    [
      'TOPSIS, Hwang & Yoon 1981 fighter aircraft',
      { method: 'topsis', criteria: aircraftCriteria, alternatives: aircraft },
      { A1: 0.643277, A2: 0.268384, A3: 0.613542, A4: 0.312291 },
      { A1: 1, A3: 2, A4: 3, A2: 4 },
    ],
    [
      'WSM, Triantaphyllou 2000 ch. 2',
      { method: 'wsm', criteria: triantaphyllouCriteria, alternatives: triantaphyllou },
      { A1: 21.5, A2: 22, A3: 22 },
      { A2: 1, A3: 1, A1: 3 },
    ],
    [
      'WPM, Triantaphyllou 2000 ch. 2',
      { method: 'wpm', criteria: triantaphyllouCriteria, alternatives: triantaphyllou },
      { A1: 20.628104, A2: 20.476725, A3: 19.33182 },
      { A1: 1, A2: 2, A3: 3 },
    ],
    [
      'PROMETHEE II, Papathanasiou & Ploskas 2018 ch. 3, linear q = 1, p = 2',
      { method: 'promethee2', criteria: papathanasiouCriteria, alternatives: papathanasiou },
      { a1: -0.26, a2: -0.52, a3: -0.22, a4: 0.36, a5: 0.7, a6: -0.06 },
      { a5: 1, a4: 2, a6: 3, a3: 4, a1: 5, a2: 6 },
    ],
    [
      'PROMETHEE II, Brans et al. 1986 plants, usual preference',
      { method: 'promethee2', criteria: plantCriteria(), alternatives: plants },
      { a1: -1 / 6, a2: -2 / 15, a3: -1 / 15, a4: 0, a5: 13 / 30, a6: -1 / 15 },
      { a5: 1, a4: 2, a3: 3, a6: 3, a2: 5, a1: 6 },
    ],
    [
      'PROMETHEE II, Brans et al. 1986 plants, linear and V-shape',
      {
        method: 'promethee2',
        criteria: plantCriteria([
          { type: 'linear', q: 10, p: 20 },
          { type: 'vshape', p: 30 },
          { type: 'linear', q: 0.5, p: 5 },
        ]),
        alternatives: plants,
      },
      { a1: -0.21963, a2: -0.112593, a3: -0.093704, a4: -0.003704, a5: 0.435926, a6: -0.006296 },
      { a5: 1, a4: 2, a6: 3, a3: 4, a2: 5, a1: 6 },
    ],
  ])('%s', (_name, problem, scores, ranks) => {
    const out = evaluate(problem);
    for (const r of out.results) {
      expect(r.score).toBeCloseTo(scores[r.key] ?? Number.NaN, TOL);
      expect(r.rank).toBe(ranks[r.key]);
    }
    expect(out.results.map((r) => r.rank)).toEqual([...out.results.map((r) => r.rank)].sort((a, b) => a - b));
  });

  it('reports the WPM ratio R(A1/A2) = 1.007 of Triantaphyllou 2000', () => {
    const s = scoresOf({ method: 'wpm', criteria: triantaphyllouCriteria, alternatives: triantaphyllou });
    expect((s.A1 ?? 0) / (s.A2 ?? 1)).toBeCloseTo(1.007393, TOL);
  });
});

/*
 * Normalisation formulas of issue 5, hand-computed on the column x = (1, 2, 2):
 *   vector ‖x‖ = 3: benefit 1/3, 2/3, 2/3; cost 1 − x/‖x‖ = 2/3, 1/3, 1/3
 *   min–max: benefit 0, 1, 1; cost 1, 0, 0
 *   sum Σx = 5: benefit 1/5, 2/5, 2/5; cost (1/x)/Σ(1/x), Σ(1/x) = 2: 1/2, 1/4, 1/4
 *   max: benefit x/2 = 1/2, 1, 1; cost min/x = 1, 1/2, 1/2
 * With one criterion of weight 1, the WSM score is the normalised value itself.
 */
describe('evaluate: normalisations', () => {
  it.each<[Normalization, 'benefit' | 'cost', number[]]>([
    ['vector', 'benefit', [1 / 3, 2 / 3, 2 / 3]],
    ['vector', 'cost', [2 / 3, 1 / 3, 1 / 3]],
    ['minmax', 'benefit', [0, 1, 1]],
    ['minmax', 'cost', [1, 0, 0]],
    ['sum', 'benefit', [1 / 5, 2 / 5, 2 / 5]],
    ['sum', 'cost', [1 / 2, 1 / 4, 1 / 4]],
    ['max', 'benefit', [1 / 2, 1, 1]],
    ['max', 'cost', [1, 1 / 2, 1 / 2]],
    ['none', 'benefit', [1, 2, 2]],
    ['none', 'cost', [-1, -2, -2]],
  ])('%s, %s', (normalization, direction, expected) => {
    const s = scoresOf({
      method: 'wsm',
      normalization,
      criteria: [{ key: 'x', weight: 3, direction }],
      alternatives: alternatives(['p', 'q', 'r'], ['x'], [[1], [2], [2]]),
    });
    expect([s.p, s.q, s.r].map((v) => Number(v?.toFixed(12)))).toEqual(
      expected.map((v) => Number(v.toFixed(12))),
    );
  });

  it.each<[Method, Normalization | undefined, Normalization]>([
    ['topsis', undefined, 'vector'],
    ['wsm', undefined, 'none'],
    ['wpm', undefined, 'none'],
    ['promethee2', undefined, 'none'],
    ['wsm', 'minmax', 'minmax'],
  ])('%s defaults to %s → %s and normalises weights', (method, normalization, expected) => {
    const out = evaluate({
      method,
      ...(normalization ? { normalization } : {}),
      criteria: [
        { key: 'a', weight: 3, direction: 'benefit' },
        { key: 'b', weight: 1, direction: 'cost' },
      ],
      alternatives: alternatives(
        ['p', 'q'],
        ['a', 'b'],
        [
          [1, 2],
          [2, 3],
        ],
      ),
    });
    expect(out.normalization).toBe(expected);
    expect(out.method).toBe(method);
    expect(out.weights).toEqual({ a: 0.75, b: 0.25 });
  });

  /*
   * Hand-derived: with `none`, WSM subtracts cost, WPM divides by it, TOPSIS takes the cost ideal
   * at the minimum. b benefit, c cost, weights ½ each; A (b 1, c 1), B (b 2, c 4), C (b 4, c 4).
   *   WSM: A ½ − ½ = 0; B 1 − 2 = −1; C 2 − 2 = 0         → A, C tie at 1; B 3
   *   WPM: A 1·1 = 1; B √2/√4 = .707107; C √4/√4 = 1      → A, C tie at 1; B 3
   *   TOPSIS, v = x/2: ideal (2, .5), anti (.5, 2)
   *     A: D+ = 1.5, D− = 1.5 → .5;  B: D+ = √(1 + 2.25) = 1.802776, D− = √(.25 + 0) = .5 → .217129
   *     C: D+ = 1.5, D− = 1.5 → .5
   */
  it.each<[Method, Record<string, number>]>([
    ['wsm', { A: 0, B: -1, C: 0 }],
    ['wpm', { A: 1, B: Math.SQRT1_2, C: 1 }],
    ['topsis', { A: 0.5, B: 0.5 / (Math.sqrt(3.25) + 0.5), C: 0.5 }],
  ])('%s with none treats cost criteria as costs', (method, expected) => {
    const out = evaluate({
      method,
      normalization: 'none',
      criteria: [
        { key: 'b', weight: 1, direction: 'benefit' },
        { key: 'c', weight: 1, direction: 'cost' },
      ],
      alternatives: alternatives(
        ['A', 'B', 'C'],
        ['b', 'c'],
        [
          [1, 1],
          [2, 4],
          [4, 4],
        ],
      ),
    });
    for (const r of out.results) expect(r.score).toBeCloseTo(expected[r.key] ?? Number.NaN, 9);
    expect(out.results.map((r) => [r.key, r.rank])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 3],
    ]);
  });
});
