import { describe, expect, it } from 'vitest';
import { inRegion, regionColumns, regionOf, resolveRegion } from './regions.ts';

describe('regionOf', () => {
  it.each([
    ['JP', '青森県', 'aomori'],
    ['JP', '福島県', 'fukushima'],
    ['JP', '東京都', 'kanto'],
    ['JP', '北海道', 'hokkaido'],
    ['JP', '沖縄県', 'kyushu-okinawa'],
    ['JP', '京都府', 'kinki'],
    ['JP', '岐阜県', 'chubu'],
    [null, '宮城県', 'miyagi'], // an official prefecture name without a country is Japanese
    ['JP', null, 'japan-unspecified'],
    ['JP', 'Aomori', 'japan-unspecified'], // only official names count; the figure says so, it does not guess
    ['GB', 'Oxfordshire', 'GB'],
    ['US', null, 'US'],
    [null, null, 'unspecified'],
    [null, 'Bavaria', 'unspecified'],
  ])('%s %s → %s', (country, prefecture, region) => {
    expect(regionOf(country, prefecture)).toBe(region);
  });
});

describe('resolveRegion and inRegion', () => {
  const places: Array<[string | null, string | null]> = [
    ['JP', '青森県'],
    ['JP', '岩手県'],
    ['JP', '東京都'],
    [null, '秋田県'],
    ['JP', null],
    ['JP', 'Aomori'],
    ['GB', 'Oxfordshire'],
    ['US', null],
    [null, null],
    [null, 'Bavaria'],
  ];

  it.each(['aomori', 'iwate', 'akita', 'kanto', 'japan-unspecified', 'GB', 'US', 'unspecified'])(
    'a column key %s selects exactly the places regionOf puts in it',
    (key) => {
      const match = resolveRegion(key)!.match;
      for (const [country, prefecture] of places)
        expect(inRegion(match, country, prefecture)).toBe(regionOf(country, prefecture) === key);
    },
  );

  it.each([
    ['tohoku', [true, true, false, true, false, false, false, false, false, false]],
    ['japan', [true, true, true, true, true, true, false, false, false, false]],
    ['JP', [true, true, true, true, true, true, false, false, false, false]],
  ])('the scope %s spans several columns', (key, expected) => {
    const match = resolveRegion(key)!.match;
    expect(places.map(([c, p]) => inRegion(match, c, p))).toEqual(expected);
  });

  it.each(['mars', 'gb', 'GBR', '', 'Tohoku'])('refuses %j', (key) => {
    expect(resolveRegion(key)).toBeUndefined();
  });

  it('labels countries in both languages', () => {
    expect(resolveRegion('GB')!.label).toEqual({ ja: 'イギリス', en: 'United Kingdom' });
  });
});

describe('regionColumns', () => {
  it('lists Tohoku one by one, the other Japanese regions, abroad by code, and unknowns only when present', () => {
    expect(regionColumns(['US', 'aomori', 'GB', 'unspecified']).map((r) => r.key)).toEqual([
      'aomori',
      'iwate',
      'miyagi',
      'akita',
      'yamagata',
      'fukushima',
      'hokkaido',
      'kanto',
      'chubu',
      'kinki',
      'chugoku',
      'shikoku',
      'kyushu-okinawa',
      'GB',
      'US',
      'unspecified',
    ]);
    expect(regionColumns([]).map((r) => r.key)).toHaveLength(13);
  });
});
