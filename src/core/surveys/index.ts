export type {
  Base,
  BaseSizes,
  ChoiceCount,
  CrossTab,
  CrossTabCell,
  MatrixItemSummary,
  QuestionSummary,
} from './aggregate.ts';
export { crossTab, frequentTerms, summarize } from './aggregate.ts';
export { SurveyError } from './errors.ts';
export type { SurveyRegion, SurveyRegionScope } from './population.ts';
export {
  blankDefinition,
  inSurveyRegion,
  surveyRegion,
  surveyRegionKeys,
  surveyRegions,
} from './population.ts';
export type { CheckedAnswers } from './rules.ts';
export { breakingChanges, checkAnswers, checkDefinition, visibleQuestions } from './rules.ts';
export { remindersDue } from './schedule.ts';
export * from './types.ts';
export type { GroupWeights, ItemWeight, WeightMethod } from './weights.ts';
export { criteriaFromWeights, surveyWeights } from './weights.ts';
