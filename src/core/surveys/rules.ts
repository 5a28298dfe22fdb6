import { sameJson } from '../canonical-json.ts';
import type { Label } from '../label.ts';
import {
  type Answer,
  type Answers,
  hasChoices,
  isCategorical,
  type Question,
  type SurveyDefinition,
  type SurveyIssue,
} from './types.ts';

const keyPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The questions a respondent sees, given the answers so far; a question under a hidden one is hidden too. */
export function visibleQuestions(definition: SurveyDefinition, answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const q of definition.questions) {
    if (!q.showIf) {
      visible.add(q.key);
      continue;
    }
    const { question, anyOf } = q.showIf;
    const given = visible.has(question) ? answers[question] : undefined;
    const chosen = typeof given === 'string' ? [given] : Array.isArray(given) ? given : [];
    if (chosen.some((c) => anyOf.includes(c))) visible.add(q.key);
  }
  return visible;
}

/** Checks a questionnaire before it is saved: unique keys, choices, conditions that point backwards. */
export function checkDefinition(definition: SurveyDefinition): SurveyIssue[] {
  const issues: SurveyIssue[] = [];
  const earlier = new Map<string, Question>();
  definition.questions.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (!keyPattern.test(q.key))
      issues.push({
        path: `${at}.key`,
        message: {
          ja: '英小文字・数字・ハイフンにしてください',
          en: 'lower-case letters, digits and hyphens',
        },
      });
    if (earlier.has(q.key)) issues.push({ path: `${at}.key`, message: usedTwice(q.key) });
    if (hasChoices(q) || q.type === 'matrix') issues.push(...duplicateKeys(q.choices, `${at}.choices`));
    if (hasChoices(q) || q.type === 'matrix') {
      if (q.choices.length === 0)
        issues.push({
          path: `${at}.choices`,
          message: { ja: '選択肢が1つ以上必要です', en: 'needs at least one choice' },
        });
    }
    if (q.type === 'matrix') issues.push(...duplicateKeys(q.items, `${at}.items`));
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max)
      issues.push({
        path: `${at}.max`,
        message: { ja: 'min より小さくはできません', en: 'must not be below min' },
      });
    if (q.showIf) issues.push(...conditionIssues(q.showIf, earlier, `${at}.showIf`));
    earlier.set(q.key, q);
  });
  return issues;
}

function duplicateKeys(list: { key: string }[], at: string): SurveyIssue[] {
  const seen = new Set<string>();
  return list.flatMap((c, i) => {
    const issue = seen.has(c.key) ? [{ path: `${at}[${i}].key`, message: usedTwice(c.key) }] : [];
    seen.add(c.key);
    return issue;
  });
}

function conditionIssues(
  cond: { question: string; anyOf: string[] },
  earlier: Map<string, Question>,
  at: string,
) {
  const source = earlier.get(cond.question);
  if (!source || !isCategorical(source))
    return [
      {
        path: `${at}.question`,
        message: {
          ja: 'これより前の選択式の質問を指定してください',
          en: 'must name an earlier choice question',
        },
      },
    ];
  const keys = new Set(source.choices.map((c) => c.key));
  return cond.anyOf.flatMap((c, i) =>
    keys.has(c)
      ? []
      : [
          {
            path: `${at}.anyOf[${i}]`,
            message: {
              ja: `「${c}」は ${cond.question} の選択肢ではありません`,
              en: `"${c}" is not a choice of ${cond.question}`,
            },
          },
        ],
  );
}

export interface CheckedAnswers {
  answers: Answers;
  issues: SurveyIssue[];
}

/**
 * Checks answers against the questionnaire. Answers to questions the respondent cannot see are dropped (a
 * changed branch must not leave stale answers behind); `submit` also requires every visible required one.
 */
export function checkAnswers(definition: SurveyDefinition, given: Answers, submit: boolean): CheckedAnswers {
  const issues: SurveyIssue[] = [];
  const byKey = new Map(definition.questions.map((q) => [q.key, q]));
  for (const key of Object.keys(given)) {
    if (!byKey.has(key))
      issues.push({
        path: `answers.${key}`,
        message: { ja: 'その質問はありません', en: 'no such question' },
      });
  }
  const visible = visibleQuestions(definition, given);
  const answers: Answers = {};
  for (const q of definition.questions) {
    const value = given[q.key];
    const path = `answers.${q.key}`;
    if (!visible.has(q.key)) continue;
    if (isEmpty(value)) {
      if (submit && q.required)
        issues.push({
          path,
          message: { ja: 'この質問には回答が必要です', en: 'this question needs an answer' },
        });
      continue;
    }
    const problem = answerProblem(q, value as Answer);
    if (problem) issues.push({ path, message: problem });
    else answers[q.key] = value as Answer;
  }
  return { answers, issues };
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

function answerProblem(q: Question, value: Answer): Label | null {
  switch (q.type) {
    case 'single':
    case 'likert':
      return typeof value === 'string' && q.choices.some((c) => c.key === value) ? null : notOffered(value);
    case 'multiple': {
      if (!Array.isArray(value))
        return { ja: '選択肢のリストにしてください', en: 'expected a list of choices' };
      const bad = value.find((v) => !q.choices.some((c) => c.key === v));
      if (bad !== undefined) return notOffered(bad);
      if (new Set(value).size !== value.length)
        return { ja: '同じ選択肢が2回選ばれています', en: 'a choice is given twice' };
      return q.maxChoices !== undefined && value.length > q.maxChoices
        ? { ja: `選べるのは ${q.maxChoices} 個までです`, en: `at most ${q.maxChoices} choices` }
        : null;
    }
    case 'number':
      return numberProblem(q, value);
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : { ja: '日付（YYYY-MM-DD）にしてください', en: 'expected a date (YYYY-MM-DD)' };
    case 'text': {
      if (typeof value !== 'string') return { ja: '文字列にしてください', en: 'expected text' };
      const max = q.maxLength ?? 5000;
      return value.length > max
        ? { ja: `${max} 文字までにしてください`, en: `at most ${max} characters` }
        : null;
    }
    case 'matrix':
      return matrixProblem(q, value);
  }
}

const notOffered = (v: unknown, item = ''): Label => ({
  ja: `${item}${JSON.stringify(v)} は用意された選択肢にありません`,
  en: `${item}${JSON.stringify(v)} is not one of the choices offered`,
});
const usedTwice = (key: string): Label => ({
  ja: `「${key}」が2回使われています`,
  en: `"${key}" is used twice`,
});

function numberProblem(q: Extract<Question, { type: 'number' }>, value: Answer): Label | null {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ja: '数値にしてください', en: 'expected a number' };
  if (q.integer && !Number.isInteger(value))
    return { ja: '整数にしてください', en: 'expected a whole number' };
  if (q.min !== undefined && value < q.min)
    return { ja: `${q.min} 以上にしてください`, en: `must be at least ${q.min}` };
  if (q.max !== undefined && value > q.max)
    return { ja: `${q.max} 以下にしてください`, en: `must be at most ${q.max}` };
  return null;
}

function matrixProblem(q: Extract<Question, { type: 'matrix' }>, value: Answer): Label | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ja: '項目ごとに回答してください', en: 'expected an answer per item' };
  for (const [item, choice] of Object.entries(value)) {
    if (!q.items.some((i) => i.key === item))
      return {
        ja: `「${item}」はこの質問の項目ではありません`,
        en: `"${item}" is not an item of this question`,
      };
    if (!q.choices.some((c) => c.key === choice)) return notOffered(choice, `${item}: `);
  }
  return null;
}

/**
 * Changes that would make stored answers wrong once a survey has answers: a question removed or turned into
 * another type, a choice or matrix item removed, a number range narrowed, a question made required or given
 * a new condition. Wording, new optional questions, new choices and new items are fine.
 */
export function breakingChanges(before: SurveyDefinition, after: SurveyDefinition): SurveyIssue[] {
  const next = new Map(after.questions.map((q, i) => [q.key, { q, i }]));
  return before.questions.flatMap((old): SurveyIssue[] => {
    const found = next.get(old.key);
    if (!found)
      return [
        {
          path: 'questions',
          message: {
            ja: `質問「${old.key}」には回答があるため削除できません`,
            en: `question "${old.key}" has answers and cannot be removed`,
          },
        },
      ];
    const { q, i } = found;
    const at = `questions[${i}]`;
    if (q.type !== old.type)
      return [
        {
          path: `${at}.type`,
          message: {
            ja: `「${old.key}」には ${old.type} 形式の回答があります`,
            en: `"${old.key}" has answers as ${old.type}`,
          },
        },
      ];
    const issues: SurveyIssue[] = [];
    if (q.required && !old.required)
      issues.push({
        path: `${at}.required`,
        message: { ja: 'これまでの回答に欠けているかもしれません', en: 'earlier answers may lack it' },
      });
    if (!sameJson(q.showIf, old.showIf))
      issues.push({
        path: `${at}.showIf`,
        message: {
          ja: '表示する相手を変えると、これまでの回答が宙に浮きます',
          en: 'changing who sees it would orphan earlier answers',
        },
      });
    if ((hasChoices(old) || old.type === 'matrix') && (hasChoices(q) || q.type === 'matrix'))
      issues.push(...removed(old.choices, q.choices, `${at}.choices`, { ja: '選択肢', en: 'choice' }));
    if (old.type === 'matrix' && q.type === 'matrix')
      issues.push(...removed(old.items, q.items, `${at}.items`, { ja: '項目', en: 'item' }));
    if (old.type === 'number' && q.type === 'number') {
      if ((q.min ?? -Infinity) > (old.min ?? -Infinity))
        issues.push({ path: `${at}.min`, message: { ja: '引き上げられません', en: 'cannot be raised' } });
      if ((q.max ?? Infinity) < (old.max ?? Infinity))
        issues.push({ path: `${at}.max`, message: { ja: '引き下げられません', en: 'cannot be lowered' } });
      if (q.integer && !old.integer)
        issues.push({
          path: `${at}.integer`,
          message: { ja: 'これまでの回答に小数があるかもしれません', en: 'earlier answers may be fractions' },
        });
    }
    return issues;
  });
}

function removed(
  before: { key: string }[],
  after: { key: string }[],
  at: string,
  what: Label,
): SurveyIssue[] {
  const kept = new Set(after.map((c) => c.key));
  return before
    .filter((c) => !kept.has(c.key))
    .map((c) => ({
      path: at,
      message: {
        ja: `${what.ja}「${c.key}」には回答があるため削除できません`,
        en: `${what.en} "${c.key}" has answers and cannot be removed`,
      },
    }));
}
