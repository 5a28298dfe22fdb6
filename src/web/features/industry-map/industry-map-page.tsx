import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { placeLine } from '../../../core/directory/places.ts';
import { siteKinds } from '../../../core/siting/vocabulary.ts';
import type { MapPoint } from '../../components/map/map-types.ts';
import { PointMap, preloadMap } from '../../components/map/point-map.tsx';
import { OrganizationFilters } from '../../components/organization-filters.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import type { LocalizedText } from '../../lib/api-types.ts';
import { pickLang, useI18n } from '../../lib/i18n.tsx';
import {
  type FilterName,
  filterNames,
  formatSearch,
  type OrganizationSearch,
  parseSearch,
} from '../../lib/organization-search.ts';
import { type Site, useSites } from '../../lib/sites.ts';
import { labelMap, useVocabulary } from '../../lib/vocabulary.ts';
import { type OrganizationPoint, useOrganizationIdByKey, useOrganizationPoints } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { noRole, noRoleColor, primaryRole, roleColor } from './role-colors.ts';

/** The cluster's home region first; "Show all" on the map widens to every organisation. */
const japanView = { lng: 137.5, lat: 37.8, zoom: 4.2 };

// Candidate sites share the map with the organisations: the group names them (drawn as diamonds, app.css).
const siteGroup = 'site';
const siteColor = '#1f2937';
const sitePrefix = 'site:';

export function IndustryMapPage() {
  const { t, lang, pick } = useI18n();
  const searchString = useSearch();
  const [location, navigate] = useLocation();
  // The map shows filters only; a keyword from a shared directory link still applies.
  const search = parseSearch(searchString);
  const filtered = filterNames.some((n) => search[n]) || search.q !== '';
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Sites show on the whole map; once organisations are filtered (and the map fits them), only when asked.
  const [sitesChoice, setSitesChoice] = useState<boolean | null>(null);
  const showSites = sitesChoice ?? !filtered;

  const result = useOrganizationPoints(search);
  // The map's script comes while the points do.
  useEffect(preloadMap, []);
  const sites = useSites().data?.items;
  const vocabulary = useVocabulary().data;
  const kinds = labelMap(vocabulary?.kinds);
  const roles = labelMap(vocabulary?.roles);
  const items = result.data?.items;

  const points = useMemo<MapPoint[]>(
    () => [
      ...(items ?? []).map((o) => {
        const role = primaryRole(o.roles);
        return {
          id: o.key,
          lat: o.lat,
          lng: o.lng,
          label: pick(o.name),
          color: roleColor(role),
          group: role,
        };
      }),
      ...(showSites ? (sites ?? []) : []).map((s) => ({
        id: `${sitePrefix}${s.id}`,
        lat: s.location.lat,
        lng: s.location.lng,
        label: pick(s.name),
        color: siteColor,
        group: siteGroup,
      })),
    ],
    [items, sites, showSites, pick],
  );
  const selected = items?.find((o) => o.key === selectedId) ?? null;
  const selectedSite = selectedId?.startsWith(sitePrefix)
    ? sites?.find((s) => `${sitePrefix}${s.id}` === selectedId)
    : undefined;
  const card = useRef<HTMLElement>(null);
  // On a phone the card sits under the map: bring it up when a marker is chosen.
  useEffect(() => {
    if (selectedId && window.matchMedia('(max-width: 900px)').matches)
      card.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [selectedId]);

  const go = (next: OrganizationSearch) => navigate(`${location}${formatSearch({ ...next, offset: 0 })}`);
  const onFilter = (name: FilterName, value: string) => {
    // A technology of another cluster would match nothing once the cluster changes.
    const extra = name === 'cluster' ? { technology: '' } : {};
    go({ ...search, ...extra, [name]: value });
  };

  // Roles present in the results, in the vocabulary's order, then "no role".
  const present = new Set(points.map((p) => p.group));
  const legendEntries = [
    ...(vocabulary?.roles ?? []).map((r) => ({
      code: r.code,
      label: r.label[lang],
      color: roleColor(r.code),
    })),
    { code: noRole, label: t('mapRoleNone'), color: noRoleColor },
    { code: siteGroup, label: t('mapSiteLegend'), color: siteColor },
  ].filter((e) => present.has(e.code));

  const legend = legendEntries.length > 0 && (
    <>
      <h2 className="map-legend-title">{t('mapLegend')}</h2>
      <ul>
        {legendEntries.map((e) => (
          <li key={e.code}>
            <span
              className="map-swatch"
              data-group={e.code}
              style={{ background: e.color }}
              aria-hidden="true"
            />
            {e.label}
          </li>
        ))}
      </ul>
    </>
  );

  return (
    <>
      <PageHeader title={t('industryMapTitle')} intro={t('industryMapIntro')} />
      <IndustryMapTabs />
      <search className="search-panel">
        <details
          className="filters-panel"
          open={!window.matchMedia('(max-width: 800px)').matches || filtered}
        >
          <summary>{t('filters')}</summary>
          <OrganizationFilters search={search} onChange={onFilter} />
          <button type="button" className="button button-link" onClick={() => navigate(location)}>
            {t('clearFilters')}
          </button>
        </details>
      </search>
      <section aria-labelledby="map-results-heading" className="results" aria-busy={result.isFetching}>
        <div className="results-bar">
          <h2 id="map-results-heading">
            {t('results')}{' '}
            {result.data && (
              <span className="results-total">{t('mapPlacedCount', { total: result.data.total })}</span>
            )}
          </h2>
          <div className="results-actions">
            {sites && sites.length > 0 && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showSites}
                  onChange={(e) => setSitesChoice(e.target.checked)}
                />
                {t('mapShowSites', { count: sites.length })}
              </label>
            )}
            <Link className="button button-secondary button-small" href={`/directory${formatSearch(search)}`}>
              {t('mapShowInDirectory')}
            </Link>
          </div>
        </div>
        {result.isPending && <LoadingMessage />}
        {result.isError && <ErrorMessage error={result.error} />}
        {result.data && (
          <>
            {result.data.total === 0 && <p className="empty">{t('noResults')}</p>}
            <div className="industry-map-layout">
              <PointMap
                points={points}
                label={t('industryMapTitle')}
                onSelect={setSelectedId}
                selectedId={selectedId}
                fitToPoints={filtered}
                initialView={japanView}
                legend={legend}
              />
              {selectedSite ? (
                <SiteCard ref={card} site={selectedSite} />
              ) : (
                <SelectedCard ref={card} organization={selected} kinds={kinds} roles={roles} />
              )}
            </div>
            {result.data.unplaced > 0 && (
              <p className="muted">{t('mapUnplaced', { count: result.data.unplaced })}</p>
            )}
          </>
        )}
      </section>
    </>
  );
}

/** What was picked on the map, with the way to its profile. */
function SelectedCard({
  ref,
  organization: o,
  kinds,
  roles,
}: {
  ref: React.Ref<HTMLElement>;
  organization: OrganizationPoint | null;
  kinds: Map<string, LocalizedText>;
  roles: Map<string, LocalizedText>;
}) {
  const { t, lang, pick } = useI18n();
  // The points carry keys; the profile's address needs the id, asked for the one organisation chosen.
  const id = useOrganizationIdByKey(o?.key).data;
  return (
    // Announced politely when a marker is chosen, so a screen-reader user hears what was picked.
    <aside ref={ref} className="card map-card" aria-labelledby="map-card-heading" aria-live="polite">
      <h2 id="map-card-heading" className="map-card-title">
        {t('mapSelected')}
      </h2>
      {o ? (
        <>
          <h3 lang={pickLang(o.name, lang)}>{pick(o.name)}</h3>
          <p className="result-meta">
            <span>{kinds.get(o.kind)?.[lang] ?? o.kind}</span>
          </p>
          {o.roles.length > 0 && (
            <ul className="tags">
              {o.roles.map((r) => (
                <li key={r} className="tag">
                  <span className="map-swatch" style={{ background: roleColor(r) }} aria-hidden="true" />
                  {roles.get(r)?.[lang] ?? r}
                </li>
              ))}
            </ul>
          )}
          {id && (
            <p>
              <Link className="button button-small" href={`/organizations/${id}`}>
                {t('mapOpenProfile')}
              </Link>
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('mapSelectHint')}</p>
      )}
    </aside>
  );
}

/** A candidate site picked on the map: what and where it is, and the way to weigh it in the siting workbench. */
function SiteCard({ ref, site }: { ref: React.Ref<HTMLElement>; site: Site }) {
  const { t, lang, pick } = useI18n();
  const kind = siteKinds[site.kind as keyof typeof siteKinds];
  const place = placeLine(site.location, lang);
  return (
    <aside ref={ref} className="card map-card" aria-labelledby="map-card-heading" aria-live="polite">
      <h2 id="map-card-heading" className="map-card-title">
        {t('mapSelectedSite')}
      </h2>
      <h3 lang={pickLang(site.name, lang)}>{pick(site.name)}</h3>
      <p className="result-meta">
        <span>{kind?.[lang] ?? site.kind}</span>
        {place && <span>{place}</span>}
      </p>
      {pick(site.description) && <p lang={pickLang(site.description, lang)}>{pick(site.description)}</p>}
      <p>
        <Link className="button button-small" href="/siting">
          {t('mapOpenSiting')}
        </Link>
      </p>
    </aside>
  );
}
