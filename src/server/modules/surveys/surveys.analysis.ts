import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { facilityTypeCodes } from '../../../core/siting/vocabulary.ts';
import {
  type Base,
  criteriaFromWeights,
  crossTab,
  SurveyError,
  summarize,
  surveyWeights,
  type WeightMethod,
} from '../../../core/surveys/index.ts';
import type { Answers, Question } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import { AppError, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import { createProfile, profileInputSchema } from '../siting/index.ts';
import { countInvitations, submittedAnswers } from './surveys.queries.ts';
import { surveyRow } from './surveys.service.ts';

/** Engine errors name a query parameter; answer them as 400s like every other bad field. */
function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof SurveyError)) throw err;
    throw invalidFields([{ path: `query.${err.path}`, message: say(err.text) }]);
  }
}

export async function surveyResults(db: Db, id: string, base: Base) {
  const survey = await surveyRow(db, id);
  const rows = await submittedAnswers(db, id);
  const invited = await countInvitations(db, id);
  return {
    key: survey.key,
    title: survey.title,
    synthetic: survey.synthetic,
    anonymity: survey.anonymity,
    invited,
    respondents: rows.length,
    // Anonymous to the coordinator means aggregates only: free answers are counted into terms, not listed.
    questions: summarize(
      survey.definition,
      rows.map((r) => r.answers),
      base,
    ).map((q) => (q.type === 'text' && survey.anonymity === 'anonymous' ? { ...q, texts: [] } : q)),
  };
}

/** Cross-tab; in an anonymous survey no cell below the survey's minimum is shown. */
export async function surveyCrossTab(db: Db, id: string, row: string, column: string) {
  const survey = await surveyRow(db, id);
  const keys = [row, column.split(':')[0] as string];
  const answers = (await submittedAnswers(db, id, keys)).map((r) => r.answers);
  const minCell = survey.anonymity === 'anonymous' ? survey.minCell : 0;
  return engine(() => crossTab(survey.definition, answers, row, column, minCell));
}

/** Who answered what: only in a named survey. */
export async function surveyResponsesList(db: Db, id: string) {
  const survey = await surveyRow(db, id);
  if (survey.anonymity === 'anonymous')
    throw new AppError(
      'forbidden',
      say({
        ja: '匿名のアンケートです。見られるのは集計値だけです',
        en: 'This survey is anonymous: only its aggregates can be seen',
      }),
    );
  const rows = await submittedAnswers(db, id);
  return { items: rows, total: rows.length };
}

export async function surveyWeightSets(
  db: Db,
  id: string,
  q: { matrix: string; groupBy?: string; method: WeightMethod },
) {
  const survey = await surveyRow(db, id);
  const keys = [q.matrix, ...(q.groupBy ? [q.groupBy] : [])];
  const answers = (await submittedAnswers(db, id, keys)).map((r) => r.answers);
  const groups = engine(() => surveyWeights(survey.definition, answers, q));
  return {
    method: q.method,
    groups: groups.map((g) => ({ ...g, ...criteriaFromWeights(g.items) })),
  };
}

/**
 * Keeps a group's survey-derived weights as a siting profile that points back at the survey and the number
 * of answers behind it.
 */
export async function profileFromSurvey(
  db: Db,
  actor: AuthUser,
  id: string,
  body: {
    matrix: string;
    groupBy?: string;
    method: WeightMethod;
    group: string;
    key: string;
    name: { ja?: string; en?: string };
    facilityType: string;
  },
) {
  const survey = await surveyRow(db, id);
  const { groups } = await surveyWeightSets(db, id, body);
  const chosen = groups.find((g) => g.group === body.group);
  if (!chosen)
    throw invalidBody(
      'body.group',
      say({
        ja: `「${body.group}」はこの分け方のグループではありません`,
        en: `"${body.group}" is not a group of this split`,
      }),
    );
  if (chosen.base === 0 || chosen.criteria.length === 0)
    throw invalidBody(
      'body.group',
      say({
        ja: 'このグループの回答には、候補地の属性に対応するものがありません',
        en: 'no answers in this group map to a site attribute',
      }),
    );
  const facilityType = (facilityTypeCodes as readonly string[]).includes(body.facilityType)
    ? body.facilityType
    : 'other';
  // Through the profile schema, like any other profile: the survey cannot make one the API would refuse.
  return createProfile(
    db,
    actor,
    profileInputSchema.parse({
      key: body.key,
      name: body.name,
      facilityType,
      description: {},
      criteria: chosen.criteria,
      constraints: [],
      weighting: {
        method: 'survey',
        survey: survey.key,
        base: chosen.base,
        note: `${body.method}; group ${body.group}`,
      },
      note: {
        ja: `アンケート「${survey.title.ja ?? survey.key}」の重要度（${body.method === 'mean' ? '平均点' : '「重要」の割合'}、回答 ${chosen.base} 件）から算出。${chosen.unmapped.length ? `地点属性に対応しない項目（${chosen.unmapped.join('、')}）は順位付けの外で考慮してください。` : ''}`,
        en: `Derived from the importance answers of "${survey.title.en ?? survey.key}" (${body.method === 'mean' ? 'mean score' : 'share answering important'}, ${chosen.base} answers).${chosen.unmapped.length ? ` Items with no site attribute (${chosen.unmapped.join(', ')}) must be weighed outside the ranking.` : ''}`,
      },
      sources: [],
    }),
  );
}

const invalidBody = (path: string, message: string) => invalidFields([{ path, message }]);

// ——— Export ———

/** One row per respondent (named surveys only), one column per question (a matrix: per item), keys as stored. */
function responseTable(
  questions: readonly Question[],
  rows: { answers: Answers; invitee: string; kind: string }[],
) {
  const columns = questions.flatMap((q) =>
    q.type === 'matrix'
      ? q.items.map((item) => ({
          header: `${q.key}:${item.key}`,
          value: (a: Answers) => (a[q.key] as Record<string, string> | undefined)?.[item.key],
        }))
      : [
          {
            header: q.key,
            value: (a: Answers) => {
              const v = a[q.key];
              return Array.isArray(v) ? v.join('; ') : v;
            },
          },
        ],
  );
  const headers = ['回答者 / Respondent', '種別 / Kind', ...columns.map((c) => c.header)];
  const body = rows.map((r) => safeRow([r.invitee, r.kind, ...columns.map((c) => c.value(r.answers) ?? '')]));
  return { headers: safeRow(headers), body };
}

export async function surveyCsv(db: Db, id: string) {
  const survey = await surveyRow(db, id);
  if (survey.anonymity === 'anonymous')
    throw new AppError(
      'forbidden',
      say({
        ja: '匿名のアンケートです。書き出せるのは集計値だけです',
        en: 'This survey is anonymous: only its aggregates can be exported',
      }),
    );
  const { headers, body } = responseTable(survey.definition.questions, await submittedAnswers(db, id));
  return `\uFEFF${stringify([headers, ...body])}`;
}

export async function surveyXlsx(db: Db, id: string) {
  const results = await surveyResults(db, id, 'answered');
  const survey = await surveyRow(db, id);
  const book = new ExcelJS.Workbook();
  book.creator = 'Fusion Cluster Hub';
  const summary = book.addWorksheet('集計 Summary');
  summary.columns = [
    { header: '設問 / Question', width: 40 },
    { header: '選択肢・項目 / Choice or item', width: 40 },
    { header: '件数 / Count', width: 12 },
    { header: '割合 / Share', width: 12 },
    { header: '母数 / Base', width: 24 },
  ];
  summary.getRow(1).font = { bold: true };
  if (results.synthetic) summary.addRow(['合成データ / SYNTHETIC DATA']);
  for (const s of results.questions) {
    const q = survey.definition.questions.find((x) => x.key === s.key);
    const label = `${s.key} ${q?.label.ja ?? q?.label.en ?? ''}`;
    const base = `${s.base.answered} answered / ${s.base.respondents} respondents`;
    if ('counts' in s)
      for (const c of s.counts)
        summary.addRow(safeRow([label, c.label.ja ?? c.label.en ?? c.key, c.count, c.share, base]));
    if (s.type === 'matrix')
      for (const item of s.items)
        for (const c of item.counts)
          summary.addRow(
            safeRow([
              label,
              `${item.label.ja ?? item.key} — ${c.label.ja ?? c.key}`,
              c.count,
              c.share,
              `${item.answered} answered`,
            ]),
          );
  }
  // Anonymous to the coordinator: the workbook holds the aggregates and no answer rows.
  if (survey.anonymity === 'anonymous') return new Uint8Array(await book.xlsx.writeBuffer());
  const { headers, body } = responseTable(survey.definition.questions, await submittedAnswers(db, id));
  const responses = book.addWorksheet('回答 Responses', { views: [{ state: 'frozen', ySplit: 1 }] });
  responses.addRow(headers).font = { bold: true };
  for (const row of body) responses.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
