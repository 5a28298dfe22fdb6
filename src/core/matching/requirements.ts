// A need's distinct requirements, so that ranking can reward an organisation that answers several of them
// over one that repeats a single word (issue 19). Plain structure only, no grammar: the author's own list
// (numbered or bulleted lines), else sentences, each cut further where it lists noun phrases (「、」「・」,
// commas, "and"). Long clauses stay whole: a piece counts as a list item only if it is short.

/** A list marker at the start of a line: 1. 1) (1) ① ・ - * • ● ■ ◆ ▪ and full-width forms. */
const MARKER = /^\s*(?:[（(]?\d{1,2}[.)）．、:]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|[・\-*•●■◆▪―])\s*/u;
const SENTENCE_END = /(?<=[。．！？!?])|(?<=[.;；])\s+/u;
/** Japanese list separators; ・ only where it is not inside a katakana compound (フュージョン・エネルギー). */
const JA_LIST = /、|，|(?<![\p{Script=Katakana}ー])・|・(?![\p{Script=Katakana}])/u;
const EN_LIST = /,\s*(?:and\s+|or\s+)?|\s+(?:and|as well as|plus)\s+/iu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Longest piece still read as a list item: characters of Japanese, words of English. */
const MAX_ITEM = { ja: 20, en: 6 } as const;
/** More parts than this are rarely distinct requirements, and each one costs a pass in the ranker. */
export const MAX_REQUIREMENTS = 8;

const tidy = (s: string) =>
  s
    .replace(MARKER, '')
    .replace(/^[\s、，,・]+|[\s、，,。．.;；:：]+$/gu, '')
    .trim();

/** Sizes in characters (Japanese) or words (English), whichever the piece is written in. */
function isShort(piece: string): boolean {
  if (CJK.test(piece)) return Array.from(piece.replace(/\s/g, '')).length <= MAX_ITEM.ja;
  return piece.split(/\s+/).filter(Boolean).length <= MAX_ITEM.en;
}

/**
 * A sentence cut at its list separators when every piece but the last is short enough to be a noun phrase
 * (the last one carries the verb: …ヘリウムリークディテクタを探しています); otherwise the sentence whole.
 */
function listItems(sentence: string): string[] {
  const separator = CJK.test(sentence) ? JA_LIST : EN_LIST;
  const pieces = sentence.split(separator).map(tidy).filter(Boolean);
  if (pieces.length < 2) return [sentence];
  return pieces.slice(0, -1).every(isShort) ? pieces : [sentence];
}

/** The distinct requirements of a need's text, in order, at most MAX_REQUIREMENTS; [] for an empty text. */
export function splitRequirements(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const listed = lines.filter((l) => MARKER.test(l));
  const parts =
    listed.length >= 2
      ? listed.map(tidy)
      : text.split(SENTENCE_END).map(tidy).filter(Boolean).flatMap(listItems);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts.map(tidy)) {
    const key = part.toLowerCase();
    if (part === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(part);
  }
  return out.slice(0, MAX_REQUIREMENTS);
}
