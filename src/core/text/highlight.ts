// Highlight ranges for <mark> rendering, in UTF-16 offsets of the original text.
//
// Latin tokens are highlighted where the text has a word with the same token (so "Magnets"
// lights up for "magnet"). CJK bigrams are chained back into the phrase they came from
// (超伝 + 伝導 → 超伝導) and the phrase is searched as a substring, so a stray 伝導 in 熱伝導 is
// not marked for the query 超伝導.

import { QUERY_STOP_WORDS } from './english.ts';
import { normalizeWithOffsets } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { isCjkToken, scanTokens } from './tokenize.ts';

type Range = [number, number];
type Needles = { words: Set<string>; phrases: Set<string> };

function codePointCount(s: string): number {
  return Array.from(s).length;
}

// Consecutive bigrams that overlap by one character come from one run of the query word.
function addPhrases(alternative: readonly string[], phrases: Set<string>): void {
  let phrase = '';
  let last = '';
  for (const token of alternative) {
    const chars = Array.from(token);
    const chains = phrase !== '' && codePointCount(last) === 2 && chars.length === 2;
    if (chains && phrase.endsWith(chars[0]!)) {
      phrase += chars[1]!;
    } else {
      if (phrase !== '') phrases.add(phrase);
      phrase = token;
    }
    last = token;
  }
  if (phrase !== '') phrases.add(phrase);
}

function collectNeedles(groups: readonly QueryGroup[]): Needles {
  const needles: Needles = { words: new Set(), phrases: new Set() };
  for (const alternative of groups.flatMap((group) => group.alternatives)) {
    // "of" in "balance of plant" must not light up every "of" in the text.
    const words = alternative.filter((token) => !isCjkToken(token));
    const content = words.filter((token) => !QUERY_STOP_WORDS.has(token));
    for (const word of content.length > 0 ? content : words) needles.words.add(word);
    addPhrases(alternative.filter(isCjkToken), needles.phrases);
  }
  return needles;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function highlightRanges(text: string, groups: readonly QueryGroup[]): Array<[number, number]> {
  const needles = collectNeedles(groups);
  if (needles.words.size === 0 && needles.phrases.size === 0) return [];
  const norm = normalizeWithOffsets(text);
  const ranges: Range[] = [];
  const addRange = (start: number, end: number) => ranges.push([norm.starts[start]!, norm.ends[end - 1]!]);
  scanTokens(norm.text, 'stream', (token, start, end, cjk) => {
    if (!cjk && needles.words.has(token)) addRange(start, end);
  });
  for (const phrase of needles.phrases) {
    for (let at = norm.text.indexOf(phrase); at >= 0; at = norm.text.indexOf(phrase, at + 1)) {
      addRange(at, at + phrase.length);
    }
  }
  return mergeRanges(ranges);
}
