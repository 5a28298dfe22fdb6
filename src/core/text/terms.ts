// Which matched stretches of text are worth naming to a reader. Matching runs on CJK bigrams, so two texts
// can share a piece of a word that means nothing on its own: ネットワーク and フォーク share ーク. An
// explanation that lists such a piece as a matched term reads as noise, or worse, as a reason.

const KATAKANA_LIKE = /[\p{Script=Katakana}ー]/u;
const HAN = /\p{Script=Han}/u;
// No Japanese word begins with the long-vowel mark, a small kana or the small tsu.
const CANNOT_START = /^[ーっッゃゅょャュョぁぃぅぇぉァィゥェォゎヮ]/u;
const LETTER = /\p{L}/u;

/**
 * What of `phrase`, found at code-point `at` of the CJK run `run` it was cut from, is a term a person would
 * recognise, or null. A piece of a katakana word is dropped from either end (a loanword cut in the middle
 * is not a word: ーク機器 cut from ネットワーク機器 shows as 機器); what remains must be two characters or more
 * (or a one-kanji word standing alone, such as 炉) and not begin with a character no word begins with.
 * Kanji compounds may be cut anywhere: 伝導 of 超伝導 is a word.
 */
export function shownCjkPhrase(phrase: string, run: string, at: number): string | null {
  const around = Array.from(run);
  let chars = Array.from(phrase);
  let from = at;
  const katakana = (c: string | undefined) => c !== undefined && KATAKANA_LIKE.test(c);
  while (chars.length > 0 && katakana(around[from - 1]) && katakana(chars[0])) {
    chars = chars.slice(1);
    from++;
  }
  while (chars.length > 0 && katakana(around[from + chars.length]) && katakana(chars.at(-1))) {
    chars = chars.slice(0, -1);
  }
  const kept = chars.join('');
  if (chars.length === 1) return around.length === 1 && HAN.test(kept) ? kept : null;
  if (chars.length === 0 || CANNOT_START.test(kept)) return null;
  return kept;
}

/** A Latin-script matched word: two characters or more, one of them a letter (a lone "3" or "x" is no term). */
export function isShownWord(word: string): boolean {
  return Array.from(word).length >= 2 && LETTER.test(word);
}
