/** Scores closer than this are a tie (issue 5). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Competition ranking ("1, 2, 2, 4"), higher score first. Each score is compared
 * with the previous one in sorted order, so a run of near-equal scores shares a
 * rank; input order breaks ties in the listing.
 */
export function rankScores(scores: ArrayLike<number>): { order: number[]; ranks: number[] } {
  const m = scores.length;
  // Scores and indices sorted side by side in typed arrays: an order of magnitude faster
  // than Array#sort with a comparator on 100,000 sites.
  const keys = new Float64Array(m);
  const index = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    const s = scores[i] ?? 0;
    // NaN (or a non-number) has no place in a numeric order: keep the comparator sort,
    // whose result for such input this module has always returned.
    if (typeof s !== 'number' || Number.isNaN(s)) return rankScoresByComparator(scores);
    keys[i] = s;
    index[i] = i;
  }
  if (m > 1) sortDescending(keys, index);
  const order = new Array<number>(m);
  const ranks = new Array<number>(m);
  for (let position = 0; position < m; position++) {
    const i = index[position]!;
    order[position] = i;
    // Same difference as the comparator version, so ±Infinity ties exactly as it did.
    const tied = position > 0 && keys[position - 1]! - keys[position]! <= TIE_TOLERANCE;
    ranks[i] = tied ? ranks[index[position - 1]!]! : position + 1;
  }
  return { order, ranks };
}

function rankScoresByComparator(scores: ArrayLike<number>): { order: number[]; ranks: number[] } {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const ranks = new Array<number>(scores.length).fill(0);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    const tied = previous !== undefined && (scores[previous] ?? 0) - (scores[index] ?? 0) <= TIE_TOLERANCE;
    ranks[index] = tied && previous !== undefined ? (ranks[previous] ?? 0) : position + 1;
  });
  return { order, ranks };
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
