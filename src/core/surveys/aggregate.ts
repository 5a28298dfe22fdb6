import { QUERY_STOP_WORDS } from '../text/index.ts';
import { notChoiceQuestion, SurveyError } from './errors.ts';
import { visibleQuestions } from './rules.ts';
import {
  type Answers,
  type Choice,
  hasChoices,
  isCategorical,
  type MatrixQuestion,
  type Question,
  type SurveyDefinition,
  type Text,
} from './types.ts';

/** What a percentage is of: those who answered the question, or every respondent. */
export type Base = 'answered' | 'respondents';

export interface ChoiceCount {
  key: string;
  label: Text;
  count: number;
  share: number;
}

export interface BaseSizes {
  respondents: number;
  /** Respondents who were shown the question (its condition held). */
  shown: number;
  answered: number;
  /** The denominator the shares use. */
  used: Base;
}

export type QuestionSummary =
  | {
      key: string;
      type: 'single' | 'likert' | 'multiple';
      base: BaseSizes;
      counts: ChoiceCount[];
      mean: number | null;
    }
  | { key: string; type: 'matrix'; base: BaseSizes; items: MatrixItemSummary[] }
  | {
      key: string;
      type: 'number';
      base: BaseSizes;
      mean: number | null;
      median: number | null;
      min: number | null;
      max: number | null;
    }
  | { key: string; type: 'date'; base: BaseSizes; earliest: string | null; latest: string | null }
  | { key: string; type: 'text'; base: BaseSizes; texts: string[]; terms: { term: string; count: number }[] };

export interface MatrixItemSummary {
  key: string;
  label: Text;
  answered: number;
  counts: ChoiceCount[];
  mean: number | null;
}

/** Per-question figures, recomputed from the answers as stored. */
export function summarize(
  definition: SurveyDefinition,
  responses: readonly Answers[],
  base: Base = 'answered',
) {
  const shown = responses.map((a) => visibleQuestions(definition, a));
  return definition.questions.map((q) => {
    const answered = responses.filter((a) => a[q.key] !== undefined);
    const sizes: BaseSizes = {
      respondents: responses.length,
      shown: shown.filter((s) => s.has(q.key)).length,
      answered: answered.length,
      used: base,
    };
    return summarizeQuestion(q, answered, sizes, base === 'answered' ? sizes.answered : sizes.respondents);
  });
}

function summarizeQuestion(
  q: Question,
  answered: readonly Answers[],
  base: BaseSizes,
  denominator: number,
): QuestionSummary {
  const values = answered.map((a) => a[q.key]);
  if (hasChoices(q)) {
    const tally = new ChoiceTally(q.choices);
    for (const v of values) {
      if (Array.isArray(v)) for (const c of v) tally.add(c);
      else tally.add(v as string);
    }
    const mean = q.type === 'multiple' ? null : tally.mean();
    return { key: q.key, type: q.type, base, counts: tally.counts(denominator), mean };
  }
  if (q.type === 'matrix')
    return { key: q.key, type: 'matrix', base, items: matrixItems(q, values, base.used) };
  if (q.type === 'number') return { key: q.key, type: 'number', base, ...numberStats(values as number[]) };
  if (q.type === 'date') {
    const sorted = (values as string[]).slice().sort();
    return { key: q.key, type: 'date', base, earliest: sorted[0] ?? null, latest: sorted.at(-1) ?? null };
  }
  const texts = values as string[];
  return {
    key: q.key,
    type: 'text',
    base,
    texts: texts.slice(0, maxListedTexts),
    terms: frequentTerms(texts),
  };
}

/** Free answers listed with the results; all of them are counted in the terms and exported in full. */
const maxListedTexts = 200;

/** Counts the picks of one choice question (or one matrix item) in a single pass, with the scored ones for the mean. */
class ChoiceTally {
  private readonly index: Map<string, number>;
  private readonly tally: number[];
  private scoreSum = 0;
  private scored = 0;
  answered = 0;

  constructor(private readonly choices: readonly Choice[]) {
    this.index = new Map(choices.map((c, i) => [c.key, i]));
    this.tally = choices.map(() => 0);
  }

  add(key: string): void {
    const i = this.index.get(key);
    if (i === undefined) return;
    this.answered++;
    this.tally[i] = (this.tally[i] ?? 0) + 1;
    const score = this.choices[i]?.score;
    if (score !== undefined) {
      this.scoreSum += score;
      this.scored++;
    }
  }

  counts(denominator: number): ChoiceCount[] {
    return this.choices.map((c, i) => {
      const count = this.tally[i] ?? 0;
      return { key: c.key, label: c.label, count, share: denominator ? count / denominator : 0 };
    });
  }

  /** Mean scale position; answers without a score ("don't know") are left out. */
  mean(): number | null {
    return this.scored ? this.scoreSum / this.scored : null;
  }
}

function matrixItems(q: MatrixQuestion, values: readonly unknown[], base: Base): MatrixItemSummary[] {
  const tallies = new Map(q.items.map((item) => [item.key, new ChoiceTally(q.choices)]));
  for (const row of values as Record<string, string>[]) {
    for (const item in row) tallies.get(item)?.add(row[item] as string);
  }
  return q.items.map((item) => {
    const tally = tallies.get(item.key) as ChoiceTally;
    const denominator = base === 'answered' ? tally.answered : values.length;
    return {
      key: item.key,
      label: item.label,
      answered: tally.answered,
      counts: tally.counts(denominator),
      mean: tally.mean(),
    };
  });
}

function numberStats(values: number[]) {
  if (values.length === 0) return { mean: null, median: null, min: null, max: null };
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    median,
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
  };
}

// The platform's folding (NFKC, invisible characters out, lower case) on the whole answer at once: the
// per-character walk of normalizeText keeps offsets for highlighting, which terms do not need, and costs
// several times more over ten thousand answers.
const ignorable = /\p{Default_Ignorable_Code_Point}/gu;
const foldText = (text: string) => text.normalize('NFKC').replace(ignorable, '').toLowerCase();
const latinWord = /[a-z0-9]+/g;

// Kanji and katakana between kana and punctuation: in Japanese prose these runs are the content words
// (安全規制, 人材, ブランケット); counting them whole avoids bigram fragments like 全規.
const cjkRun = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/**
 * The terms free answers use most, counted once per answer: Latin words (folded, the search stop words
 * out), Japanese content words as kanji/katakana runs.
 */
export function frequentTerms(texts: readonly string[], limit = 20): { term: string; count: number }[] {
  const tally = new Map<string, number>();
  for (const text of texts) {
    const normal = foldText(text);
    const latin = (normal.match(latinWord) ?? []).filter((t) => t.length > 1 && !QUERY_STOP_WORDS.has(t));
    for (const term of new Set([...latin, ...(normal.match(cjkRun) ?? [])]))
      tally.set(term, (tally.get(term) ?? 0) + 1);
  }
  return [...tally]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1))
    .slice(0, limit);
}

export interface CrossTabCell {
  key: string;
  /** null when suppressed: fewer than the minimum respondents, which could point at one of them. */
  count: number | null;
  share: number | null;
}

export interface CrossTab {
  row: string;
  column: string;
  columns: { key: string; label: Text }[];
  rows: { key: string; label: Text; total: number | null; cells: CrossTabCell[] }[];
  minCell: number;
  suppressed: boolean;
}

/**
 * Respondents split by a categorical question (rows) against another question's choices (columns); a
 * matrix item is named `matrix:item`. A respondent with several row choices counts in each row. With
 * `minCell` > 1 a cell below it is withheld, and so is its row's total, so it cannot be worked back out.
 */
export function crossTab(
  definition: SurveyDefinition,
  responses: readonly Answers[],
  rowKey: string,
  columnKey: string,
  minCell = 0,
): CrossTab {
  const rowQ = definition.questions.find((q) => q.key === rowKey);
  if (!rowQ || !isCategorical(rowQ)) throw new SurveyError('row', notChoiceQuestion(rowKey));
  const column = columnOf(definition, columnKey);
  let suppressed = false;
  const rows = rowQ.choices.map((choice) => {
    const inRow = responses.filter((a) => picks(a[rowKey]).includes(choice.key));
    const answered = inRow.filter((a) => column.value(a) !== undefined);
    let hidden = false;
    const cells = column.choices.map((c) => {
      const count = answered.filter((a) => picks(column.value(a)).includes(c.key)).length;
      if (minCell > 1 && count > 0 && count < minCell) {
        hidden = true;
        return { key: c.key, count: null, share: null };
      }
      return { key: c.key, count, share: answered.length ? count / answered.length : 0 };
    });
    suppressed ||= hidden;
    return { key: choice.key, label: choice.label, total: hidden ? null : answered.length, cells };
  });
  return {
    row: rowKey,
    column: columnKey,
    columns: column.choices.map(({ key, label }) => ({ key, label })),
    rows,
    minCell,
    suppressed,
  };
}

const picks = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []);

function columnOf(definition: SurveyDefinition, columnKey: string) {
  const [key, item] = columnKey.split(':') as [string, string | undefined];
  const q = definition.questions.find((x) => x.key === key);
  if (q && isCategorical(q) && item === undefined)
    return { choices: q.choices, value: (a: Answers) => a[key] };
  if (q?.type === 'matrix' && item && q.items.some((i) => i.key === item))
    return {
      choices: q.choices,
      value: (a: Answers) => (a[key] as Record<string, string> | undefined)?.[item],
    };
  throw new SurveyError('column', notChoiceQuestion(columnKey, true));
}
