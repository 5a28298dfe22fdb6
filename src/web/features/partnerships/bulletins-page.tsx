import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { bulletinKinds } from '../../../core/partnerships/index.ts';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Bulletin,
  useAgreements,
  useBulletins,
  useSaveSubscriptions,
  useSubscriptions,
} from './partnerships-api.ts';

/** Bulletins the viewer may read, by tag and kind; the tag's Atom feed; the viewer's followed tags. */
export function BulletinsPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const tag = params.get('tag') ?? '';
  const kind = params.get('kind') ?? '';
  const list = useBulletins(tag, kind);
  const agreements = useAgreements();
  const areaTags = (agreements.data?.items ?? []).flatMap((a) =>
    a.areas.map((x) => ({ tag: x.tag, label: `${pick(x.name)} — ${pick(a.title).slice(0, 40)}` })),
  );
  const go = (next: { tag?: string; kind?: string }) => {
    const q = new URLSearchParams();
    const tg = next.tag ?? tag;
    const k = next.kind ?? kind;
    if (tg) q.set('tag', tg);
    if (k) q.set('kind', k);
    const s = q.toString();
    navigate(`${location}${s ? `?${s}` : ''}`);
  };
  return (
    <>
      <PageHeader
        title={t('bulTitle')}
        intro={t('bulIntro')}
        actions={
          <>
            <Link className="button button-secondary" href="/partnerships">
              {t('ptnTitle')}
            </Link>
            {list.data?.mayPublish && (
              <Link className="button" href="/bulletins/new">
                {t('bulNew')}
              </Link>
            )}
          </>
        }
      />
      <div className="card ptn-filters">
        <label>
          {t('bulTagFilter')}
          <select id="bulletins-tag" value={tag} onChange={(e) => go({ tag: e.target.value })}>
            <option value="">{t('bulAnyTag')}</option>
            {tag && !areaTags.some((a) => a.tag === tag) && <option value={tag}>{tag}</option>}
            {areaTags.map((a) => (
              <option key={a.tag} value={a.tag}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('bulKindFilter')}
          <select id="bulletins-kind" value={kind} onChange={(e) => go({ kind: e.target.value })}>
            <option value="">{t('bulAnyKind')}</option>
            {bulletinKinds.map((k) => (
              <option key={k} value={k}>
                {t(`bulKind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <a href={apiUrl('/bulletins/feed.atom', { tag })}>{t('bulFeed')}</a>
      </div>
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <p className="muted" data-testid="bulletins-count">
            {t('bulCount', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="status">{t('bulNone')}</p>
          ) : (
            <ul className="ptn-list">
              {list.data.items.map((b) => (
                <BulletinItem key={b.id} bulletin={b} onTag={(x) => go({ tag: x })} />
              ))}
            </ul>
          )}
        </>
      )}
      {user && <FollowForm />}
    </>
  );
}

function BulletinItem({ bulletin: b, onTag }: { bulletin: Bulletin; onTag: (tag: string) => void }) {
  const { t, pick, lang } = useI18n();
  return (
    <li className="card" id={`b-${b.id}`}>
      <p className="muted">
        <span className="badge">{t(`bulKind_${b.kind}`)}</span>{' '}
        <span className="badge badge-muted">{t(`bulAudience_${b.audience}`)}</span>{' '}
        {b.illustrative && <span className="badge badge-muted">{t('ptnIllustrative')}</span>}{' '}
        <time dateTime={b.publishedAt}>
          {new Date(b.publishedAt).toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB')}
        </time>
        {b.author && ` · ${t('bulBy', { name: pick(b.author.name) })}`}
      </p>
      <h2>{pick(b.title)}</h2>
      <p className="ptn-body">{pick(b.body)}</p>
      <p>
        {b.tags.map((x) => (
          <button key={x} type="button" className="button-link ptn-tag" onClick={() => onTag(x)}>
            {x}
          </button>
        ))}
        {b.mayEdit && (
          <Link className="button button-secondary" href={`/bulletins/${b.id}/edit`}>
            {t('bulEdit')}
          </Link>
        )}
      </p>
    </li>
  );
}

function FollowForm() {
  const { t } = useI18n();
  const current = useSubscriptions(true);
  const save = useSaveSubscriptions();
  const [value, setValue] = useState('');
  useEffect(() => setValue((current.data?.tags ?? []).join('\n')), [current.data]);
  const error = save.error instanceof ApiError ? save.error : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      value
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  };
  return (
    <section className="card">
      <h2>{t('bulFollow')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormField
          label={t('bulFollow')}
          hint={t('bulFollowHint')}
          errors={error?.detailsFor('body.tags') ?? []}
        >
          {(props) => (
            <textarea {...props} rows={4} value={value} onChange={(e) => setValue(e.target.value)} />
          )}
        </FormField>
        <button type="submit" disabled={save.isPending}>
          {t('bulFollowSave')}
        </button>
        {save.isSuccess && <p role="status">{t('bulFollowSaved')}</p>}
      </form>
    </section>
  );
}
