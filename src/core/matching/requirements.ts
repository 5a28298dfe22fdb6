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
const MAX_ITEM = { ja: 20, en: 8 } as const;
/**
 * A number or circled number inside a sentence that opens a list item: (1) （1） 1) ①. Never a bare "1." or
 * "1 " (a decimal, "1 kA"). Items count only when numbered 1, 2, 3… in order (inlineItems).
 */
const INLINE_MARKER =
  /(?<![A-Za-z0-9])[（(](\d{1,2})[)）]|(?<![A-Za-z0-9./(（])(\d{1,2})[)）]|([\u2460-\u2473])/gu;
/**
 * What joins the last two items of a list, left at the end of the item before the next marker; matched on a
 * tidied item (no trailing space), and only as a whole word, so "motor" keeps its "or".
 */
const ITEM_JOIN = /(?:\s+(?:and|or|as well as|plus)|および|及び)$/iu;
/**
 * A Japanese list's opening clause, not an item: "X の開発で、", "試験に備えて、", "誘致に向けて、", "ため、".
 * Dropped only where the sentence lists at least two items after it.
 */
const JA_LEAD = /(?:について|に向けて|に備えて|のため|ため|ので|では|で|て)$/u;
/** A Japanese list's verb tail cut off as a piece of its own (を探しています): it belongs to the item before. */
const JA_TAIL = /^[をにがはへ]/u;
/** An English list's lead-in, up to its verb or colon: "For our loop we are looking for" a, b and c. */
const EN_LEAD =
  /^.*(?::|\b(?:looking for|need|needs|seeking|seek|want|require|requires|include|including))\s+/iu;
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
  const ja = CJK.test(sentence);
  // An English lead-in before a colon is no item, whatever follows ("three things at once: a, b and c").
  const colon = ja ? -1 : sentence.indexOf(': ');
  const listed = colon >= 0 ? sentence.slice(colon + 2) : sentence;
  let pieces = listed
    .split(ja ? JA_LIST : EN_LIST)
    .map(tidy)
    .filter(Boolean);
  if (pieces.length < 2) return [sentence];
  if (ja) {
    if (pieces.length >= 3 && JA_LEAD.test(pieces[0]!)) pieces = pieces.slice(1);
    if (pieces.length >= 2 && JA_TAIL.test(pieces.at(-1)!)) {
      pieces = [...pieces.slice(0, -2), pieces.at(-2)! + pieces.at(-1)!];
    }
  } else {
    // The first item carries the sentence's lead-in ("we are looking for …"): the item is what follows it.
    const first = pieces[0]!.replace(EN_LEAD, '');
    if (first !== '') pieces = [first, ...pieces.slice(1)];
  }
  if (pieces.length < 2) return [sentence];
  return pieces.slice(0, -1).every(isShort) ? pieces : [sentence];
}

/** A text's sentences, line by line, tidied as requirements are (no list marker, no end mark), none empty. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map(tidy)
    .filter(Boolean);
}

/** A text's sentences, each cut further where it lists noun phrases. */
const sentenceItems = (text: string) => text.split(SENTENCE_END).map(tidy).filter(Boolean).flatMap(listItems);

/**
 * The items of a list written inside running text: "need (1) a refrigerator, (2) transfer lines and (3)
 * gauges", 「次を探しています。1) 冷凍機 2) 直流電源 3) 貸しラボ」. The sentence (or part of one) that leads into
 * the first marker is no item; the sentences before it and after the last item are read as usual. null unless
 * numbered 1, 2… in order.
 */
function inlineItems(text: string): string[] | null {
  const marks = [...text.matchAll(INLINE_MARKER)];
  const numbers = marks.map((m) => Number(m[1] ?? m[2] ?? m[3]!.codePointAt(0)! - 0x2460 + 1));
  if (marks.length < 2 || numbers.some((n, i) => n !== i + 1)) return null;
  const before = text.slice(0, marks[0]!.index!).split(SENTENCE_END).map(tidy).filter(Boolean);
  let after = '';
  const items = marks.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1]!.index! : text.length;
    let item = text.slice(start, end);
    if (i + 1 === marks.length) {
      const [last, ...rest] = item.split(SENTENCE_END);
      item = last!;
      after = rest.join(' ');
    }
    return tidy(tidy(item).replace(ITEM_JOIN, ''));
  });
  return [...before.slice(0, -1).flatMap(listItems), ...items, ...sentenceItems(after)];
}

/** The distinct requirements of a need's text, in order, at most MAX_REQUIREMENTS; [] for an empty text. */
export function splitRequirements(raw: string): string[] {
  // One space for every run of them: the patterns below scan runs of spaces, which a pasted text can make
  // thousands long (a need's body may hold 10,000 characters).
  const text = raw.replace(/[^\S\r\n]+/gu, ' ');
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const listed = lines.filter((l) => MARKER.test(l));
  const parts = listed.length >= 2 ? listed.map(tidy) : (inlineItems(text) ?? sentenceItems(text));
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
