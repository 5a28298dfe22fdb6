import { type FormEvent, useEffect, useState } from 'react';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type PublicQuestion, useAsk, useFollow, usePublicQuestions, useUnfollow } from './public-api.ts';
import { SearchBox } from './search-box.tsx';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/** Residents' questions: ask one, search the published ones with their answers, follow one by e-mail. */
export function QuestionsPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const questions = usePublicQuestions(q);
  return (
    <>
      <PageHeader title={t('pubQuestions')} />
      <Unfollow />
      <AskForm />
      <h2>{t('pubQuestions')}</h2>
      <SearchBox label={t('pubSearchLabel')} onSearch={setQ} />
      {questions.isPending && <LoadingMessage />}
      {questions.error && <ErrorMessage error={questions.error} />}
      {questions.data?.total === 0 && <p>{t('pubNoResults')}</p>}
      <ul className="public-questions">
        {questions.data?.items.map((item) => (
          <QuestionItem key={item.id} item={item} />
        ))}
      </ul>
    </>
  );
}

/** The link in an answer mail lands here with `?unfollow=<token>`. */
function Unfollow() {
  const { t } = useI18n();
  const unfollow = useUnfollow();
  const token = new URLSearchParams(window.location.search).get('unfollow');
  const { mutate } = unfollow;
  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);
  if (unfollow.isSuccess) return <Alert tone="success">{t('pubUnfollowed')}</Alert>;
  return unfollow.error ? <ErrorMessage error={unfollow.error} /> : null;
}

function AskForm() {
  const { t, lang } = useI18n();
  const ask = useAsk();
  const [fields, setFields] = useState({ question: '', name: '', email: '', language: lang, website: '' });
  const set = (name: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    ask.mutate({
      question: fields.question,
      language: fields.language as 'ja' | 'en',
      ...(fields.name.trim() ? { name: fields.name.trim() } : {}),
      ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
      ...(fields.website ? { website: fields.website } : {}),
    });
  }

  if (ask.isSuccess)
    return (
      <Alert tone="success">
        <p>{t('pubSent')}</p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            ask.reset();
            setFields((f) => ({ ...f, question: '' }));
          }}
        >
          {t('pubAskAnother')}
        </button>
      </Alert>
    );
  return (
    <section className="public-ask">
      <h2>{t('pubAskTitle')}</h2>
      <p>{t('pubAskIntro')}</p>
      <form className="public-form" onSubmit={onSubmit} noValidate>
        <FormField label={t('pubQuestion')} errors={errorsAt(ask.error, 'question')}>
          {(p) => (
            <textarea
              {...p}
              rows={4}
              value={fields.question}
              onChange={(e) => set('question')(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('pubName')} errors={errorsAt(ask.error, 'name')}>
          {(p) => (
            <input
              {...p}
              autoComplete="name"
              value={fields.name}
              onChange={(e) => set('name')(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('pubEmail')} errors={errorsAt(ask.error, 'email')}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={fields.email}
              onChange={(e) => set('email')(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('pubLanguage')} errors={errorsAt(ask.error, 'language')}>
          {(p) => (
            <select {...p} value={fields.language} onChange={(e) => set('language')(e.target.value)}>
              <option value="ja">{t('pubLangJa')}</option>
              <option value="en">{t('pubLangEn')}</option>
            </select>
          )}
        </FormField>
        {/* The honeypot: off screen and out of the tab order, so only a bot fills it in. */}
        <div className="public-trap" aria-hidden="true">
          <label>
            {t('pubTrap')}
            <input
              tabIndex={-1}
              autoComplete="off"
              name="website"
              value={fields.website}
              onChange={(e) => set('website')(e.target.value)}
            />
          </label>
        </div>
        {ask.error && !(ask.error instanceof ApiError && ask.error.details.length) && (
          <ErrorMessage error={ask.error} />
        )}
        <button type="submit" disabled={ask.isPending}>
          {t('pubSend')}
        </button>
      </form>
    </section>
  );
}

export function QuestionText({ item }: { item: PublicQuestion }) {
  const { t, pick } = useI18n();
  return (
    <>
      <p className="public-question-text" lang={item.language}>
        {item.question}
      </p>
      <p className="public-meta">
        {item.askerName && `${t('pubAskedBy', { name: item.askerName })} · `}
        {item.askedAt.slice(0, 10)}
        {item.illustrative && ` · ${t('pubIllustrative')}`}
      </p>
      {item.answer ? (
        <div className="public-answer">
          <p className="public-meta">{t('pubAnsweredBy', { org: pick(item.answer.organization.name) })}</p>
          <p>{pick(item.answer.text)}</p>
        </div>
      ) : (
        <p className="public-meta">{t('pubNotAnswered')}</p>
      )}
    </>
  );
}

function QuestionItem({ item }: { item: PublicQuestion }) {
  const { t } = useI18n();
  const follow = useFollow(item.id);
  const [email, setEmail] = useState('');
  return (
    <li id={`q-${item.id}`}>
      <QuestionText item={item} />
      {!item.answer &&
        (follow.isSuccess ? (
          <p className="public-meta">{t('pubFollowed')}</p>
        ) : (
          <details>
            <summary>{t('pubFollow')}</summary>
            <form
              className="public-follow"
              onSubmit={(e) => {
                e.preventDefault();
                follow.mutate(email.trim());
              }}
            >
              <FormField label={t('pubFollowEmail')} errors={errorsAt(follow.error, 'email')}>
                {(p) => (
                  <input
                    {...p}
                    type="email"
                    autoComplete="email"
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                  />
                )}
              </FormField>
              <button type="submit" disabled={follow.isPending}>
                {t('pubSend')}
              </button>
            </form>
          </details>
        ))}
    </li>
  );
}
