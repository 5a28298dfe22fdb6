import { compileProblem } from './compile.ts';
import { McdaError } from './errors.ts';
import { buildModel, rankingScores } from './model.ts';
import { createRandom, sampleSimplex } from './random.ts';
import {
  type BucketBuffers,
  bucketBuffers,
  bucketSort,
  sortDescending,
  sortStackSize,
  TIE_TOLERANCE,
} from './rank.ts';
import type { Method, Normalization, Problem } from './types.ts';

export interface SmaaOptions {
  samples: number;
  /** uniform: anywhere on the weight simplex; around: each weight × (1 ± spread). */
  mode: 'uniform' | 'around';
  /** Relative half-width for `around`, in [0, 1]; default 0.2. */
  spread?: number;
  seed: number;
}

export interface SmaaResult {
  method: Method;
  normalization: Normalization;
  samples: number;
  mode: SmaaOptions['mode'];
  seed: number;
  /** acceptability[r]: share of samples in which the alternative ranks r + 1. */
  alternatives: { key: string; acceptability: number[] }[];
}

const MAX_SAMPLES = 10_000_000;

/**
 * SMAA-2 rank acceptability indices (Lahdelma & Salminen, 2001) by Monte Carlo over
 * weights. The matrix is normalised once; each sample only re-weights it, reusing
 * the same typed arrays. Alternatives tied within 1e-9 split the tied ranks equally,
 * so every alternative's shares and every rank's shares each sum to 1.
 */
export function smaa(problem: Problem, options: SmaaOptions): SmaaResult {
  const { samples, spread } = checkOptions(options);
  const compiled = compileProblem(problem);
  const model = buildModel(compiled);
  const { m, n } = compiled;
  const random = createRandom(options.seed);
  const w = new Float64Array(n);
  const scores = new Float64Array(m);
  const buffers = sortBuffers(m);
  const tally = createTally(m);
  for (let s = 0; s < samples; s++) {
    if (options.mode === 'uniform') sampleSimplex(random, w);
    else sampleAround(random, compiled.weights, spread, w);
    rankingScores(model, w, scores);
    const { keys, order } = sortSample(scores, buffers);
    addRanks(tally, keys, order);
  }
  countBatch(tally);
  return {
    method: compiled.method,
    normalization: compiled.normalization,
    samples,
    mode: options.mode,
    seed: options.seed,
    alternatives: compiled.alternativeKeys.map((key, a) => ({
      key,
      acceptability: shares(tally, a, samples),
    })),
  };
}

function checkOptions(options: SmaaOptions): { samples: number; spread: number } {
  const { samples, mode, seed } = options;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new McdaError('options.samples', {
      ja: `1 から ${MAX_SAMPLES} までの整数にしてください`,
      en: `must be an integer from 1 to ${MAX_SAMPLES}`,
    });
  }
  if (mode !== 'uniform' && mode !== 'around')
    throw new McdaError('options.mode', {
      ja: "'uniform' か 'around' にしてください",
      en: "must be 'uniform' or 'around'",
    });
  if (!Number.isInteger(seed))
    throw new McdaError('options.seed', { ja: '整数にしてください', en: 'must be an integer' });
  const spread = options.spread ?? 0.2;
  if (typeof spread !== 'number' || !(spread >= 0 && spread <= 1)) {
    throw new McdaError('options.spread', {
      ja: '0 から 1 までの数にしてください',
      en: 'must be a number from 0 to 1',
    });
  }
  return { samples, spread };
}

/** Each weight scaled by an independent uniform factor in [1 − spread, 1 + spread], then renormalised. */
function sampleAround(random: () => number, base: Float64Array, spread: number, out: Float64Array): void {
  let total = 0;
  for (let j = 0; j < out.length; j++) {
    const x = (base[j] ?? 0) * (1 + spread * (2 * random() - 1));
    out[j] = x;
    total += x;
  }
  // With spread 1 every factor could be ~0; fall back to the given weights.
  for (let j = 0; j < out.length; j++) out[j] = total > 0 ? (out[j] ?? 0) / total : (base[j] ?? 0);
}

/** Scratch for sorting one sample's scores, allocated once per run. */
interface SortBuffers {
  buckets: BucketBuffers;
  /** The comparison sorts' keys and indices; `order` also carries one sample's order to the next. */
  keys: Float64Array;
  order: Uint32Array;
  stack: Int32Array;
}

const sortBuffers = (m: number): SortBuffers => ({
  buckets: bucketBuffers(m),
  keys: new Float64Array(m),
  order: Uint32Array.from({ length: m }, (_, a) => a),
  stack: new Int32Array(sortStackSize(m)),
});

/** Alternatives by descending score (`order`) with their scores (`keys`). */
function sortSample(scores: Float64Array, b: SortBuffers): { keys: Float64Array; order: Uint32Array } {
  const sorted = bucketSort(scores, b.buckets);
  if (sorted === 'sorted') return b.buckets;
  const { keys, order, stack } = b;
  if (sorted === 'skewed') {
    for (let a = 0; a < scores.length; a++) {
      keys[a] = scores[a]!;
      order[a] = a;
    }
    // rank.ts's sort also breaks exact ties by index; harmless, since equal scores share one run.
    sortDescending(keys, order, stack);
  } else {
    // Equal infinities are not tied (∞ − ∞ is NaN), so their order matters; this index
    // quicksort, starting from the previous such sample's order, is what always decided it.
    sortIndicesDescending(scores, order, stack);
    for (let k = 0; k < scores.length; k++) keys[k] = scores[order[k]!]!;
  }
  return b;
}

/**
 * Rank counts. Counting a sample means one increment per alternative in an m × m table
 * (4 MB of 32-bit counts for 1,000 sites), at a random row each time: a cache miss per
 * alternative and sample was the largest cost of a SMAA run. So samples are first queued
 * (their orders, in `batch`) and counted a batch at a time, rank by rank: all increments
 * for rank r land in the table's row r, which stays in the L1 cache meanwhile, and the
 * table is walked in order once per batch. Whole counts are integers, so the order of the
 * increments cannot change them.
 *
 * A tie splits ranks into fractions, which go straight to a float table created at the
 * first tie; near-ties within 1e-9 are rare with continuous scores. A share is whole +
 * fraction: exactly the running float sum of before while a cell has no fractions, and
 * within a few ulps of it (far below 1e-12) once it has.
 */
interface Tally {
  m: number;
  /** whole[r · (m + 1) + a]: samples in which a ranks r + 1 alone; column m absorbs tied positions. */
  whole: Uint32Array;
  /** fractions[a · m + r]: shares of rank r + 1 from ties. */
  fractions: Float64Array | null;
  /** Queued samples' orders: batch[s · m + k] is the alternative at position k (m if tied). */
  batch: Uint32Array;
  queued: number;
}

/** Up to 1,024 samples a batch, the queue kept to about 4 MB (measured: 256 samples, 1 MB, was slower). */
const createTally = (m: number): Tally => ({
  m,
  whole: new Uint32Array(m * (m + 1)),
  fractions: null,
  batch: new Uint32Array(m * Math.max(1, Math.min(1024, Math.floor(1_048_576 / m)))),
  queued: 0,
});

/**
 * Queues one sample, `order` being the alternatives by descending score and `keys` their
 * scores: a run of scores within the tie tolerance of its predecessor shares its ranks
 * equally. The order among equal scores cannot matter — they are always in one run, and
 * every member gets the same shares.
 */
function addRanks(t: Tally, keys: Float64Array, order: Uint32Array): void {
  const { m, batch } = t;
  const base = t.queued * m;
  // Local copy: under tsx an imported binding is read through a getter, once per comparison.
  const tolerance = TIE_TOLERANCE;
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && keys[end - 1]! - keys[end]! <= tolerance) end++;
    if (end - start === 1) batch[base + start] = order[start]!;
    else addTie(t, order, start, end);
    start = end;
  }
  t.queued++;
  if ((t.queued + 1) * m > batch.length) countBatch(t);
}

/** Positions start … end − 1 are tied: each of their alternatives gets 1/(end − start) of each rank. */
function addTie(t: Tally, order: Uint32Array, start: number, end: number): void {
  const { m } = t;
  t.fractions ??= new Float64Array(m * m);
  const fractions = t.fractions;
  const share = 1 / (end - start);
  const base = t.queued * m;
  for (let k = start; k < end; k++) {
    t.batch[base + k] = m;
    const row = order[k]! * m;
    for (let r = start; r < end; r++) fractions[row + r] = fractions[row + r]! + share;
  }
}

/** Counts the queued samples rank by rank and empties the queue. */
function countBatch(t: Tally): void {
  const { m, whole, batch, queued } = t;
  for (let r = 0, row = 0; r < m; r++, row += m + 1) {
    for (let s = 0, at = r; s < queued; s++, at += m) {
      const cell = row + batch[at]!;
      whole[cell] = whole[cell]! + 1;
    }
  }
  t.queued = 0;
}

/** Alternative a's acceptabilities: its column of the tally as shares of the samples. */
function shares(t: Tally, a: number, samples: number): number[] {
  const { m, whole, fractions } = t;
  const out = new Array<number>(m);
  for (let r = 0; r < m; r++) {
    const count = whole[r * (m + 1) + a]!;
    out[r] = (fractions === null ? count : count + fractions[a * m + r]!) / samples;
  }
  return out;
}

/** Iterative median-of-three quicksort of `order` by descending score; insertion sort below 16. */
function sortIndicesDescending(scores: Float64Array, order: Uint32Array, stack: Int32Array): void {
  let top = 0;
  stack[top++] = 0;
  stack[top++] = order.length - 1;
  while (top > 0) {
    const hi = stack[--top]!;
    const lo = stack[--top]!;
    if (hi - lo < 16) {
      insertionSort(scores, order, lo, hi);
      continue;
    }
    const p = partition(scores, order, lo, hi);
    // Larger half first on the stack, smaller half next: depth stays O(log m).
    if (p - lo > hi - p) {
      stack[top++] = lo;
      stack[top++] = p - 1;
      stack[top++] = p + 1;
      stack[top++] = hi;
    } else {
      stack[top++] = p + 1;
      stack[top++] = hi;
      stack[top++] = lo;
      stack[top++] = p - 1;
    }
  }
}

function partition(scores: Float64Array, order: Uint32Array, lo: number, hi: number): number {
  const mid = (lo + hi) >>> 1;
  if (scores[order[mid]!]! > scores[order[lo]!]!) swap(order, mid, lo);
  if (scores[order[hi]!]! > scores[order[lo]!]!) swap(order, hi, lo);
  if (scores[order[hi]!]! > scores[order[mid]!]!) swap(order, hi, mid);
  // order[mid] now holds the median of three; move it to hi as the pivot.
  swap(order, mid, hi);
  const pivot = scores[order[hi]!]!;
  let store = lo;
  for (let i = lo; i < hi; i++) {
    if (scores[order[i]!]! > pivot) {
      swap(order, i, store);
      store++;
    }
  }
  swap(order, store, hi);
  return store;
}

function insertionSort(scores: Float64Array, order: Uint32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const item = order[i]!;
    const s = scores[item]!;
    let k = i - 1;
    while (k >= lo && scores[order[k]!]! < s) {
      order[k + 1] = order[k]!;
      k--;
    }
    order[k + 1] = item;
  }
}

function swap(order: Uint32Array, i: number, j: number): void {
  const t = order[i]!;
  order[i] = order[j]!;
  order[j] = t;
}
