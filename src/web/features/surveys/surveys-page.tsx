import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { organizationKindCodes, organizationKinds } from '../../../core/directory/vocabulary.ts';
import { SignInLink } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type SurveyInput, useMySurveys, useSaveSurvey, useSurveys, useTemplates } from './surveys-api.ts';

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

function SurveyList() {
  const { t, pick } = useI18n();
  const surveys = useSurveys();
  if (surveys.isPending) return <LoadingMessage />;
  if (surveys.isError) return <ErrorMessage error={surveys.error} />;
  return (
    <>
      <PageHeader title={t('surveysTitle')} intro={t('surveysIntro')} />
      <NewSurvey />
      {/* On a phone the table scrolls inside its box, not the page. */}
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
    </>
  );
}

function NewSurvey() {
  const { t, pick, lang } = useI18n();
  const templates = useTemplates();
  const save = useSaveSurvey(null);
  const [, navigate] = useLocation();
  const [template, setTemplate] = useState('');
  const [kinds, setKinds] = useState<string[]>(['company', 'startup']);
  const chosen = templates.data?.items.find((x) => x.key === template) ?? templates.data?.items[0];
  if (!chosen) return null;
  return (
    <details className="card">
      <summary>{t('surveyNew')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const stamp = new Date().toISOString().slice(0, 16).replace(/[-T:]/g, '');
          save.mutate(
            {
              key: `${chosen.key}-${stamp}`,
              title: chosen.title,
              description: chosen.description,
              definition: { questions: chosen.questions },
              anonymity: 'named',
              minCell: 3,
              closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
              reminderDays: [7, 3, 1],
              // The checkboxes offer only the server's kinds; the server checks them again.
              population: { kinds: kinds as NonNullable<SurveyInput['population']>['kinds'] },
            },
            { onSuccess: (s) => navigate(`/surveys/${s.id}`) },
          );
        }}
      >
        <label className="field">
          <span>{t('surveyTemplate')}</span>
          <select value={chosen.key} onChange={(e) => setTemplate(e.target.value)}>
            {templates.data?.items.map((x) => (
              <option key={x.key} value={x.key}>
                {pick(x.title)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('surveyPopulation')}</legend>
          <div className="checkbox-grid">
            {organizationKindCodes.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(k)}
                  onChange={(e) => setKinds(e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k))}
                />
                {organizationKinds[k][lang]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('surveyCreate')}
        </button>
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </details>
  );
}
