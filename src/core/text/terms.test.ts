import { describe, expect, it } from 'vitest';
import { isShownWord, shownCjkPhrase } from './terms.ts';

describe('shownCjkPhrase', () => {
  it.each([
    // [phrase, the run it was cut from, where, what is shown]
    ['ーク', 'ネットワーク', 4, null],
    ['ワーク', 'ネットワーク', 3, null],
    ['ネット', 'ネットワーク', 0, null],
    ['ット', 'ネットワーク', 1, null],
    ['ネットワーク', 'ネットワーク', 0, 'ネットワーク'],
    ['ーク機器', 'ネットワーク機器', 4, '機器'],
    ['ーク', 'ーク', 0, null],
    ['ット', 'ット', 0, null],
    ['コイル', '超伝導コイル', 3, 'コイル'],
    ['ル巻', 'コイル巻線', 2, null],
    ['ル巻線', 'コイル巻線', 2, '巻線'],
    ['巻線', 'コイル巻線', 3, '巻線'],
    ['伝導', '超伝導', 1, '伝導'],
    ['超伝導線材', '高温超伝導線材', 2, '超伝導線材'],
    ['ム冷', 'ヘリウム冷凍機', 3, null],
    ['冷凍機', 'ヘリウム冷凍機', 4, '冷凍機'],
    ['ヘリウム', 'ヘリウム冷凍機', 0, 'ヘリウム'],
    ['炉', '炉', 0, '炉'],
    ['炉', '核融合炉', 3, null],
    ['ク', 'ク', 0, null],
    ['', '', 0, null],
  ])('%s of %s at %d → %s', (phrase, run, at, shown) => {
    expect(shownCjkPhrase(phrase, run, at)).toBe(shown);
  });
});

describe('isShownWord', () => {
  it.each([
    ['rebco', true],
    ['hts', true],
    ['3', false],
    ['x', false],
    ['66', false],
    ['nb', true],
  ])('%s → %s', (word, shown) => {
    expect(isShownWord(word)).toBe(shown);
  });
});
