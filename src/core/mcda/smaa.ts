import { compileProblem } from './compile.ts';
import { McdaError } from './errors.ts';
import { buildModel, rankingScores } from './model.ts';
import { createRandom, sampleSimplex } from './random.ts';
import { bucketBuffers, bucketSort, sortDescending, sortStackSize, TIE_TOLERANCE } from './rank.ts';
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
  const order = Uint32Array.from({ length: m }, (_, a) => a);
  const stack = new Int32Array(sortStackSize(m));
  const keys = new Float64Array(m);
  const buckets = bucketBuffers(m);
  const counts = new Float64Array(m * m);
  for (let s = 0; s < samples; s++) {
    if (options.mode === 'uniform') sampleSimplex(random, w);
    else sampleAround(random, compiled.weights, spread, w);
    rankingScores(model, w, scores);
    const sorted = bucketSort(scores, buckets);
    if (sorted === 'sorted') countRuns(buckets.keys, buckets.order, counts, m);
    else if (sorted === 'skewed') countRanksByKeys(scores, keys, order, stack, counts, m);
    // Equal infinities are not tied (∞ − ∞ is NaN), so their order matters and only
    // `countRanks`, with the previous sample's order as its start, reproduces it.
    else countRanks(scores, keys, order, stack, counts, m);
  }
  return {
    method: compiled.method,
    normalization: compiled.normalization,
    samples,
    mode: options.mode,
    seed: options.seed,
    alternatives: compiled.alternativeKeys.map((key, a) => ({
      key,
      acceptability: Array.from(counts.subarray(a * m, a * m + m), (c) => c / samples),
    })),
  };
}

function checkOptions(options: SmaaOptions): { samples: number; spread: number } {
  const { samples, mode, seed } = options;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new McdaError('options.samples', `must be an integer from 1 to ${MAX_SAMPLES}`);
  }
  if (mode !== 'uniform' && mode !== 'around')
    throw new McdaError('options.mode', "must be 'uniform' or 'around'");
  if (!Number.isInteger(seed)) throw new McdaError('options.seed', 'must be an integer');
  const spread = options.spread ?? 0.2;
  if (typeof spread !== 'number' || !(spread >= 0 && spread <= 1)) {
    throw new McdaError('options.spread', 'must be a number from 0 to 1');
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

/**
 * Adds one sample's ranks to `counts`, `order` being the alternatives by descending
 * finite score and `keys` their scores: a run of scores within the tie tolerance of its
 * predecessor shares its ranks equally. The order among equal scores cannot matter —
 * they are always in one run, and every member of a run gets the same shares.
 */
function countRuns(keys: Float64Array, order: Uint32Array, counts: Float64Array, m: number): void {
  // Local copy: under tsx an imported binding is read through a getter, once per comparison.
  const tolerance = TIE_TOLERANCE;
  let start = 0;
  while (start < m) {
    let end = start + 1;
    while (end < m && keys[end - 1]! - keys[end]! <= tolerance) end++;
    const tied = end - start;
    for (let k = start; k < end; k++) {
      const row = order[k]! * m + start;
      if (tied === 1) counts[row] = counts[row]! + 1;
      else for (let r = 0; r < tied; r++) counts[row + r] = counts[row + r]! + 1 / tied;
    }
    start = end;
  }
}

/**
 * Same counts as `countRanks` for finite scores, when `bucketSort` gave up: the
 * scores are copied into `keys` and sorted together with their indices, so every
 * comparison reads one contiguous array instead of `scores[order[i]]`.
 */
function countRanksByKeys(
  scores: Float64Array,
  keys: Float64Array,
  order: Uint32Array,
  stack: Int32Array,
  counts: Float64Array,
  m: number,
): void {
  for (let a = 0; a < m; a++) {
    keys[a] = scores[a]!;
    order[a] = a;
  }
  // rank.ts's sort also breaks exact ties by index; harmless here, since equal scores share one run.
  sortDescending(keys, order, stack);
  countRuns(keys, order, counts, m);
}

/**
 * Orders alternatives by score with an index quicksort on typed arrays (no comparator
 * callbacks, no allocation), then walks the order once: a run of scores within the tie
 * tolerance of its predecessor shares its ranks. The previous sample's order is the
 * starting point, which is usually close to sorted already.
 */
function countRanks(
  scores: Float64Array,
  keys: Float64Array,
  order: Uint32Array,
  stack: Int32Array,
  counts: Float64Array,
  m: number,
): void {
  sortIndicesDescending(scores, order, stack);
  for (let k = 0; k < m; k++) keys[k] = scores[order[k]!]!;
  countRuns(keys, order, counts, m);
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
