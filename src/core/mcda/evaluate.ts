import { compileProblem } from './compile.ts';
import { buildModel, displayScore, rankingScores } from './model.ts';
import { rankScores } from './rank.ts';
import type { Evaluation, Problem } from './types.ts';

/**
 * Scores and ranks alternatives. WSM: Σ w r. WPM: Π r^w (a cost criterion with
 * `none` gets exponent −w). TOPSIS: closeness to the ideal. PROMETHEE II: net flow.
 * Throws McdaError naming the bad field.
 */
export function evaluate(problem: Problem): Evaluation {
  const compiled = compileProblem(problem);
  const model = buildModel(compiled);
  const raw = rankingScores(model, compiled.weights, new Float64Array(compiled.m));
  const scores = Array.from(raw, (s) => displayScore(model, s));
  const { order, ranks } = rankScores(scores);
  const results = order.map((a) => ({
    key: compiled.alternativeKeys[a] ?? '',
    score: scores[a] ?? 0,
    rank: ranks[a] ?? 0,
  }));
  return {
    results,
    weights: weightRecord(compiled.criterionKeys, compiled.weights),
    method: compiled.method,
    normalization: compiled.normalization,
  };
}

export function weightRecord(keys: readonly string[], weights: Float64Array): Record<string, number> {
  return Object.fromEntries(keys.map((k, j) => [k, weights[j] ?? 0]));
}
