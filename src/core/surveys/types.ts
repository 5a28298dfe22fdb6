import type { Label } from '../label.ts';

/**
 * A questionnaire as data. Answers are stored exactly as given (choice keys, numbers, ISO dates, text);
 * every figure is recomputed from them.
 */
export type Text = { ja?: string; en?: string };

export interface Choice {
  key: string;
  label: Text;
  /** Position on an importance or agreement scale; lets a Likert or matrix answer be averaged. */
  score?: number;
}

/** Shown only when an earlier single- or multiple-choice answer includes one of these choices. */
export interface Condition {
  question: string;
  anyOf: string[];
}

interface BaseQuestion {
  key: string;
  label: Text;
  help?: Text;
  required?: boolean;
  showIf?: Condition;
}

export interface SingleQuestion extends BaseQuestion {
  type: 'single';
  choices: Choice[];
}
export interface MultipleQuestion extends BaseQuestion {
  type: 'multiple';
  choices: Choice[];
  maxChoices?: number;
}
export interface LikertQuestion extends BaseQuestion {
  type: 'likert';
  choices: Choice[];
}
export interface NumberQuestion extends BaseQuestion {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: Text;
}
export interface DateQuestion extends BaseQuestion {
  type: 'date';
}
export interface TextQuestion extends BaseQuestion {
  type: 'text';
  maxLength?: number;
}
/** One scale across several items (importance of each siting condition). */
export interface MatrixQuestion extends BaseQuestion {
  type: 'matrix';
  items: { key: string; label: Text; attributes?: string[] }[];
  choices: Choice[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | LikertQuestion
  | NumberQuestion
  | DateQuestion
  | TextQuestion
  | MatrixQuestion;

export type QuestionType = Question['type'];
export const questionTypes: readonly QuestionType[] = [
  'single',
  'multiple',
  'likert',
  'number',
  'date',
  'text',
  'matrix',
];

export interface SurveyDefinition {
  questions: Question[];
}

/** single/likert: a choice key; multiple: keys; number; date: YYYY-MM-DD; text; matrix: item → choice key. */
export type Answer = string | string[] | number | Record<string, string>;
export type Answers = Record<string, Answer>;

/** A problem with a questionnaire or its answers; `message` in both languages (the server says one). */
export interface SurveyIssue {
  path: string;
  message: Label;
}

export const hasChoices = (q: Question): q is SingleQuestion | MultipleQuestion | LikertQuestion =>
  q.type === 'single' || q.type === 'multiple' || q.type === 'likert';

/** Questions whose answers can split respondents into groups (rows of a cross-tab, a condition). */
export const isCategorical = (q: Question): q is SingleQuestion | MultipleQuestion | LikertQuestion =>
  hasChoices(q);

/** Where a survey comes from: the coordinator's own, or one another module opens for its own purpose. */
export const surveyOrigins = ['coordinator', 'desk-aftercare', 'event-feedback'] as const;
export type SurveyOrigin = (typeof surveyOrigins)[number];
