import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets } from './normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['full-width letters', 'ＨＴＳ', 'hts'],
    ['full-width digits', '２０２５年', '2025年'],
    ['half-width katakana with voiced mark', 'ｶﾞｽ', 'ガス'],
    ['half-width katakana with semi-voiced mark', 'ﾊﾟﾜｰ', 'パワー'],
    ['upper case', 'Tokamak ITER', 'tokamak iter'],
    ['ideographic space and tabs collapse', 'a\u3000\tb\n\nc', 'a b c'],
    ['trimmed', '  核融合  ', '核融合'],
    ['compatibility ligature and square era', 'ﬁber ㍻', 'fiber 平成'],
    ['soft hyphen and zero-width space removed', 'super\u00ADcon\u200Bductor', 'superconductor'],
    ['circled digit', '①', '1'],
    ['empty', '', ''],
    ['printable ASCII fast path', '  Fusion   Energy ', 'fusion energy'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeWithOffsets', () => {
  it.each([
    // [input, normalized, starts, ends]
    ['ｶﾞｽ', 'ガス', [0, 2], [2, 3]],
    ['ＨＴ', 'ht', [0, 1], [1, 2]],
    ['㍻', '平成', [0, 0], [1, 1]],
    [' a \u3000 b', 'a b', [1, 2, 5], [2, 3, 6]],
  ])('%s maps back to the original', (input, text, starts, ends) => {
    expect(normalizeWithOffsets(input)).toEqual({ text, starts, ends });
  });

  it.each(['ＨＴＳ　ｶﾞｽ  Magnets\n', '高温超伝導コイル', 'a\tb', 'Ⅻ ㌔'])(
    'agrees with normalizeText: %s',
    (s) => {
      expect(normalizeWithOffsets(s).text).toBe(normalizeText(s));
    },
  );
});
