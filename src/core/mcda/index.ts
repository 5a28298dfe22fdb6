export type { AhpPair, AhpResult } from './ahp.ts';
export { ahp, CONSISTENCY_THRESHOLD, RANDOM_INDEX } from './ahp.ts';
export type { Constraint, ConstraintFailure, ConstraintOp, ConstraintResult } from './constraints.ts';
export { applyConstraints } from './constraints.ts';
export { McdaError } from './errors.ts';
export type { PreparedEvaluation } from './evaluate.ts';
export { evaluate, evaluatePrepared, prepareEvaluation } from './evaluate.ts';
export { normalizeMatrix } from './normalize.ts';
export { rankScores, TIE_TOLERANCE } from './rank.ts';
export type { SensitivityResult, WeightInterval } from './sensitivity.ts';
export { sensitivity } from './sensitivity.ts';
export type { SmaaOptions, SmaaResult } from './smaa.ts';
export { smaa } from './smaa.ts';
export type {
  Alternative,
  Criterion,
  Direction,
  Evaluation,
  Method,
  Normalization,
  Preference,
  Problem,
  RankedResult,
} from './types.ts';
