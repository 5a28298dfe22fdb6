import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormField } from '../../components/form-field.tsx';
import { Alert, ErrorMessage } from '../../components/status-message.tsx';
import { ApiError, api } from '../../lib/api-client.ts';
import type { RequestOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { FaqEntryEditor } from './desk-faq-editor.tsx';
import type { FaqEntry } from './desk-figures-api.ts';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];
const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

/**
 * A coordinator turns this consultation's answer into a public FAQ entry, rewritten without the company: the
 * entry keeps its own text and nothing on the public pages links back to the case. Once published, the entry
 * can be edited here (and later on the desk's search page).
 */
export function PublishToFaq({ consultationId }: { consultationId: string }) {
  const { t } = useI18n();
  const id = useId();
  const publish = useMutation({
    mutationFn: (body: RequestOf<'createFaqEntry'>) => api.post<FaqEntry>('/public/faq', body),
  });
  const [f, setF] = useState({ qJa: '', qEn: '', aJa: '', aEn: '' });
  const set = (name: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [name]: value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    publish.mutate({
      question: text(f.qJa, f.qEn),
      answer: text(f.aJa, f.aEn),
      consultation: consultationId,
      published: true,
    });
  }
  const area = (name: keyof typeof f, label: string, path: string) => (
    <FormField label={label} errors={errorsAt(publish.error, path)}>
      {(p) => <textarea {...p} rows={2} value={f[name]} onChange={(e) => set(name)(e.target.value)} />}
    </FormField>
  );
  return (
    <section className="card desk-box" aria-labelledby={id}>
      <h2 id={id}>{t('deskFaqTitle')}</h2>
      {publish.isSuccess ? (
        <>
          <Alert tone="success">{t('deskFaqDone')}</Alert>
          <FaqEntryEditor entry={publish.data} />
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('deskFaqHint')}</p>
          {area('qJa', t('deskFaqQuestionJa'), 'question')}
          {area('qEn', t('deskFaqQuestionEn'), 'question')}
          {area('aJa', t('deskFaqAnswerJa'), 'answer')}
          {area('aEn', t('deskFaqAnswerEn'), 'answer')}
          {publish.error && !(publish.error instanceof ApiError && publish.error.details.length) && (
            <ErrorMessage error={publish.error} />
          )}
          <button type="submit" disabled={publish.isPending}>
            {t('deskFaqPublish')}
          </button>
        </form>
      )}
    </section>
  );
}
