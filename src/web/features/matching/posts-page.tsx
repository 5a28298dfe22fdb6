import { useState } from 'react';
import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { labelMap, useTechnologies } from '../../lib/vocabulary.ts';
import { type PostKind, usePosts } from './matching-api.ts';
import { NotificationsPanel } from './notifications-panel.tsx';

/** Needs and seeds side by side as tabs, with "my posts" for members. */
export function PostsPage() {
  const { t, pick, lang } = useI18n();
  const techLabels = labelMap(useTechnologies().data?.items);
  const { user } = useSession();
  const [kind, setKind] = useState<PostKind>('need');
  const [mine, setMine] = useState(false);
  const [q, setQ] = useState('');
  const [draft, setDraft] = useState('');
  const posts = usePosts(kind, mine && !!user?.organizationId, q);
  const canPost = user?.role === 'member' || user?.role === 'admin';
  return (
    <>
      <PageHeader
        title={t('matchingTitle')}
        intro={t('matchingIntro')}
        actions={
          canPost ? (
            <>
              <Link className="button" href="/matching/needs/new">
                {t('matchPostNeed')}
              </Link>
              <Link className="button button-secondary" href="/matching/seeds/new">
                {t('matchPostSeed')}
              </Link>
              <Link className="button button-secondary" href="/introductions">
                {t('introTitle')}
              </Link>
            </>
          ) : (
            <span className="muted">{t('matchSignInToPost')}</span>
          )
        }
      />
      {user && <NotificationsPanel />}
      <fieldset className="toggles">
        <legend className="visually-hidden">{t('matchCategory')}</legend>
        {(['need', 'seed'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className={`button button-small${kind === k ? '' : ' button-secondary'}`}
            aria-pressed={kind === k}
            onClick={() => setKind(k)}
          >
            {k === 'need' ? t('matchNeeds') : t('matchSeeds')}
          </button>
        ))}
        {user?.organizationId && (
          <label className="checkbox">
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />{' '}
            {t('matchMine')}
          </label>
        )}
      </fieldset>
      <form
        className="search-row"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(draft);
        }}
      >
        <label className="visually-hidden" htmlFor="post-search">
          {t('searchLabel')}
        </label>
        <input
          id="post-search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('searchPlaceholder')}
        />
        <button className="button" type="submit">
          {t('search')}
        </button>
      </form>
      {posts.isLoading && <LoadingMessage />}
      {posts.error && <ErrorMessage error={posts.error} />}
      {posts.data && posts.data.items.length === 0 && <p className="empty">{t('matchNoPosts')}</p>}
      {/* The posts' titles are h3: name the list, so the outline has no jump from h1. */}
      <h2 className="visually-hidden">{t('results')}</h2>
      <ul className="result-list post-list">
        {posts.data?.items.map((p) => (
          <li key={p.id} className="result">
            <h3>
              <Link href={`/matching/${p.kind}s/${p.id}`}>{pick(p.title)}</Link>
            </h3>
            <p className="result-meta">
              {p.organization ? pick(p.organization.name) : t('matchAnonymousOwner')}
              {' · '}
              {p.technologies
                .map((code) => pick(techLabels.get(code)) || code)
                .join(lang === 'ja' ? '、' : ', ')}
              {p.expired && <span className="badge badge-warn">{t('matchExpired')}</span>}
              {p.status === 'closed' && <span className="badge badge-muted">{t('matchClosed')}</span>}
            </p>
            {pick(p.body) && <p className="result-description">{pick(p.body)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
