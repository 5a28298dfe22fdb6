import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useExplainers } from './public-api.ts';

/** The residents' front door: what the cluster is, the explainers, and the ways to ask. */
export function PublicHubPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const explainers = useExplainers();
  return (
    <>
      <PageHeader title={t('pubHubTitle')} intro={t('pubHubIntro')} />
      <nav className="public-links" aria-label={t('pubHubTitle')}>
        <Link href="/faq">{t('pubFaq')}</Link>
        <Link href="/questions">{t('pubQuestions')}</Link>
        <Link href="/events">{t('pubEvents')}</Link>
        <a href="/api/public/feed.atom">{t('pubFeed')}</a>
        {user?.role === 'admin' && <Link href="/public/moderation">{t('pubModeration')}</Link>}
        {user?.role === 'admin' && <Link href="/explainers/new">{t('pubNewExplainer')}</Link>}
      </nav>
      <h2>{t('pubExplainers')}</h2>
      {explainers.isPending && <LoadingMessage />}
      {explainers.error && <ErrorMessage error={explainers.error} />}
      <ul className="public-cards">
        {explainers.data?.items.map((e) => (
          <li key={e.id}>
            <h3>
              <Link href={`/explainers/${e.slug}`}>{pick(e.title)}</Link>
            </h3>
            <p>{pick(e.summary)}</p>
            {!e.published && <span className="public-badge">{t('pubDraft')}</span>}
            {e.illustrative && <span className="public-badge">{t('pubIllustrative')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
