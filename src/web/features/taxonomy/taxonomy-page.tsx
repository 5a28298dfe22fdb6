import './taxonomy-messages.ts';
import './taxonomy.css';
import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import type { Technology } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { groupTechnologies, useClusters, useTechnologies } from '../../lib/vocabulary.ts';

/** A code, its label and count, and what it covers (its scope note) beneath, so a member picks the right one. */
function TechnologyLink({ tech }: { tech: Technology }) {
  const { t, lang } = useI18n();
  return (
    <>
      <Link
        href={`/?cluster=${encodeURIComponent(tech.cluster)}&technology=${encodeURIComponent(tech.code)}`}
      >
        <code>{tech.code}</code> {tech.label[lang]}{' '}
        <span className="count">{t('organizationsCount', { count: tech.organizations })}</span>
      </Link>
      {tech.scope && <span className="taxonomy-scope">{tech.scope[lang]}</span>}
    </>
  );
}

export function TaxonomyPage() {
  const { t, pick } = useI18n();
  const clusters = useClusters();
  const technologies = useTechnologies();
  if (clusters.isPending || technologies.isPending) return <LoadingMessage />;
  if (clusters.isError) return <ErrorMessage error={clusters.error} />;
  if (technologies.isError) return <ErrorMessage error={technologies.error} />;
  return (
    <>
      <PageHeader title={t('taxonomyTitle')} intro={t('taxonomyIntro')} />
      {clusters.data.items.map((cluster) => {
        const groups = groupTechnologies(technologies.data.items.filter((x) => x.cluster === cluster.key));
        return (
          <section key={cluster.key} className="taxonomy-cluster" aria-labelledby={`cluster-${cluster.key}`}>
            <h2 id={`cluster-${cluster.key}`}>{pick(cluster.name)}</h2>
            <div className="taxonomy-grid">
              {groups.map(({ parent, children }) => (
                <section key={parent.code} className="card taxonomy-area">
                  <h3>
                    <TechnologyLink tech={parent} />
                  </h3>
                  {children.length > 0 && (
                    <ul className="plain-list">
                      {children.map((c) => (
                        <li key={c.code}>
                          <TechnologyLink tech={c} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
