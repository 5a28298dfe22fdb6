import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type Explainer, type ExplainerInput, useExplainer, useSaveExplainer } from './public-api.ts';

const errorsAt = (error: unknown, path: string) =>
  error instanceof ApiError ? error.detailsFor(`body.${path}`) : [];

/** A coordinator writes or edits an explainer page (Markdown in both languages). */
export function ExplainerEditPage({ slug }: { slug?: string }) {
  const { t } = useI18n();
  return (
    <AdminGate title={t('pubNewExplainer')}>
      {slug ? <LoadThenEdit slug={slug} /> : <ExplainerForm />}
    </AdminGate>
  );
}

function LoadThenEdit({ slug }: { slug: string }) {
  const page = useExplainer(slug);
  if (page.isPending) return <LoadingMessage />;
  if (page.error) return <ErrorMessage error={page.error} />;
  return <ExplainerForm page={page.data} />;
}

type Fields = Record<
  'slug' | 'titleJa' | 'titleEn' | 'summaryJa' | 'summaryEn' | 'bodyJa' | 'bodyEn' | 'sources',
  string
>;

const sourcesText = (page?: Explainer) =>
  (page?.sources ?? []).map((s) => [s.label, s.url ?? '', s.asOf ?? ''].join(' | ')).join('\n');

/** "label | url | as-of" lines; empty parts are left out. */
function parseSources(text: string): ExplainerInput['sources'] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([label]) => label)
    .map(([label, url, asOf]) => ({ label: label!, ...(url ? { url } : {}), ...(asOf ? { asOf } : {}) }));
}

const text = (ja: string, en: string) => ({ ...(ja.trim() ? { ja } : {}), ...(en.trim() ? { en } : {}) });

function ExplainerForm({ page }: { page?: Explainer }) {
  const { t, pick } = useI18n();
  const [, navigate] = useLocation();
  const save = useSaveExplainer(page);
  const [published, setPublished] = useState(page?.published ?? false);
  const [f, setF] = useState<Fields>({
    slug: page?.slug ?? '',
    titleJa: page?.title.ja ?? '',
    titleEn: page?.title.en ?? '',
    summaryJa: page?.summary.ja ?? '',
    summaryEn: page?.summary.en ?? '',
    bodyJa: page?.body.ja ?? '',
    bodyEn: page?.body.en ?? '',
    sources: sourcesText(page),
  });
  const set = (name: keyof Fields) => (value: string) => setF((x) => ({ ...x, [name]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      {
        slug: f.slug.trim(),
        title: text(f.titleJa, f.titleEn),
        summary: text(f.summaryJa, f.summaryEn),
        body: text(f.bodyJa, f.bodyEn),
        sources: parseSources(f.sources),
        published,
      },
      { onSuccess: (saved) => navigate(`/explainers/${saved.slug}`) },
    );
  }

  const field = (name: keyof Fields, label: string, path: string, rows?: number) => (
    <FormField label={label} errors={errorsAt(save.error, path)}>
      {(p) =>
        rows ? (
          <textarea {...p} rows={rows} value={f[name]} onChange={(e) => set(name)(e.target.value)} />
        ) : (
          <input {...p} value={f[name]} onChange={(e) => set(name)(e.target.value)} />
        )
      }
    </FormField>
  );
  return (
    <>
      <PageHeader title={page ? pick(page.title) : t('pubNewExplainer')} />
      <form className="public-form" onSubmit={submit} noValidate>
        {field('slug', t('pubSlug'), 'slug')}
        {field('titleJa', t('pubTitleJa'), 'title')}
        {field('titleEn', t('pubTitleEn'), 'title')}
        {field('summaryJa', t('pubSummaryJa'), 'summary', 2)}
        {field('summaryEn', t('pubSummaryEn'), 'summary', 2)}
        <p className="public-meta">{t('pubBodyHint')}</p>
        {field('bodyJa', t('pubBodyJa'), 'body', 12)}
        {field('bodyEn', t('pubBodyEn'), 'body', 12)}
        {field('sources', t('pubSourcesField'), 'sources', 3)}
        <label>
          <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} />{' '}
          {t('pubPublished')}
        </label>
        {isStaleEdit(save.error) && <StaleEditMessage onReload={() => window.location.reload()} />}
        {save.error &&
          !isStaleEdit(save.error) &&
          !(save.error instanceof ApiError && save.error.details.length) && (
            <ErrorMessage error={save.error} />
          )}
        <button type="submit" disabled={save.isPending}>
          {t('pubSave')}
        </button>
      </form>
    </>
  );
}
