import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ClusterField } from './cluster-field.tsx';
import { type GapRow, useGaps } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { OrganizationDrillDown } from './organization-drill-down.tsx';

const GapsChart = lazy(() => import('./gaps-chart.tsx'));

const scopes = ['aomori', 'tohoku', 'japan'] as const;
const supplierRoles = 'component-supplier,materials-supplier,services,research';
const chartRows = 15;

type Drill = { title: string; query: Record<string, string | undefined> };

/** A cluster's own region: Aomori (Mutsu-Ogawara) for fusion, Tohoku for seed 002's Tohoku-wide clusters. */
const homeRegion = (cluster: string) => (cluster === 'fusion' ? 'aomori' : 'tohoku');

/** The region and the cluster, kept in the address so a gap list can be shared and reloaded as it is. */
function useFilters() {
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const cluster = search.get('cluster') ?? 'fusion';
  const filters = { region: search.get('region') ?? homeRegion(cluster), cluster };
  const set = (name: keyof typeof filters, value: string) => {
    // Another cluster opens on its own region, unless the coordinator chose one.
    const next =
      name === 'cluster' && !search.has('region') ? { cluster: value } : { ...filters, [name]: value };
    navigate(`${location}?${new URLSearchParams(next)}`);
  };
  return { filters, set };
}

function GapsFilters({ filters, set }: ReturnType<typeof useFilters>) {
  const { t } = useI18n();
  const regionId = useId();
  return (
    <div className="filters map-filters">
      <ClusterField value={filters.cluster} onChange={(cluster) => set('cluster', cluster)} />
      <div className="field">
        <label htmlFor={regionId}>{t('imapLocalRegion')}</label>
        <select id={regionId} value={filters.region} onChange={(e) => set('region', e.target.value)}>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {t(s === 'aomori' ? 'imapAomori' : s === 'tohoku' ? 'imapTohoku' : 'imapJapan')}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Where demand meets no local supplier: the list a coordinator takes to an attraction campaign. */
export function GapsPage() {
  const { t, lang, pick } = useI18n();
  const { filters, set } = useFilters();
  const { region, cluster } = filters;
  const gaps = useGaps({ region, cluster });
  const [drill, setDrill] = useState<Drill | null>(null);
  const inDemand = useMemo(() => (gaps.data?.rows ?? []).filter((r) => r.demand > 0), [gaps.data]);
  const chart = useMemo(() => {
    const top = inDemand.slice(0, chartRows);
    return {
      categories: top.map((r) => `${r.code} ${r.label[lang]}`),
      series: [
        { name: t('imapDemand'), values: top.map((r) => r.demand), color: '#c2410c' },
        { name: t('imapLocalSupply'), values: top.map((r) => r.local), color: '#135e8a' },
        { name: t('imapNationalSupply'), values: top.map((r) => r.national), color: '#94a3b8' },
      ],
    };
  }, [inDemand, lang, t]);
  const regionName = gaps.data ? pick(gaps.data.region.label) : '';
  const figure = (r: GapRow, n: number, what: string, query: Record<string, string>) =>
    n > 0 ? (
      <button
        type="button"
        className="button-link"
        onClick={() => {
          setDrill({
            title: `${r.code} ${r.label[lang]}: ${what}`,
            query: { technology: r.code, cluster, ...query },
          });
          requestAnimationFrame(() => document.getElementById('drill-down-heading')?.scrollIntoView());
        }}
      >
        {n}
      </button>
    ) : (
      n
    );
  return (
    <>
      <PageHeader title={t('imapGaps')} intro={t('imapGapsIntro')} />
      <IndustryMapTabs />
      <GapsFilters filters={filters} set={set} />
      {gaps.isPending && <LoadingMessage />}
      {gaps.isError && <ErrorMessage error={gaps.error} />}
      {gaps.data && (
        <>
          <p>{t('imapGapsSummary', { gaps: inDemand.filter((r) => r.gap).length, region: regionName })}</p>
          {!gaps.data.needsCounted && <p className="muted">{t('imapNeedsLater')}</p>}
          {inDemand.length > 0 && (
            <Suspense fallback={<LoadingMessage />}>
              <GapsChart categories={chart.categories} series={chart.series} />
            </Suspense>
          )}
          {inDemand.length === 0 && <p className="muted">{t('imapNoDemand')}</p>}
          {drill && drill.query.cluster === cluster && (
            <OrganizationDrillDown title={drill.title} query={drill.query} onClose={() => setDrill(null)} />
          )}
          {/* Wider than a phone: the table scrolls in its own box, the page does not. */}
          <div className="table-scroll">
            <table className="data-table gaps-table">
              <thead>
                <tr>
                  <th scope="col">{t('filterTechnology')}</th>
                  <th scope="col">{t('imapDemand')}</th>
                  <th scope="col">{t('imapSupplyAll')}</th>
                  <th scope="col">{t('imapNationalSupply')}</th>
                  <th scope="col">{t('imapLocalSupplyIn', { region: regionName })}</th>
                </tr>
              </thead>
              <tbody>
                {inDemand.map((r) => (
                  <tr key={r.code} className={r.gap ? 'gap-row' : undefined}>
                    <th scope="row">
                      <code>{r.code}</code> {r.label[lang]}{' '}
                      {r.gap && <span className="badge badge-warn">{t('imapGapBadge')}</span>}
                    </th>
                    <td>{figure(r, r.demand, t('imapDemand'), { role: 'developer,integrator' })}</td>
                    <td>{figure(r, r.supply, t('imapSupplyAll'), { role: supplierRoles })}</td>
                    <td>
                      {figure(r, r.national, t('imapNationalSupply'), {
                        role: supplierRoles,
                        region: 'japan',
                      })}
                    </td>
                    <td>{figure(r, r.local, t('imapLocalSupply'), { role: supplierRoles, region })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
