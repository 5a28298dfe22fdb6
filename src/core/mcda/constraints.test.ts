import { describe, expect, it } from 'vitest';
import { applyConstraints } from './constraints.ts';
import { McdaError } from './errors.ts';

/*
 * Issue 5 / seed 002: a semiconductor plant needs 10,000 m³/day of industrial water and 20 ha;
 * Mutsu-Ogawara offers 2,500 m³/day today, so it is excluded with a shortfall of 7,500.
 * The other figures are illustrative.
 */
const sites = [
  { key: 'mutsu-ogawara', values: { water: 2_500, area: 120, landPrice: 3_000 } },
  { key: 'park-b', values: { water: 12_000, area: 25, landPrice: 9_000 } },
  { key: 'park-c', values: { water: 15_000, area: 10, landPrice: 12_000 } },
];

describe('applyConstraints', () => {
  it('excludes Mutsu-Ogawara for a semiconductor plant on water, stating the shortfall', () => {
    const out = applyConstraints(sites, [
      { criterion: 'water', op: '>=', value: 10_000 },
      { criterion: 'area', op: '>=', value: 20 },
    ]);
    expect(out.passed.map((s) => s.key)).toEqual(['park-b']);
    expect(out.excluded).toEqual([
      {
        key: 'mutsu-ogawara',
        failures: [{ criterion: 'water', op: '>=', required: 10_000, actual: 2_500, shortfall: 7_500 }],
      },
      { key: 'park-c', failures: [{ criterion: 'area', op: '>=', required: 20, actual: 10, shortfall: 10 }] },
    ]);
  });

  it.each<['>=' | '<=' | '=', number, number, number]>([
    ['>=', 10, 10, 0],
    ['>=', 10, 7, 3],
    ['<=', 10, 12, 2],
    ['<=', 10, 10, 0],
    ['=', 10, 10, 0],
    ['=', 10, 8, 2],
    ['=', 10, 13, 3],
  ])('%s %d with actual %d → shortfall %d', (op, value, actual, shortfall) => {
    const out = applyConstraints([{ key: 's', values: { x: actual } }], [{ criterion: 'x', op, value }]);
    expect(out.excluded[0]?.failures[0]?.shortfall ?? 0).toBe(shortfall);
    expect(out.passed.length).toBe(shortfall === 0 ? 1 : 0);
  });

  it.each<[string, unknown, string]>([
    ['unknown operator', [{ criterion: 'water', op: '>', value: 1 }], 'constraints[0].op'],
    ['non-finite value', [{ criterion: 'water', op: '>=', value: Number.NaN }], 'constraints[0].value'],
    ['empty criterion', [{ criterion: '', op: '>=', value: 1 }], 'constraints[0].criterion'],
    ['missing site value', [{ criterion: 'rail', op: '<=', value: 1 }], 'alternatives[0].values.rail'],
  ])('%s → %s', (_name, constraints, path) => {
    const run = () => applyConstraints(sites, constraints as never);
    expect(run).toThrow(McdaError);
    expect(() => run()).toThrow(expect.objectContaining({ path }));
  });
});
