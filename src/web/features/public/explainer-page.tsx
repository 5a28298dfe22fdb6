import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useExplainer } from './public-api.ts';

/** One explainer page. Its HTML comes from the server already rendered and sanitised (lib/markdown.ts). */
export function ExplainerPage({ slug }: { slug: string }) {
  const { t, pick, lang } = useI18n();
  const { user } = useSession();
  const page = useExplainer(slug);
  if (page.isPending) return <LoadingMessage />;
  if (page.error) return <ErrorMessage error={page.error} />;
  const e = page.data;
  const html = e.html[lang] ?? pick(e.html);
  return (
    <article className="explainer">
      <PageHeader
        title={pick(e.title)}
        intro={pick(e.summary)}
        actions={user?.role === 'admin' && <Link href={`/explainers/${e.slug}/edit`}>{t('pubEdit')}</Link>}
      />
      {e.illustrative && <p className="public-badge">{t('pubIllustrative')}</p>}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server with an allow-list */}
      <div className="explainer-body" dangerouslySetInnerHTML={{ __html: html }} />
      {e.sources.length > 0 && (
        <section>
          <h2>{t('pubSources')}</h2>
          <ul>
            {e.sources.map((s) => (
              <li key={`${s.label}${s.url ?? ''}`}>
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer">
                    {s.label}
                  </a>
                ) : (
                  s.label
                )}
                {s.asOf && ` (${s.asOf} ${t('pubAsOf')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        {t('pubUpdated')}: {e.updatedAt.slice(0, 10)} · <Link href="/public">{t('pubBack')}</Link>
      </p>
    </article>
  );
}
