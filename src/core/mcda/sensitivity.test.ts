import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity.ts';
import type { Method, Problem } from './types.ts';

/*
 * Hand-derived. X (a 3, b 1), Y (a 1, b 2), both benefit, weights ½ each; X leads.
 * WSM, raw values, w_a = t, w_b = 1 − t: X = 1 + 2t, Y = 2 − t → X stays top for t ≥ 1/3;
 *   w_b = t: X = 3 − 2t, Y = 1 + t → t ≤ 2/3.
 * TOPSIS (vector): with two alternatives each column's ideal is the better one, so X leads iff
 *   w_a·Δa ≥ w_b·Δb, Δa = 2/√10, Δb = 1/√5 → t ≥ Δb/(Δa + Δb) = 1/(√2 + 1) = √2 − 1 = .414214;
 *   for b, t ≤ 1 − (√2 − 1) = .585786.
 * PROMETHEE II (usual): X beats Y on a, Y beats X on b: φ(X) = w_a − w_b → t ≥ ½ for a, t ≤ ½ for b.
 */
const problem = (method: Method): Problem => ({
  method,
  criteria: [
    { key: 'a', weight: 1, direction: 'benefit' },
    { key: 'b', weight: 1, direction: 'benefit' },
  ],
  alternatives: [
    { key: 'X', values: { a: 3, b: 1 } },
    { key: 'Y', values: { a: 1, b: 2 } },
  ],
});

describe('sensitivity', () => {
  it.each<[Method, 'analytic' | 'scan', [number, number], [number, number]]>([
    ['wsm', 'analytic', [1 / 3, 1], [0, 2 / 3]],
    ['topsis', 'scan', [Math.SQRT2 - 1, 1], [0, 2 - Math.SQRT2]],
    ['promethee2', 'analytic', [0.5, 1], [0, 0.5]],
  ])('%s (%s)', (method, technique, a, b) => {
    const out = sensitivity(problem(method));
    expect(out.top).toBe('X');
    expect(out.technique).toBe(technique);
    const [ia, ib] = out.intervals;
    expect(ia).toMatchObject({ criterion: 'a', weight: 0.5 });
    expect([ia?.lo, ia?.hi, ib?.lo, ib?.hi].map((x) => x ?? Number.NaN)).toEqual(
      [...a, ...b].map((x) => expect.closeTo(x, 6)),
    );
  });

  /*
   * WPM (raw, benefit): ln score = t ln a + (1 − t) ln b. X leads iff t ln 3 ≥ (1 − t) ln 2,
   * i.e. t ≥ ln 2 / ln 6 = .386853 for a; for b, t ≤ ln 3 / ln 6 = .613147.
   */
  it('wpm works in logarithms', () => {
    const out = sensitivity(problem('wpm'));
    expect(out.intervals.map((i) => [i.lo, i.hi])).toEqual([
      [expect.closeTo(Math.log(2) / Math.log(6), 6), 1],
      [0, expect.closeTo(Math.log(3) / Math.log(6), 6)],
    ]);
  });

  it('a dominant alternative stays top for every weight', () => {
    const p = problem('topsis');
    p.alternatives.push({ key: 'Z', values: { a: 4, b: 3 } });
    const out = sensitivity(p);
    expect(out.top).toBe('Z');
    for (const i of out.intervals) expect([i.lo, i.hi]).toEqual([0, 1]);
  });
});
