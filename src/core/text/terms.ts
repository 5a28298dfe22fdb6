// Which matched stretches of text are worth naming to a reader. Matching runs on CJK bigrams, so two texts
// can share a piece of a word that means nothing on its own: ネットワーク and フォーク share ーク. An
// explanation that lists such a piece as a matched term reads as noise, or worse, as a reason.

const HAN = /\p{Script=Han}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
// No Japanese word begins with the long-vowel mark, a small kana or the small tsu.
const CANNOT_START = /^[ーっッゃゅょャュョぁぃぅぇぉァィゥェォゎヮ]/u;
const LETTER = /\p{L}/u;

/** Script of a CJK character: a change of script is the one word boundary plain text always marks. */
function scriptOf(c: string): 'han' | 'katakana' | 'hiragana' | 'other' {
  // ヶ and ヵ between kanji are counters read as part of the word (六ヶ所, 一ヵ月), not katakana.
  if (HAN.test(c) || c === '々' || c === '〆' || c === 'ヶ' || c === 'ヵ') return 'han';
  if (c === 'ー' || /\p{Script=Katakana}/u.test(c)) return 'katakana';
  return HIRAGANA.test(c) ? 'hiragana' : 'other';
}

/** Offsets in `chars` where a word may begin or end: the run's ends, script changes, and `edges`. */
function boundaries(chars: readonly string[], edges: Iterable<number>): number[] {
  const out = new Set<number>([0, chars.length, ...edges]);
  for (let i = 1; i < chars.length; i++) {
    if (scriptOf(chars[i - 1]!) !== scriptOf(chars[i]!)) out.add(i);
  }
  return [...out].filter((b) => b >= 0 && b <= chars.length).sort((a, b) => a - b);
}

/**
 * What of `phrase`, found at code-point `at` of the CJK run `run` it was cut from, is a term a person would
 * recognise, or null. Bigrams cannot tell where a word ends, so the shown part must begin and end at a
 * boundary the text itself marks: the run's ends (particles and punctuation cut runs), a change of script
 * (ヘリウム|液化機, 冷却|する) or the edge of a glossary term found in the run (`edges`, code-point offsets).
 * A piece between two such boundaries is dropped: ーク of ネットワーク, 却す of 冷却する, ム液化機 of
 * ヘリウム液化機. Hiragana at either end is okurigana or a particle, never the word; what remains must be two
 * characters or more (or a one-kanji run standing alone, such as 炉).
 */
export function shownCjkPhrase(
  phrase: string,
  run: string,
  at: number,
  edges: Iterable<number> = [],
): string | null {
  const chars = Array.from(run);
  const end = at + Array.from(phrase).length;
  const cuts = boundaries(chars, edges);
  const inside = cuts.filter((b) => b >= at && b <= end);
  if (inside.length < 2) return null;
  let i = 0;
  let j = inside.length - 1;
  // Peel hiragana segments off both ends: 冷却す → 冷却, するヘリウム → ヘリウム.
  while (i < j && scriptOf(chars[inside[i]!]!) === 'hiragana') i++;
  while (j > i && scriptOf(chars[inside[j]! - 1]!) === 'hiragana') j--;
  if (i >= j) return null;
  const kept = chars.slice(inside[i], inside[j]).join('');
  const length = inside[j]! - inside[i]!;
  if (length === 1) return chars.length === 1 && HAN.test(kept) ? kept : null;
  return CANNOT_START.test(kept) ? null : kept;
}

/** A Latin-script matched word: two characters or more, one of them a letter (a lone "3" or "x" is no term). */
export function isShownWord(word: string): boolean {
  return Array.from(word).length >= 2 && LETTER.test(word);
}
