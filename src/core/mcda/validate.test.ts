import { describe, expect, it } from 'vitest';
import { McdaError } from './errors.ts';
import { evaluate } from './evaluate.ts';
import type { Problem } from './types.ts';

const base = (): Problem => ({
  method: 'wsm',
  criteria: [
    { key: 'water', weight: 2, direction: 'benefit' },
    { key: 'price', weight: 1, direction: 'cost' },
  ],
  alternatives: [
    { key: 'a', values: { water: 10, price: 3 } },
    { key: 'b', values: { water: 20, price: 4 } },
  ],
});

type Edit = (p: Problem & Record<string, unknown>) => void;
const criterion = (p: Problem, i: number) => p.criteria[i] as unknown as Record<string, unknown>;
const values = (p: Problem, i: number) => p.alternatives[i]?.values as Record<string, unknown>;

describe('evaluate: bad input names the field', () => {
  it.each<[string, Edit, string]>([
    ['unknown method', (p) => Object.assign(p, { method: 'electre' }), 'method'],
    ['unknown normalisation', (p) => Object.assign(p, { normalization: 'log' }), 'normalization'],
    ['empty criteria', (p) => Object.assign(p, { criteria: [] }), 'criteria'],
    ['empty alternatives', (p) => Object.assign(p, { alternatives: [] }), 'alternatives'],
    ['negative weight', (p) => Object.assign(criterion(p, 1), { weight: -1 }), 'criteria[1].weight'],
    ['NaN weight', (p) => Object.assign(criterion(p, 0), { weight: Number.NaN }), 'criteria[0].weight'],
    ['string weight', (p) => Object.assign(criterion(p, 0), { weight: '1' }), 'criteria[0].weight'],
    [
      'weights summing to 0',
      (p) => {
        Object.assign(criterion(p, 0), { weight: 0 });
        Object.assign(criterion(p, 1), { weight: 0 });
      },
      'criteria',
    ],
    ['bad direction', (p) => Object.assign(criterion(p, 1), { direction: 'min' }), 'criteria[1].direction'],
    ['duplicate criterion key', (p) => Object.assign(criterion(p, 1), { key: 'water' }), 'criteria[1].key'],
    ['empty criterion key', (p) => Object.assign(criterion(p, 0), { key: '' }), 'criteria[0].key'],
    [
      'duplicate alternative key',
      (p) => Object.assign(p.alternatives[1] ?? {}, { key: 'a' }),
      'alternatives[1].key',
    ],
    [
      'unknown criterion value',
      (p) => Object.assign(values(p, 1), { rail: 3 }),
      'alternatives[1].values.rail',
    ],
    ['missing value', (p) => delete values(p, 0).price, 'alternatives[0].values.price'],
    ['NaN value', (p) => Object.assign(values(p, 1), { water: Number.NaN }), 'alternatives[1].values.water'],
    [
      'Infinity value',
      (p) => Object.assign(values(p, 0), { price: Infinity }),
      'alternatives[0].values.price',
    ],
    ['null value', (p) => Object.assign(values(p, 0), { price: null }), 'alternatives[0].values.price'],
    [
      'WPM with a zero value',
      (p) => Object.assign(p, { method: 'wpm' }) && Object.assign(values(p, 1), { water: 0 }),
      'alternatives[1].values.water',
    ],
    [
      'WPM with a negative value',
      (p) => Object.assign(p, { method: 'wpm' }) && Object.assign(values(p, 0), { price: -3 }),
      'alternatives[0].values.price',
    ],
    [
      'sum normalisation of a cost with zero',
      (p) => Object.assign(p, { normalization: 'sum' }) && Object.assign(values(p, 1), { price: 0 }),
      'alternatives[1].values.price',
    ],
    [
      'max normalisation with a negative benefit',
      (p) => Object.assign(p, { normalization: 'max' }) && Object.assign(values(p, 0), { water: -1 }),
      'alternatives[0].values.water',
    ],
    [
      'unknown preference function',
      (p) => Object.assign(criterion(p, 0), { preference: { type: 'gaussian' } }),
      'criteria[0].preference.type',
    ],
    [
      'V-shape without p',
      (p) => Object.assign(criterion(p, 0), { preference: { type: 'vshape' } }),
      'criteria[0].preference.p',
    ],
    [
      'linear with q ≥ p',
      (p) => Object.assign(criterion(p, 1), { preference: { type: 'linear', p: 1, q: 2 } }),
      'criteria[1].preference.q',
    ],
  ])('%s → %s', (_name, edit, path) => {
    const problem = base() as Problem & Record<string, unknown>;
    edit(problem);
    let error: unknown;
    try {
      evaluate(problem);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(McdaError);
    expect((error as McdaError).path).toBe(path);
    expect((error as McdaError).message).toContain(path);
  });

  it('finds a duplicate key among many sites (hash-table probing)', () => {
    const problem = base();
    problem.alternatives = Array.from({ length: 20_000 }, (_, a) => ({
      key: a === 19_999 ? 'site-7' : `site-${a}`,
      values: { water: a, price: 1 },
    }));
    expect(() => evaluate(problem)).toThrow(
      expect.objectContaining({
        path: 'alternatives[19999].key',
        message: "alternatives[19999].key: duplicate key 'site-7'",
        text: { ja: 'キー「site-7」が重複しています', en: "duplicate key 'site-7'" },
      }),
    );
    problem.alternatives[19_999] = { key: 'site-19999', values: { water: 0, price: 1 } };
    expect(evaluate(problem).results).toHaveLength(20_000);
  });

  it('accepts the unedited problem', () => {
    expect(evaluate(base()).results.map((r) => r.key)).toEqual(['b', 'a']);
  });
});
