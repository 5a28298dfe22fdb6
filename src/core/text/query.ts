// Query parsing and matching.
//
// A query is a list of groups that must all match. A group matches a document when the
// document's terms contain every token of at least one alternative; in SQL:
//   (search_terms @> ARRAY[alt1...]) OR (search_terms @> ARRAY[alt2...])
// Alternatives are built with the tokenizer, so they are always in indexTerms' vocabulary.

import { QUERY_STOP_WORDS } from './english.ts';
import { type Glossary, glossaryKey } from './glossary.ts';
import { normalizeText } from './normalize.ts';
import { tokenizeQuery } from './tokenize.ts';

export type QueryGroup = { text: string; alternatives: string[][] };

// A quoted phrase ("…", “…”, 「…」) is one word; NFKC has already turned ＂ into ".
const QUERY_WORD = /"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)/gu;

export function splitQueryWords(q: string): string[] {
  const words: string[] = [];
  for (const match of normalizeText(q).matchAll(QUERY_WORD)) {
    const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (word !== '') words.push(word);
  }
  return words;
}

function isSubset(small: readonly string[], big: readonly string[]): boolean {
  return small.every((token) => big.includes(token));
}

// Drops empty and duplicate alternatives, and any alternative that is a superset of another:
// under OR it can never match a document the smaller one does not.
function simplifyAlternatives(alternatives: string[][]): string[][] {
  const sets = alternatives.map((alt) => [...new Set(alt)]).filter((alt) => alt.length > 0);
  return sets.filter(
    (alt, i) =>
      !sets.some((other, j) => j !== i && isSubset(other, alt) && (other.length < alt.length || j < i)),
  );
}

function buildGroup(text: string, lookup: string, glossary: Glossary | undefined): QueryGroup {
  const phrasings = glossary ? expandPhrase(lookup, glossary).slice(1) : [];
  const alternatives = simplifyAlternatives([tokenizeQuery(text), ...phrasings.map(tokenizeQuery)]);
  return { text, alternatives };
}

// How far one query word may expand: the closure below is bounded so a long compound of common terms
// cannot turn into thousands of SQL alternatives. 64 holds every two-part compound of the shipped glossary.
const MAX_PHRASINGS = 64;
const MAX_UNITS = 32;
const MAX_PARTS = 4;
const CJK_EDGE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー〆]/u;

// Places where a phrase may be cut into terms: between words, and between any two CJK characters
// (Japanese writes compounds without spaces). `glued` says the unit continues the previous word.
type Unit = { text: string; glued: boolean };

function phraseUnits(phrase: string): Unit[] {
  const units: Unit[] = [];
  for (const word of phrase.split(/\s+/u).filter(Boolean)) {
    let glued = false;
    for (const piece of word.match(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー〆]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー〆]+/gu,
    ) ?? []) {
      units.push({ text: piece, glued });
      glued = true;
    }
  }
  return units;
}

// Joins parts the way each language writes them: Japanese glued (超伝導 + 磁石 → 超伝導磁石, which is
// also how its tokens line up with the index), anything touching Latin text with a space.
function joinParts(parts: readonly string[]): string {
  return parts.reduce((out, part) => {
    if (out === '') return part;
    const glue = CJK_EDGE.test(out.at(-1) ?? '') && CJK_EDGE.test(part[0] ?? '');
    return glue ? out + part : `${out} ${part}`;
  }, '');
}

function unitsText(units: readonly Unit[]): string {
  return units.map((u, i) => (i > 0 && !u.glued ? ` ${u.text}` : u.text)).join('');
}

// A run of single CJK characters is a term only when written exactly as one (NFKC is the only folding the
// tokenizer applies to Japanese), which a set lookup answers; text with Latin words goes through `has`,
// which also folds plurals, hyphens and spacing. Tokenising every substring made a long compound cost 0.1 s.
// The same substrings come back for every phrasing of a compound: answers are kept per glossary (bounded).
const termAnswers = new WeakMap<Glossary, Map<string, boolean>>();
const MAX_TERM_ANSWERS = 50_000;

function isTerm(
  part: string,
  units: readonly Unit[],
  start: number,
  end: number,
  glossary: Glossary,
): boolean {
  let answers = termAnswers.get(glossary);
  if (!answers || answers.size > MAX_TERM_ANSWERS) {
    answers = new Map();
    termAnswers.set(glossary, answers);
  }
  let answer = answers.get(part);
  if (answer === undefined) {
    let cjk = true;
    for (let i = start; i < end && cjk; i++) cjk = CJK_EDGE.test(units[i]!.text);
    answer = cjk ? glossary.hasText(part) : glossary.has(part);
    answers.set(part, answer);
  }
  return answer;
}

/**
 * The phrase cut into the fewest glossary terms that cover all of it (超伝導磁石 → 超伝導 + 磁石,
 * "superconducting magnet" → superconducting + magnet), or undefined when no full cover of two or more
 * terms exists: a compound with a part the glossary does not know stays as typed.
 */
export function termCover(phrase: string, glossary: Glossary): string[] | undefined {
  const units = phraseUnits(phrase);
  const n = units.length;
  if (n < 2 || n > MAX_UNITS) return undefined;
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (before === undefined || (start === 0 && end === n)) continue;
      if (best[end] !== undefined && best[end]!.length <= before.length + 1) continue;
      const part = unitsText(units.slice(start, end));
      if (isTerm(part, units, start, end, glossary)) best[end] = [...before, part];
    }
  }
  const cover = best[n];
  // Past four parts the phrasings multiply beyond what a query may expand to; the compound stays as typed.
  return cover && cover.length <= MAX_PARTS ? cover : undefined;
}

// Every way of writing the cover with each part in any of its glossary spellings, at most `limit`.
function coverPhrasings(cover: readonly string[], glossary: Glossary, limit: number): string[] {
  let combos: string[][] = [[]];
  for (const part of cover) {
    const spellings = [part, ...glossary.synonyms(part)];
    combos = combos.flatMap((combo) => spellings.map((s) => [...combo, s])).slice(0, limit);
  }
  return combos.map(joinParts);
}

/**
 * Every phrasing the glossary makes equivalent to `phrase`, the phrase first: its synonyms, and for a
 * phrase that is a compound of terms, each part in each of its spellings (超伝導磁石 → superconducting
 * magnet, 超電導マグネット…), followed transitively. A compound and its translation thus reach the same
 * set whichever side is typed: 超伝導磁石 reaches "superconducting magnet" through its parts, and
 * "superconducting magnet" reaches 超伝導磁石 the same way, so both also gain the entry that lists the
 * English phrase (超伝導コイル). The walk stops at MAX_PHRASINGS.
 */
export function expandPhrase(phrase: string, glossary: Glossary): string[] {
  const found = new Map<string, string>();
  const queue = [phrase];
  for (let i = 0; i < queue.length && found.size < MAX_PHRASINGS; i++) {
    const text = queue[i]!;
    const key = glossaryKey(text);
    if (key === '' || found.has(key)) continue;
    found.set(key, text);
    queue.push(...glossary.synonyms(text));
    const cover = termCover(text, glossary);
    if (cover) queue.push(...coverPhrasings(cover, glossary, MAX_PHRASINGS));
  }
  return [...found.values()];
}

// The glossary spelling of words[from, to) if that run is a term: as typed with spaces
// ("high temperature superconductor"), or glued for Japanese typed with spaces (高温 超伝導).
function termAt(words: string[], from: number, to: number, glossary: Glossary): string | undefined {
  const run = words.slice(from, to);
  return [run.join(' '), run.join('')].find((candidate) => glossary.has(candidate));
}

type Span = { text: string; lookup: string; multiWord: boolean; end: number };

// The longest run of two or more words starting at `from` that is a glossary term, so that
// "high temperature superconductor" wins over "superconductor".
function longestTermAt(words: string[], from: number, glossary: Glossary): Span | undefined {
  for (let end = Math.min(words.length, from + glossary.maxTermTokens + 1); end >= from + 2; end--) {
    const lookup = termAt(words, from, end, glossary);
    if (lookup !== undefined) return { text: words.slice(from, end).join(' '), lookup, multiWord: true, end };
  }
  return undefined;
}

function spanWords(words: string[], glossary: Glossary | undefined): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const span = (glossary && longestTermAt(words, i, glossary)) || {
      text: word,
      lookup: word,
      multiWord: false,
      end: i + 1,
    };
    spans.push(span);
    i = span.end;
  }
  return spans;
}

export function parseQuery(q: string, glossary?: Glossary): QueryGroup[] {
  const spans = spanWords(splitQueryWords(q), glossary);
  const isStop = (span: Span) => !span.multiWord && QUERY_STOP_WORDS.has(span.text);
  // A query made only of stop words ("the") still means something; keep it then.
  const kept = spans.every(isStop) ? spans : spans.filter((span) => !isStop(span));
  return kept
    .map((span) => buildGroup(span.text, span.lookup, glossary))
    .filter((group) => group.alternatives.length > 0);
}

// The SQL semantics in JS. No groups (blank query) matches everything.
export function matchesQuery(terms: ReadonlySet<string>, groups: readonly QueryGroup[]): boolean {
  return groups.every((group) =>
    group.alternatives.some((alternative) => alternative.every((token) => terms.has(token))),
  );
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
