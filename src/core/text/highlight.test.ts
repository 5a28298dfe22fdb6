import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.ts';
import { parseQuery } from './query.ts';
import { fixtureGlossary as glossary } from './test-glossary.fixture.ts';

describe('highlightRanges', () => {
  it.each<[string, string, string, Array<[number, number]>]>([
    ['CJK phrase inside a compound', '超伝導', '高温超伝導コイル', [[2, 5]]],
    [
      'synonym spelling variant also marked',
      '超伝導',
      '超伝導と超電導',
      [
        [0, 3],
        [4, 7],
      ],
    ],
    ['stray bigram of another word not marked', '超伝導', '熱伝導と超伝導', [[4, 7]]],
    [
      'full-width Latin in text',
      'hts',
      '高温超伝導（ＨＴＳ）線材',
      [
        [0, 5],
        [6, 9],
      ],
    ],
    ['case and plural', 'magnet', 'Superconducting Magnets.', [[16, 23]]],
    [
      'one kanji, every occurrence',
      '炉',
      '核融合炉と原子炉',
      [
        [3, 4],
        [7, 8],
      ],
    ],
    ['half-width katakana maps to its two original units', 'ガス', 'ｶﾞｽ供給', [[0, 3]]],
    ['touching ranges merge', '超伝導 コイル', '超伝導コイル', [[0, 6]]],
    ['overlapping phrases merge', '高温超伝導', '高温超伝導', [[0, 5]]],
    [
      'hyphenated words marked separately',
      'high temperature',
      'High-Temperature',
      [
        [0, 4],
        [5, 16],
      ],
    ],
    [
      'multi-word glossary term marks its words',
      'high temperature superconductor',
      'HTS and high temperature',
      [
        [0, 3],
        [8, 12],
        [13, 24],
      ],
    ],
    ['whole words only for Latin', 'fusion', 'fusioneering fusion', [[13, 19]]],
    [
      'stop word inside a term not marked',
      'balance of plant',
      'balance of plant, of course',
      [
        [0, 7],
        [11, 16],
      ],
    ],
    ['no match', 'gyrotron', '高温超伝導コイル', []],
    ['empty query', '', '高温超伝導コイル', []],
  ])('%s', (_name, q, text, expected) => {
    expect(highlightRanges(text, parseQuery(q, glossary))).toEqual(expected);
  });

  it('ranges slice the original text', () => {
    const text = '京都の ＨＴＳ マグネット、fusion reactors';
    const marked = highlightRanges(text, parseQuery('HTS 炉', glossary)).map(([a, b]) => text.slice(a, b));
    expect(marked).toEqual(['ＨＴＳ', 'reactors']);
  });
});
