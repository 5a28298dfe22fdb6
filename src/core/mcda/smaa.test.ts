import { describe, expect, it } from 'vitest';
import { McdaError } from './errors.ts';
import { evaluate } from './evaluate.ts';
import { smaa } from './smaa.ts';
import type { Method, Problem } from './types.ts';

const criteria = ['c1', 'c2', 'c3'];
const problem = (method: Method, rows: number[][]): Problem => ({
  method,
  criteria: criteria.map((key, j) => ({ key, weight: j + 1, direction: j === 2 ? 'cost' : 'benefit' })),
  alternatives: rows.map((row, a) => ({
    key: `s${a}`,
    values: Object.fromEntries(criteria.map((k, j) => [k, row[j] ?? 0])),
  })),
});
const rows = [
  [7, 3, 4],
  [5, 6, 2],
  [3, 9, 5],
  [6, 5, 3],
  [8, 2, 6],
];
const methods: Method[] = ['wsm', 'wpm', 'topsis', 'promethee2'];

describe('smaa', () => {
  it.each(methods)('%s: shares sum to 1 per alternative and per rank', (method) => {
    const out = smaa(problem(method, rows), { samples: 2_000, mode: 'uniform', seed: 7 });
    for (const alt of out.alternatives) {
      expect(alt.acceptability.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    }
    for (let r = 0; r < rows.length; r++) {
      expect(out.alternatives.reduce((s, alt) => s + (alt.acceptability[r] ?? 0), 0)).toBeCloseTo(1, 12);
    }
  });

  it.each(methods)('%s: a dominant alternative is first in every sample', (method) => {
    const out = smaa(problem(method, [...rows, [9, 10, 1]]), { samples: 1_000, mode: 'uniform', seed: 1 });
    expect(out.alternatives[5]?.acceptability[0]).toBe(1);
  });

  it('is reproducible from its seed', () => {
    const run = (seed: number) => smaa(problem('topsis', rows), { samples: 500, mode: 'uniform', seed });
    expect(run(42)).toEqual(run(42));
    expect(run(42).alternatives).not.toEqual(run(43).alternatives);
  });

  it('spread 0 around the weights reproduces the deterministic ranking', () => {
    const p = problem('wsm', rows);
    const ranks = Object.fromEntries(evaluate(p).results.map((r) => [r.key, r.rank]));
    const out = smaa(p, { samples: 50, mode: 'around', spread: 0, seed: 3 });
    for (const alt of out.alternatives) expect(alt.acceptability[(ranks[alt.key] ?? 0) - 1]).toBe(1);
  });

  /*
   * Symmetry: three alternatives, each scoring 1 on one criterion and 0 elsewhere, WSM. Under
   * uniform weights each is first exactly when its criterion has the largest weight: 1/3 each
   * (Monte Carlo, 20,000 samples: standard error √(2/9/20000) ≈ .0033, so ±.015 is > 4 SE).
   */
  it('symmetric alternatives share rank 1 equally under uniform weights', () => {
    const p = problem('wsm', [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    for (const c of p.criteria) c.direction = 'benefit';
    p.alternatives[2] = { key: 's2', values: { c1: 0, c2: 0, c3: 1 } };
    const out = smaa(p, { samples: 20_000, mode: 'uniform', seed: 11 });
    for (const alt of out.alternatives)
      expect(Math.abs((alt.acceptability[0] ?? 0) - 1 / 3)).toBeLessThan(0.015);
  });

  it('identical alternatives split the tied ranks', () => {
    const out = smaa(problem('wsm', [rows[0] ?? [], rows[0] ?? []]), {
      samples: 10,
      mode: 'uniform',
      seed: 5,
    });
    expect(out.alternatives.map((a) => a.acceptability)).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });

  it.each<[string, object, string]>([
    ['zero samples', { samples: 0, mode: 'uniform', seed: 1 }, 'options.samples'],
    ['fractional samples', { samples: 1.5, mode: 'uniform', seed: 1 }, 'options.samples'],
    ['unknown mode', { samples: 10, mode: 'normal', seed: 1 }, 'options.mode'],
    ['spread above 1', { samples: 10, mode: 'around', spread: 2, seed: 1 }, 'options.spread'],
    ['non-integer seed', { samples: 10, mode: 'uniform', seed: 0.5 }, 'options.seed'],
  ])('%s → %s', (_name, options, path) => {
    expect(() => smaa(problem('wsm', rows), options as never)).toThrow(
      expect.objectContaining({ path, name: 'McdaError' }),
    );
    expect(() => smaa(problem('wsm', rows), options as never)).toThrow(McdaError);
  });
});
