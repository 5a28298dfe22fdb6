// Aftercare: the short satisfaction questionnaire a company gets when its case closes, and the red flags that
// survey answers raise. Pure data and rules; the server stores and schedules.
import type { Answers, SurveyDefinition } from '../surveys/types.ts';

export const flagKinds = ['expansion', 'withdrawal', 'staff-shortage'] as const;
export type FlagKind = (typeof flagKinds)[number];
export const flagStatuses = ['open', 'resolved'] as const;
export type FlagStatus = (typeof flagStatuses)[number];

/** Where a flag came from: a coordinator reading a consultation, or a survey answer. */
export const flagSources = ['consultation', 'survey'] as const;
export type FlagSource = (typeof flagSources)[number];

/**
 * The questionnaire of one closed case: how satisfied (a 5-point scale, scored 5 = very satisfied), whether
 * the company's plans changed (the same three red flags the desk watches for), and a comment. Kept short on
 * purpose: it is one question and two optional ones.
 */
export const satisfactionDefinition: SurveyDefinition = {
  questions: [
    {
      key: 'satisfaction',
      type: 'likert',
      required: true,
      label: {
        ja: '今回の相談対応にどの程度満足されましたか',
        en: 'How satisfied are you with how the desk handled your consultation?',
      },
      choices: [
        { key: 'very-satisfied', score: 5, label: { ja: 'とても満足', en: 'Very satisfied' } },
        { key: 'satisfied', score: 4, label: { ja: '満足', en: 'Satisfied' } },
        { key: 'neutral', score: 3, label: { ja: 'どちらともいえない', en: 'Neither' } },
        { key: 'dissatisfied', score: 2, label: { ja: '不満', en: 'Dissatisfied' } },
        { key: 'very-dissatisfied', score: 1, label: { ja: 'とても不満', en: 'Very dissatisfied' } },
      ],
    },
    {
      key: 'plans',
      type: 'multiple',
      label: {
        ja: '貴社の今後について当てはまるものがあれば選んでください',
        en: 'Does any of this apply to your company now? (optional)',
      },
      choices: [
        {
          key: 'expand',
          label: { ja: '事業所・設備の拡張や新設を考えている', en: 'We plan to expand or open a new site' },
        },
        {
          key: 'withdraw',
          label: { ja: '縮小や撤退を考えている', en: 'We are considering scaling down or leaving' },
        },
        { key: 'short-of-staff', label: { ja: '人手が足りない', en: 'We are short of staff' } },
        { key: 'none', label: { ja: '特にない', en: 'None of these' } },
      ],
    },
    {
      key: 'comment',
      type: 'text',
      maxLength: 2000,
      label: { ja: 'ご意見があればお書きください', en: 'Anything you would like to tell us (optional)' },
    },
  ],
};

/** The score of a satisfaction answer (5 very satisfied … 1 very dissatisfied); null when not answered. */
export function satisfactionScore(answers: Answers): number | null {
  const q = satisfactionDefinition.questions[0]!;
  const key = answers.satisfaction;
  if (q.type !== 'likert' || typeof key !== 'string') return null;
  return q.choices.find((c) => c.key === key)?.score ?? null;
}

/**
 * Answer values that mean a red flag, by question key. `item` is a matrix row. The aftercare questionnaire
 * asks the three directly. The member survey (data/surveys/fusion-siting-2024) asks ① whether the company plans
 * a new site in Japan ("plan" or "possibility": expansion) and ⑤ how important support for training and
 * recruiting staff would be ("important": short of staff, a proxy the coordinator checks). It has no question
 * on leaving, and "the area is not attractive" (④ no) is an opinion, not a plan, so nothing maps to withdrawal.
 */
export type FlagRule = { question: string; item?: string; anyOf: readonly string[]; kind: FlagKind };

export const flagRules: readonly FlagRule[] = [
  { question: 'plans', anyOf: ['expand'], kind: 'expansion' },
  { question: 'plans', anyOf: ['withdraw'], kind: 'withdrawal' },
  { question: 'plans', anyOf: ['short-of-staff'], kind: 'staff-shortage' },
  { question: 'q1-plan', anyOf: ['plan', 'possibility'], kind: 'expansion' },
  { question: 'q5-improvements', item: 'talent-training', anyOf: ['important'], kind: 'staff-shortage' },
];

export type RaisedFlag = { kind: FlagKind; question: string; answer: string };

/** The flags a set of answers raises: at most one per kind, the first rule that matches speaks for it. */
export function flagsFromAnswers(answers: Answers, rules: readonly FlagRule[] = flagRules): RaisedFlag[] {
  const out: RaisedFlag[] = [];
  for (const rule of rules) {
    if (out.some((f) => f.kind === rule.kind)) continue;
    const given = answers[rule.question];
    let values: string[] = [];
    if (rule.item) {
      if (given && typeof given === 'object' && !Array.isArray(given)) {
        const v = (given as Record<string, string>)[rule.item];
        values = typeof v === 'string' ? [v] : [];
      }
    } else if (typeof given === 'string') values = [given];
    else if (Array.isArray(given)) values = given;
    const hit = values.find((v) => rule.anyOf.includes(v));
    if (hit)
      out.push({
        kind: rule.kind,
        question: rule.item ? `${rule.question}.${rule.item}` : rule.question,
        answer: hit,
      });
  }
  return out;
}
