// JA↔EN glossary: every term of an entry is a synonym of every other term of that entry.
//
// Terms are looked up by their token sequence rather than their raw text, so that spelling
// variants the tokenizer already folds (HTS tapes / hts tape, high-temperature / high
// temperature, ＨＴＳ / hts) find the same entry.

import { normalizeText } from './normalize.ts';
import { tokenize } from './tokenize.ts';

export type GlossaryEntry = {
  ja: readonly string[];
  en: readonly string[];
  /**
   * Terms of a wider entry this one is a kind of (超音波探傷 is a 非破壊検査): matching reads a text naming
   * this entry as naming the wider one too, never the reverse (an NDT need may want radiography).
   */
  broader?: readonly string[];
};

export type Glossary = {
  // Normalized synonyms of a term, the term itself excluded; [] when the term is unknown.
  synonyms(term: string): string[];
  has(term: string): boolean;
  // Whether a normalised text is written exactly as one of the terms: a set lookup, for callers that try
  // many substrings (a compound's possible parts) where tokenising each for `has` would dominate.
  hasText(normalized: string): boolean;
  // Most tokens in any term: bounds the run of query words worth trying as one term.
  readonly maxTermTokens: number;
};

export function glossaryKey(term: string): string {
  return tokenize(term).join(' ');
}

type Term = { key: string; text: string };

function entryTerms(entry: GlossaryEntry): Term[] {
  const byKey = new Map<string, string>();
  for (const raw of [...entry.ja, ...entry.en]) {
    const key = glossaryKey(raw);
    if (key !== '' && !byKey.has(key)) byKey.set(key, normalizeText(raw));
  }
  return [...byKey].map(([key, text]) => ({ key, text }));
}

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  // key → (synonym key → synonym text); a term listed in two entries gets the union.
  const index = new Map<string, Map<string, string>>();
  let maxTermTokens = 0;
  const texts = new Set<string>();
  for (const entry of entries) {
    for (const raw of [...entry.ja, ...entry.en]) texts.add(normalizeText(raw));
    const terms = entryTerms(entry);
    for (const term of terms) {
      maxTermTokens = Math.max(maxTermTokens, term.key.split(' ').length);
      const synonyms = index.get(term.key) ?? new Map<string, string>();
      index.set(term.key, synonyms);
      for (const other of terms) {
        if (other.key !== term.key && !synonyms.has(other.key)) synonyms.set(other.key, other.text);
      }
    }
  }
  return {
    synonyms: (term) => [...(index.get(glossaryKey(term))?.values() ?? [])],
    has: (term) => index.has(glossaryKey(term)),
    hasText: (normalized) => texts.has(normalized),
    maxTermTokens,
  };
}
