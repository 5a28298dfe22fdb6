// The matching engine: an incremental BM25 index over the shared tokenizer with glossary concepts, a code
// index with parent/child credit, and a ranker that applies hard filters first and keeps every signal.

import type { GlossaryEntry } from '../text/index.ts';
import { isCjkToken } from '../text/index.ts';
import { CODE_CREDIT, codeOverlap, type ParentOf, parentByDot } from './codes.ts';
import { createLexicon, type Lexicon, termKind } from './lexicon.ts';
import { Postings } from './postings.ts';
import type {
  MatchDoc,
  MatchedTerm,
  MatchOptions,
  MatchQuery,
  MatchResult,
  MatchSignals,
  SignalName,
  SignalWeights,
} from './types.ts';

export const DEFAULT_WEIGHTS: SignalWeights = {
  text: 0.5,
  technology: 0.3,
  role: 0.1,
  distance: 0.1,
  reciprocity: 0.1,
};

/**
 * Query-side weights by kind of term. A Japanese word of n characters yields n−1 bigrams plus its concept
 * while its English translation yields one concept, so bigrams count less; a concept is the cross-language
 * bridge and counts most. Tuned on data/eval (docs/operations.md).
 */
export const TERM_WEIGHTS = { concept: 1.5, cjk: 0.6, word: 1 } as const;
const K1 = 1.2;
const B = 0.75;
const DEFAULT_SCALE_KM = 300;

export type MatchIndexOptions = {
  glossary: readonly GlossaryEntry[];
  parentOf?: ParentOf;
  weights?: Partial<SignalWeights>;
};

type Slim = Omit<MatchDoc, 'title' | 'body'>;

type QueryTerm = { id: number; weight: number; idf: number };

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type MatchIndex = ReturnType<typeof createMatchIndex>;

export function createMatchIndex(options: MatchIndexOptions) {
  const lexicon: Lexicon = createLexicon(options.glossary);
  const parentOf = options.parentOf ?? parentByDot;
  const baseWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const text = new Postings();
  // Codes: "=CODE" for a record's own code, "^PARENT" for each of its codes' parents.
  const codes = new Postings();
  const slotById = new Map<string, number>();
  const docs: Array<Slim | undefined> = [];
  // Per organisation, how many records offer (profile, seeds) or seek (needs) each code: reciprocity.
  const offers = new Map<string, Map<string, number>>();
  const seeks = new Map<string, Map<string, number>>();
  let scores = new Float64Array(1024);
  let codeScores = new Float64Array(1024);
  let best = new Float64Array(1024);

  function tally(doc: Slim, delta: 1 | -1) {
    const table = doc.type === 'need' ? seeks : offers;
    const counts = table.get(doc.organizationId) ?? new Map<string, number>();
    table.set(doc.organizationId, counts);
    for (const code of new Set(doc.technologies)) {
      const n = (counts.get(code) ?? 0) + delta;
      if (n > 0) counts.set(code, n);
      else counts.delete(code);
    }
    if (counts.size === 0) table.delete(doc.organizationId);
  }

  function codeTerms(technologies: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const code of technologies) {
      out.set(`=${code}`, 1);
      const parent = parentOf(code);
      if (parent !== null) out.set(`^${parent}`, 1);
    }
    return out;
  }

  function ensureCapacity() {
    if (scores.length >= text.slots + 1) return;
    const size = Math.max(scores.length * 2, text.slots + 1);
    scores = new Float64Array(size);
    codeScores = new Float64Array(size);
    best = new Float64Array(size);
  }

  function remove(id: string): boolean {
    const slot = slotById.get(id);
    if (slot === undefined) return false;
    tally(docs[slot]!, -1);
    text.remove(slot);
    codes.remove(slot);
    docs[slot] = undefined;
    slotById.delete(id);
    return true;
  }

  /** Adds a record, or replaces the one with the same id. */
  function upsert(doc: MatchDoc): void {
    remove(doc.id);
    const analysis = lexicon.analyze(doc.title, doc.body);
    const slot = text.add(analysis.counts);
    const codeSlot = codes.add(codeTerms(doc.technologies));
    if (codeSlot !== slot) throw new Error('matching index slots out of step');
    const { title: _t, body: _b, ...slim } = doc;
    docs[slot] = slim;
    slotById.set(doc.id, slot);
    tally(slim, 1);
  }

  function queryTerms(q: MatchQuery): { terms: QueryTerm[]; stream: string[] } {
    const analysis = lexicon.analyze(q.title, q.body);
    const n = Math.max(text.live, 1);
    const terms: QueryTerm[] = [];
    for (const [term, count] of analysis.counts) {
      const id = text.termId(term);
      if (id === undefined) continue;
      const df = text.df[id]!;
      if (df === 0) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      terms.push({ id, idf, weight: TERM_WEIGHTS[termKind(term)] * (1 + Math.log(count)) });
    }
    return { terms, stream: analysis.stream };
  }

  /** Adds BM25 per slot into `scores`; returns the slots touched. */
  function scoreText(terms: QueryTerm[], touched: number[]) {
    const avg = text.live > 0 ? text.totalLength / text.live : 1;
    const { alive, docLength } = text;
    for (const t of terms) {
      const list = text.lists[t.id]!;
      const w = t.weight * t.idf * (K1 + 1);
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        const slot = Postings.slotOf(p);
        if (!alive[slot]) continue;
        const tf = Postings.tfOf(p);
        const s = (w * tf) / (tf + K1 * (1 - B + (B * docLength[slot]!) / avg));
        if (scores[slot] === 0 && codeScores[slot] === 0) touched.push(slot);
        scores[slot]! += s;
      }
    }
  }

  /** Adds, per slot, the mean over query codes of the best credit (see codes.ts) into `codeScores`. */
  function scoreCodes(wanted: readonly string[], touched: number[]) {
    const unique = [...new Set(wanted)];
    for (const code of unique) {
      const parent = parentOf(code);
      const lookups: Array<[string, number]> = [[`=${code}`, CODE_CREDIT.exact]];
      if (parent !== null) {
        lookups.push([`=${parent}`, CODE_CREDIT.related], [`^${parent}`, CODE_CREDIT.sibling]);
      } else {
        lookups.push([`^${code}`, CODE_CREDIT.related]);
      }
      const seen: number[] = [];
      for (const [term, credit] of lookups) {
        const id = codes.termId(term);
        if (id === undefined) continue;
        for (const p of codes.lists[id]!) {
          const slot = Postings.slotOf(p);
          if (!codes.alive[slot]) continue;
          if (best[slot] === 0) seen.push(slot);
          if (credit > best[slot]!) best[slot] = credit;
        }
      }
      for (const slot of seen) {
        if (scores[slot] === 0 && codeScores[slot] === 0) touched.push(slot);
        codeScores[slot]! += best[slot]! / unique.length;
        best[slot] = 0;
      }
    }
  }

  function explainTerms(slot: number, terms: QueryTerm[], stream: string[]): MatchedTerm[] {
    const out: MatchedTerm[] = [];
    const seen = new Set<string>();
    const push = (t: MatchedTerm) => {
      if (!seen.has(t.text)) {
        seen.add(t.text);
        out.push(t);
      }
    };
    const matched = new Set<string>();
    for (const t of terms) if (text.hasTerm(slot, t.id)) matched.add(text.terms[t.id]!);
    // Concepts first: they are what a reader recognises, in both languages.
    for (const term of matched) {
      const label = lexicon.concept(term);
      if (label) push({ text: label.ja, ja: label.ja, en: label.en });
    }
    // Then surface words in query order; consecutive CJK bigrams chain back into their phrase.
    let phrase = '';
    let last = '';
    const flush = () => {
      if (phrase !== '' && !out.some((t) => t.ja?.includes(phrase) || t.text.includes(phrase))) {
        push({ text: phrase });
      }
      phrase = '';
    };
    for (const token of stream) {
      if (!matched.has(token) || termKind(token) === 'concept') {
        flush();
        last = '';
        continue;
      }
      if (isCjkToken(token)) {
        const chars = Array.from(token);
        if (phrase !== '' && chars.length === 2 && Array.from(last).at(-1) === chars[0]) phrase += chars[1];
        else {
          flush();
          phrase = token;
        }
        last = token;
      } else {
        flush();
        last = '';
        if (!out.some((t) => t.en?.split(/[\s-]/).includes(token))) push({ text: token });
      }
    }
    flush();
    return out.slice(0, 12);
  }

  function match(q: MatchQuery, opts: MatchOptions): MatchResult[] {
    ensureCapacity();
    const limit = opts.limit ?? 10;
    const now = opts.now ?? Date.now();
    const viewer = opts.viewer ?? 'member';
    const types = new Set(opts.types);
    const excludedOrgs = new Set(opts.excludeOrganizationIds ?? []);
    if (q.organizationId) excludedOrgs.add(q.organizationId);
    const excludedIds = new Set(opts.excludeIds ?? []);
    const weights = { ...baseWeights, ...opts.weights };

    const touched: number[] = [];
    const { terms, stream } = queryTerms(q);
    scoreText(terms, touched);
    if (q.technologies.length > 0) scoreCodes(q.technologies, touched);

    // Hard filters before anything is ranked: type, visibility, expiry, own organisation.
    const candidates: number[] = [];
    let maxText = 0;
    for (const slot of touched) {
      const doc = docs[slot];
      const ok =
        doc !== undefined &&
        types.has(doc.type) &&
        doc.visibility !== 'hidden' &&
        !(viewer === 'public' && doc.visibility === 'members') &&
        !(doc.expiresAt != null && doc.expiresAt <= now) &&
        !excludedOrgs.has(doc.organizationId) &&
        !excludedIds.has(doc.id);
      if (ok) {
        candidates.push(slot);
        if (scores[slot]! > maxText) maxText = scores[slot]!;
      }
    }

    const reciprocityCache = new Map<string, ReturnType<typeof codeOverlap>>();
    const ranked: Array<{ slot: number; score: number; signals: MatchSignals }> = [];
    const evaluate = (slot: number, explain: boolean) => {
      const doc = docs[slot]!;
      const values: Partial<Record<SignalName, number>> = {
        text: maxText > 0 ? scores[slot]! / maxText : 0,
      };
      if (q.technologies.length > 0) values.technology = Math.min(1, codeScores[slot]!);
      // Role fit: the seeking side's wanted roles against the other side's roles; a need that names
      // none is content with anyone, which counts half.
      let roles: string[] = [];
      if (q.seeksRoles && q.seeksRoles.length > 0) {
        roles = doc.roles.filter((r) => q.seeksRoles!.includes(r));
        values.role = roles.length > 0 ? 1 : 0;
      } else if (doc.type === 'need') {
        const wanted = doc.seeksRoles ?? [];
        roles = wanted.filter((r) => (q.roles ?? []).includes(r));
        values.role = wanted.length === 0 ? 0.5 : roles.length > 0 ? 1 : 0;
      }
      let km: number | null = null;
      if (q.location) {
        km = doc.location ? distanceKm(q.location, doc.location) : null;
        values.distance = km === null ? 0 : Math.exp(-km / (q.location.scaleKm ?? DEFAULT_SCALE_KM));
      }
      let reciprocal: ReturnType<typeof codeOverlap> | undefined;
      if (q.organizationId) {
        // The reverse direction: what the other side seeks that the querying side offers, or back.
        const key = doc.organizationId;
        reciprocal = reciprocityCache.get(key);
        if (!reciprocal) {
          const [seeker, provider] = doc.type === 'need' ? [q.organizationId, key] : [key, q.organizationId];
          reciprocal = codeOverlap(
            [...(seeks.get(seeker)?.keys() ?? [])],
            [...(offers.get(provider)?.keys() ?? [])],
            parentOf,
          );
          reciprocityCache.set(key, reciprocal);
        }
        values.reciprocity = reciprocal.value;
      }
      let weightSum = 0;
      let weighted = 0;
      for (const [name, value] of Object.entries(values) as Array<[SignalName, number]>) {
        weightSum += weights[name];
        weighted += weights[name] * value;
      }
      const score = weightSum > 0 ? round(weighted / weightSum) : 0;
      if (!explain) return { score, signals: undefined };
      const signal = (name: SignalName) => ({
        value: round(values[name]!),
        weight: round(weightSum > 0 ? weights[name] / weightSum : 0),
        share: round(weighted > 0 ? (weights[name] * values[name]!) / weighted : 0),
      });
      const signals: MatchSignals = { text: { ...signal('text'), terms: explainTerms(slot, terms, stream) } };
      if (values.technology !== undefined) {
        const overlap = codeOverlap(q.technologies, doc.technologies, parentOf);
        signals.technology = { ...signal('technology'), codes: overlap.codes };
      }
      if (values.role !== undefined) signals.role = { ...signal('role'), roles };
      if (values.distance !== undefined)
        signals.distance = { ...signal('distance'), km: km === null ? null : Math.round(km) };
      if (values.reciprocity !== undefined)
        signals.reciprocity = { ...signal('reciprocity'), codes: reciprocal!.codes };
      return { score, signals };
    };

    // Score everything cheaply, keep the best `limit` with deterministic ties (key, then id).
    const before = (a: { score: number; slot: number }, b: { score: number; slot: number }) => {
      if (a.score !== b.score) return a.score > b.score;
      const da = docs[a.slot]!;
      const db = docs[b.slot]!;
      if (da.key !== db.key) return da.key < db.key;
      return da.id < db.id;
    };
    const top: Array<{ slot: number; score: number }> = [];
    for (const slot of candidates) {
      const { score } = evaluate(slot, false);
      if (score <= 0) continue;
      const entry = { slot, score };
      if (top.length === limit && !before(entry, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(entry, top[at - 1]!)) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    for (const { slot } of top) {
      const { score, signals } = evaluate(slot, true);
      ranked.push({ slot, score, signals: signals! });
    }

    for (const slot of touched) {
      scores[slot] = 0;
      codeScores[slot] = 0;
    }
    return ranked.map(({ slot, score, signals }) => {
      const doc = docs[slot]!;
      return {
        id: doc.id,
        key: doc.key,
        type: doc.type,
        organizationId: doc.organizationId,
        visibility: doc.visibility,
        score,
        signals,
      };
    });
  }

  return {
    upsert,
    remove,
    match,
    has: (id: string) => slotById.has(id),
    get size() {
      return slotById.size;
    },
    /** Memory-relevant counts, for the benchmark and /api health. */
    stats: () => ({ documents: text.live, terms: text.terms.length, deadSlots: text.dead }),
  };
}
