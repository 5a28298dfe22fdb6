/** Scores closer than this are a tie (issue 5). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Competition ranking ("1, 2, 2, 4"), higher score first. Each score is compared
 * with the previous one in sorted order, so a run of near-equal scores shares a
 * rank; input order breaks ties in the listing.
 */
export function rankScores(scores: ArrayLike<number>): { order: number[]; ranks: number[] } {
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
