// Turns texts into weighted index terms: the shared tokenizer's stream (Latin words, CJK bigrams) minus
// function words, plus one language-neutral concept term per glossary entry found in the text. A Japanese
// need that says 超伝導線材 and an English seed that says "HTS tape" share the concept of the 線材/tape
// entry, so BM25 matches them with the concept's own document frequency, and the explanation can name the
// concept in either language.

import {
  type GlossaryEntry,
  glossaryKey,
  isCjkToken,
  QUERY_STOP_WORDS,
  tokenizeQuery,
} from '../text/index.ts';
import { englishKey, loanWords, NOT_BORROWED, normalizeVariants } from './variants.ts';

/** Concept terms start with a control character no tokenizer output contains. */
export const CONCEPT_PREFIX = '\u0001';
/** A general vocabulary from the synonym dictionary: bridges like a concept, weighs like a word. */
export const SYNONYM_PREFIX = '\u0003';
/**
 * Loanword keys (variants.ts): LOAN_KATAKANA + key for a katakana word in the text, LOAN_ENGLISH + key for an
 * English word (or pair); a query looks each up in the other script (crossScript).
 */
export const LOAN_KATAKANA = '\u0002k';
export const LOAN_ENGLISH = '\u0002e';
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

export type ConceptLabel = { ja: string; en: string };

export type Analysis = {
  /** term → weighted frequency (title occurrences count twice). */
  counts: Map<string, number>;
  /** Loanword term → the word of this text it came from, for explanations. */
  loans: Map<string, string>;
  /** Surface tokens in text order, for rebuilding matched phrases. */
  stream: string[];
  /** Surface tokens that only ever occur inside a glossary term: the concept already stands for them. */
  covered: Set<string>;
  /**
   * Per stream position, where glossary terms begin (bit 1) and end (bit 2) there: with script changes,
   * the word boundaries an explanation may cut a Japanese run at (engine.ts explainTerms).
   */
  edges: number[];
};

type TrieNode = { next: Map<string, TrieNode>; entries: number[]; implied: number[] };

export type Lexicon = {
  /** `query`: a need or seed being matched rather than a record being indexed (loanword pairs, variants.ts). */
  analyze(
    title: ReadonlyArray<string | undefined>,
    body: ReadonlyArray<string | undefined>,
    query?: boolean,
  ): Analysis;
  /** The entry's label for a concept term; undefined for a surface term. */
  concept(term: string): ConceptLabel | undefined;
  /** Every spelling of a concept or synonym term's entry, as written in the glossary or dictionary. */
  spellings(term: string): readonly string[];
};

const KATAKANA_CHAR = /^[\p{Script=Katakana}ー]$/u;
/** Kana no Japanese word begins with: a piece starting with one is the tail of a word, not a word. */
const NO_WORD_START = /^[ンッーァィゥェォャュョヮヵヶ]/u;

/** Whether two stream tokens are overlapping bigrams of one CJK run (ブラ, ラン). */
function chained(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === 2 && b.length === 2 && a[1] === b[0];
}

/**
 * Whether a term found at tokens i..j (CJK bigrams) cuts a katakana word where no word boundary can be:
 * ブラ in ブランケット (what follows begins with ン), リチウム in トリチウム (one kana left before it), or any
 * match of two kana inside a longer katakana run. A compound such as ヘリウムリークディテクタ is cut only
 * between words, so each of its words still counts.
 */
export function cutsKatakanaWord(tokens: readonly string[], i: number, j: number): boolean {
  const first = tokens[i]!;
  const last = tokens[j]!;
  const katakana = (ch: string | undefined) => ch !== undefined && KATAKANA_CHAR.test(ch);
  const leftIn = chained(tokens[i - 1], first) && katakana(first[0]) && katakana(tokens[i - 1]![0]);
  const rightIn = chained(last, tokens[j + 1]) && katakana(last.at(-1)) && katakana(tokens[j + 1]![1]);
  if (!leftIn && !rightIn) return false;
  const length = first.length + (j - i);
  if (length <= 2) return true;
  if (leftIn) {
    let left = 1;
    for (let k = i - 1; k > 0 && chained(tokens[k - 1], tokens[k]) && katakana(tokens[k - 1]![0]); k--)
      left++;
    if (left < 2) return true;
  }
  if (rightIn) {
    const rest = tokens[j + 1]![1]!;
    let right = 1;
    for (let k = j + 1; chained(tokens[k], tokens[k + 1]) && katakana(tokens[k + 1]![1]); k++) right++;
    if (right < 2 || NO_WORD_START.test(rest)) return true;
  }
  return false;
}

/** Whether the term at tokens i..j continues a katakana word on either side (any katakana next to it). */
export function insideKatakana(tokens: readonly string[], i: number, j: number): boolean {
  const katakana = (ch: string | undefined) => ch !== undefined && KATAKANA_CHAR.test(ch);
  const left = chained(tokens[i - 1], tokens[i]) && katakana(tokens[i]![0]) && katakana(tokens[i - 1]![0]);
  const right =
    chained(tokens[j], tokens[j + 1]) && katakana(tokens[j]!.at(-1)) && katakana(tokens[j + 1]![1]);
  return left || right;
}

/**
 * Pronouns that are acronyms only in capitals: IT (an application field) and US (a country) stay words, but a
 * need's "who looks after it" or "point us" is no evidence, and matched IT and the US. Dropped from queries
 * unless written in capitals ("It's" starts a sentence), before the text is folded to lower case and the
 * difference is lost.
 */
const CASED_ACRONYMS = /(?<![\p{L}\p{N}])(?:[iI]t(?:['’]s)?|[uU]s)(?![\p{L}\p{N}])/gu;

/** Particles and function words carry no topic: pure-hiragana tokens and English stop words are dropped. */
export function isContentToken(token: string): boolean {
  return !QUERY_STOP_WORDS.has(token) && !FUNCTION_WORDS.has(token) && !HIRAGANA_ONLY.test(token);
}

/**
 * English function words, on top of the shared stop list (which stays short for the search box): a need
 * written in full sentences says "our", "its", "which", "them", and each met a record's sentence as a
 * matched word, shown to the reader as evidence. The same words never count as loanwords (variants.ts).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...NOT_BORROWED,
  ...'we is be am as if so do up'.split(' '),
]);

/**
 * `glossary`: the field's own terms, each a concept (weighted as such, and evidence that a record is in the
 * field: engine.ts fieldEvidence). `synonyms`: general vocabularies in their spellings (data/synonyms.json,
 * from Sudachi's synonym dictionary), each a SYNONYM_PREFIX term that bridges spellings and languages like a
 * concept but counts as an ordinary word.
 */
export function createLexicon(
  glossary: readonly GlossaryEntry[],
  synonyms: readonly GlossaryEntry[] = [],
): Lexicon {
  // A general vocabulary pairs loanwords with their English (ウィズ / with, アンド / and): an English
  // function word among them would make every "with" in a need meet a record's katakana name.
  const entries: GlossaryEntry[] = [
    ...glossary,
    // Nor does a spelling all in hiragana (いま, 今): without a word segmenter it is found inside inflections
    // (しています), where it is no word at all.
    ...synonyms.map((s) => ({
      ja: s.ja.filter((w) => !HIRAGANA_ONLY.test(w)),
      en: s.en.filter((w) => !NOT_BORROWED.has(w.toLowerCase())),
    })),
  ];
  const termOfEntry = (id: number) => (id < glossary.length ? CONCEPT_PREFIX : SYNONYM_PREFIX) + id;
  const root: TrieNode = { next: new Map(), entries: [], implied: [] };
  const labels: ConceptLabel[] = entries.map((e) => ({
    ja: e.ja[0] ?? e.en[0] ?? '',
    en: e.en[0] ?? e.ja[0] ?? '',
  }));
  const keysOf = (entry: GlossaryEntry) =>
    [...entry.ja, ...entry.en].map((t) => glossaryKey(normalizeVariants(t))).filter((key) => key !== '');
  entries.forEach((entry, id) => {
    for (const key of keysOf(entry)) {
      let node = root;
      for (const token of key.split(' ')) {
        let child = node.next.get(token);
        if (!child) {
          child = { next: new Map(), entries: [], implied: [] };
          node.next.set(token, child);
        }
        node = child;
      }
      if (!node.entries.includes(id)) node.entries.push(id);
    }
  });

  // A specific term implies the terms inside it: 高温超伝導線材 (HTS tape) is also 超伝導 and 線材, so a need for
  // 超伝導線材 meets a seed that only says "HTS tape". Per term, not per entry: 線材 shares an entry with
  // 超伝導線材, yet plain "wire" implies nothing superconducting. Found by running each term through the trie.
  function collect(
    tokens: readonly string[],
    seen: Set<number>,
    withImplied: boolean,
    inside?: Uint8Array,
    edges?: Uint8Array,
    wholeKatakana = false,
  ): void {
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = root;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j]!);
        if (!node) break;
        if (wholeKatakana && node.entries.length > 0 && cutsKatakanaWord(tokens, i, j)) continue;
        // A general word (a synonym entry) is a whole katakana word or nothing: the field's compounds
        // (ヘリウムリークディテクタ) split into field terms, not into everyday words (エンジ of エンジニアリング,
        // ゲット of ターゲット).
        const found =
          wholeKatakana && node.entries.some((id) => id >= glossary.length) && insideKatakana(tokens, i, j)
            ? node.entries.filter((id) => id < glossary.length)
            : node.entries;
        if (found.length === 0) continue;
        if (inside) inside.fill(1, i, j + 1);
        if (edges) {
          edges[i]! |= 1;
          edges[j]! |= 2;
        }
        for (const id of found) seen.add(id);
        if (withImplied) for (const id of node.implied) seen.add(id);
      }
    }
  }
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const tokens = key.split(' ');
      let node: TrieNode = root;
      for (const token of tokens) node = node.next.get(token)!;
      const inside = new Set<number>();
      collect(tokens, inside, false, undefined, undefined, true);
      node.implied = [...inside].filter((id) => !node.entries.includes(id));
    }
  }
  // And an entry implies what most of its spellings contain, across languages: HTS and REBCO are
  // 高温超伝導, which is 超伝導 in 7 of its 10 spellings. A bare majority keeps a mixed entry (線材 = wire =
  // superconducting wire) from making every wire superconducting.
  const entryImplied: number[][] = entries.map((entry, id) => {
    const keys = keysOf(entry);
    const votes = new Map<number, number>();
    for (const key of keys) {
      const inside = new Set<number>();
      collect(key.split(' '), inside, false, undefined, undefined, true);
      for (const other of inside) if (other !== id) votes.set(other, (votes.get(other) ?? 0) + 1);
    }
    const implied = [...votes].filter(([, n]) => n * 2 > keys.length).map(([other]) => other);
    // And the entries it names as broader (glossary `broader`), found by their exact spelling.
    for (const term of entry.broader ?? []) {
      let node: TrieNode | undefined = root;
      for (const token of glossaryKey(normalizeVariants(term)).split(' ')) node = node?.next.get(token);
      for (const other of node?.entries ?? [])
        if (other !== id && !implied.includes(other)) implied.push(other);
    }
    return implied;
  });

  // Entries by the loanword key of their English spellings (variants.ts): only spellings of two consonants or
  // more in the key and at most two words, as a katakana compound renders them.
  const byLoanKey = new Map<string, number[]>();
  entries.forEach((entry, id) => {
    for (const spelling of entry.en) {
      const words = spelling
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean);
      if (words.length > 2) continue;
      const key = englishKey(...words);
      if (key === null || key.length < 3) continue;
      const ids = byLoanKey.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      byLoanKey.set(key, ids);
    }
  });

  function addText(
    raw: string | undefined,
    weight: number,
    out: Analysis,
    outside: Set<string>,
    query: boolean,
  ): void {
    if (!raw) return;
    const text = normalizeVariants(query ? raw.replace(CASED_ACRONYMS, ' ') : raw);
    // Query mode on both sides: a CJK run is cut at particles (磁石の供給 → 磁石, 供給), so no bigram
    // straddles の; records and queries must be analysed alike.
    const tokens = tokenizeQuery(text);
    const seen = new Set<number>();
    // Every glossary term in the text; a concept counts once per text, however often it recurs, so that
    // a long body cannot outweigh its title through one repeated word.
    const inside = new Uint8Array(tokens.length);
    const edges = new Uint8Array(tokens.length);
    collect(tokens, seen, true, inside, edges, true);
    tokens.forEach((token, i) => {
      if (!isContentToken(token)) return;
      out.counts.set(token, (out.counts.get(token) ?? 0) + weight);
      out.stream.push(token);
      out.edges.push(edges[i]!);
      if (inside[i]) {
        if (!outside.has(token)) out.covered.add(token);
      } else {
        outside.add(token);
        out.covered.delete(token);
      }
    });
    // A loanword counts once per text, like a concept.
    const loans = loanWords(text.toLowerCase(), query);
    // A katakana word that transliterates an English spelling of an entry is that entry too
    // (リモートハンドリング is "remote handling", so 遠隔保守), whichever side it is written on.
    for (const key of loans.katakana.keys()) {
      const ids = byLoanKey.get(key);
      if (ids) for (const id of ids) seen.add(id);
    }
    for (const [prefix, words] of [
      [LOAN_KATAKANA, loans.katakana],
      [LOAN_ENGLISH, loans.english],
    ] as const) {
      for (const [key, word] of words) {
        const term = prefix + key;
        out.counts.set(term, (out.counts.get(term) ?? 0) + weight);
        if (!out.loans.has(term)) out.loans.set(term, word);
      }
    }
    for (const id of [...seen]) for (const more of entryImplied[id]!) seen.add(more);
    for (const id of seen) {
      const term = termOfEntry(id);
      out.counts.set(term, (out.counts.get(term) ?? 0) + weight);
    }
  }

  return {
    analyze(title, body, query = false) {
      const out: Analysis = {
        counts: new Map(),
        loans: new Map(),
        stream: [],
        covered: new Set(),
        edges: [],
      };
      const outside = new Set<string>();
      for (const t of title) addText(t, 2, out, outside, query);
      for (const t of body) addText(t, 1, out, outside, query);
      return out;
    },
    concept(term) {
      return term.startsWith(CONCEPT_PREFIX) || term.startsWith(SYNONYM_PREFIX)
        ? labels[Number(term.slice(1))]
        : undefined;
    },
    spellings(term) {
      if (!term.startsWith(CONCEPT_PREFIX) && !term.startsWith(SYNONYM_PREFIX)) return [];
      const entry = entries[Number(term.slice(1))];
      return entry ? [...entry.ja, ...entry.en] : [];
    },
  };
}

/** The same loanword key in the other script: what a query term looks up (テープ finds "tape"). */
export function crossScript(term: string): string {
  if (term.startsWith(LOAN_KATAKANA)) return LOAN_ENGLISH + term.slice(LOAN_KATAKANA.length);
  if (term.startsWith(LOAN_ENGLISH)) return LOAN_KATAKANA + term.slice(LOAN_ENGLISH.length);
  return term;
}

/** Kind of term, for query weights: a concept, a loanword key, a CJK bigram (or single character), or a Latin word. */
export function termKind(term: string): 'concept' | 'synonym' | 'loan' | 'cjk' | 'word' {
  if (term.startsWith(CONCEPT_PREFIX)) return 'concept';
  if (term.startsWith(SYNONYM_PREFIX)) return 'synonym';
  if (term.startsWith('\u0002')) return 'loan';
  return isCjkToken(term) ? 'cjk' : 'word';
}
