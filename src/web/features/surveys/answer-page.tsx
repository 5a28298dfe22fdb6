import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { visibleQuestions } from '../../../core/surveys/rules.ts';
import type { Answer, Answers } from '../../../core/surveys/types.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { QuestionField } from './question-field.tsx';
import { type LinkView, useLink } from './surveys-api.ts';

const autosaveDelayMs = 800;

/** The page a personal link opens: no account needed, answers saved as they are typed. */
export function AnswerPage({ token }: { token: string }) {
  const { t } = useI18n();
  const link = useLink(token);
  if (link.isPending) return <LoadingMessage />;
  if (link.isError)
    return (
      <>
        {/* A broken or expired link still gets a page with a heading, and says whom to ask. */}
        <PageHeader title={t('surveyLinkInvalidTitle')} intro={t('surveyLinkInvalidHelp')} />
        <ErrorMessage error={link.error} />
      </>
    );
  return <AnswerForm token={token} view={link.data} />;
}

function AnswerForm({ token, view }: { token: string; view: LinkView }) {
  const { t, pick, lang } = useI18n();
  const [answers, setAnswers] = useState<Answers>(view.response?.answers ?? {});
  const [submittedAt, setSubmittedAt] = useState(view.response?.submittedAt ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(view.response?.updatedAt ?? null);
  const edited = useRef(false);
  const path = `/survey-links/${encodeURIComponent(token)}`;
  const draft = useMutation({
    mutationFn: (body: Answers) => api.put<ResponseOf<'saveSurveyDraft'>>(`${path}/draft`, { answers: body }),
    onSuccess: (r) => setSavedAt(r.updatedAt),
  });
  const submit = useMutation({
    mutationFn: (body: Answers) => api.post<ResponseOf<'submitSurvey'>>(`${path}/submit`, { answers: body }),
    onSuccess: (r) => {
      setSubmittedAt(r.submittedAt);
      setAnswers(r.answers);
    },
  });
  const closed = view.survey.status !== 'open';

  // Drafts save themselves a moment after the last change; a submitted survey changes only by submitting again.
  useEffect(() => {
    if (!edited.current || submittedAt || closed) return;
    const timer = setTimeout(() => draft.mutate(answers), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [answers, submittedAt, closed, draft.mutate]);

  const visible = useMemo(
    () => visibleQuestions(view.survey.definition, answers),
    [view.survey.definition, answers],
  );
  const errorsFor = (key: string) =>
    submit.error instanceof ApiError ? submit.error.detailsFor(`body.answers.${key}`) : [];
  const set = (key: string, value: Answer | undefined) => {
    edited.current = true;
    setAnswers((prev) => {
      const next = { ...prev };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  };
  const time = (iso: string) => new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');

  return (
    <>
      <PageHeader title={pick(view.survey.title)} intro={pick(view.survey.description)} />
      <p className="field-hint">
        {t('surveyAnsweringFor', { name: view.invitee })}
        {view.survey.closesAt && ` · ${t('surveyClosesAt', { date: time(view.survey.closesAt) })}`}
        {view.survey.anonymity === 'anonymous' && ` · ${t('surveyAnonymousNote')}`}
      </p>
      {closed && <Alert tone="info">{t('surveyClosedNote')}</Alert>}
      {submittedAt && <Alert tone="success">{t('surveySubmittedNote', { date: time(submittedAt) })}</Alert>}
      <form
        className="survey-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate(answers);
        }}
      >
        {view.survey.definition.questions
          .filter((q) => visible.has(q.key))
          .map((q) => (
            <QuestionField
              key={q.key}
              question={q}
              value={answers[q.key]}
              onChange={(v) => set(q.key, v)}
              errors={errorsFor(q.key)}
            />
          ))}
        <p className="field-hint" role="status" data-testid="autosave">
          {draft.isPending
            ? t('surveySaving')
            : savedAt && !submittedAt
              ? t('surveySavedAt', { time: time(savedAt) })
              : ''}
        </p>
        {draft.isError && <ErrorMessage error={draft.error} />}
        {submit.isError && <Alert>{submit.error.message}</Alert>}
        <button type="submit" className="button" disabled={closed || submit.isPending}>
          {submittedAt ? t('surveyResubmit') : t('surveySubmit')}
        </button>
      </form>
    </>
  );
}
