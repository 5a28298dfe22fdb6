// nDCG@k with graded gains (2^grade − 1), MRR (first result with any grade), recall@k (share of the graded
// items found). Unjudged results count as not relevant.

export function ndcgAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(grades.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

export function reciprocalRank(ranked: readonly string[], grades: ReadonlyMap<string, number>): number {
  const at = ranked.findIndex((id) => (grades.get(id) ?? 0) > 0);
  return at < 0 ? 0 : 1 / (at + 1);
}

export function recallAt(ranked: readonly string[], grades: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...grades.values()].filter((g) => g > 0).length;
  if (relevant === 0) return 0;
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / relevant;
}
