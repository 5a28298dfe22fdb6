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
    // Inside a kanji compound no boundary is marked: only a glossary term's edges cut it.
    ['伝導', '超伝導', 1, null],
    ['超伝導線材', '高温超伝導線材', 2, null],
    ['却機', '冷却機器', 1, null],
    ['ム冷', 'ヘリウム冷凍機', 3, null],
    ['冷凍機', 'ヘリウム冷凍機', 4, '冷凍機'],
    ['ヘリウム', 'ヘリウム冷凍機', 0, 'ヘリウム'],
    ['炉', '炉', 0, '炉'],
    // ヶ between kanji is part of the word (六ヶ所), not a change to katakana.
    ['所村', '六ヶ所村', 2, null],
    ['六ヶ所村', '六ヶ所村', 0, '六ヶ所村'],
    ['炉', '核融合炉', 3, null],
    ['ク', 'ク', 0, null],
    ['', '', 0, null],
    // Fragments the issue saw: across kana and kanji, okurigana kept, a katakana tail on a kanji word.
    ['るヘ', 'するヘリウム', 1, null],
    ['るヘリウム', 'するヘリウム', 1, 'ヘリウム'],
    ['冷却す', '冷却する', 0, '冷却'],
    ['却す', '冷却する', 1, null],
    ['ム液化機', 'ヘリウム液化機', 3, '液化機'],
    ['ム液', 'ヘリウム液化機', 3, null],
    ['液体ヘリウム', '液体ヘリウム', 0, '液体ヘリウム'],
  ])('%s of %s at %d → %s', (phrase, run, at, shown) => {
    expect(shownCjkPhrase(phrase, run, at)).toBe(shown);
  });

  it.each([
    // [phrase, run, at, glossary term edges in the run, shown]
    ['超伝導線', '高温超伝導線材', 2, [2, 5], '超伝導'],
    ['超伝導線材', '高温超伝導線材', 2, [2, 5], '超伝導線材'],
    ['超伝導線材', '高温超伝導線材', 2, [0, 2, 5, 7], '超伝導線材'],
    ['伝導線', '高温超伝導線材', 3, [2, 5], null],
    ['容器製作', '真空容器製作', 2, [0, 4], '製作'],
  ])('%s of %s at %d cut at glossary edges %j → %s', (phrase, run, at, edges, shown) => {
    expect(shownCjkPhrase(phrase, run, at, edges)).toBe(shown);
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
