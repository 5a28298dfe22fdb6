// The matching engine: an incremental BM25 index over the shared tokenizer with glossary concepts, a code
// index with parent/child credit, and a ranker that applies hard filters first and keeps every signal.

import type { GlossaryEntry } from '../text/index.ts';
import { isCjkToken, isShownWord, normalizeText, shownCjkPhrase, singularize } from '../text/index.ts';
import { CODE_CREDIT, codeCredit, codeOverlap, type ParentOf, parentByDot } from './codes.ts';
import { type Analysis, createLexicon, crossScript, type Lexicon, termKind } from './lexicon.ts';
import {
  codesOfKinds,
  fieldNeutralRoles,
  inferPartnerKinds,
  isFieldNeutral,
  type PartnerKind,
  partnerKindCues,
  rolesOfKinds,
} from './partner-kinds.ts';
import { countryNamed, placeNames } from './places.ts';
import { BM25_K1, bm25Idf, bm25Norm, Postings } from './postings.ts';
import { sentencesOf, splitRequirements } from './requirements.ts';
import { INFERRED_ROLE_FLOOR, LAY_ROLE_FLOOR, ROLE_FLOOR, roleFitOfMasks } from './roles.ts';
import { type CodeNote, createTopicReader, type TopicCode } from './topics.ts';
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
  role: 0.2,
  distance: 0.1,
  reciprocity: 0.1,
};

/**
 * Query-side weights by kind of term. A Japanese word of n characters yields n−1 bigrams plus its concept
 * while its English translation yields one concept, so bigrams count less; a concept is the cross-language
 * bridge and counts most. A synonym (a general word's vocabulary, data/synonyms.json) and a loanword key
 * (variants.ts) bridge spellings too, but are as ambiguous as a bigram. Tuned on data/eval/matching.json:
 * synonyms 0.3 and 0.6 gave nDCG@10 0.970, 1 gave 0.969, 1.5 gave 0.967; loanwords 0.3–0.6 0.966–0.967, 1 0.970
 * (one rank), kept at 0.6 with the bigrams.
 */
export const TERM_WEIGHTS = { concept: 1.5, synonym: 0.6, loan: 0.6, cjk: 0.6, word: 1 } as const;
/** Share of its weight a query word keeps when it names the kind of partner sought (partner-kinds.ts). */
export const CUE_WEIGHT = 0.3;
/**
 * Share of its weight a query word keeps when it occurs only in a sentence introducing the poster (弘前の大学の
 * 研究室です, "We're a small company in Oxfordshire"): who asks is not what is asked for, and at full weight
 * a university lab's request for a machine shop ranked universities first. As CUE_WEIGHT (dev2.json 0.771 →
 * 0.777 nDCG@10, matching.json 0.921 → 0.922); 0.5 and 0 moved each tuning set by under 0.002.
 */
export const SELF_WEIGHT = 0.3;
/**
 * Share of its weight a query word keeps when it names a place (places.ts): where the partner should be is
 * not what it should offer, and at full weight the village office named after the place outranks the
 * workshop located there.
 */
export const PLACE_WEIGHT = 0.6;
/** Query weight of a word or bigram that only occurs inside glossary terms (see queryTerms). */
export const COVERED_WEIGHT = 0.2;
/**
 * Share of the text signal given to requirement coverage when a need lists several requirements: the mean
 * over its requirements of how much of each a record matches (see requirementCoverage). Tuned on
 * data/eval/matching.json (npm run bench:matching).
 */
export const COVERAGE_WEIGHT = 0.4;
/** Share of a requirement's weighted terms a record must match for the requirement to count as covered. */
export const COVER_SHARE = 0.5;
/** Terms each requirement keeps in the query however many the other requirements have (queryTerms). */
const TERMS_PER_REQUIREMENT = 2;
/**
 * A code the need's words name (topics.ts), as a query term: the weight of a word at full strength, so a
 * record carrying the code counts as having said it, and no more (its own words still decide the order).
 */
export const TOPIC_WEIGHT = 1;
/**
 * In a requirement's coverage, a code it names counts this many times a word of it: the code is the
 * requirement's gist, while its words carry specifics no profile repeats ("narrow-gap TIG on the thick
 * sections", "40 mm, with material certificates"), so a maker that picked the code covered nothing. On
 * the three tuning sets 2.5–3 raised all (nDCG@10 matching 0.922 → 0.924, dev 0.840 → 0.842, dev2 0.776 →
 * 0.785); 2 lowered dev, 3.5 and more lowered matching.
 */
export const TOPIC_COVER = 3;
/**
 * Topic relevance that role fit is scaled by (see fill): text and codes weighted as in DEFAULT_WEIGHTS, and
 * the relevance at which the role counts fully.
 */
const TOPIC_TEXT = 0.5;
const TOPIC_TECH = 0.3;
export const TOPIC_FULL = 0.5;
export const FIELD_FLOOR = 0.5;
export const FIELD_FULL = 10;
/**
 * How much of the cluster's field a record shows: its distinct glossary concepts (the field's vocabulary)
 * and, counting double, the taxonomy codes its owner picked, up to FIELD_FULL. An organisation of another
 * trade that shares a word with a need (vacuum bottles, helium balloons, camera cranes) shows one or two
 * field words and no code; a supplier in the field shows several and picks codes.
 */
export function fieldEvidence(counts: ReadonlyMap<string, number>, codes: number): number {
  let concepts = 0;
  for (const term of counts.keys()) if (termKind(term) === 'concept') concepts++;
  return Math.min(1, (concepts + 2 * codes) / FIELD_FULL);
}
export const COORD_FLOOR = 0.3;
/**
 * Share of its score kept by a record that shares no code with the need and shows no field evidence (see
 * tradeGate in match); it rises to 1 with the record's field evidence. On the tuning set 0.2–0.6 rank its
 * needs alike (nDCG@10 0.887); 0.2 leaves one fewer record of another trade in a top 10 (3 against 4).
 */
export const TRADE_FLOOR = 0.2;
/**
 * A result whose record shows less field evidence than OFF_FIELD and shares no code with the query is left
 * out below OFF_FIELD_SHARE of the best score (see match): when few records answer a need, a word shared
 * with another trade's profile would fill the list. Half the best score, by reasoning. The evidence was
 * 0.5 until dev.json gained 16 more negatives of other trades: a maker of vacuum bottles says 真空 and
 * ステンレス, a car-parts chain 部品 and 検査, enough for half. At 0.7 their four places in a top 5 went to 0
 * and nDCG@10 held (matching.json 0.918 → 0.919, dev.json 0.839 both); 0.6 left two, 0.8 was as 0.7.
 */
export const OFF_FIELD = 0.7;
export const OFF_FIELD_SHARE = 0.5;
/**
 * Share of its score kept by a public body of another country than the need's, for a need that states it
 * seeks a public body or a lay need asking for public support (see jurisdiction in match). For the lay need
 * every value from 0 to 0.7 ranked the three tuning sets alike (matching.json 0.924 → 0.930, dev.json
 * 0.842 → 0.848, dev2.json 0.785 → 0.786), 0.85 less: the foreign bodies fall below the off-field cut or
 * the tenth place. Half, so one that is the only match still shows. The stated role, added next: dev2.json
 * 0.787 → 0.793, the others unchanged. For every field-neutral kind (land, money, staff, transport too)
 * dev2.json fell to 0.762: a training body abroad still teaches, and a lender abroad still lends.
 */
export const ABROAD = 0.5;
/**
 * Strength of a code read from the kind of partner one listed requirement of a need with codes asks for
 * (premises, public support, money, staff, transport; see readTopics), as a word naming the code at full
 * strength. "3) a rented lab" names no code, but the office carrying the shared-facilities code answers it.
 * dev.json 0.848 → 0.850 and dev2.json 0.786 → 0.787 at 1 (0.5: 0.849, 0.787; matching.json 0.930 at
 * both). For a lay need it cost dev2.json 0.02: its kinds' codes already count for the whole need
 * (scoreCodes), and as topics they would count twice.
 */
export const KIND_TOPIC = 1;
/**
 * Field evidence a record shows by playing the role a lay need's field-neutral kind asks for (premises,
 * permits, money, staff, transport): a travel agency plays "services" as a freight forwarder does, so the
 * role alone stays under OFF_FIELD, and a code or the field's words must add to it. 0.5–0.7 rank both
 * tuning sets alike; 1 (the role as full evidence, before) let the travel agency into a top 5.
 */
export const NEUTRAL_ROLE_EVIDENCE = 0.6;
/** Records read to place a need's place name, at most; and at least, for the place to count. */
const PLACE_SAMPLE = 200;
const PLACE_MIN_RECORDS = 2;
/** Median distance from the place, in km, beyond which its records are not together (see placeLocation). */
const PLACE_SPREAD_KM = 100;
/** Distance scale of a place read from a need's words: "near Rokkasho" means the same area, not the region. */
export const PLACE_SCALE_KM = 50;
/** The shortest distance a degree of latitude can span (a meridian degree, km). */
const KM_PER_DEGREE = 110.5;
const DEFAULT_SCALE_KM = 300;
const MAX_QUERY_TERMS = 16;
/**
 * A query touching more than 1/DENSE_SHARE of the slots is filtered and cleared by one pass over all of them
 * rather than through its list of touched slots (see match).
 */
const DENSE_SHARE = 4;

export type MatchIndexOptions = {
  glossary: readonly GlossaryEntry[];
  /** Spelling variants of general words (data/synonyms.json); see createLexicon. */
  synonyms?: readonly GlossaryEntry[];
  parentOf?: ParentOf;
  weights?: Partial<SignalWeights>;
  /** Each taxonomy code's label and scope note: the codes a need's words name (topics.ts). */
  codeNotes?: readonly CodeNote[];
};

type Slim = Omit<MatchDoc, 'title' | 'body'>;

/** `reqs`: the requirements the term belongs to (indices into the query's requirements). */
type QueryTerm = { id: number; weight: number; idf: number; reqs: number[] };
/** `analyses`: each requirement's query analysis, kept for reading the codes it names (readTopics). */
type Requirements = { texts: string[]; totals: Float64Array; analyses: Analysis[] };
/** A code the need's words name, with the requirements it was read from (all of them: []). */
type QueryTopic = { code: string; weight: number; reqs: number[] };

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The CJK runs a token stream came from, rebuilt from overlapping bigrams (ネッ ット トワ → ネットワ): per
 * stream position, its run and its code-point offset there (-1 for a Latin word); per run, the offsets
 * where a glossary term begins or ends (`edges`: lexicon.ts), which are word boundaries.
 */
function cjkRuns(stream: readonly string[], edges: readonly number[] = []) {
  const text: string[] = [];
  const cuts: number[][] = [];
  const runOf: number[] = [];
  const at: number[] = [];
  stream.forEach((token, i) => {
    if (!isCjkToken(token)) {
      runOf.push(-1);
      at.push(-1);
      return;
    }
    const chars = Array.from(token);
    const prev = i > 0 && runOf[i - 1]! >= 0 ? Array.from(stream[i - 1]!) : [];
    if (chars.length === 2 && prev.length === 2 && prev[1] === chars[0]) {
      const run = runOf[i - 1]!;
      text[run] += chars[1]!;
      runOf.push(run);
      at.push(at[i - 1]! + 1);
    } else {
      text.push(token);
      cuts.push([]);
      runOf.push(text.length - 1);
      at.push(0);
    }
    const edge = edges[i] ?? 0;
    if (edge & 1) cuts[runOf[i]!]!.push(at[i]!);
    if (edge & 2) cuts[runOf[i]!]!.push(at[i]! + chars.length);
  });
  return { text, runOf, at, cuts };
}

/**
 * Whether `text` holds `word` as a word: not inside a longer Latin word or katakana word (ステム is no word of
 * システム); kanji have no such boundary and count wherever they occur.
 */
export function hasWord(text: string, word: string): boolean {
  const edge = /[\p{Script=Latin}\p{N}]/u.test(word) ? /[\p{L}\p{N}]/u : /[\p{Script=Katakana}ー]/u;
  const checkEdges = /[\p{Script=Latin}\p{N}\p{Script=Katakana}]/u.test(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!checkEdges) return true;
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !edge.test(before)) && (after === undefined || !edge.test(after)))
      return true;
  }
  return false;
}

/**
 * The compounds of Latin letters and digits in a need, by the letter tokens the tokenizer cuts them into (nb
 * and sn of Nb3Sn, f and h of F82H), each as `raw` writes it; null for a token the need also writes as a word
 * of its own. The tokenizer splits at digits, which serves matching, but the pieces mean nothing to a reader:
 * the compound is what is shown. `text` is normalizeText(raw); one scan of each, whatever their length.
 */
export function formulasOf(text: string, raw = text): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const written = new Map<string, string>();
  const lowerRaw = raw.toLowerCase();
  for (const [run] of text.matchAll(/[a-z0-9]+/g)) {
    if (!/[0-9]/.test(run)) {
      out.set(run, null);
      out.set(singularize(run), null);
      continue;
    }
    let shown = written.get(run);
    if (shown === undefined) {
      shown = asWritten(raw, lowerRaw, run);
      written.set(run, shown);
    }
    for (const [piece] of run.matchAll(/[a-z]+/g)) if (!out.has(piece)) out.set(piece, shown);
  }
  return out;
}

/** `lower` (a part of normalizeText(raw)) as `raw` writes it, when raw holds it in another case; else as is. */
function asWritten(raw: string, lowerRaw: string, lower: string): string {
  const at = lowerRaw.indexOf(lower);
  const written = at >= 0 ? raw.slice(at, at + lower.length) : '';
  return written.toLowerCase() === lower ? written : lower;
}

const REQUEST_JA =
  /探して|探す|ほしい|欲しい|たい|ください|お願い|頼め|知りませんか|ありますか|でしょうか|必要|求め|希望|募集/u;
const INTRO_JA =
  /(?:会社|企業|研究室|研究所|ベンチャー|スタートアップ|法人|チーム|大学|機関|事業者|メーカー|工場|団体|グループ)です[。！]?$/u;
const REQUEST_EN =
  /\b(?:needs?|looking|seek(?:ing)?|wants?|would like|help|require[sd]?|ask|who|which|where|how|unsure|wonder(?:ing)?)\b/iu;
const INTRO_EN = /^(?:(?:we are|we['’]re|i am|i['’]m) an?|our (?:company|firm|team|lab|group) is)\b/iu;
/**
 * A sentence that introduces the poster and asks for nothing: 「弘前の大学の研究室です」, "We're a small
 * company in Oxfordshire". English only "we are a…" (not "we are planning to…", which is the request's
 * context), Japanese a sentence ending in an organisation word and です.
 */
export function isSelfIntroduction(sentence: string): boolean {
  const s = sentence.trim();
  if (INTRO_JA.test(s)) return !REQUEST_JA.test(s);
  if (INTRO_EN.test(s)) return !REQUEST_EN.test(s);
  return false;
}

/** A need's sentences introducing its poster, and the rest of what it says (its titles among them). */
type Spoken = { intro: string[]; rest: string[] };

function splitIntroduction(q: MatchQuery): Spoken {
  const intro: string[] = [];
  const rest: string[] = q.title.filter((t): t is string => !!t);
  for (const sentence of sentencesOf(q.body.filter(Boolean).join('\n')))
    (isSelfIntroduction(sentence) ? intro : rest).push(sentence);
  return { intro, rest };
}

export type MatchIndex = ReturnType<typeof createMatchIndex>;

export function createMatchIndex(options: MatchIndexOptions) {
  const lexicon: Lexicon = createLexicon(options.glossary, options.synonyms);
  const topicReader = createTopicReader(lexicon, options.codeNotes ?? []);
  const noteOf = new Map((options.codeNotes ?? []).map((n) => [n.code, n]));
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
  // The slots bestCredits met, reused across calls as `touched` is.
  let seen = new Int32Array(1024);
  let norms = new Float64Array(1024);
  // The average length and slot count the norms were computed for: recomputed only when the index changed.
  let normsAvg = -1;
  let normsSlots = -1;
  // The slots a query touched (text or codes), in flat buffers reused across queries: at 100,000 records a
  // broad query touches most of them, and growing plain arrays of that size per query fed the collector.
  let touched = new Int32Array(1024);
  let touchedCount = 0;
  let candidates = new Int32Array(1024);
  // Per slot, the weighted query terms it matches (coordination, see textValue).
  let coord = new Float64Array(1024);
  // Per slot, the best credit of a code the need's words name that the record carries (scoreTopics).
  let topicOf = new Float64Array(1024);
  // Per slot and requirement of the current query, the weighted terms matched (slot * R + requirement).
  let reqMatched = new Float64Array(0);
  // Roles as bits per slot, so role fit is one AND per candidate; roles are a short closed list.
  const roleBits = new Map<string, number>();
  let rolesOf = new Int32Array(1024);
  let seeksOf = new Int32Array(1024);
  // What the hard filters read, per slot, in flat arrays: the filter pass touches every candidate of a
  // broad query, and objects scattered over the heap made it the slowest loop at 100,000 records.
  // Kind and visibility in one byte (kind × 4 + visibility), so a query's allowed pairs are one bit mask.
  let classOf = new Uint8Array(1024);
  let expiresOf = new Float64Array(1024);
  let orgOf = new Int32Array(1024);
  // Per slot, how much of the field the record shows (fieldEvidence), 0–1.
  let fieldOf = new Float64Array(1024);
  // Per slot, the record's latitude (NaN without a place): a bound on its distance without trigonometry.
  let latOf = new Float64Array(1024);
  const orgIndex = new Map<string, number>();
  const KIND_CODE = { organization: 0, seed: 1, need: 2 } as const;
  const VISIBILITY_CODE = { public: 0, members: 1, anonymous: 2, hidden: 3 } as const;
  const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T => {
    if (a.length > size) return a;
    const grown = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, size + 1));
    grown.set(a);
    return grown;
  };
  function roleMask(roles: readonly string[]): number {
    let mask = 0;
    for (const role of roles) {
      let bit = roleBits.get(role);
      if (bit === undefined && roleBits.size < 31) {
        bit = roleBits.size;
        roleBits.set(role, bit);
      }
      if (bit !== undefined) mask |= 1 << bit;
    }
    return mask;
  }

  function tally(doc: Slim, delta: 1 | -1) {
    // What an organisation is known to offer or seek: an anonymous post's codes would show, through the
    // reciprocity of its owner's named records, whose it is; a withdrawn one seeks nothing any more.
    if (doc.visibility === 'anonymous' || doc.visibility === 'hidden') return;
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
    coord = new Float64Array(size);
    topicOf = new Float64Array(size);
    codeScores = new Float64Array(size);
    best = new Float64Array(size);
    seen = new Int32Array(size);
    touched = new Int32Array(size);
    candidates = new Int32Array(size);
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
    rolesOf = grow(rolesOf, slot);
    seeksOf = grow(seeksOf, slot);
    classOf = grow(classOf, slot);
    expiresOf = grow(expiresOf, slot);
    orgOf = grow(orgOf, slot);
    fieldOf = grow(fieldOf, slot);
    latOf = grow(latOf, slot);
    latOf[slot] = doc.location ? doc.location.lat : Number.NaN;
    fieldOf[slot] = fieldEvidence(analysis.counts, doc.technologies.length);
    classOf[slot] = KIND_CODE[doc.type] * 4 + VISIBILITY_CODE[doc.visibility];
    expiresOf[slot] = doc.expiresAt ?? Number.POSITIVE_INFINITY;
    let org = orgIndex.get(doc.organizationId);
    if (org === undefined) {
      org = orgIndex.size;
      orgIndex.set(doc.organizationId, org);
    }
    orgOf[slot] = org;
    rolesOf[slot] = roleMask(doc.roles);
    seeksOf[slot] = roleMask(doc.seeksRoles ?? []);
    const { title: _t, body: _b, ...slim } = doc;
    docs[slot] = slim;
    slotById.set(doc.id, slot);
    tally(slim, 1);
  }

  function termOf(term: string, count: number, covered: boolean, n: number) {
    const id = text.termId(term);
    if (id === undefined) return null;
    const df = text.df[id]!;
    if (df === 0) return null;
    const idf = bm25Idf(n, df);
    // A word inside a glossary term is already counted through its concept, in every language; at full
    // weight it would make a same-language record win over a translation on the same concept.
    const base = covered ? COVERED_WEIGHT : TERM_WEIGHTS[termKind(term)];
    return { id, idf, weight: base * (1 + Math.log(count)), reqs: [] as number[] };
  }

  /** The terms of a need that occur only in sentences introducing its poster (isSelfIntroduction). */
  function selfTerms({ intro, rest }: Spoken): Set<string> {
    if (intro.length === 0) return new Set();
    const inRest = lexicon.analyze([], rest, true).counts;
    return new Set([...lexicon.analyze([], intro, true).counts.keys()].filter((t) => !inRest.has(t)));
  }

  function queryTerms(
    q: MatchQuery,
    cues: readonly string[],
    spoken: Spoken | null,
  ): {
    terms: QueryTerm[];
    stream: string[];
    edges: number[];
    loans: Map<string, string>;
    requirements: Requirements | null;
    placeIds: number[];
  } {
    const analysis = lexicon.analyze(q.title, q.body, true);
    const n = Math.max(text.live, 1);
    const byId = new Map<number, QueryTerm>();
    // A loanword key is looked up in the other script (テープ in English records as "tape", and back).
    const loans = new Map<string, string>();
    // The words that name the kind of partner (大学や研究所, "who do we ask") are carried by the role and the
    // kind's codes; as text they would rank every university above the one that works on the need's topic.
    const cueTerms =
      cues.length > 0 ? lexicon.analyze([], [cues.join('\n')], true).counts : new Map<string, number>();
    const places = placeNames([...q.title, ...q.body]);
    const placeIds: number[] = [];
    const placeTerms =
      places.length > 0 ? lexicon.analyze([], [places.join('\n')], true).counts : new Map<string, number>();
    // Only a need introduces its poster before asking (`spoken` is null when needs are ranked, for a seed):
    // a seed's "we are a company specialising in…" is its offer.
    const self = spoken ? selfTerms(spoken) : new Set<string>();
    for (const [term, count] of analysis.counts) {
      const t = termOf(crossScript(term), count, analysis.covered.has(term), n);
      if (t && cueTerms.has(term)) t.weight *= CUE_WEIGHT;
      if (t && self.has(term)) t.weight *= SELF_WEIGHT;
      if (t && placeTerms.has(term)) {
        t.weight *= PLACE_WEIGHT;
        placeIds.push(t.id);
      }
      if (t) byId.set(t.id, t);
      const word = analysis.loans.get(term);
      if (word !== undefined) loans.set(crossScript(term), word);
    }
    const strength = (t: QueryTerm) => t.weight * t.idf;
    const order = (a: QueryTerm, b: QueryTerm) => strength(b) - strength(a) || a.id - b.id;
    // A long need yields dozens of terms; the weakest add little but cost a full scan of their postings.
    // Each requirement keeps its strongest few first, so a short requirement is not crowded out by a
    // long one (a need is scored on what it asks for, all of it).
    const body = q.body.find((b) => b && b.trim() !== '') ?? '';
    const texts = splitRequirements(body);
    const chosen = new Set<QueryTerm>();
    const analyses = texts.map((req) => lexicon.analyze([], [req], true));
    const perRequirement = analyses.map((own, r) => {
      const list: QueryTerm[] = [];
      for (const term of own.counts.keys()) {
        const id = text.termId(crossScript(term));
        const t = id === undefined ? undefined : byId.get(id);
        if (t && !t.reqs.includes(r)) {
          t.reqs.push(r);
          list.push(t);
        }
      }
      return list.sort(order);
    });
    if (texts.length >= 2) {
      for (const list of perRequirement) for (const t of list.slice(0, TERMS_PER_REQUIREMENT)) chosen.add(t);
    }
    for (const t of [...byId.values()].sort(order)) {
      if (chosen.size >= MAX_QUERY_TERMS) break;
      chosen.add(t);
    }
    const terms = [...chosen].sort(order);
    let requirements: Requirements | null = null;
    if (texts.length >= 2) {
      const totals = new Float64Array(texts.length);
      for (const t of terms) for (const r of t.reqs) totals[r]! += strength(t);
      requirements = { texts, totals, analyses };
    } else for (const t of terms) t.reqs = [];
    return { terms, stream: analysis.stream, edges: analysis.edges, loans, requirements, placeIds };
  }

  /** How much of requirement `r` a slot matches: its share of the requirement's weighted terms over COVER_SHARE, at most 1. */
  function requirementShare(slot: number, req: Requirements, r: number): number {
    const total = req.totals[r]!;
    const R = req.totals.length;
    return total > 0 ? Math.min(1, reqMatched[slot * R + r]! / (COVER_SHARE * total)) : 0;
  }

  /** Mean share over the query's requirements; no allocation, as it runs once per candidate. */
  function requirementCoverage(slot: number, req: Requirements): number {
    const R = req.totals.length;
    let sum = 0;
    for (let r = 0; r < R; r++) sum += requirementShare(slot, req, r);
    return sum / R;
  }

  /** Adds BM25 per slot into `scores`, and the slots first met to `touched`. */
  function scoreText(terms: QueryTerm[], R: number) {
    if (R > 0 && reqMatched.length < text.slots * R) reqMatched = new Float64Array(text.slots * R * 2);
    const avg = text.live > 0 ? text.totalLength / text.live : 1;
    const { alive, docLength } = text;
    // BM25's length normalisation per record, computed again only when the index has changed.
    if (norms.length < text.slots) {
      norms = new Float64Array(scores.length);
      normsSlots = -1;
    }
    if (avg !== normsAvg || text.slots !== normsSlots) {
      for (let slot = 0; slot < text.slots; slot++) norms[slot] = bm25Norm(docLength[slot]!, avg);
      normsAvg = avg;
      normsSlots = text.slots;
    }
    for (const t of terms) {
      const list = text.lists[t.id]!;
      const w = t.weight * t.idf * (BM25_K1 + 1);
      const strength = t.weight * t.idf;
      const reqs = t.reqs;
      const nReqs = R > 0 ? reqs.length : 0;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        const slot = p >>> 4;
        if (!alive[slot]) continue;
        const tf = p & 15;
        const s = (w * tf) / (tf + norms[slot]!);
        if (scores[slot] === 0 && codeScores[slot] === 0) touched[touchedCount++] = slot;
        scores[slot]! += s;
        coord[slot]! += strength;
        for (let j = 0; j < nReqs; j++) reqMatched[slot * R + reqs[j]!]! += strength;
      }
    }
  }

  /**
   * Per live slot holding any of the code terms, the best credit among them, left in `best` (the caller reads
   * and clears it); those slots are left in `seen`, and their count returned.
   */
  function bestCredits(lookups: ReadonlyArray<readonly [string, number]>): number {
    let count = 0;
    const alive = codes.alive;
    for (const [term, credit] of lookups) {
      const id = codes.termId(term);
      if (id === undefined) continue;
      const list = codes.lists[id]!;
      for (let i = 0; i < list.length; i++) {
        const slot = Postings.slotOf(list[i]!);
        if (!alive[slot]) continue;
        if (best[slot] === 0) seen[count++] = slot;
        if (credit > best[slot]!) best[slot] = credit;
      }
    }
    return count;
  }

  /**
   * Adds, per slot, the mean over groups of the best credit (see codes.ts) any code of the group gives into
   * `codeScores`. A need's own codes are one group each; codes inferred from a kind of partner form one
   * group per kind (any of them answers it). `any`: the best group instead of the mean, for inferred kinds:
   * a need for land and permits is answered by the developer for the land and by the prefecture for the
   * permits, each in full (tuning set, plain needs: 0.565 with the mean, 0.569 with the best).
   */
  function scoreCodes(groups: readonly (readonly string[])[], any = false) {
    for (const group of groups) {
      const lookups: Array<[string, number]> = [];
      for (const code of group) {
        const parent = parentOf(code);
        lookups.push([`=${code}`, CODE_CREDIT.exact]);
        if (parent !== null) {
          lookups.push([`=${parent}`, CODE_CREDIT.related], [`^${parent}`, CODE_CREDIT.sibling]);
        } else {
          lookups.push([`^${code}`, CODE_CREDIT.related]);
        }
      }
      const count = bestCredits(lookups);
      for (let i = 0; i < count; i++) {
        const slot = seen[i]!;
        if (scores[slot] === 0 && codeScores[slot] === 0) touched[touchedCount++] = slot;
        if (any) codeScores[slot] = Math.max(codeScores[slot]!, best[slot]!);
        else codeScores[slot]! += best[slot]! / groups.length;
        best[slot] = 0;
      }
    }
  }

  /**
   * The codes the need's words name: per requirement when it lists several (each requirement is read
   * alone, so "forgings" and "leak testing" each find their code), else from the whole text. A code the
   * need also states is read all the same: the technology signal does not know which requirement it
   * answers, and without this a cryocooler maker that picked the stated code covered none of "1) a 20 K
   * cryocooler" (nDCG@10 on matching.json 0.916 → 0.919, dev.json 0.829 → 0.835). A requirement of a need
   * with codes that asks for a field-neutral kind of partner also names that kind's codes (KIND_TOPIC).
   */
  function readTopics(q: MatchQuery, requirements: Requirements | null, readsKinds = false): QueryTopic[] {
    if (topicReader.size === 0) return [];
    const written = (texts: ReadonlyArray<string | undefined>) =>
      texts.filter((t) => t && t.trim() !== '').join('\n');
    const clusters = needClusters(q);
    const carried = (code: string) =>
      (clusters === null || clusters.has(noteOf.get(code)?.cluster ?? '')) &&
      (codeDf(`=${code}`) > 0 || codeDf(`^${code}`) > 0);
    const byCode = new Map<string, QueryTopic>();
    const add = (found: readonly TopicCode[], r: number | null) => {
      for (const t of found) {
        const topic = byCode.get(t.code) ?? { code: t.code, weight: 0, reqs: [] };
        topic.weight = Math.max(topic.weight, TOPIC_WEIGHT * t.strength);
        if (r !== null && !topic.reqs.includes(r)) topic.reqs.push(r);
        byCode.set(t.code, topic);
      }
    };
    if (requirements) {
      // Each requirement from the analysis queryTerms made of it; a listed need's title names the whole its
      // parts belong to ("vacuum vessel sector"), so it is read too, as no requirement of its own.
      for (const [r, analysis] of requirements.analyses.entries())
        add(topicReader.readAnalysis(analysis, carried), r);
      // A lay need's kinds choose its codes for the whole need already (match: inferredCodes).
      if (readsKinds && q.technologies.length > 0) {
        for (const [r, text] of requirements.texts.entries()) {
          const kinds = inferPartnerKinds([text]).filter(isFieldNeutral);
          const codes = codesOfKinds(kinds).flat().filter(carried);
          add(
            codes.map((code) => ({ code, strength: KIND_TOPIC, value: 0 })),
            r,
          );
        }
      }
      add(topicReader.read(written(q.title), carried), null);
    } else add(topicReader.read(written([...q.title, ...q.body]), carried), null);
    return [...byCode.values()];
  }

  /**
   * The clusters whose codes a need's words may name: those of its own codes, else its poster's; null (all)
   * when neither is known. A fusion start-up's "a lab near Rokkasho" read an aerospace launch-vehicle code and
   * an offshore-wind base port, lifting other clusters' records and naming their labels as evidence.
   */
  function needClusters(q: MatchQuery): Set<string> | null {
    const own = q.technologies.flatMap((c) => noteOf.get(c)?.cluster ?? []);
    const clusters = own.length > 0 ? own : (q.clusters ?? []);
    return clusters.length > 0 ? new Set(clusters) : null;
  }

  /** How many live records hold a code term ("=CODE" their own, "^PARENT" a child's parent). */
  function codeDf(term: string): number {
    const id = codes.termId(term);
    return id === undefined ? 0 : codes.df[id]!;
  }

  /** The credit of carrying `code` when a need's words name `topic`: the code itself 1, parent or child 0.5. */
  function topicCredit(topic: string, code: string): number {
    const credit = codeCredit(topic, code, parentOf);
    return credit >= CODE_CREDIT.related ? credit : 0;
  }

  /**
   * Adds each named code as a query term: a record carrying it (or its parent or child, at half) scores as if
   * its text held a word of that weight, with the code's own document frequency as its rarity, and covers
   * the requirements the code was read from. Runs after scoreText, which sets the length norms.
   */
  function scoreTopics(topics: readonly QueryTopic[], requirements: Requirements | null) {
    const R = requirements ? requirements.totals.length : 0;
    const n = Math.max(codes.live, 1);
    for (const topic of topics) {
      // Records carrying the code or a child of it: a parent code is carried through its children. One
      // carrying both is counted twice, so the count is bounded by the index (a rarity below 0 would sink
      // the very records that answer).
      const df = Math.min(n, codeDf(`=${topic.code}`) + codeDf(`^${topic.code}`));
      if (df === 0) continue;
      const strength = topic.weight * bm25Idf(n, df);
      if (requirements) for (const r of topic.reqs) requirements.totals[r]! += strength * TOPIC_COVER;
      const parent = parentOf(topic.code);
      const lookups: Array<[string, number]> = [
        [`=${topic.code}`, 1],
        [`^${topic.code}`, CODE_CREDIT.related],
      ];
      if (parent !== null) lookups.push([`=${parent}`, CODE_CREDIT.related]);
      const count = bestCredits(lookups);
      const reqs = topic.reqs;
      for (let i = 0; i < count; i++) {
        const slot = seen[i]!;
        const credit = best[slot]!;
        best[slot] = 0;
        if (scores[slot] === 0 && codeScores[slot] === 0 && topicOf[slot] === 0)
          touched[touchedCount++] = slot;
        scores[slot]! += (strength * (BM25_K1 + 1) * credit) / (credit + norms[slot]!);
        coord[slot]! += strength * credit;
        if (credit > topicOf[slot]!) topicOf[slot] = credit;
        for (let j = 0; j < reqs.length; j++)
          reqMatched[slot * R + reqs[j]!]! += strength * credit * TOPIC_COVER;
      }
    }
  }

  /**
   * The codes' labels, then the matched terms, at most 12: a term naming what a label already names (トカマク,
   * "tokamak" beside the code's "Tokamak") is shown once.
   */
  function mergeTerms(first: MatchedTerm[], rest: MatchedTerm[]): MatchedTerm[] {
    const key = (x?: string) => x?.toLowerCase();
    const shown = new Set(first.flatMap((t) => [key(t.text), key(t.ja), key(t.en)]));
    const unseen = rest.filter(
      (t) => ![t.text, t.ja, t.en].some((x) => x !== undefined && shown.has(key(x))),
    );
    return [...first, ...unseen].slice(0, 12);
  }

  /** The named codes a record carries, as the taxonomy labels them: what a person recognises as a topic. */
  function topicTerms(doc: Slim, topics: readonly QueryTopic[]): MatchedTerm[] {
    const out: MatchedTerm[] = [];
    for (const t of topics) {
      const label = noteOf.get(t.code)?.label;
      if (!label || !doc.technologies.some((c) => topicCredit(t.code, c) > 0)) continue;
      const ja = label.ja ?? label.en ?? t.code;
      out.push({ text: ja, ja, en: label.en ?? ja });
    }
    return out;
  }

  /**
   * Where a need's place names are: the median position of the records that mention them (a village's
   * office, its laboratories and tenants all sit there), so the directory itself is the gazetteer and no
   * coordinates are kept by hand. Only public and members' records count, never an anonymous one's place.
   */
  function placeLocation(
    placeIds: readonly number[],
  ): { lat: number; lng: number; country: string | null } | null {
    const lats: number[] = [];
    const lngs: number[] = [];
    const countries = new Map<string, number>();
    for (const id of placeIds) {
      const list = text.lists[id]!;
      for (let i = 0; i < list.length && lats.length < PLACE_SAMPLE; i++) {
        const slot = Postings.slotOf(list[i]!);
        const doc = text.alive[slot] && (classOf[slot]! & 3) <= 1 ? docs[slot] : undefined;
        if (!doc?.location) continue;
        lats.push(doc.location.lat);
        lngs.push(doc.location.lng);
        if (doc.country) countries.set(doc.country, (countries.get(doc.country) ?? 0) + 1);
      }
    }
    if (lats.length < PLACE_MIN_RECORDS) return null;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const at = { lat: median(lats), lng: median(lngs) };
    // A name is a place only where the records that mention it sit together; spread over the country, it
    // is a word that happens to be a name (or the records' places say nothing about it).
    const spread = median(lats.map((lat, i) => distanceKm(at, { lat, lng: lngs[i]! })));
    if (spread > PLACE_SPREAD_KM) return null;
    // Its country is the one most of those records are in (first named on a tie, for a stable answer).
    let country: string | null = null;
    for (const [c, n] of countries) if (country === null || n > countries.get(country)!) country = c;
    return { ...at, country };
  }

  function explainTerms(
    slot: number,
    terms: QueryTerm[],
    stream: string[],
    edges: number[],
    loans: ReadonlyMap<string, string>,
    queryText: string,
    formulas: ReadonlyMap<string, string | null>,
  ): MatchedTerm[] {
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
    // Concepts first: they are what a reader recognises, in both languages. A general word (synonym entry)
    // is named as the need spelt it: its dictionary's first spelling may be another word of the same
    // sound (パンプス for "pumps") or a form the reader never wrote.
    for (const term of matched) {
      if (termKind(term) === 'synonym') {
        const own = lexicon.spellings(term).find((w) => w !== '' && hasWord(queryText, normalizeText(w)));
        if (own !== undefined) push({ text: own });
        continue;
      }
      const label = lexicon.concept(term);
      if (label) push({ text: label.ja, ja: label.ja, en: label.en });
    }
    // Then loanwords met in the other script, as the need wrote them (テープ for a record's "tape").
    for (const term of matched) {
      const word = loans.get(term);
      if (word !== undefined && !out.some((t) => t.text === word || t.ja === word || t.en === word)) {
        push({ text: word });
      }
    }
    // Then surface words in query order; consecutive CJK bigrams chain back into their phrase, shown only
    // cut to the words the text marks (script changes, glossary terms: no ーク of ネットワーク, no 冷却す of
    // 冷却する; core/text/terms.ts).
    const runs = cjkRuns(stream, edges);
    let phrase = '';
    let start = -1;
    let last = '';
    const flush = () => {
      const shown =
        phrase === ''
          ? null
          : shownCjkPhrase(
              phrase,
              runs.text[runs.runOf[start]!]!,
              runs.at[start]!,
              runs.cuts[runs.runOf[start]!],
            );
      if (shown !== null && !out.some((t) => t.ja?.includes(shown) || t.text.includes(shown))) {
        push({ text: shown });
      }
      phrase = '';
    };
    stream.forEach((token, i) => {
      if (!matched.has(token) || termKind(token) === 'concept') {
        flush();
        last = '';
        return;
      }
      if (isCjkToken(token)) {
        const chars = Array.from(token);
        if (phrase !== '' && chars.length === 2 && Array.from(last).at(-1) === chars[0]) phrase += chars[1];
        else {
          flush();
          phrase = token;
          start = i;
        }
        last = token;
      } else {
        flush();
        last = '';
        if (out.some((t) => t.en?.split(/[\s-]/).includes(token))) return;
        const formula = formulas.get(token) ?? null;
        // A formula is shown when the record matched every word of it (Nb3Sn, not Nb3Al's nb alone).
        if (formula === null) {
          if (isShownWord(token)) push({ text: token });
        } else if (
          !seen.has(formula) &&
          (formula.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => matched.has(w))
        )
          push({ text: formula });
      }
    });
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

    touchedCount = 0;
    // Which signals apply is decided by the query, so every candidate is scored on the same ones (a need
    // candidate's role fit is the exception: it depends on whether that need names roles, which is data).
    const stated = q.seeksRoles && q.seeksRoles.length > 0 ? q.seeksRoles : null;
    // A need that names no role may still say in plain words what kind of partner it wants (premises,
    // permits, a maker of a part): used like a stated role, more softly. Only when offers are ranked: a
    // seed's text says what it offers, not what it seeks.
    const readsKinds = !stated && !types.has('need');
    const kinds: PartnerKind[] = readsKinds ? inferPartnerKinds(q.body, q.title) : [];
    // Split at most once, when read: the self-introduction's words weigh less, and a country it names is not
    // where the need is.
    let spoken: Spoken | undefined;
    const spokenOf = () => (spoken ??= splitIntroduction(q));
    const { terms, stream, edges, loans, requirements, placeIds } = queryTerms(
      q,
      readsKinds ? partnerKindCues(q.body, q.title) : [],
      types.has('need') ? null : spokenOf(),
    );
    const R = requirements ? requirements.texts.length : 0;
    const rawText = [...q.title, ...q.body].filter(Boolean).join('\n');
    const queryText = normalizeText(rawText);
    const formulas = formulasOf(queryText, rawText);
    // A need that names a place but gives no position is read as asking for partners near it. Kept apart
    // from `q`, which the closures below read: reassigning it made every one of them slower.
    const derived = !q.location && placeIds.length > 0 ? placeLocation(placeIds) : null;
    const here: { lat: number; lng: number; scaleKm?: number } | null =
      q.location ?? (derived ? { lat: derived.lat, lng: derived.lng, scaleKm: PLACE_SCALE_KM } : null);
    scoreText(terms, R);
    const topics = readTopics(q, requirements, readsKinds);
    scoreTopics(topics, requirements);
    // A need without codes (a lay need) is matched on the codes organisations of the inferred kinds pick.
    const inferredCodes = q.technologies.length === 0 ? codesOfKinds(kinds) : [];
    const wantedCodes = q.technologies.length > 0 ? [...new Set(q.technologies)] : inferredCodes.flat();
    if (q.technologies.length > 0) scoreCodes(wantedCodes.map((c) => [c]));
    else if (inferredCodes.length > 0) scoreCodes(inferredCodes, true);

    // Hard filters before anything is ranked: type, visibility, expiry, own organisation.
    let candidateCount = 0;
    let maxText = 0;
    let maxCoord = 0;
    // Visibility codes a viewer may match: never hidden; members-only and anonymous ones not for visitors
    // (the server reads anonymous posts to signed-in users only).
    const visibleMask = viewer === 'public' ? 0b0001 : 0b0111;
    let classMask = 0;
    for (const type of types) classMask |= visibleMask << (KIND_CODE[type] * 4);
    // Excluded organisations and records as short integer lists (one or two), compared without a lookup.
    const excludedOrgCodes = Int32Array.from([...excludedOrgs].map((o) => orgIndex.get(o) ?? -1));
    const excludedSlots = Int32Array.from([...excludedIds].map((id) => slotById.get(id) ?? -1));
    const isExcluded = (slot: number) => {
      const org = orgOf[slot]!;
      for (let i = 0; i < excludedOrgCodes.length; i++) if (excludedOrgCodes[i] === org) return true;
      for (let i = 0; i < excludedSlots.length; i++) if (excludedSlots[i] === slot) return true;
      return false;
    };
    const alive = text.alive;
    const consider = (slot: number) => {
      if (alive[slot] && (classMask >> classOf[slot]!) & 1 && expiresOf[slot]! > now && !isExcluded(slot)) {
        candidates[candidateCount++] = slot;
        if (scores[slot]! > maxText) maxText = scores[slot]!;
        if (coord[slot]! > maxCoord) maxCoord = coord[slot]!;
      }
    };
    // A broad query touches most of a large index, in the scattered order its terms met the slots: there
    // one pass over every slot in order reads memory the processor can prefetch, and the candidates come
    // out in slot order for the ranking loop too. The top `limit` does not depend on the order.
    const dense = touchedCount * DENSE_SHARE > text.slots;
    if (dense) {
      for (let slot = 0; slot < text.slots; slot++)
        if (scores[slot] !== 0 || codeScores[slot] !== 0 || topicOf[slot] !== 0) consider(slot);
    } else for (let i = 0; i < touchedCount; i++) consider(touched[i]!);

    const seekQ = stated ?? (kinds.length > 0 ? rolesOfKinds(kinds) : null);
    // A need with no technology code is written by someone outside the field, for whom the kind of partner
    // is most of what the words say: there the inferred kind gates like a stated role (LAY_ROLE_FLOOR).
    const floor = stated ? ROLE_FLOOR : q.technologies.length === 0 ? LAY_ROLE_FLOOR : INFERRED_ROLE_FLOOR;
    const queryRoles = q.roles ?? [];
    const hasTech = wantedCodes.length > 0;
    const scaleKm = here?.scaleKm ?? DEFAULT_SCALE_KM;
    const querySeeks = q.organizationId ? seeks.get(q.organizationId) : undefined;
    const queryOffers = q.organizationId ? offers.get(q.organizationId) : undefined;
    const reciprocityCache = new Map<string, number>();
    const reciprocal = (doc: Slim): ReturnType<typeof codeOverlap> => {
      // The reverse direction: what the other side seeks that the querying side offers, or back.
      const [wanted, offered] =
        doc.type === 'need'
          ? [querySeeks, offers.get(doc.organizationId)]
          : [seeks.get(doc.organizationId), queryOffers];
      if (!wanted || !offered) return { value: 0, codes: [] };
      return codeOverlap([...wanted.keys()], [...offered.keys()], parentOf);
    };
    const seekMask = seekQ ? roleMask(seekQ) : 0;
    const queryRoleMask = roleMask(queryRoles);
    // A lay need (no code) for premises, permits, money, staff or transport asks for a kind of partner, not
    // for the field's vocabulary: there a record that plays the role of such a kind shows what the need is
    // about as much as field words do (a rental office says "factory" and "lab", not "blanket"). Not for
    // making, supplying, research or testing, where another trade's maker plays the role as well.
    const neutral = q.technologies.length === 0 && !stated ? roleMask(fieldNeutralRoles(kinds)) : 0;
    const fieldEvidenceOf = (slot: number) =>
      neutral !== 0
        ? Math.max(fieldOf[slot]!, NEUTRAL_ROLE_EVIDENCE * roleFitOfMasks(rolesOf[slot]!, neutral))
        : fieldOf[slot]!;
    // A record that shares no code with the need (asked or inferred) and shows little of the field serves
    // another trade: its words met the need's by coincidence (a CAD package called Fusion, a printer's
    // laser), so its whole score is scaled, not only its text: its role and place would otherwise carry it.
    const tradeGate = (slot: number) =>
      codeScores[slot]! > 0 || topicOf[slot]! > 0
        ? 1
        : TRADE_FLOOR + (1 - TRADE_FLOOR) * fieldEvidenceOf(slot);
    // A public body acts in its own country: to a need stating that it seeks one, or a lay need asking for
    // public support (permits, subsidies, a desk to ask), it answers only there, whatever words it shares
    // (a US federal office's "licensing" and "programme" for a Japanese start-up's permit question). The
    // country is that of the place the need names (a town the directory places, else a country), else its
    // poster's; unknown (an anonymous post naming no place), no body is judged.
    const publicBit = roleBits.get('public');
    const asks =
      publicBit !== undefined &&
      ((neutral !== 0 && kinds.includes('public-support')) || (stated?.includes('public') ?? false));
    // A country named outside the self-introduction ("a site in Japan"): "We are a British start-up" says who
    // asks, not where.
    const country = asks ? (derived?.country ?? countryNamed(spokenOf().rest) ?? q.country ?? null) : null;
    const judges = country !== null;
    const jurisdiction = (slot: number) => {
      if (!judges || ((rolesOf[slot]! >> publicBit!) & 1) === 0) return 1;
      const elsewhere = docs[slot]!.country;
      return elsewhere && elsewhere !== country ? ABROAD : 1;
    };
    // With several requirements, text is part BM25 (how strongly), part coverage (how many are met).
    const textValue = (slot: number) => {
      const share = maxCoord > 0 ? coord[slot]! / maxCoord : 0;
      const bm25 =
        maxText > 0
          ? (scores[slot]! / maxText) *
            (COORD_FLOOR + (1 - COORD_FLOOR) * share) *
            (FIELD_FLOOR + (1 - FIELD_FLOOR) * fieldEvidenceOf(slot))
          : 0;
      if (!requirements) return bm25;
      return (1 - COVERAGE_WEIGHT) * bm25 + COVERAGE_WEIGHT * requirementCoverage(slot, requirements);
    };
    const nearnessBound = (slot: number) => {
      const lat = latOf[slot]!;
      return here && !Number.isNaN(lat) ? Math.exp(-(Math.abs(lat - here.lat) * KM_PER_DEGREE) / scaleKm) : 0;
    };
    const nearness = (slot: number) => {
      const at = docs[slot]!.location;
      return here && at ? Math.exp(-distanceKm(here, at) / scaleKm) : 0;
    };
    const values = new Float64Array(5); // text, technology, role, distance, reciprocity; NaN: not applicable
    let roleFit = 0;
    const fill = (slot: number, doc: Slim) => {
      values[0] = textValue(slot);
      values[1] = hasTech ? Math.min(1, codeScores[slot]!) : Number.NaN;
      if (seekQ) {
        // The role says in what capacity a record answers, not whether it answers: its fit counts in
        // proportion to how well the record matches what is asked (text and codes), so an organisation of
        // another trade that shares a word and plays the sought role does not ride on its role alone.
        roleFit = roleFitOfMasks(rolesOf[slot]!, seekMask);
        const topical = hasTech
          ? (TOPIC_TEXT * values[0]! + TOPIC_TECH * values[1]!) / (TOPIC_TEXT + TOPIC_TECH)
          : values[0]!;
        values[2] = roleFit * Math.min(1, topical / TOPIC_FULL);
      } else if (doc.type === 'need') {
        // A need that names no role is content with anyone, which counts half.
        const wanted = seeksOf[slot]!;
        values[2] = wanted === 0 ? 0.5 : (wanted & queryRoleMask) !== 0 ? 1 : 0;
      } else values[2] = Number.NaN;
      values[3] = here ? nearness(slot) : Number.NaN;
      if (q.organizationId) {
        // Most organisations post no needs: answer those without a lookup table.
        const possible =
          doc.type === 'need'
            ? querySeeks !== undefined && offers.has(doc.organizationId)
            : queryOffers !== undefined && seeks.has(doc.organizationId);
        let v = possible ? reciprocityCache.get(doc.organizationId) : 0;
        if (v === undefined) {
          v = reciprocal(doc).value;
          reciprocityCache.set(doc.organizationId, v);
        }
        values[4] = v;
      } else values[4] = Number.NaN;
    };
    const order: SignalName[] = ['text', 'technology', 'role', 'distance', 'reciprocity'];
    const weightOf = order.map((name) => weights[name]);
    const scoreOf = (slot: number) => {
      fill(slot, docs[slot]!);
      let weightSum = 0;
      let weighted = 0;
      for (let i = 0; i < 5; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) continue;
        weightSum += weightOf[i]!;
        weighted += weightOf[i]! * v;
      }
      // A need's sought roles scale the score too (roles.ts); shares stay shares of the weighted sum.
      const gate = (seekQ ? floor + (1 - floor) * roleFit : 1) * tradeGate(slot) * jurisdiction(slot);
      return { weightSum, weighted, score: weightSum > 0 ? round((gate * weighted) / weightSum) : 0 };
    };
    const explain = (slot: number) => {
      const doc = docs[slot]!;
      const { weightSum, weighted, score } = scoreOf(slot);
      const signal = (i: number) => ({
        value: round(values[i]!),
        weight: round(weightSum > 0 ? weightOf[i]! / weightSum : 0),
        share: round(weighted > 0 ? (weightOf[i]! * values[i]!) / weighted : 0),
      });
      const applies = (i: number) => !Number.isNaN(values[i]!);
      const signals: MatchSignals = {
        text: {
          ...signal(0),
          terms: mergeTerms(
            topicTerms(doc, topics),
            explainTerms(slot, terms, stream, edges, loans, queryText, formulas),
          ),
        },
      };
      if (requirements) {
        // The need's own words, so nothing here comes from the record's owner (an anonymous one included).
        signals.text.requirements = requirements.texts.map((t, r) => ({
          text: t,
          covered: requirementShare(slot, requirements, r) >= 1,
        }));
      }
      if (applies(1)) {
        signals.technology = {
          ...signal(1),
          codes: codeOverlap(wantedCodes, doc.technologies, parentOf).codes,
        };
      }
      if (applies(2)) {
        const roles = seekQ
          ? doc.roles.filter((r) => seekQ.includes(r))
          : (doc.seeksRoles ?? []).filter((r) => queryRoles.includes(r));
        signals.role = { ...signal(2), roles, ...(kinds.length > 0 ? { inferred: kinds } : {}) };
      }
      if (applies(3)) {
        const km = here && doc.location ? Math.round(distanceKm(here, doc.location)) : null;
        signals.distance = { ...signal(3), km };
      }
      if (applies(4)) signals.reciprocity = { ...signal(4), codes: reciprocal(doc).codes };
      return { score, signals };
    };
    const ranked: Array<{ slot: number; score: number; signals: MatchSignals }> = [];

    // Score everything cheaply, keep the best `limit` with deterministic ties (key, then id).
    const before = (a: { score: number; slot: number }, b: { score: number; slot: number }) => {
      if (a.score !== b.score) return a.score > b.score;
      const da = docs[a.slot]!;
      const db = docs[b.slot]!;
      if (da.key !== db.key) return da.key < db.key;
      return da.id < db.id;
    };
    // An upper bound from text and codes alone (the other signals at their best) skips the full score of
    // candidates that cannot reach the current tenth place: most of a large corpus shares a common word.
    const optional =
      (seekQ ? weights.role : 0) +
      (here ? weights.distance : 0) +
      (q.organizationId ? weights.reciprocity : 0);
    const needRole = !seekQ && types.has('need') ? weights.role : 0;
    const base = weights.text + (hasTech ? weights.technology : 0) + optional;
    const top: Array<{ slot: number; score: number }> = [];
    // A cheaper bound first, without the field evidence or the pass over requirements: a requirement's
    // matched weight is at most the record's coord, so coverage is at most coord × the mean of 1/(share of
    // each requirement's total). Most candidates of a long need touch one weak word and stop here.
    let meanInverse = 0;
    if (requirements) {
      for (const total of requirements.totals) meanInverse += total > 0 ? 1 / (COVER_SHARE * total) : 0;
      meanInverse /= requirements.totals.length;
    }
    const coverageShare = requirements ? COVERAGE_WEIGHT : 0;
    const rest = hasTech ? weights.technology : 0;
    const denominator = base + needRole;
    for (let i = 0; i < candidateCount; i++) {
      const slot = candidates[i]!;
      if (top.length === limit) {
        const floor = top[top.length - 1]!.score;
        const c = hasTech ? Math.min(1, codeScores[slot]!) : 0;
        const bm25 =
          maxText > 0
            ? (scores[slot]! / maxText) * (COORD_FLOOR + ((1 - COORD_FLOOR) * coord[slot]!) / maxCoord)
            : 0;
        const cheap = (1 - coverageShare) * bm25 + coverageShare * Math.min(1, coord[slot]! * meanInverse);
        // The trade gate scales the whole score and costs two reads, so it tightens both bounds. With a
        // place, so does the distance: a need naming a village is near few of 100,000 records. A degree of
        // latitude is at least 111 km of any path, so the latitude alone bounds a record's nearness.
        // Most candidates of a broad query stop at the first, plainest bound.
        if ((weights.text * cheap + rest * c + optional + needRole) / denominator < floor) continue;
        const far = here ? weights.distance * (1 - nearnessBound(slot)) : 0;
        const reachable = optional - far + needRole;
        const trade = tradeGate(slot) * jurisdiction(slot);
        if ((trade * (weights.text * cheap + rest * c + reachable)) / denominator < floor) continue;
        const t = textValue(slot);
        const bound = (trade * (weights.text * t + rest * c + reachable)) / denominator;
        if (bound < floor) continue;
      }
      const { score } = scoreOf(slot);
      if (score <= 0) continue;
      const entry = { slot, score };
      if (top.length === limit && !before(entry, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(entry, top[at - 1]!)) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    // A record that shows little of the field and shares no code with the query is shown only as a strong
    // match: when few records answer a need, a word shared with another trade's profile (vacuum bottles,
    // camera cranes) would otherwise fill the list.
    const cut = top.length > 0 ? top[0]!.score * OFF_FIELD_SHARE : 0;
    for (const { slot, score: s } of top) {
      if (
        s < cut &&
        fieldEvidenceOf(slot) < OFF_FIELD &&
        !(hasTech && codeScores[slot]! > 0) &&
        topicOf[slot] === 0
      )
        continue;
      const { score, signals } = explain(slot);
      ranked.push({ slot, score, signals });
    }

    if (dense) {
      for (const a of [scores, codeScores, topicOf, coord]) a.fill(0, 0, text.slots);
      reqMatched.fill(0, 0, text.slots * R);
    } else {
      for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i]!;
        scores[slot] = 0;
        codeScores[slot] = 0;
        topicOf[slot] = 0;
        coord[slot] = 0;
        for (let r = 0; r < R; r++) reqMatched[slot * R + r] = 0;
      }
    }
    touchedCount = 0;
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
