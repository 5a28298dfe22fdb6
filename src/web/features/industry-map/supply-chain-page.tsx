import { Link, useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { pickLang, useI18n } from '../../lib/i18n.tsx';
import { useSupplyChain } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { TechnologySelect } from './technology-select.tsx';

/** Upstream to downstream: who could buy a capability and who could supply it. */
export function SupplyChainPage() {
  const { t, lang, pick } = useI18n();
  const technology = new URLSearchParams(useSearch()).get('technology') ?? 'MAG';
  const [location, navigate] = useLocation();
  const chain = useSupplyChain({ technology });
  return (
    <>
      <PageHeader title={t('imapSupplyChain')} intro={t('imapSupplyChainIntro')} />
      <IndustryMapTabs />
      <div className="filters map-filters">
        <TechnologySelect
          label={t('filterTechnology')}
          value={technology}
          allowEmpty={false}
          onChange={(code) => navigate(`${location}?technology=${encodeURIComponent(code)}`)}
        />
      </div>
      {chain.isPending && <LoadingMessage />}
      {chain.isError && <ErrorMessage error={chain.error} />}
      {chain.data && (
        <>
          <p>
            {t('imapSupplyChainSummary', { count: chain.data.organizations, multi: chain.data.multiRole })}
          </p>
          <ol className="chain-columns">
            {chain.data.roles
              .filter((c) => c.role !== 'none' || c.total > 0)
              .map((column) => (
                <li key={column.role} className="chain-column" data-role={column.role}>
                  <h2>
                    {pick(column.label)} <span className="badge">{column.total}</span>
                  </h2>
                  <ul className="plain-list">
                    {column.organizations.map((o) => (
                      <li key={o.id}>
                        <Link href={`/organizations/${o.id}`} lang={pickLang(o.name, lang)}>
                          {pick(o.name)}
                        </Link>
                        <span className="muted"> {o.location.prefecture ?? o.location.country ?? ''}</span>
                        {o.roles.length > 1 && (
                          <span className="badge badge-muted" title={t('imapSeveralRoles')}>
                            ×{o.roles.length}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                  {column.total > column.organizations.length && (
                    <Link
                      href={`/?technology=${encodeURIComponent(technology)}&role=${encodeURIComponent(column.role)}`}
                    >
                      {t('imapAllInDirectory', { total: column.total })}
                    </Link>
                  )}
                </li>
              ))}
          </ol>
        </>
      )}
    </>
  );
}
