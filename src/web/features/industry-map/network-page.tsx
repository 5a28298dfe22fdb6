import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { type RelationType, relationTypes, useNetwork } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { TechnologySelect } from './technology-select.tsx';

const NetworkChart = lazy(() => import('./network-chart.tsx'));

export const relationLabels: Record<RelationType, MessageKey> = {
  membership: 'relMembership',
  partnership: 'relPartnership',
  'supplier-customer': 'relSupplierCustomer',
  'joint-research': 'relJointResearch',
  investment: 'relInvestment',
};

export function NetworkPage() {
  const { t, pick } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const types = (params.get('type') ?? '').split(',').filter(Boolean) as RelationType[];
  const technology = params.get('technology') ?? '';
  const network = useNetwork({ type: types.join(',') || undefined, technology: technology || undefined });
  const go = (next: { type?: string[]; technology?: string }) => {
    const q = new URLSearchParams();
    const ty = next.type ?? types;
    const te = next.technology ?? technology;
    if (ty.length) q.set('type', ty.join(','));
    if (te) q.set('technology', te);
    navigate(`${location}${q.size ? `?${q}` : ''}`);
  };
  const names = useMemo(
    () => new Map((network.data?.nodes ?? []).map((n) => [n.id, pick(n.name)])),
    [network.data, pick],
  );
  const name = useCallback((id: string) => names.get(id) ?? id, [names]);
  const typeLabel = useCallback((type: RelationType) => t(relationLabels[type]), [t]);
  const open = useCallback((id: string) => navigate(`/organizations/${id}`), [navigate]);
  return (
    <>
      <PageHeader title={t('imapNetwork')} intro={t('imapNetworkIntro')} />
      <IndustryMapTabs />
      <div className="filters map-filters">
        <fieldset className="checkbox-group">
          <legend>{t('imapRelationTypes')}</legend>
          {relationTypes.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={types.length === 0 || types.includes(type)}
                onChange={(e) => {
                  const current = types.length ? types : relationTypes;
                  const next = e.target.checked ? [...current, type] : current.filter((x) => x !== type);
                  go({ type: next.length === relationTypes.length ? [] : next });
                }}
              />
              {t(relationLabels[type])}
            </label>
          ))}
        </fieldset>
        <TechnologySelect
          label={t('filterTechnology')}
          value={technology}
          onChange={(code) => go({ technology: code })}
        />
      </div>
      {network.isPending && <LoadingMessage />}
      {network.isError && <ErrorMessage error={network.error} />}
      {network.data && (
        <>
          <p>
            {t('imapNetworkSummary', { nodes: network.data.nodes.length, links: network.data.links.length })}
            {network.data.truncated && ` ${t('imapNetworkTruncated', { total: network.data.total })}`}
          </p>
          {network.data.links.length > 0 ? (
            <Suspense fallback={<LoadingMessage />}>
              <NetworkChart network={network.data} name={name} typeLabel={typeLabel} onOpen={open} />
            </Suspense>
          ) : (
            <p className="empty">{t('imapNoLinks')}</p>
          )}
          <details className="link-table">
            <summary>{t('imapLinkList')}</summary>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('imapFrom')}</th>
                  <th scope="col">{t('imapTo')}</th>
                  <th scope="col">{t('imapRelationType')}</th>
                  <th scope="col">{t('imapSince')}</th>
                  <th scope="col">{t('profileSources')}</th>
                </tr>
              </thead>
              <tbody>
                {network.data.links.map((l) => (
                  <tr key={`${l.from}|${l.to}|${l.type}`}>
                    <td>
                      <a href={`/organizations/${l.from}`}>{name(l.from)}</a>
                    </td>
                    <td>
                      <a href={`/organizations/${l.to}`}>{name(l.to)}</a>
                    </td>
                    <td>{typeLabel(l.type)}</td>
                    <td>{l.since ?? t('none')}</td>
                    <td>
                      {l.source ? (
                        <a href={l.source.url} rel="noreferrer" target="_blank" title={l.source.note}>
                          {new URL(l.source.url).hostname}
                        </a>
                      ) : l.origin === 'membership' ? (
                        t('imapFromMemberships')
                      ) : (
                        t('none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </>
  );
}
