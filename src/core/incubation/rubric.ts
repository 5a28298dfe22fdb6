// Screening: a reviewer's weighted score on a 1–5 rubric, and the panel sheet across reviewers.
export type Criterion = { id: string; weight: number };
export type ReviewerScores = { reviewerId: string; scores: Record<string, number> };
export type PanelRow = {
  applicationId: string;
  reviewers: number;
  mean: number | null;
  spread: number | null;
  disagreement: boolean;
  rank: number | null;
};

export const SCALE = { min: 1, max: 5 } as const;
/** Reviewers more than a whole point apart on the weighted score should talk before the office decides. */
export const DEFAULT_DISAGREEMENT = 1;

/** Σ wᵢ·sᵢ ÷ Σ wᵢ; null until every criterion is scored (a half-scored sheet is not a score). */
export function weightedScore(criteria: readonly Criterion[], scores: Record<string, number>): number | null {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0 || criteria.some((c) => scores[c.id] === undefined)) return null;
  return criteria.reduce((sum, c) => sum + c.weight * scores[c.id]!, 0) / total;
}

/** Competition ranking (1, 2, 2, 4) by mean, highest first; unscored applications are not ranked. */
function rankByMean(rows: Omit<PanelRow, 'rank'>[]): PanelRow[] {
  const scored = rows.filter((r) => r.mean !== null).sort((a, b) => b.mean! - a.mean!);
  const rank = new Map<string, number>();
  scored.forEach((r, i) => {
    const prev = scored[i - 1];
    rank.set(r.applicationId, prev && prev.mean === r.mean ? rank.get(prev.applicationId)! : i + 1);
  });
  return rows.map((r) => ({ ...r, rank: rank.get(r.applicationId) ?? null }));
}

/** Each application's mean weighted score, the spread between its reviewers, and the ranking. */
export function panelSheet(
  criteria: readonly Criterion[],
  byApplication: ReadonlyMap<string, readonly ReviewerScores[]>,
  disagreementAbove = DEFAULT_DISAGREEMENT,
): PanelRow[] {
  const rows = [...byApplication].map(([applicationId, reviews]) => {
    const totals = reviews
      .map((r) => weightedScore(criteria, r.scores))
      .filter((s): s is number => s !== null);
    const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null;
    const spread = totals.length ? Math.max(...totals) - Math.min(...totals) : null;
    return {
      applicationId,
      reviewers: totals.length,
      mean,
      spread,
      disagreement: spread !== null && spread > disagreementAbove,
    };
  });
  return rankByMean(rows);
}
