/** Scores closer than this are a tie (issue 5). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Competition ranking ("1, 2, 2, 4"), higher score first. Each score is compared
 * with the previous one in sorted order, so a run of near-equal scores shares a
 * rank; input order breaks ties in the listing.
 */
export function rankScores(scores: ArrayLike<number>): { order: number[]; ranks: number[] } {
  const { order, rank } = ranking(scores);
  const ranks = new Array<number>(order.length);
  for (let position = 0; position < order.length; position++) ranks[order[position]!] = rank[position]!;
  return { order: Array.from(order), ranks };
}

/**
 * `rankScores` in listing order and typed arrays, for callers that build their own
 * records (evaluate on 100,000 sites): order[p] is the p-th alternative, rank[p] its rank.
 */
export function ranking(scores: ArrayLike<number>): { order: Uint32Array; rank: Uint32Array } {
  const values = finiteCopy(scores);
  // NaN (or a non-number) has no place in a numeric order: keep the comparator sort,
  // whose result for such input this module has always returned.
  if (values === null) return rankingByComparator(scores);
  const { order, keys } = sortScores(values);
  return { order, rank: competitionRanks(keys) };
}

/*
 * Each pass over the scores is a function of its own, here and below. V8 compiles a long
 * loop while it runs (on-stack replacement), before the code after the loop has ever run;
 * reaching that code then deoptimises the function, and the cached loop code repeats
 * this on the next call. With nothing after the loop but `return`, a pass stays optimised.
 */

/** The scores as a Float64Array, or null if one is NaN or not a number. */
function finiteCopy(scores: ArrayLike<number>): Float64Array | null {
  const values = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (typeof s !== 'number' || Number.isNaN(s)) return null;
    values[i] = s;
  }
  return values;
}

/** Rank of each position of descending `keys`: a key within the tolerance of its predecessor shares its rank. */
function competitionRanks(keys: Float64Array): Uint32Array {
  const rank = new Uint32Array(keys.length);
  // Local copy: under tsx an imported or exported binding is read through a getter.
  const tolerance = TIE_TOLERANCE;
  for (let position = 0; position < keys.length; position++) {
    // Same difference as the comparator version, so ±Infinity ties exactly as it did.
    const tied = position > 0 && keys[position - 1]! - keys[position]! <= tolerance;
    rank[position] = tied ? rank[position - 1]! : position + 1;
  }
  return rank;
}

/** Indices by descending score, input order among equal scores, with the scores in that order. */
function sortScores(values: Float64Array): { order: Uint32Array; keys: Float64Array } {
  const b = bucketBuffers(values.length);
  if (bucketSort(values, b) !== 'sorted') {
    b.keys.set(values);
    for (let i = 0; i < values.length; i++) b.order[i] = i;
    if (values.length > 1) sortDescending(b.keys, b.order);
  }
  return b;
}

function rankingByComparator(scores: ArrayLike<number>): { order: Uint32Array; rank: Uint32Array } {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const rank = new Uint32Array(scores.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && (scores[previous] ?? 0) - (scores[index] ?? 0) <= TIE_TOLERANCE;
    rank[position] = tied ? rank[position - 1]! : position + 1;
  });
  return { order: Uint32Array.from(order), rank };
}

/** Scratch for `bucketSort`, allocated once for m scores and reused (SMAA sorts once per sample). */
export interface BucketBuffers {
  bucket: Uint32Array;
  /** Bucket boundaries: the counting sort's prefix sums. */
  start: Uint32Array;
  /** Indices by descending score once sorted. */
  order: Uint32Array;
  /** The scores in that order, so comparisons read one contiguous array. */
  keys: Float64Array;
}

export const bucketBuffers = (m: number): BucketBuffers => ({
  bucket: new Uint32Array(m),
  start: new Uint32Array(m + 1),
  order: new Uint32Array(m),
  keys: new Float64Array(m),
});

/**
 * Sorts scores descending in about linear time: a counting sort into m buckets by linear
 * interpolation between the lowest and highest score, then an insertion sort that only
 * has to fix the order inside each bucket. Scores of m sites spread over a range put
 * about one site in a bucket, so this beats any comparison sort. The bucket index
 * trunc((hi − s) · scale) is monotone in s (rounded arithmetic is), so buckets come out
 * in score order; both passes are stable, so equal scores (−0 and 0 included) keep input
 * order — the same order as `sortDescending`.
 *
 * 'nonfinite': a score is NaN or ±Infinity; nothing is sorted.
 * 'skewed': scores bunched into few buckets made the insertion sort exceed its budget of
 * 8m moves; the caller sorts by comparison instead.
 */
export function bucketSort(scores: Float64Array, b: BucketBuffers): 'sorted' | 'skewed' | 'nonfinite' {
  const m = scores.length;
  if (!findSpan(scores, span)) return 'nonfinite';
  const lo = span[0]!;
  const hi = span[1]!;
  // hi − lo can overflow to Infinity for finite scores; scale is then 0 and one bucket is 'skewed'.
  const scale = hi > lo ? (m - 1) / (hi - lo) : 0;
  b.start.fill(0);
  countBuckets(scores, b.bucket, b.start, hi, scale);
  prefixSums(b.start);
  placeByBucket(scores, b);
  return fixBuckets(b.keys, b.order, m) ? 'sorted' : 'skewed';
}

/** [lowest, highest] score, written by `findSpan` (one sort runs at a time). */
const span = new Float64Array(2);

/** Lowest and highest score into `out`; false if a score is NaN or ±Infinity. */
function findSpan(scores: Float64Array, out: Float64Array): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < scores.length; a++) {
    const s = scores[a]!;
    if (s - s !== 0) return false;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  out[0] = lo;
  out[1] = hi;
  return true;
}

/** Bucket of each score, and each bucket's size in start[k + 1]. */
function countBuckets(
  scores: Float64Array,
  bucket: Uint32Array,
  start: Uint32Array,
  hi: number,
  scale: number,
) {
  const last = scores.length - 1;
  for (let a = 0; a <= last; a++) {
    // In [0, m − 1] up to rounding, so truncation (| 0) is the floor and fits an int.
    let k = ((hi - scores[a]!) * scale) | 0;
    if (k > last) k = last;
    bucket[a] = k;
    start[k + 1] = start[k + 1]! + 1;
  }
}

function prefixSums(start: Uint32Array): void {
  for (let k = 1; k < start.length; k++) start[k] = start[k]! + start[k - 1]!;
}

/** Stable counting-sort placement into `b.order` and `b.keys`. */
function placeByBucket(scores: Float64Array, b: BucketBuffers): void {
  const { bucket, start, order, keys } = b;
  for (let a = 0; a < scores.length; a++) {
    const k = bucket[a]!;
    const p = start[k]!;
    start[k] = p + 1;
    order[p] = a;
    keys[p] = scores[a]!;
  }
}

/** Insertion sort of nearly sorted keys (carrying order); false once it has moved 8m items. */
function fixBuckets(keys: Float64Array, order: Uint32Array, m: number): boolean {
  let budget = 8 * m;
  for (let i = 1; i < m; i++) {
    const s = keys[i]!;
    if (!(keys[i - 1]! < s)) continue;
    const item = order[i]!;
    let k = i - 1;
    while (k >= 0 && keys[k]! < s) {
      keys[k + 1] = keys[k]!;
      order[k + 1] = order[k]!;
      k--;
    }
    keys[k + 1] = s;
    order[k + 1] = item;
    budget -= i - 1 - k;
    if (budget < 0) return false;
  }
  return true;
}

/**
 * `a` goes before `b`: higher score first, lower index among equal scores — the total
 * order of the comparator `(s[b] − s[a]) || a − b` for non-NaN scores (−0 equals 0, and
 * equal infinities fall back to the index there too), so the result is the same.
 */
const before = (ka: number, ia: number, kb: number, ib: number): boolean => ka > kb || (ka === kb && ia < ib);

/** Stack slots `sortDescending` needs for m keys, for callers that reuse one buffer. */
export const sortStackSize = (m: number) => 4 * (Math.ceil(Math.log2(m + 1)) + 2);

/**
 * Iterative quicksort of `keys` carrying `index`: Hoare partition around a median-of-three
 * element, insertion sort below 16, smaller half first so the stack stays O(log m).
 */
export function sortDescending(
  keys: Float64Array,
  index: Uint32Array,
  stack: Int32Array = new Int32Array(sortStackSize(keys.length)),
): void {
  let top = 0;
  stack[top++] = 0;
  stack[top++] = keys.length - 1;
  while (top > 0) {
    const hi = stack[--top]!;
    const lo = stack[--top]!;
    if (hi - lo < 16) {
      insertionSort(keys, index, lo, hi);
      continue;
    }
    const mid = (lo + hi) >>> 1;
    // Median of three by position: order lo, mid, hi, then take mid.
    if (before(keys[mid]!, index[mid]!, keys[lo]!, index[lo]!)) swap(keys, index, mid, lo);
    if (before(keys[hi]!, index[hi]!, keys[lo]!, index[lo]!)) swap(keys, index, hi, lo);
    if (before(keys[hi]!, index[hi]!, keys[mid]!, index[mid]!)) swap(keys, index, hi, mid);
    const pk = keys[mid]!;
    const pi = index[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(keys[i]!, index[i]!, pk, pi)) i++;
      while (before(pk, pi, keys[j]!, index[j]!)) j--;
      if (i <= j) {
        swap(keys, index, i, j);
        i++;
        j--;
      }
    }
    if (j - lo > hi - i) {
      stack[top++] = lo;
      stack[top++] = j;
      stack[top++] = i;
      stack[top++] = hi;
    } else {
      stack[top++] = i;
      stack[top++] = hi;
      stack[top++] = lo;
      stack[top++] = j;
    }
  }
}

function insertionSort(keys: Float64Array, index: Uint32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const k = keys[i]!;
    const x = index[i]!;
    let p = i - 1;
    while (p >= lo && before(k, x, keys[p]!, index[p]!)) {
      keys[p + 1] = keys[p]!;
      index[p + 1] = index[p]!;
      p--;
    }
    keys[p + 1] = k;
    index[p + 1] = x;
  }
}

function swap(keys: Float64Array, index: Uint32Array, i: number, j: number): void {
  const k = keys[i]!;
  keys[i] = keys[j]!;
  keys[j] = k;
  const x = index[i]!;
  index[i] = index[j]!;
  index[j] = x;
}
