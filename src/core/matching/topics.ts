// The taxonomy codes a need's words name, read from each code's label and scope note (data/clusters: what
// the category covers, in the words buyers and lay people use). A profile is one or two sentences and
// rarely says "forging" or "冷やす"; the code it picked does, through its note. So a need's requirement
// ("大型鍛造品の供給") is read as a code (large structure fabrication), and a record carrying that code
// answers it as if it had said the words (engine.ts scoreTopics). The notes are a small fixed corpus, so a
// BM25 over them picks the few codes a text is about; a word common to many notes weighs little.

import type { Analysis, Lexicon } from './lexicon.ts';
import { crossScript } from './lexicon.ts';
import { BM25_K1, bm25Idf, bm25Norm, Postings } from './postings.ts';

type Text = { ja?: string; en?: string };

/** `cluster`: the taxonomy the code belongs to (data/clusters), for needs read within their clusters. */
export type CodeNote = { code: string; label: Text; scope?: Text; cluster?: string };

/** A code a text names: `strength` relative to the text's best code (0–1], `value` its BM25 over the notes. */
export type TopicCode = { code: string; strength: number; value: number };

/** At most this many codes per text: a requirement names one thing, or a few closely related ones. */
export const MAX_TOPICS = 3;
/** A code is read only if it scores at least this share of the text's best code. */
export const TOPIC_RELATIVE = 0.6;
/**
 * And at least this BM25 over the notes, in units of the rarest word's weight (a word found in one note
 * only): whatever the taxonomy's size, one common word ("system", 装置) names no code.
 */
export const TOPIC_MIN_WORDS = 1;
/** A word inside a glossary term is counted through its concept already (engine.ts COVERED_WEIGHT). */
const COVERED = 0.2;

export type TopicReader = {
  /**
   * The codes `text` names, best first; [] when none stands out. `carried`: whether any record carries the
   * code (or a child); one none carries answers nothing and would take the place of one that does.
   */
  read(text: string, carried?: (code: string) => boolean): TopicCode[];
  /** The same, from the text's query analysis (lexicon.analyze(…, true)) when the caller has it already. */
  readAnalysis(analysis: Analysis, carried?: (code: string) => boolean): TopicCode[];
  readonly size: number;
};

export function createTopicReader(lexicon: Lexicon, notes: readonly CodeNote[]): TopicReader {
  const index = new Postings();
  const codes: string[] = [];
  for (const n of notes) {
    const analysis = lexicon.analyze([n.label.ja, n.label.en], [n.scope?.ja, n.scope?.en]);
    index.add(analysis.counts);
    codes.push(n.code);
  }
  const avg = index.live > 0 ? index.totalLength / index.live : 1;
  const norms = Array.from({ length: index.slots }, (_, s) => bm25Norm(index.docLength[s]!, avg));
  // The rarest word's weight: one found in a single note.
  const minValue = TOPIC_MIN_WORDS * bm25Idf(index.live, 1);

  function read(text: string, carried?: (code: string) => boolean): TopicCode[] {
    if (index.live === 0 || text.trim() === '') return [];
    return readAnalysis(lexicon.analyze([], [text], true), carried);
  }

  function readAnalysis(analysis: Analysis, carried: (code: string) => boolean = () => true): TopicCode[] {
    if (index.live === 0) return [];
    const scores = new Float64Array(index.slots);
    for (const [surface, count] of analysis.counts) {
      const id = index.termId(crossScript(surface));
      if (id === undefined || index.df[id] === 0) continue;
      const idf = bm25Idf(index.live, index.df[id]!);
      const weight = (analysis.covered.has(surface) ? COVERED : 1) * (1 + Math.log(count));
      for (const p of index.lists[id]!) {
        const slot = Postings.slotOf(p);
        const tf = Postings.tfOf(p);
        scores[slot]! += (weight * idf * tf * (BM25_K1 + 1)) / (tf + norms[slot]!);
      }
    }
    let best = 0;
    scores.forEach((s, slot) => {
      if (s > best && carried(codes[slot]!)) best = s;
    });
    if (best < minValue) return [];
    const out: TopicCode[] = [];
    scores.forEach((value, slot) => {
      if (value >= minValue && value >= TOPIC_RELATIVE * best && carried(codes[slot]!))
        out.push({ code: codes[slot]!, strength: value / best, value });
    });
    out.sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : 1));
    return out.slice(0, MAX_TOPICS);
  }

  return {
    read,
    readAnalysis,
    get size() {
      return index.live;
    },
  };
}
