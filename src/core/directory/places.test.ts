import { describe, expect, it } from 'vitest';
import { joinList, placeLine, prefectureLabel, prefectures } from './places.ts';

describe('prefectures', () => {
  it('are the 47 in JIS X 0401 order', () => {
    expect(prefectures).toHaveLength(47);
    expect(prefectures.map((p) => p.code).slice(0, 3)).toEqual(['01', '02', '03']);
    expect(prefectures.find((p) => p.code === '04')).toEqual({ code: '04', ja: '宮城県', en: 'Miyagi' });
    expect(prefectures.at(-1)).toEqual({ code: '47', ja: '沖縄県', en: 'Okinawa' });
  });
  it.each([
    ['京都府', { ja: '京都府', en: 'Kyoto' }],
    ['Oxfordshire', { ja: 'Oxfordshire', en: 'Oxfordshire' }],
  ])('labels %s', (name, label) => expect(prefectureLabel(name)).toEqual(label));
});

describe('placeLine', () => {
  it.each<[Parameters<typeof placeLine>[0], string, string]>([
    [{ country: 'JP', prefecture: '京都府', city: '宇治市' }, '京都府宇治市', 'Uji, Kyoto, Japan'],
    [{ country: 'JP', prefecture: '青森県', city: '六ヶ所村' }, '青森県六ヶ所村', 'Rokkasho, Aomori, Japan'],
    // A municipality the table does not know keeps its written name.
    [{ country: 'JP', prefecture: '青森県', city: '風間浦村' }, '青森県風間浦村', '風間浦村, Aomori, Japan'],
    [{ prefecture: '宮城県' }, '宮城県', 'Miyagi, Japan'],
    [
      { country: 'GB', prefecture: 'Oxfordshire', city: 'Abingdon' },
      'イギリス、Oxfordshire、Abingdon',
      'Abingdon, Oxfordshire, United Kingdom',
    ],
    [{}, '', ''],
  ])('%j', (place, ja, en) => {
    expect(placeLine(place, 'ja')).toBe(ja);
    expect(placeLine(place, 'en')).toBe(en);
  });
});

it.each([
  ['ja', '炉開発事業者・研究機関'],
  ['en', 'Plant developer, Research institute'],
] as const)('joins lists in %s', (lang, text) => {
  const items = { ja: ['炉開発事業者', '研究機関'], en: ['Plant developer', 'Research institute'] }[lang];
  expect(joinList(items, lang)).toBe(text);
});
