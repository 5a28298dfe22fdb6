import { describe, expect, it } from 'vitest';
import { codeCredit, codeOverlap } from './codes.ts';

describe('codeCredit', () => {
  it.each([
    ['MAG.hts', 'MAG.hts', 1],
    ['MAG.hts', 'MAG', 0.5], // asked for a child, offered its parent
    ['MAG', 'MAG.hts', 0.5], // asked for the parent, offered a child
    ['MAG.hts', 'MAG.lts', 0.25], // siblings
    ['MAG.hts', 'CRY.cryostat', 0],
    ['MAG', 'CRY', 0],
    ['MAG', 'MAG', 1],
  ])('%s wanted, %s offered → %d', (wanted, offered, credit) => {
    expect(codeCredit(wanted, offered)).toBe(credit);
  });
});

describe('codeOverlap', () => {
  it.each<[string[], string[], number]>([
    [['MAG.hts'], ['MAG.hts', 'CRY'], 1],
    [['MAG.hts', 'CRY.cryostat'], ['MAG.hts'], 0.5],
    [['MAG.hts', 'CRY.cryostat'], ['MAG', 'CRY.cryocoolers'], (0.5 + 0.25) / 2],
    [['MAG.hts'], [], 0],
    [[], ['MAG.hts'], 0],
    [['MAG.hts', 'MAG.hts'], ['MAG.hts'], 1], // duplicates count once
  ])('%j covered by %j → %d', (wanted, offered, value) => {
    expect(codeOverlap(wanted, offered).value).toBeCloseTo(value, 10);
  });

  it('names the best offered code for each wanted one, the first in order on a tie', () => {
    expect(codeOverlap(['MAG.hts', 'VAC'], ['MAG.lts', 'MAG.conductor', 'MAG']).codes).toEqual([
      { code: 'MAG.hts', matched: 'MAG', credit: 0.5 },
    ]);
    expect(codeOverlap(['MAG.hts'], ['MAG.lts', 'MAG.conductor']).codes).toEqual([
      { code: 'MAG.hts', matched: 'MAG.conductor', credit: 0.25 },
    ]);
  });
});
