import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { agreementKinds, agreementStatuses } from '../../../core/partnerships/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import { type Agreement, useAgreement, useSaveAgreement } from './partnerships-api.ts';

type Draft = {
  key: string;
  kind: string;
  status: string;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  parties: string;
  signedOn: string;
  renewalOn: string;
  sourceUrl: string;
  areas: string;
};

const empty: Draft = {
  key: '',
  kind: 'memorandum',
  status: 'active',
  titleJa: '',
  titleEn: '',
  summaryJa: '',
  summaryEn: '',
  parties: '',
  signedOn: '',
  renewalOn: '',
  sourceUrl: '',
  areas: '',
};

const draftOf = (a: Agreement): Draft => ({
  ...empty,
  key: a.key,
  kind: a.kind,
  status: a.status,
  titleJa: a.title.ja ?? '',
  titleEn: a.title.en ?? '',
  summaryJa: a.summary.ja ?? '',
  summaryEn: a.summary.en ?? '',
  parties: a.parties.map((p) => p.key).join(', '),
  signedOn: a.signedOn ?? '',
  renewalOn: a.renewalOn ?? '',
  sourceUrl: a.source?.url ?? '',
});

const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

/** "key | 日本語 | English" lines → areas. */
const areasOf = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [key = '', ja = '', en = ''] = l.split('|').map((x) => x.trim());
      return { key, name: text(ja, en) };
    });

export function AgreementCreatePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin')
    return (
      <AccessNotice
        title={t('ptnNew')}
        signedIn={!!user}
        message={user ? t('ptnOnlyCoordinators') : undefined}
      />
    );
  return <AgreementForm initial={empty} />;
}

export function AgreementEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const agreement = useAgreement(id);
  if (isLoading || agreement.isPending) return <LoadingMessage />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} />;
  if (user?.role !== 'admin')
    return (
      <AccessNotice
        title={t('ptnEdit')}
        signedIn={!!user}
        message={user ? t('ptnOnlyCoordinators') : undefined}
      />
    );
  return (
    <AgreementForm key={agreement.data.version} initial={draftOf(agreement.data)} existing={agreement.data} />
  );
}

function AgreementForm({ initial, existing }: { initial: Draft; existing?: Agreement }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [d, setD] = useState(initial);
  const save = useSaveAgreement(existing);
  const error = save.error instanceof ApiError ? save.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const common = {
      kind: d.kind as (typeof agreementKinds)[number],
      status: d.status as (typeof agreementStatuses)[number],
      title: text(d.titleJa, d.titleEn),
      summary: text(d.summaryJa, d.summaryEn),
      parties: d.parties
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      signedOn: d.signedOn || null,
      renewalOn: d.renewalOn || null,
      source: d.sourceUrl.trim() ? { ...(existing?.source ?? {}), url: d.sourceUrl.trim() } : null,
    };
    const added = areasOf(d.areas);
    const body = existing
      ? { ...common, ...(added.length ? { addAreas: added } : {}) }
      : { ...common, key: d.key.trim(), areas: added };
    save.mutate(body, { onSuccess: (saved) => navigate(`/partnerships/${saved.id}`) });
  };
  const field = (name: keyof Draft, label: MessageKey, path: string, type = 'text') => (
    <FormField label={t(label)} errors={at(path)}>
      {(props) =>
        name === 'areas' || name.startsWith('summary') ? (
          <textarea
            {...props}
            rows={5}
            value={d[name]}
            onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
          />
        ) : (
          <input
            {...props}
            type={type}
            value={d[name]}
            onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
          />
        )
      }
    </FormField>
  );
  return (
    <>
      <PageHeader title={t(existing ? 'ptnEdit' : 'ptnNew')} />
      {isStaleEdit(save.error) && <StaleEditMessage onReload={() => window.location.reload()} />}
      <form className="card ptn-form" onSubmit={onSubmit} noValidate>
        {!existing && field('key', 'ptnKey', 'key')}
        <FormField label={t('ptnAgreementKind')} errors={at('kind')}>
          {(props) => (
            <select {...props} value={d.kind} onChange={(e) => setD((x) => ({ ...x, kind: e.target.value }))}>
              {agreementKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`ptnAgreementKind_${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {field('titleJa', 'ptnTitleJa', 'title')}
        {field('titleEn', 'ptnTitleEn', 'title')}
        {field('summaryJa', 'ptnSummaryJa', 'summary')}
        {field('summaryEn', 'ptnSummaryEn', 'summary')}
        {field('parties', 'ptnPartiesInput', 'parties')}
        {field('signedOn', 'ptnSignedOn', 'signedOn', 'date')}
        <FormField label={t('ptnStatus')} errors={at('status')}>
          {(props) => (
            <select
              {...props}
              value={d.status}
              onChange={(e) => setD((x) => ({ ...x, status: e.target.value }))}
            >
              {agreementStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`ptnStatus_${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {field('renewalOn', 'ptnRenewalOn', 'renewalOn', 'date')}
        {field('sourceUrl', 'ptnSourceUrl', 'source', 'url')}
        {field('areas', existing ? 'ptnAddAreasInput' : 'ptnAreasInput', existing ? 'addAreas' : 'areas')}
        {error && <FieldErrors errors={error.details.filter((x) => x.path === 'body')} />}
        <button type="submit" disabled={save.isPending}>
          {t('ptnSave')}
        </button>
      </form>
    </>
  );
}
