// Query parsing and matching.
//
// A query is a list of groups that must all match. A group matches a document when the
// document's terms contain every token of at least one alternative; in SQL:
//   (search_terms @> ARRAY[alt1...]) OR (search_terms @> ARRAY[alt2...])
// Alternatives are built with the tokenizer, so they are always in indexTerms' vocabulary.

import { QUERY_STOP_WORDS } from './english.ts';
import type { Glossary } from './glossary.ts';
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
  const synonyms = glossary?.synonyms(lookup) ?? [];
  const alternatives = simplifyAlternatives([tokenizeQuery(text), ...synonyms.map(tokenizeQuery)]);
  return { text, alternatives };
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
