import { compileProblem } from './compile.ts';
import { buildModel, displayScores, rankingScores } from './model.ts';
import { ranking } from './rank.ts';
import type { Evaluation, Problem, RankedResult } from './types.ts';

/**
 * Scores and ranks alternatives. WSM: Σ w r. WPM: Π r^w (a cost criterion with
 * `none` gets exponent −w). TOPSIS: closeness to the ideal. PROMETHEE II: net flow.
 * Throws McdaError naming the bad field.
 */
export function evaluate(problem: Problem): Evaluation {
  const compiled = compileProblem(problem);
  const model = buildModel(compiled);
  const scores = displayScores(model, rankingScores(model, compiled.weights, new Float64Array(compiled.m)));
  const { order, rank } = ranking(scores);
  return {
    results: rankedResults(compiled.alternativeKeys, scores, order, rank),
    weights: weightRecord(compiled.criterionKeys, compiled.weights),
    method: compiled.method,
    normalization: compiled.normalization,
  };
}

/**
 * One record per site, built once in listing order (no intermediate arrays); a function
 * of its own so the loop is all V8 compiles (see rank.ts on loops and deoptimisation).
 */
function rankedResults(keys: string[], scores: Float64Array, order: Uint32Array, rank: Uint32Array) {
  const results = new Array<RankedResult>(order.length);
  for (let position = 0; position < order.length; position++) {
    const a = order[position]!;
    results[position] = { key: keys[a] ?? '', score: scores[a]!, rank: rank[position]! };
  }
  return results;
}

export function weightRecord(keys: readonly string[], weights: Float64Array): Record<string, number> {
  return Object.fromEntries(keys.map((k, j) => [k, weights[j] ?? 0]));
}
