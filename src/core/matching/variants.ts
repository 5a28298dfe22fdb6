// Spelling and naming variants (issue 19): the same technical word written in other characters. Two
// general mechanisms, applied alike to records, needs and glossary spellings:
//
// 1. Orthographic normalisation before tokenising: katakana forms that differ only by a word-final long
//    vowel mark (レーザー / レーザ, ディテクター / ディテクタ: JIS Z 8301 allows both), ヴ-row spellings
//    (ヴァルブ / バルブ), a middle dot inside a katakana compound (リモート・ハンドリング), and a short list of
//    official kanji / kana alternatives (超電導 / 超伝導, 遮へい / 遮蔽: ORTHOGRAPHIC below).
// 2. Loanword keys: a katakana word and the English word it was borrowed from reduce to the same consonant
//    skeleton (テープ → te-pu → "tp", tape → "tp"; リモートハンドリング and "remote handling" → "rmthndrng"),
//    by romanising the katakana with wanakana and applying a small set of English spelling rules
//    (l → r, v → b, c/g before e/i/y, a silent r after a vowel, …). A key only bridges across scripts
//    (engine.ts looks a katakana word's key up among English words and back), so "tape" never meets "type".

import { toRomaji } from 'wanakana';

/**
 * Kanji and kana alternatives the glossary's own spellings do not cover, each written → preferred. Official
 * alternatives (常用漢字 mazegaki, 学術用語 pairs), not synonyms: both sides of a pair mean the same word.
 */
export const ORTHOGRAPHIC: ReadonlyArray<readonly [string, string]> = [
  ['超電導', '超伝導'],
  ['遮へい', '遮蔽'],
  ['しゃへい', '遮蔽'],
  ['溶せつ', '溶接'],
  ['ひずみ', '歪み'],
  ['はんだ', '半田'],
  ['き裂', '亀裂'],
  ['腐しょく', '腐食'],
  ['腐蝕', '腐食'],
  ['洗じょう', '洗浄'],
  ['探きず', '探傷'],
  ['熔接', '溶接'],
  ['熔融', '溶融'],
];

/** Printable ASCII and white space: nothing to normalise and no katakana. */
const NON_ASCII = /[^ -~\s]/u;
const isAscii = (text: string) => !NON_ASCII.test(text);
const V_ROW: Record<string, string> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴ: 'ブ' };
const KATAKANA = '\\p{Script=Katakana}ー';
const KATAKANA_DOT = new RegExp(`(?<=[${KATAKANA}])[・･](?=[${KATAKANA}])`, 'gu');
/** A long-vowel mark ending a katakana word of three or more kana before it. */
const FINAL_LONG = new RegExp(`(?<=[${KATAKANA}]{3})ー(?![${KATAKANA}])`, 'gu');

/**
 * Okurigana written or left out inside a compound (送り仮名の省略, allowed by the cabinet's rules): 貸し工場 /
 * 貸工場, 組み立て / 組立て, 取り扱い / 取扱い, 申し込み / 申込み. One verb-stem kana between two kanji is dropped;
 * particles (の, と, に, を, は, が, で, も, や, へ, か) are not among these kana, so 東京と大阪 keeps its と.
 */
const OKURIGANA = /(?<=\p{Script=Han})[しりちきみえけせれげびぎじつ](?=\p{Script=Han})/gu;

/** The text with orthographic variants replaced by one spelling (see the header). */
export function normalizeVariants(text: string): string {
  if (isAscii(text)) return text;
  let out = text.replace(KATAKANA_DOT, '').replace(/ヴ[ァィェォ]?/gu, (m) => V_ROW[m] ?? 'ブ');
  for (const [from, to] of ORTHOGRAPHIC) if (out.includes(from)) out = out.split(from).join(to);
  return out.replace(OKURIGANA, '').replace(FINAL_LONG, '');
}

/** Consonant skeleton of romanised katakana. */
function skeletonOfRomaji(romaji: string): string {
  return collapse(
    romaji
      .toLowerCase()
      .replace(/tsu?/g, 't')
      .replace(/sh/g, 's')
      .replace(/ch/g, 'c')
      .replace(/n(?=[bpm])/g, 'm')
      .replace(/z/g, 's')
      .replace(/[^bcdfghjkmnprstw]/g, ''),
  );
}

/** Consonant skeleton of an English word as Japanese borrows it. */
function skeletonOfEnglish(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/(?<=^.{3,}[^acisu])s$/, '') // a plural: valves, cranes (not gas, analysis, optics)
    .replace(/ture/g, 'chur') // venture, structure
    .replace(/ge$/, 'j') // voltage, flange
    .replace(/c(?=[eiy])/g, 's')
    .replace(/(?<=[^aeiou])e$/, '') // a silent final e: tape, cable, module
    .replace(/[ts]ion/g, 'syon')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/wh/g, 'w')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/g(?=[iy])/g, 'j')
    .replace(/sh/g, 's')
    .replace(/gh/g, '')
    // An r after a vowel and before a consonant or the end is a long vowel in Japanese (ター, ダイバータ);
    // before l becomes r, so that coil (コイル) and valve (バルブ) keep theirs.
    .replace(/(?<=[aeiouy])r(?![aeiouy])/g, '')
    .replace(/(?<=[aeiou])[wy](?![aeiou])/g, '')
    .replace(/c(?!h)|q/g, 'k')
    .replace(/ch/g, 'c')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/z/g, 's');
  return collapse(w.replace(/[^bcdfghjkmnprstw]/g, ''));
}

const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

/** Shortest skeleton that bridges: two consonants (テープ / tape) is the least a loanword can share. */
const MIN_KEY = 2;

/**
 * Words recur across a directory: each skeleton is worked out once. Bounded, so a long-running server that
 * sees endless new words does not grow without limit (emptied when full; rebuilt as words come back).
 */
const CACHE_SIZE = 50_000;
function cached(cache: Map<string, string>, word: string, make: (w: string) => string): string {
  let v = cache.get(word);
  if (v === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    v = make(word);
    cache.set(word, v);
  }
  return v;
}
const katakanaCache = new Map<string, string>();
const englishCache = new Map<string, string>();

/** The loanword key of a katakana word (three characters or more); null when too short to bridge. */
export function katakanaKey(word: string): string | null {
  if (word.length < 3) return null;
  const key = cached(katakanaCache, word, (w) => skeletonOfRomaji(toRomaji(w)));
  return key.length >= MIN_KEY ? key : null;
}

/**
 * English function words (a closed class: determiners, pronouns, prepositions, conjunctions, auxiliaries).
 * Japanese rarely writes them as loanwords, but their katakana keys exist in names and slogans (アンド,
 * ウィズ, ザ), so "and" or "with" in a need would otherwise bridge to whatever record spells them.
 */
export const NOT_BORROWED: ReadonlySet<string> = new Set(
  (
    'the and but nor for yet not all any both each few more most other some such own same than too very ' +
    'with without within from into onto upon over under about above below after before between through ' +
    'during across against along among around behind beside beyond near off out per via since until ' +
    'our ours ourselves you your yours they them their theirs she her hers him his its who whom whose which ' +
    'what when where why how this that these those there here then also just only even ever either neither ' +
    'are was were been being have has had having does did doing done can could may might must shall should ' +
    'will would need needs let lets get got make made use used want wants like please able ' +
    'one else including etc based'
  ).split(' '),
);

/** The loanword key of an English word or of two adjacent words written as one katakana compound. */
export function englishKey(...words: string[]): string | null {
  if (words.some((w) => w.length < 3 || !/^[a-z]+$/i.test(w) || NOT_BORROWED.has(w.toLowerCase())))
    return null;
  const key = words.map((w) => cached(englishCache, w.toLowerCase(), skeletonOfEnglish)).join('');
  return key.length >= MIN_KEY ? key : null;
}

const KATAKANA_WORD = new RegExp(`[\\p{Script=Katakana}][${KATAKANA}]{2,}`, 'gu');
const LATIN_WORD = /[a-z]+/giu;

export type LoanWords = {
  /** key → the katakana word it came from (first seen). */
  katakana: Map<string, string>;
  /** key → the English word or pair it came from (first seen). */
  english: Map<string, string>;
};

/**
 * The loanword keys of a (normalised) text, each script apart. `pairs`: also two adjacent English words as
 * one key, for a katakana compound (remote handling → リモートハンドリング). Queries only: in every record it
 * would add a key per word pair, a third more index for a bridge that runs one way as well.
 */
export function loanWords(text: string, pairs = false): LoanWords {
  const out: LoanWords = { katakana: new Map(), english: new Map() };
  if (!isAscii(text))
    for (const m of text.matchAll(KATAKANA_WORD)) {
      const key = katakanaKey(m[0]);
      if (key && !out.katakana.has(key)) out.katakana.set(key, m[0]);
    }
  const words = [...text.matchAll(LATIN_WORD)].map((m) => m[0].toLowerCase());
  words.forEach((w, i) => {
    const one = englishKey(w);
    if (one && !out.english.has(one)) out.english.set(one, w);
    const next = pairs ? words[i + 1] : undefined;
    const two = next ? englishKey(w, next) : null;
    if (two && !out.english.has(two)) out.english.set(two, `${w} ${next}`);
  });
  return out;
}
