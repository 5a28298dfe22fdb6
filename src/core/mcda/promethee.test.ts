import { describe, expect, it } from 'vitest';
import type { CompiledPreference } from './compile.ts';
import { unicriterionFlows } from './promethee.ts';
import { createRandom } from './random.ts';

/** The textbook O(m²) definition, to check the sorted prefix-sum shortcut against. */
function naiveFlows(o: Float64Array, m: number, n: number, prefs: CompiledPreference[]): Float64Array {
  const P = (d: number, f: CompiledPreference) => {
    if (f.type === 'usual') return d > 0 ? 1 : 0;
    if (d <= f.q) return 0;
    return d >= f.p ? 1 : (d - f.q) / (f.p - f.q);
  };
  const out = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const f = prefs[j] ?? { type: 'usual', p: 0, q: 0 };
    for (let a = 0; a < m; a++) {
      let s = 0;
      for (let b = 0; b < m; b++) {
        const d = (o[a * n + j] ?? 0) - (o[b * n + j] ?? 0);
        s += P(d, f) - P(-d, f);
      }
      out[a * n + j] = s / (m - 1);
    }
  }
  return out;
}

describe('unicriterionFlows', () => {
  it.each<[string, CompiledPreference]>([
    ['usual', { type: 'usual', p: 0, q: 0 }],
    ['vshape', { type: 'vshape', p: 3, q: 0 }],
    ['linear', { type: 'linear', p: 4, q: 1 }],
  ])('%s matches the pairwise definition, ties and threshold boundaries included', (_name, pref) => {
    const random = createRandom(9);
    const m = 60;
    // Integer values force ties and differences exactly at q and p.
    const o = Float64Array.from({ length: m * 2 }, () => Math.floor(random() * 12));
    const prefs = [pref, pref];
    const fast = unicriterionFlows(o, m, 2, prefs);
    const slow = naiveFlows(o, m, 2, prefs);
    fast.forEach((x, i) => {
      expect(x).toBeCloseTo(slow[i] ?? Number.NaN, 12);
    });
  });

  it('a single alternative has zero flow', () => {
    expect(Array.from(unicriterionFlows(new Float64Array([5]), 1, 1, []))).toEqual([0]);
  });
});
