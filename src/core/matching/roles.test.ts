import { describe, expect, it } from 'vitest';
import { roleFit, roleFitOfMasks } from './roles.ts';

describe('roleFit', () => {
  it.each([
    [
      'a materials supplier, materials or components sought',
      ['materials-supplier'],
      ['materials-supplier', 'component-supplier'],
      1,
    ],
    [
      'a developer that also sells components',
      ['developer', 'component-supplier'],
      ['materials-supplier', 'component-supplier'],
      0.5,
    ],
    [
      'an integrator and component supplier, components sought',
      ['integrator', 'component-supplier'],
      ['component-supplier'],
      0.5,
    ],
    ['three roles, one sought', ['research', 'developer', 'services'], ['services'], 1 / 3],
    ['a plant developer, suppliers sought', ['developer'], ['materials-supplier', 'component-supplier'], 0],
    ['no roles on record', [], ['materials-supplier'], 0],
    ['a role listed twice counts once', ['services', 'services', 'research'], ['services'], 0.5],
  ])('%s → %d', (_name, roles, sought, expected) => {
    expect(roleFit(roles, sought)).toBeCloseTo(expected, 10);
  });

  it.each([
    [0b0001, 0b0011, 1],
    [0b0101, 0b0011, 0.5],
    [0b0111, 0b1000, 0],
    [0, 0b1, 0],
    [0x40000000 | 1, 0x40000000, 0.5],
  ])('masks %i, %i → %d', (own, sought, expected) => {
    expect(roleFitOfMasks(own, sought)).toBe(expected);
  });
});
