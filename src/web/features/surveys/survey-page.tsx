import { useRef, useState } from 'react';
import { organizationKinds } from '../../../core/directory/vocabulary.ts';
import { isCategorical, type Question } from '../../../core/surveys/types.ts';
import { AdminGate } from '../../components/admin-gate.tsx';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { OverTimeChart } from './survey-charts.tsx';
import { SurveyEditor } from './survey-editor.tsx';
import { SurveyResults } from './survey-results.tsx';
import { SurveySettings } from './survey-settings.tsx';
import { type Survey, useLinks, useProgress, useSurvey, useSurveyAction } from './surveys-api.ts';

type Tab = 'settings' | 'progress' | 'results' | 'questions';

export function SurveyPage({ id }: { id: string }) {
  return (
    <AdminGate>
      <SurveyDetail id={id} />
    </AdminGate>
  );
}

function SurveyDetail({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const survey = useSurvey(id);
  const [chosen, setTab] = useState<Tab>();
  // A draft's page starts on its settings (what to check before sending), a running survey's on its
  // responses; decided at the first load, so opening the survey does not move the page away from its outcome.
  const first = useRef<Tab>(undefined);
  if (survey.isPending) return <LoadingMessage />;
  if (survey.isError) return <ErrorMessage error={survey.error} />;
  const s = survey.data;
  first.current ??= s.status === 'draft' ? 'settings' : 'progress';
  const tab = chosen ?? first.current;
  return (
    <>
      <PageHeader
        title={pick(s.title)}
        intro={`${t(`surveyStatus_${s.status}`)} · ${s.anonymity === 'anonymous' ? t('surveyAnonymous') : t('surveyNamed')} · v${s.version}`}
        actions={
          <>
            <a className="button button-secondary" href={apiUrl(`/surveys/${id}/export.xlsx`)} download>
              Excel
            </a>
            <a className="button button-secondary" href={apiUrl(`/surveys/${id}/export.csv`)} download>
              CSV
            </a>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('sitingPrint')}
            </button>
          </>
        }
      />
      {s.synthetic && <Alert tone="info">{t('surveySyntheticNote')}</Alert>}
      <nav className="view-tabs" aria-label={t('surveyViews')}>
        <ul>
          {(['settings', 'progress', 'results', 'questions'] as const).map((v) => (
            <li key={v}>
              <button type="button" aria-current={tab === v ? 'page' : undefined} onClick={() => setTab(v)}>
                {t(`surveyTab_${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'settings' && <SurveySettings survey={s} />}
      {tab === 'progress' && <ProgressPanel survey={s} />}
      {tab === 'results' && <SurveyResults survey={s} />}
      {tab === 'questions' && <SurveyEditor survey={s} />}
    </>
  );
}

/** The label of a choice with this key in any of the survey's questions. */
function surveyChoiceLabel(
  survey: Survey,
  key: string,
  pick: ReturnType<typeof useI18n>['pick'],
): string | undefined {
  for (const q of survey.definition.questions) {
    const choice = 'choices' in q ? q.choices.find((c) => c.key === key) : undefined;
    if (choice) return pick(choice.label);
  }
  return undefined;
}

function ProgressPanel({ survey }: { survey: Survey }) {
  const { t, lang, pick } = useI18n();
  const progress = useProgress(survey.id, survey.status === 'open');
  const close = useSurveyAction(survey.id, 'close');
  const remind = useSurveyAction<{ reminded: number; withoutContact: number }>(survey.id, 'remind');
  if (progress.isPending) return <LoadingMessage />;
  if (progress.isError) return <ErrorMessage error={progress.error} />;
  const p = progress.data;
  // An invitee's kind is a directory kind, or one of the survey's own respondent categories (a synthetic
  // survey's "energy-utility"): either way shown by its label, never as the code.
  const kindLabel = (k: string) =>
    (organizationKinds as Record<string, { ja: string; en: string }>)[k]?.[lang] ??
    surveyChoiceLabel(survey, k, pick) ??
    t('surveyKindOther');
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('surveyTab_progress')}</h2>
      {survey.status === 'draft' && <p className="status">{t('surveyDraftProgress')}</p>}
      {survey.status === 'open' && (
        <div className="page-actions">
          <ConfirmButton
            className="button button-secondary"
            title={t('surveyRemindConfirmTitle')}
            confirmLabel={t('surveyRemindConfirm')}
            disabled={remind.isPending || p.notAnswered.length === 0}
            onConfirm={() => remind.mutate()}
            body={<p>{t('surveyRemindConfirmText', { n: p.notAnswered.length })}</p>}
          >
            {t('surveyRemind')}
          </ConfirmButton>
          <ConfirmButton
            className="button button-secondary"
            title={t('surveyCloseConfirmTitle')}
            confirmLabel={t('surveyClose')}
            disabled={close.isPending}
            onConfirm={() => close.mutate()}
            body={<p>{t('surveyCloseConfirmText', { n: p.notAnswered.length })}</p>}
          >
            {t('surveyClose')}
          </ConfirmButton>
        </div>
      )}
      {[close, remind].map((m, i) => m.isError && <ErrorMessage key={String(i)} error={m.error} />)}
      {remind.isSuccess && (
        <Alert tone="success">
          {t('surveyReminded', { n: remind.data.reminded, without: remind.data.withoutContact })}
        </Alert>
      )}
      {survey.status !== 'draft' && <InvitationLinks surveyId={survey.id} />}
      <p className="big-figure" data-testid="response-rate">
        <strong>{(p.rate * 100).toFixed(1)}%</strong>{' '}
        {t('surveyRateOf', { answered: p.answered, invited: p.invited })}
        {p.drafts > 0 && ` · ${t('surveyDrafts', { n: p.drafts })}`}
      </p>
      <table className="choice-bars">
        <caption>{t('surveyByKind')}</caption>
        <tbody>
          {p.byKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row">{kindLabel(k.kind)}</th>
              <td className="bar-cell">
                <div className="bar-track">
                  <span
                    className="bar-fill"
                    style={{ width: `${k.invited ? (k.answered / k.invited) * 100 : 0}%` }}
                  />
                </div>
              </td>
              <td className="num">
                {k.answered} / {k.invited}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('surveyOverTime')}</h3>
      <OverTimeChart points={p.answeredOverTime} invited={p.invited} openedAt={survey.openedAt} />
      <h3>
        {t('surveyNotAnswered')} ({p.notAnswered.length})
      </h3>
      <ul className="plain-list">
        {p.notAnswered.map((n) => (
          <li key={n.invitationId}>
            {n.invitee} <small className="muted">{kindLabel(n.kind)}</small>
            {n.started && <span className="badge badge-muted"> {t('surveyStarted')}</span>}
            {n.reminders > 0 && (
              <small className="muted"> · {t('surveyRemindedTimes', { n: n.reminders })}</small>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Personal links, to pass on by hand where an organisation has no account to receive the mail. */
function InvitationLinks({ surveyId }: { surveyId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const links = useLinks(surveyId, shown);
  return (
    <details onToggle={(e) => setShown((e.target as HTMLDetailsElement).open)}>
      <summary>{t('surveyLinksNote', { n: links.data?.total ?? '…' })}</summary>
      <ul className="plain-list" data-testid="invitation-links">
        {links.data?.items.map((l) => (
          <li key={l.invitationId}>
            {l.invitee}: <a href={l.link}>{l.link}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

export const categoricalQuestions = (survey: Survey): Question[] =>
  survey.definition.questions.filter(isCategorical);
