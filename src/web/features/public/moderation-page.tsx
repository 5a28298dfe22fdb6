import { type FormEvent, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FormField } from '../../components/form-field.tsx';
import { type OrganizationChoice, OrganizationPicker } from '../../components/organization-picker.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type ModeratedQuestion, useModeration, useModerationStep } from './public-api.ts';
import { QuestionText } from './questions-page.tsx';

const statuses = ['pending', 'published', 'merged', 'rejected'] as const;
const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/** The coordinator's queue of residents' questions: publish (with an answer), answer, merge, reject. */
export function ModerationPage() {
  const { t } = useI18n();
  return (
    <AdminGate title={t('pubModeration')}>
      <PageHeader title={t('pubModeration')} />
      <Queue />
    </AdminGate>
  );
}

function Queue() {
  const { t } = useI18n();
  const [status, setStatus] = useState('pending');
  const list = useModeration(status);
  const published = useModeration('published');
  return (
    <>
      <label className="public-filter">
        {t('pubStatusFilter')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`pubStatus_${s}`)}
            </option>
          ))}
        </select>
      </label>
      {list.isPending && <LoadingMessage />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data?.total === 0 && <p>{t('pubNoResults')}</p>}
      <ul className="public-questions">
        {list.data?.items.map((q) => (
          <li key={q.id}>
            <Moderated q={q} targets={published.data?.items ?? []} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Moderated({ q, targets }: { q: ModeratedQuestion; targets: ModeratedQuestion[] }) {
  const { t } = useI18n();
  return (
    <>
      <p className="public-meta">
        <span className="public-badge">{t(`pubStatus_${q.status}`)}</span>{' '}
        {q.email && `${t('pubContact')}: ${q.email} · `}
        {t('pubFollowers', { n: q.followers })}
      </p>
      <QuestionText item={q} />
      {q.rejectReason && <p className="public-meta">{t('pubRejectedBecause', { reason: q.rejectReason })}</p>}
      {(q.status === 'pending' || q.status === 'published') && <AnswerForm q={q} />}
      {q.status === 'pending' && <RejectForm q={q} />}
      {q.status === 'pending' && <MergeForm q={q} targets={targets} />}
    </>
  );
}

function AnswerForm({ q }: { q: ModeratedQuestion }) {
  const { t } = useI18n();
  const step = useModerationStep();
  const [ja, setJa] = useState(q.answer?.text.ja ?? '');
  const [en, setEn] = useState(q.answer?.text.en ?? '');
  const [org, setOrg] = useState<OrganizationChoice | null>(null);
  const hasAnswer = ja.trim() !== '' || en.trim() !== '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = { ...(ja.trim() ? { ja: ja.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
    const answer = { text, organization: org?.key ?? '' };
    if (q.status === 'pending') step.mutate({ id: q.id, step: 'publish', body: hasAnswer ? { answer } : {} });
    else step.mutate({ id: q.id, step: 'answer', body: { answer } });
  }
  return (
    <form className="public-form" onSubmit={submit} aria-label={t('pubPublishAnswer')}>
      <FormField label={t('pubAnswerJa')} errors={errorsAt(step.error, 'answer.text')}>
        {(p) => <textarea {...p} rows={3} value={ja} onChange={(e) => setJa(e.target.value)} />}
      </FormField>
      <FormField label={t('pubAnswerEn')}>
        {(p) => <textarea {...p} rows={3} value={en} onChange={(e) => setEn(e.target.value)} />}
      </FormField>
      <FormField label={t('pubAnsweringOrg')} errors={errorsAt(step.error, 'answer.organization')}>
        {(p) => <OrganizationPicker inputProps={p} value={org} onChange={setOrg} />}
      </FormField>
      {step.error && !(step.error instanceof ApiError && step.error.details.length) && (
        <ErrorMessage error={step.error} />
      )}
      <button type="submit" disabled={step.isPending}>
        {q.status === 'published' ? t('pubSaveAnswer') : hasAnswer ? t('pubPublishAnswer') : t('pubPublish')}
      </button>
    </form>
  );
}

function RejectForm({ q }: { q: ModeratedQuestion }) {
  const { t } = useI18n();
  const step = useModerationStep();
  const [reason, setReason] = useState('');
  return (
    <form
      className="public-form"
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate({ id: q.id, step: 'reject', body: { reason } });
      }}
    >
      <FormField label={t('pubRejectReason')} errors={errorsAt(step.error, 'reason')}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <button type="submit" className="button-secondary" disabled={step.isPending}>
        {t('pubReject')}
      </button>
    </form>
  );
}

function MergeForm({ q, targets }: { q: ModeratedQuestion; targets: ModeratedQuestion[] }) {
  const { t } = useI18n();
  const step = useModerationStep();
  const [into, setInto] = useState('');
  if (targets.length === 0) return null;
  return (
    <form
      className="public-form"
      onSubmit={(e) => {
        e.preventDefault();
        step.mutate({ id: q.id, step: 'merge', body: { into } });
      }}
    >
      <FormField label={t('pubMergeInto')} errors={errorsAt(step.error, 'into')}>
        {(p) => (
          <select {...p} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">{t('pubChoose')}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.question.slice(0, 60)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button-secondary" disabled={step.isPending}>
        {t('pubMerge')}
      </button>
    </form>
  );
}
