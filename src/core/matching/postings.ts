// An inverted index that changes in place: documents get monotonically growing slots, postings pack
// (slot, tf) into one small integer, and a removed document is only marked dead and subtracted from the
// statistics; its postings are dropped by the next compaction, which filters the arrays without
// re-analysing any text. So add, update and remove cost the document's own terms, never a rebuild.

/** BM25's term-frequency saturation and length weight, for every ranking over these postings. */
export const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** BM25's rarity of a term found in `df` of `n` documents. */
export const bm25Idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** BM25's length normalisation of a document of `length` where the average length is `avg`. */
export const bm25Norm = (length: number, avg: number) => BM25_K1 * (1 - BM25_B + (BM25_B * length) / avg);

/** Term frequencies above this saturate BM25 anyway; the cap lets slot and tf share one small integer. */
const TF_BITS = 4;
const TF_MAX = (1 << TF_BITS) - 1;

export class Postings {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** Per term: slot << TF_BITS | tf. */
  readonly lists: number[][] = [];
  readonly df: number[] = [];
  alive = new Uint8Array(1024);
  docLength = new Float64Array(1024);
  /** Per slot: its term ids, to undo the statistics on removal and to explain a match. */
  readonly docTerms: Array<Int32Array | undefined> = [];
  slots = 0;
  live = 0;
  dead = 0;
  totalLength = 0;

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  private internTerm(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.lists.push([]);
      this.df.push(0);
    }
    return id;
  }

  private grow(): void {
    if (this.slots < this.alive.length) return;
    const alive = new Uint8Array(this.alive.length * 2);
    alive.set(this.alive);
    this.alive = alive;
    const lengths = new Float64Array(this.docLength.length * 2);
    lengths.set(this.docLength);
    this.docLength = lengths;
  }

  /** Adds a document's weighted term counts; returns its slot. */
  add(counts: ReadonlyMap<string, number>): number {
    this.grow();
    const slot = this.slots++;
    const termIds = new Int32Array(counts.size);
    let length = 0;
    let i = 0;
    for (const [term, count] of counts) {
      const id = this.internTerm(term);
      termIds[i++] = id;
      const tf = Math.max(1, Math.min(TF_MAX, Math.round(count)));
      this.lists[id]!.push((slot << TF_BITS) | tf);
      this.df[id]!++;
      length += count;
    }
    termIds.sort();
    this.docTerms[slot] = termIds;
    this.alive[slot] = 1;
    this.docLength[slot] = length;
    this.totalLength += length;
    this.live++;
    return slot;
  }

  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    for (const id of this.docTerms[slot] ?? []) this.df[id]!--;
    this.docTerms[slot] = undefined;
    this.totalLength -= this.docLength[slot]!;
    this.live--;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live) this.compact();
  }

  /** Drops dead postings; slots keep their numbers so nothing outside needs to know. */
  compact(): void {
    for (let t = 0; t < this.lists.length; t++) {
      const list = this.lists[t]!;
      let w = 0;
      for (let r = 0; r < list.length; r++) {
        const p = list[r]!;
        if (this.alive[p >>> TF_BITS]) list[w++] = p;
      }
      list.length = w;
    }
    this.dead = 0;
  }

  hasTerm(slot: number, termId: number): boolean {
    const terms = this.docTerms[slot];
    if (!terms) return false;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = terms[mid]!;
      if (v === termId) return true;
      if (v < termId) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  static slotOf(posting: number): number {
    return posting >>> TF_BITS;
  }

  static tfOf(posting: number): number {
    return posting & TF_MAX;
  }
}
