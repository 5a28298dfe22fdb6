import { describe, expect, it } from 'vitest';
import { indexTerms, tokenize, tokenizeQuery } from './tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['English words, lower-cased, plurals folded', 'Superconducting Magnets', ['superconducting', 'magnet']],
    ['hyphenated term', 'high-temperature', ['high', 'temperature']],
    ['CJK run bigrams', '超伝導', ['超伝', '伝導']],
    ['kana and kanji in one run', '核融合炉', ['核融', '融合', '合炉']],
    ['katakana with long vowel mark', 'エネルギー', ['エネ', 'ネル', 'ルギ', 'ギー']],
    ['one-character run gives its unigram', '炉', ['炉']],
    ['one-character runs between punctuation', '炉、核。', ['炉', '核']],
    ['middle dot separates', 'フュージョン・エネ', ['フュ', 'ュー', 'ージ', 'ジョ', 'ョン', 'エネ']],
    ['full-width Latin', 'ＨＴＳ線材', ['hts', '線材']],
    ['half-width katakana', 'ｶﾞｽ', ['ガス']],
    [
      'mixed JA/EN sentence',
      '京都フュージョニアリングはHTS magnetsを開発。',
      [
        ...['京都', '都フ', 'フュ', 'ュー', 'ージ', 'ジョ', 'ョニ', 'ニア', 'アリ', 'リン', 'ング', 'グは'],
        'hts',
        'magnet',
        ...['を開', '開発'],
      ],
    ],
    ['numbers: decimals and thousands', '2.5 mm, 5,000 t, 1,2', ['2.5', 'mm', '5000', 't', '1', '2']],
    ['letters and digits split', '66kV Nb3Sn', ['66', 'kv', 'nb', '3', 'sn']],
    ['possessive and apostrophe', "ITER's don't", ['iter', 'dont']],
    ['duplicates kept', 'coil coils', ['coil', 'coil']],
    ['supplementary-plane kanji kept whole', '𠮷野家', ['𠮷野', '野家']],
    ['punctuation only', '—、。!?', []],
    ['empty', '', []],
  ])('%s', (_name, input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('tokenizes a 64k-character Japanese text quickly', () => {
    const sentence = '核融合エネルギーの実現に向けて、高温超伝導コイルとブランケットの開発を進めています。';
    const text = sentence.repeat(Math.ceil(65_536 / sentence.length)).slice(0, 65_536);
    const unbroken = '高温超伝導'.repeat(65_536 / 5);
    const t0 = performance.now();
    const tokens = tokenize(text);
    const terms = indexTerms([unbroken]);
    const elapsed = performance.now() - t0;
    expect(tokens.length).toBeGreaterThan(50_000);
    expect(terms).toContain('超伝');
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('tokenizeQuery', () => {
  it.each([
    ['splits at a particle between nouns', '超伝導の磁石', ['超伝', '伝導', '磁石']],
    ['particle between single kanji gives unigrams', '水と炉', ['水', '炉']],
    ['hiragana words are not split', 'ものづくり', ['もの', 'のづ', 'づく', 'くり']],
    ['trailing particle kept in the run', '特に', ['特に']],
    ['Latin unchanged', 'HTS tapes', ['hts', 'tape']],
  ])('%s', (_name, input, expected) => {
    expect(tokenizeQuery(input)).toEqual(expected);
  });
});

describe('indexTerms', () => {
  it.each([
    ['unigrams of every CJK character', ['核融合'], ['核', '融', '合', '核融', '融合']],
    ['unique across texts, nullish skipped', ['Coil', null, undefined, '', 'coils 炉'], ['coil', '炉']],
    ['mixed', ['HTS線材'], ['hts', '線', '材', '線材']],
    ['nothing', [], []],
  ])('%s', (_name, texts, expected) => {
    expect(indexTerms(texts)).toEqual(expected);
  });

  it.each(['超伝導の磁石', '水と炉', 'HTS tapes', '2.5mm'])(
    'query tokens are a subset of the index terms of the same text: %s',
    (text) => {
      const terms = new Set(indexTerms([text]));
      expect(tokenizeQuery(text).every((token) => terms.has(token))).toBe(true);
    },
  );
});
