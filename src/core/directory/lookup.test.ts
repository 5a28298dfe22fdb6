import { describe, expect, it } from 'vitest';
import { findByReference, referenceMatch } from './lookup.ts';

const org = (key: string, ja?: string, en?: string) => ({
  id: `00000000-0000-4000-8000-${key.padStart(12, '0').slice(-12)}`,
  key,
  name: { ja, en },
});
const works = org('tmw', '東北マグネット製作所', 'Tohoku Magnet Works');
const labs = org('tml', '東北マグネット研究所', 'Tohoku Magnet Labs');
const acme = org('acme', undefined, 'ACME Ｃｏｒｐ.');

describe('referenceMatch', () => {
  it.each([
    ['Tohoku Magnet Works', works, 'exact'],
    ['tohoku magnet works', works, 'exact'],
    ['東北マグネット製作所', works, 'exact'],
    ['tmw', works, 'exact'],
    [works.id, works, 'exact'],
    [works.id.toUpperCase(), works, 'exact'],
    ['  tmw  ', works, 'exact'],
    ['ﾄｳﾎｸ', org('k', 'トウホク'), 'exact'], // half-width kana typed, full-width stored
    ['acme corp.', acme, 'exact'], // full-width Latin stored, typed plain
    ['magnet', works, 'partial'],
    ['マグネット', labs, 'partial'],
    ['tm', works, 'partial'], // part of the key
    ['Kyushu', works, null],
    ['', works, null],
    ['  ', works, null],
  ] as const)('%j against %j is %s', (text, o, expected) => {
    expect(referenceMatch(text, o)).toBe(expected);
  });
});

describe('findByReference', () => {
  it('puts whole matches first, keeps the given order within each group, and stops at the limit', () => {
    const records = [labs, works, acme];
    expect(findByReference('東北マグネット', records).map((o) => [o.key, o.exact])).toEqual([
      ['tml', false],
      ['tmw', false],
    ]);
    expect(findByReference('tohoku magnet works', records).map((o) => o.key)).toEqual(['tmw']);
    expect(findByReference('tmw', [labs, works, org('tmw-2', 'ほか')]).map((o) => [o.key, o.exact])).toEqual([
      ['tmw', true],
      ['tmw-2', false],
    ]);
    expect(findByReference('東北', records, 1).map((o) => o.key)).toEqual(['tml']);
  });
});
