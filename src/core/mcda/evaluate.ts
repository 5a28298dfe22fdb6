import { type CompiledProblem, compileProblem } from './compile.ts';
import { McdaError, mustBe } from './errors.ts';
import { buildModel, displayScores, rankingScores, type ScoringModel } from './model.ts';
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

/**
 * A problem compiled and normalised once, to be scored again under other weights: a what-if slider
 * moves only weights, and every method's normalised matrix (and PROMETHEE's flows, TOPSIS's column
 * extremes) does not depend on them, so a move costs one weighted pass and a sort.
 */
export interface PreparedEvaluation {
  compiled: CompiledProblem;
  model: ScoringModel;
}

export function prepareEvaluation(problem: Problem): PreparedEvaluation {
  const compiled = compileProblem(problem);
  return { compiled, model: buildModel(compiled) };
}

/**
 * The evaluation `evaluate` gives for the prepared problem with these weights (criterion order),
 * checked and normalised to sum 1 the same way, so a bad slider value is refused the same way too.
 */
export function evaluatePrepared(prepared: PreparedEvaluation, weights: readonly number[]): Evaluation {
  const { compiled, model } = prepared;
  const w = normalisedWeights(weights, compiled.n);
  const scores = displayScores(model, rankingScores(model, w, new Float64Array(compiled.m)));
  const { order, rank } = ranking(scores);
  return {
    results: rankedResults(compiled.alternativeKeys, scores, order, rank),
    weights: weightRecord(compiled.criterionKeys, w),
    method: compiled.method,
    normalization: compiled.normalization,
  };
}

function normalisedWeights(weights: readonly number[], n: number): Float64Array {
  if (weights.length !== n)
    throw new McdaError('criteria', {
      ja: `重みは${n}個必要です`,
      en: `expected ${n} weights`,
    });
  const w = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const weight = weights[j] as number;
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      throw new McdaError(`criteria[${j}].weight`, mustBe.finite);
    if (weight < 0)
      throw new McdaError(`criteria[${j}].weight`, {
        ja: '負の値にはできません',
        en: 'must not be negative',
      });
    w[j] = weight;
    total += weight;
  }
  if (!(total > 0))
    throw new McdaError('criteria', { ja: '重みの合計を0にはできません', en: 'weights must not sum to 0' });
  for (let j = 0; j < n; j++) w[j] = (w[j] as number) / total;
  return w;
}
