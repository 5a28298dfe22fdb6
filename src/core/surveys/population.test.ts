import { describe, expect, it } from 'vitest';
import { blankDefinition, inSurveyRegion, surveyRegionKeys } from './population.ts';
import { checkDefinition } from './rules.ts';

describe('survey regions', () => {
  it('offers Tohoku, its six prefectures, Japan and abroad, in that order', () => {
    expect(surveyRegionKeys).toEqual([
      'tohoku',
      'aomori',
      'iwate',
      'miyagi',
      'akita',
      'yamagata',
      'fukushima',
      'japan',
      'abroad',
    ]);
  });

  // [region, country, prefecture, in the region?]
  it.each([
    ['tohoku', 'JP', '宮城県', true],
    ['tohoku', null, '青森県', true], // no country, an official prefecture: Japanese
    ['tohoku', 'JP', '東京都', false],
    ['miyagi', 'JP', '宮城県', true],
    ['miyagi', 'JP', '福島県', false],
    ['fukushima', 'JP', '福島県', true],
    ['japan', 'JP', '東京都', true],
    ['japan', 'JP', null, true],
    ['japan', null, '東京都', true],
    ['japan', 'FR', null, false],
    ['japan', null, null, false],
    ['abroad', 'FR', null, true],
    ['abroad', 'GB', 'Oxfordshire', true],
    ['abroad', 'JP', '宮城県', false],
    ['abroad', null, '宮城県', false],
    ['abroad', null, null, false], // unknown place: not abroad
    ['mars', 'JP', '宮城県', false],
  ] as const)('%s holds (%s, %s): %s', (region, country, prefecture, expected) => {
    expect(inSurveyRegion(region, country, prefecture)).toBe(expected);
  });
});

describe('a blank survey', () => {
  it('is a questionnaire the rules accept, with both languages', () => {
    const blank = blankDefinition();
    expect(checkDefinition(blank)).toEqual([]);
    expect(blank.questions).toHaveLength(1);
    expect(blank.questions[0]?.label.ja && blank.questions[0]?.label.en).toBeTruthy();
  });
});
