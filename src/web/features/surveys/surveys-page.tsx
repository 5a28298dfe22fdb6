import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { blankDefinition } from '../../../core/surveys/index.ts';
import { SignInLink } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useMySurveys, useSaveSurvey, useSurveys, useTemplates } from './surveys-api.ts';

const rate = (a = 0, i = 0) => (i ? `${((a / i) * 100).toFixed(1)}%` : '—');

/** The coordinator's surveys, with their response rates, and a new one from a template. */
export function SurveysPage() {
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role === 'admin') return <SurveyList />;
  return <MySurveys signedIn={user !== null} />;
}

/** A member sees the surveys its organisation is asked to answer, each with its personal link. */
function MySurveys({ signedIn }: { signedIn: boolean }) {
  const { t, pick, lang } = useI18n();
  const mine = useMySurveys(signedIn);
  return (
    <>
      <PageHeader title={t('surveysTitle')} intro={t('surveysMemberIntro')} />
      {!signedIn && (
        <>
          <p>{t('surveysSignIn')}</p>
          <SignInLink />
        </>
      )}
      {mine.isError && <ErrorMessage error={mine.error} />}
      {mine.data?.total === 0 && <p className="status">{t('surveysNoneForYou')}</p>}
      <ul className="plain-list">
        {mine.data?.items.map((m) => (
          <li key={m.link} className="card">
            <a href={new URL(m.link).pathname}>{pick(m.title)}</a>
            {m.closesAt && (
              <small className="muted">
                {' '}
                ·{' '}
                {t('surveyClosesAt', {
                  date: new Date(m.closesAt).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB'),
                })}
              </small>
            )}
            {m.submittedAt && <span className="badge"> {t('surveyAnsweredBadge')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

const origins = ['coordinator', 'event-feedback', 'desk-aftercare', 'all'] as const;

/**
 * The coordinator's own surveys by default; the surveys other modules open for themselves (an event's feedback,
 * a desk case's aftercare question) one choice away, so they do not crowd the list.
 */
function SurveyList() {
  const { t, pick } = useI18n();
  const [origin, setOrigin] = useState<(typeof origins)[number]>('coordinator');
  const surveys = useSurveys(origin);
  return (
    <>
      <PageHeader title={t('surveysTitle')} intro={t('surveysIntro')} />
      <NewSurvey />
      <p>
        <label htmlFor="survey-origin">{t('surveyOrigin')}</label>{' '}
        <select
          id="survey-origin"
          value={origin}
          onChange={(e) => setOrigin(e.target.value as (typeof origins)[number])}
        >
          {origins.map((o) => (
            <option key={o} value={o}>
              {t(`surveyOrigin_${o}`)}
            </option>
          ))}
        </select>
      </p>
      {surveys.isPending ? (
        <LoadingMessage />
      ) : surveys.isError ? (
        <ErrorMessage error={surveys.error} />
      ) : (
        // On a phone the table scrolls inside its box, not the page.
        <div className="table-scroll">
          <table className="ranking" data-testid="surveys">
            <thead>
              <tr>
                <th scope="col">{t('surveyName')}</th>
                <th scope="col">{t('surveyStatus')}</th>
                <th scope="col" className="num">
                  {t('surveyInvited')}
                </th>
                <th scope="col" className="num">
                  {t('surveyAnswered')}
                </th>
                <th scope="col" className="num">
                  {t('surveyRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/surveys/${s.id}`}>{pick(s.title)}</Link>
                    {s.synthetic && <span className="badge badge-warn"> {t('surveySynthetic')}</span>}
                  </td>
                  <td>{t(`surveyStatus_${s.status}`)}</td>
                  <td className="num">{s.invited}</td>
                  <td className="num">{s.answered}</td>
                  <td className="num">{rate(s.answered, s.invited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const defaultTitle = { ja: '新しいアンケート', en: 'New survey' };

/** A new survey, blank or from a shipped template; its settings and invitees are chosen on its own page. */
function NewSurvey() {
  const { t, pick } = useI18n();
  const templates = useTemplates();
  const save = useSaveSurvey(null);
  const [, navigate] = useLocation();
  const [start, setStart] = useState('blank');
  const [title, setTitle] = useState({ ja: '', en: '' });
  const template = templates.data?.items.find((x) => x.key === start);
  return (
    <details className="card">
      <summary>{t('surveyNew')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const stamp = new Date().toISOString().slice(0, 16).replace(/[-T:]/g, '');
          const typed = Object.fromEntries(Object.entries(title).filter(([, v]) => v.trim()));
          const named = Object.keys(typed).length ? typed : (template?.title ?? defaultTitle);
          save.mutate(
            {
              key: `${template?.key ?? 'survey'}-${stamp}`,
              title: named,
              description: template?.description ?? {},
              definition: template ? { questions: template.questions } : blankDefinition(),
              anonymity: 'named',
              minCell: 3,
              closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
              reminderDays: [7, 3, 1],
              population: {},
            },
            { onSuccess: (s) => navigate(`/surveys/${s.id}`) },
          );
        }}
      >
        <fieldset>
          <legend>{t('surveyStartFrom')}</legend>
          <label className="checkbox">
            <input type="radio" name="start" checked={start === 'blank'} onChange={() => setStart('blank')} />
            {t('surveyStartBlank')}
          </label>
          {templates.data?.items.map((x) => (
            <label key={x.key} className="checkbox">
              <input type="radio" name="start" checked={start === x.key} onChange={() => setStart(x.key)} />
              {t('surveyTemplate', { name: pick(x.title) })}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <label className="field">
            <span>{t('surveyTitleJa')}</span>
            <input value={title.ja} onChange={(e) => setTitle({ ...title, ja: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('surveyTitleEn')}</span>
            <input value={title.en} onChange={(e) => setTitle({ ...title, en: e.target.value })} />
          </label>
        </div>
        <p className="field-hint">{t('surveyNewTitleHint')}</p>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('surveyCreate')}
        </button>
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </details>
  );
}
