import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/form-field.tsx';
import { Alert, ErrorMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type FaqEntry, useSaveFaq } from './desk-figures-api.ts';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];
const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

/**
 * A coordinator edits a FAQ entry's wording or takes it off the public pages; the version read goes with the
 * edit (If-Match), so an edit made meanwhile by someone else is not overwritten. The server refuses text that
 * names the company the entry was made from, on the field that does.
 */
export function FaqEntryEditor({ entry, onDone }: { entry: FaqEntry; onDone?: () => void }) {
  const { t } = useI18n();
  const save = useSaveFaq();
  const [version, setVersion] = useState(entry.version);
  const [f, setF] = useState({
    qJa: entry.question.ja ?? '',
    qEn: entry.question.en ?? '',
    aJa: entry.answer.ja ?? '',
    aEn: entry.answer.en ?? '',
    published: entry.published,
  });
  const set = (name: 'qJa' | 'qEn' | 'aJa' | 'aEn') => (value: string) =>
    setF((x) => ({ ...x, [name]: value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      {
        id: entry.id,
        version,
        body: { question: text(f.qJa, f.qEn), answer: text(f.aJa, f.aEn), published: f.published },
      },
      { onSuccess: (saved) => setVersion(saved.version) },
    );
  }
  const area = (name: 'qJa' | 'qEn' | 'aJa' | 'aEn', label: string, path: string) => (
    <FormField label={label} errors={errorsAt(save.error, path)}>
      {(p) => <textarea {...p} rows={2} value={f[name]} onChange={(e) => set(name)(e.target.value)} />}
    </FormField>
  );
  return (
    <form onSubmit={submit} noValidate className="desk-faq-editor">
      {area('qJa', t('deskFaqQuestionJa'), 'question.ja')}
      {area('qEn', t('deskFaqQuestionEn'), 'question.en')}
      {area('aJa', t('deskFaqAnswerJa'), 'answer.ja')}
      {area('aEn', t('deskFaqAnswerEn'), 'answer.en')}
      <label>
        <input
          type="checkbox"
          checked={f.published}
          onChange={(e) => setF((x) => ({ ...x, published: e.target.checked }))}
        />{' '}
        {t('deskFaqPublished')}
      </label>
      {save.error &&
        !(save.error instanceof ApiError && save.error.details.some((d) => d.path.startsWith('body.'))) && (
          <ErrorMessage error={save.error} />
        )}
      {save.isSuccess && <Alert tone="success">{t('deskFaqSaved')}</Alert>}
      <p>
        <button type="submit" disabled={save.isPending}>
          {t('deskFaqSave')}
        </button>{' '}
        {onDone && (
          <button type="button" className="secondary" onClick={onDone}>
            {t('deskFaqCancel')}
          </button>
        )}
      </p>
    </form>
  );
}
