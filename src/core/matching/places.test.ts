import { describe, expect, it } from 'vitest';
import { countryNamed, placeNames } from './places.ts';

describe('placeNames', () => {
  it.each<[string, string[]]>([
    // [need text, place names found]
    ['六ヶ所村の近くで作業場を借りたい。', ['六ヶ所村']],
    ['六ヶ所の近くで作業場を借りたい。', ['六ヶ所']],
    ['八戸市で技術者を採用したい。', ['八戸市']],
    ['ドイツで作った真空容器を青森まで運びたい。', ['青森']],
    ['むつ小川原で土地を探しています。', ['むつ小川原']],
    ['A workshop near Rokkasho for two years.', ['rokkasho']],
    ['Land near Mutsu-Ogawara or in Tohoku.', ['mutsu-ogawara', 'tohoku']],
    ['We are opening an office in Hachinohe, Aomori.', ['hachinohe', 'aomori']],
    // Everyday words that are also place names are not places: 三重 (triple), a lower-case "date".
    ['三重構造の容器を作りたい。', []],
    ['Please give a start date for the tests.', []],
    ['Superconducting tape in long lengths.', []],
  ])('%s → %j', (text, places) => {
    expect(placeNames([text]).sort()).toEqual(places.sort());
  });
});

describe('countryNamed', () => {
  it.each<[string, string | null]>([
    // [need text, the one country it names]
    ['We want to open a site in Japan.', 'JP'],
    ['Looking for Japanese partners.', 'JP'],
    ['日本で許可を取りたい。', 'JP'],
    ['A regulator in the UK or the U.K. office.', 'GB'],
    ['イギリスの規制当局', 'GB'],
    ['A US regulator', 'US'],
    ['アメリカ合衆国の制度', 'US'],
    ['アメリカの規制当局', 'US'],
    // Two countries: which one the need is about is not said.
    ['ドイツから日本へ運びたい。', null],
    // The pronoun, a word inside another, and 中国 (the region as often as the country) name none.
    ['Please help us with it.', null],
    ['UKAEA tested it.', null],
    ['中国地方の工場', null],
  ])('%s → %s', (text, country) => {
    expect(countryNamed([text])).toBe(country);
  });
});
