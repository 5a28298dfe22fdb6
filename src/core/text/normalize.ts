// Text normalisation shared by indexing, querying and highlighting.
//
// Normalisation runs cluster by cluster (a code point plus the marks NFKC may fold into it), not
// on the whole string, so that every output character can be traced back to the original text:
// highlightRanges needs original UTF-16 offsets, and ｶﾞ → ガ or ㍻ → 平成 change the length.
// normalizeText uses the very same walk, so the two can never disagree.

// Half-width voiced sound marks (ﾞﾟ) are letters in Unicode, not marks, yet NFKC composes them
// with the kana before them, so they belong to its cluster.
const CLUSTER = /[\s\S][\p{M}\uFF9E\uFF9F]*/gu;
// Soft hyphens, zero-width spaces, variation selectors and BOMs are invisible and would split
// words and CJK bigrams (super\u00ADconductor, 葛\u{E0100}).
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const SPACE = /\s/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export type NormalizedText = {
  text: string;
  // Original half-open range [starts[i], ends[i]) of the cluster that produced text[i].
  starts: number[];
  ends: number[];
};

function normalizeCluster(cluster: string): string {
  return cluster.normalize('NFKC').replace(IGNORABLE, '').toLowerCase();
}

// NFKC, lower case, whitespace runs collapsed to one space, trimmed; with the offset map.
export function normalizeWithOffsets(s: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let space: [number, number] | undefined;
  for (const match of s.matchAll(CLUSTER)) {
    const start = match.index;
    const end = start + match[0].length;
    const piece = normalizeCluster(match[0]);
    for (let k = 0; k < piece.length; k++) {
      const unit = piece[k]!;
      if (SPACE.test(unit)) {
        // Leading whitespace is dropped; the first blank of a run stands for the whole run.
        if (out.length > 0 && space === undefined) space = [start, end];
        continue;
      }
      if (space !== undefined) {
        out.push(' ');
        starts.push(space[0]);
        ends.push(space[1]);
        space = undefined;
      }
      out.push(unit);
      starts.push(start);
      ends.push(end);
    }
  }
  return { text: out.join(''), starts, ends };
}

export function normalizeText(s: string): string {
  // Printable ASCII is unchanged by NFKC: skip the per-cluster walk (same result, much faster).
  if (PRINTABLE_ASCII.test(s)) return s.toLowerCase().replace(/ +/g, ' ').trim();
  return normalizeWithOffsets(s).text;
}
