import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { bulletinAudiences, bulletinKinds } from '../../../core/partnerships/index.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { FieldErrors, FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import {
  type Bulletin,
  useAgreements,
  useBulletin,
  useBulletins,
  useSaveBulletin,
} from './partnerships-api.ts';

type Draft = {
  kind: string;
  audience: string;
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
  technologies: string;
  areas: string[];
};

const empty: Draft = {
  kind: 'regulation-news',
  audience: 'public',
  titleJa: '',
  titleEn: '',
  bodyJa: '',
  bodyEn: '',
  technologies: '',
  areas: [],
};

const draftOf = (b: Bulletin): Draft => ({
  kind: b.kind,
  audience: b.audience,
  titleJa: b.title.ja ?? '',
  titleEn: b.title.en ?? '',
  bodyJa: b.body.ja ?? '',
  bodyEn: b.body.en ?? '',
  technologies: b.technologies.join(', '),
  areas: b.areas,
});

const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

export function BulletinCreatePage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  // The list answers whether this account may publish (a party's members may; other members may not).
  const list = useBulletins('', '');
  if (isLoading || list.isPending) return <LoadingMessage />;
  if (!list.data?.mayPublish)
    return (
      <AccessNotice
        title={t('bulNew')}
        signedIn={!!user}
        message={user ? t('bulMayNotPublish') : undefined}
      />
    );
  return <BulletinForm initial={empty} />;
}

export function BulletinEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const bulletin = useBulletin(id);
  if (bulletin.isPending) return <LoadingMessage />;
  if (bulletin.isError) return <ErrorMessage error={bulletin.error} />;
  if (!bulletin.data.mayEdit) return <AccessNotice title={t('bulEdit')} signedIn={!!user} />;
  return (
    <BulletinForm key={bulletin.data.version} initial={draftOf(bulletin.data)} existing={bulletin.data} />
  );
}

function BulletinForm({ initial, existing }: { initial: Draft; existing?: Bulletin }) {
  const { t, pick } = useI18n();
  const [, navigate] = useLocation();
  const [d, setD] = useState(initial);
  const agreements = useAgreements();
  const save = useSaveBulletin(existing);
  const error = save.error instanceof ApiError ? save.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        kind: d.kind as (typeof bulletinKinds)[number],
        audience: d.audience as (typeof bulletinAudiences)[number],
        title: text(d.titleJa, d.titleEn),
        body: text(d.bodyJa, d.bodyEn),
        technologies: d.technologies
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        areas: d.areas,
      },
      { onSuccess: () => navigate('/bulletins') },
    );
  };
  const field = (
    name: 'titleJa' | 'titleEn' | 'bodyJa' | 'bodyEn' | 'technologies',
    label: MessageKey,
    path: string,
  ) => (
    <FormField label={t(label)} errors={at(path)}>
      {(props) =>
        name.startsWith('body') ? (
          <textarea
            {...props}
            name={name}
            rows={6}
            value={d[name]}
            onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
          />
        ) : (
          <input
            {...props}
            name={name}
            value={d[name]}
            onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
          />
        )
      }
    </FormField>
  );
  const select = (
    name: 'kind' | 'audience',
    label: MessageKey,
    options: readonly string[],
    prefix: 'bulKind_' | 'bulAudience_',
  ) => (
    <FormField label={t(label)} errors={at(name)}>
      {(props) => (
        <select
          {...props}
          name={name}
          value={d[name]}
          onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`${prefix}${o}` as MessageKey)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  return (
    <>
      <PageHeader title={t(existing ? 'bulEdit' : 'bulNew')} />
      {isStaleEdit(save.error) && <StaleEditMessage onReload={() => window.location.reload()} />}
      <form className="card ptn-form" onSubmit={onSubmit} noValidate>
        {select('kind', 'bulKindFilter', bulletinKinds, 'bulKind_')}
        {select('audience', 'bulAudience', bulletinAudiences, 'bulAudience_')}
        {field('titleJa', 'bulTitleJa', 'title')}
        {field('titleEn', 'bulTitleEn', 'title')}
        {field('bodyJa', 'bulBodyJa', 'body')}
        {field('bodyEn', 'bulBodyEn', 'body')}
        {field('technologies', 'bulTechnologies', 'technologies')}
        <fieldset>
          <legend>{t('bulAreas')}</legend>
          {(agreements.data?.items ?? []).flatMap((a) =>
            a.areas.map((x) => (
              <label key={x.tag} className="checkbox">
                <input
                  type="checkbox"
                  checked={d.areas.includes(x.tag)}
                  onChange={(e) =>
                    setD((v) => ({
                      ...v,
                      areas: e.target.checked ? [...v.areas, x.tag] : v.areas.filter((y) => y !== x.tag),
                    }))
                  }
                />{' '}
                {pick(x.name)} <span className="muted">({pick(a.title).slice(0, 40)})</span>
              </label>
            )),
          )}
          <FieldErrors errors={at('areas')} />
        </fieldset>
        <button type="submit" disabled={save.isPending}>
          {existing ? t('bulSave') : t('bulPublish')}
        </button>
      </form>
    </>
  );
}
