import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { facilityTypeCodes, facilityTypes } from '../../../core/siting/vocabulary.ts';
import type { QuestionSummary } from '../../../core/surveys/aggregate.ts';
import { isCategorical, type MatrixQuestion, type Question, type Text } from '../../../core/surveys/types.ts';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatShare } from '../../lib/site-labels.ts';
import { ChoiceBars, MatrixBars } from './survey-charts.tsx';
import { type Survey, useCrossTab, useResults, useWeights } from './surveys-api.ts';

type Keyed = { key: string; label: Text };

/** A labelled choice among questions (or matrix items), shown by their label in the reader's language. */
function KeySelect(props: {
  label: string;
  value: string;
  onChange: (key: string) => void;
  options: readonly Keyed[];
  empty?: string;
}) {
  const { pick } = useI18n();
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {pick(o.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SurveyResults({ survey }: { survey: Survey }) {
  const { t, pick } = useI18n();
  const [base, setBase] = useState<'answered' | 'respondents'>('answered');
  const results = useResults(survey.id, base, survey.status === 'open');
  if (results.isPending) return <LoadingMessage />;
  if (results.isError) return <ErrorMessage error={results.error} />;
  const byKey = new Map(survey.definition.questions.map((q) => [q.key, q]));
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('surveyTab_results')}</h2>
      <p>
        {t('surveyRespondents', { n: results.data.respondents, invited: results.data.invited })}{' '}
        <label>
          {t('surveyBase')}{' '}
          <select value={base} onChange={(e) => setBase(e.target.value as typeof base)}>
            <option value="answered">{t('surveyBaseAnswered')}</option>
            <option value="respondents">{t('surveyBaseRespondents')}</option>
          </select>
        </label>
      </p>
      {results.data.questions.map((s) => {
        const q = byKey.get(s.key);
        return q ? <QuestionResult key={s.key} question={q} summary={s} /> : null;
      })}
      <CrossTabPanel survey={survey} />
      <WeightsPanel survey={survey} />
      <p className="field-hint">{pick(survey.description)}</p>
    </section>
  );
}

function QuestionResult({ question, summary }: { question: Question; summary: QuestionSummary }) {
  const { t, pick } = useI18n();
  const b = summary.base;
  return (
    <article className="card survey-result" data-question={summary.key}>
      <h3>{pick(question.label)}</h3>
      <p className="field-hint" data-testid="base">
        {t('surveyBaseLine', { answered: b.answered, shown: b.shown, respondents: b.respondents })}{' '}
        {b.used === 'answered' ? t('surveyBaseAnswered') : t('surveyBaseRespondents')}
      </p>
      {'counts' in summary && <ChoiceBars counts={summary.counts} />}
      {summary.type === 'matrix' && question.type === 'matrix' && (
        <MatrixBars items={summary.items} choices={question.choices} />
      )}
      {summary.type === 'number' && (
        <p>
          {t('surveyNumberStats', {
            mean: summary.mean?.toFixed(1) ?? '—',
            median: summary.median ?? '—',
            min: summary.min ?? '—',
            max: summary.max ?? '—',
          })}
        </p>
      )}
      {summary.type === 'date' && <p>{`${summary.earliest ?? '—'} – ${summary.latest ?? '—'}`}</p>}
      {summary.type === 'text' && (
        <>
          <ul className="tags" aria-label={t('surveyTerms')}>
            {summary.terms.map((term) => (
              <li key={term.term} className="tag">
                {term.term} <span className="count">{term.count}</span>
              </li>
            ))}
          </ul>
          <details hidden={summary.texts.length === 0}>
            <summary>{t('surveyTexts', { n: summary.texts.length })}</summary>
            <ul>
              {summary.texts.map((text, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: answers have no identity of their own here
                <li key={i}>{text}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </article>
  );
}

function columnsOf(questions: Question[]) {
  return questions.flatMap((q) =>
    isCategorical(q)
      ? [{ key: q.key, label: q.label }]
      : q.type === 'matrix'
        ? q.items.map((i) => ({ key: `${q.key}:${i.key}`, label: i.label }))
        : [],
  );
}

function CrossTabPanel({ survey }: { survey: Survey }) {
  const { t, pick } = useI18n();
  const rows = survey.definition.questions.filter(isCategorical);
  const columns = columnsOf(survey.definition.questions);
  const [row, setRow] = useState(rows[0]?.key ?? '');
  const [column, setColumn] = useState(columns[1]?.key ?? '');
  const tab = useCrossTab(survey.id, row, column);
  return (
    <section className="card" aria-labelledby="crosstab-title">
      <h3 id="crosstab-title">{t('surveyCrossTab')}</h3>
      <div className="field-row">
        <KeySelect label={t('surveyCrossRow')} value={row} onChange={setRow} options={rows} />
        <KeySelect label={t('surveyCrossColumn')} value={column} onChange={setColumn} options={columns} />
      </div>
      {tab.isError && <ErrorMessage error={tab.error} />}
      {tab.data && (
        <div className="table-scroll">
          <table className="comparison" data-testid="crosstab">
            <thead>
              <tr>
                <td />
                {tab.data.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {pick(c.label)}
                  </th>
                ))}
                <th scope="col">n</th>
              </tr>
            </thead>
            <tbody>
              {tab.data.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{pick(r.label)}</th>
                  {r.cells.map((c) => (
                    <td
                      key={c.key}
                      className="num heat"
                      style={{ background: c.share ? `rgba(8, 81, 156, ${0.1 + c.share * 0.6})` : undefined }}
                    >
                      {c.count === null ? t('surveySuppressed') : `${c.count} (${formatShare(c.share ?? 0)})`}
                    </td>
                  ))}
                  <td className="num">{r.total ?? t('surveySuppressed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {tab.data.suppressed && (
            <p className="field-hint">{t('surveySuppressedNote', { n: tab.data.minCell })}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** Importance answers → weights per group → a siting profile that remembers where it came from. */
function WeightsPanel({ survey }: { survey: Survey }) {
  const { t, pick, lang } = useI18n();
  const matrices = survey.definition.questions.filter((q): q is MatrixQuestion => q.type === 'matrix');
  const groups = survey.definition.questions.filter(isCategorical);
  const [matrix, setMatrix] = useState(matrices[0]?.key ?? '');
  const [groupBy, setGroupBy] = useState(
    groups.find((g) => g.key.includes('facility') && g.type === 'single')?.key ?? '',
  );
  const [method, setMethod] = useState<'important' | 'mean'>('important');
  const weights = useWeights(survey.id, matrix, groupBy, method);
  const keep = useMutation({
    mutationFn: (group: string) =>
      api.post<ResponseOf<'createProfileFromSurvey'>>(`/surveys/${survey.id}/siting-profile`, {
        matrix,
        groupBy: groupBy || undefined,
        method,
        group,
        key: `${survey.key}-${group}`.slice(0, 100),
        name: { ja: `${pick(survey.title)}：${group}`, en: `${survey.title.en ?? survey.key}: ${group}` },
        facilityType: (facilityTypeCodes as readonly string[]).includes(group) ? group : 'other',
      }),
  });
  if (matrices.length === 0) return null;
  const groupLabel = (g: string) =>
    g === 'all'
      ? t('surveyAll')
      : pick(groups.find((q) => q.key === groupBy)?.choices.find((c) => c.key === g)?.label) || g;
  return (
    <section className="card" aria-labelledby="weights-title">
      <h3 id="weights-title">{t('surveyWeights')}</h3>
      <p className="field-hint">{t('surveyWeightsHelp')}</p>
      <div className="field-row">
        <KeySelect label={t('surveyMatrix')} value={matrix} onChange={setMatrix} options={matrices} />
        <KeySelect
          label={t('surveyGroupBy')}
          value={groupBy}
          onChange={setGroupBy}
          options={groups}
          empty={t('surveyAll')}
        />
        <label className="field">
          <span>{t('surveyWeightMethod')}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as typeof method)}>
            <option value="important">{t('surveyMethodImportant')}</option>
            <option value="mean">{t('surveyMethodMean')}</option>
          </select>
        </label>
      </div>
      {weights.isError && <ErrorMessage error={weights.error} />}
      {keep.isSuccess && <Alert tone="success">{t('surveyProfileSaved', { key: keep.data.key })}</Alert>}
      {keep.isError && <ErrorMessage error={keep.error} />}
      <div className="weight-groups">
        {weights.data?.groups.map((g) => (
          <article key={g.group} className="weight-group">
            <h4>
              {groupLabel(g.group)} <small className="muted">n = {g.base}</small>
            </h4>
            <ChoiceBars
              counts={g.items.map((i) => ({
                key: i.key,
                label: i.label,
                count: Math.round(i.value * 100) / 100,
                share: i.weight,
              }))}
            />
            <p className="field-hint">
              {g.criteria
                .map((c) => `${attributeLabel(c.attribute, lang)} ${formatShare(c.weight)}`)
                .join(' · ')}
            </p>
            <button
              type="button"
              className="button button-secondary"
              disabled={g.base === 0 || keep.isPending}
              onClick={() => keep.mutate(g.group)}
            >
              {t('surveyKeepProfile')}
            </button>
            {(facilityTypeCodes as readonly string[]).includes(g.group) && (
              <small className="muted"> {facilityTypes[g.group as keyof typeof facilityTypes][lang]}</small>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
