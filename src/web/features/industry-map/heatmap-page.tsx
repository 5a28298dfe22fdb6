import { Fragment, useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useVocabulary } from '../../lib/vocabulary.ts';
import { ClusterField } from './cluster-field.tsx';
import { type Heatmap, useHeatmap } from './industry-map-api.ts';
import { IndustryMapTabs } from './industry-map-tabs.tsx';
import { OrganizationDrillDown } from './organization-drill-down.tsx';

type Cell = { code: string; region: string; label: string };

/** Background for a count: a square-root scale, so a few organisations still show against the largest cell. */
function heat(n: number, max: number) {
  if (n === 0 || max === 0) return undefined;
  const a = 0.12 + 0.88 * Math.sqrt(n / max);
  return { background: `rgba(19, 94, 138, ${a.toFixed(2)})`, color: a > 0.55 ? '#fff' : 'var(--c-text)' };
}

function useFilters() {
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const filters = {
    cluster: search.get('cluster') ?? 'fusion',
    kind: search.get('kind') ?? '',
    membership: search.get('membership') ?? '',
  };
  const set = (name: keyof typeof filters, value: string) => {
    const next = new URLSearchParams({ ...filters, [name]: value });
    for (const [k, v] of [...next]) if (!v) next.delete(k);
    navigate(`${location}?${next}`);
  };
  return { filters, set };
}

function HeatmapFilters({ filters, set }: ReturnType<typeof useFilters>) {
  const { t, lang, pick } = useI18n();
  const vocabulary = useVocabulary().data;
  const ids = { kind: useId(), membership: useId() };
  return (
    <div className="filters map-filters">
      <ClusterField value={filters.cluster} onChange={(cluster) => set('cluster', cluster)} />
      <div className="field">
        <label htmlFor={ids.kind}>{t('filterKind')}</label>
        <select id={ids.kind} value={filters.kind} onChange={(e) => set('kind', e.target.value)}>
          <option value="">{t('any')}</option>
          {vocabulary?.kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {k.label[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.membership}>{t('filterMembership')}</label>
        <select
          id={ids.membership}
          value={filters.membership}
          onChange={(e) => set('membership', e.target.value)}
        >
          <option value="">{t('any')}</option>
          {vocabulary?.memberships.map((m) => (
            <option key={m.key} value={m.key}>
              {pick(m.name)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function HeatmapGrid({ map, onPick }: { map: Heatmap; onPick: (cell: Cell) => void }) {
  const { t, lang, pick } = useI18n();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const parents = map.rows.filter((r) => r.parent === null);
  const groups = (['tohoku', 'japan', 'abroad', 'unspecified'] as const)
    .map((g) => ({ group: g, span: map.regions.filter((r) => r.group === g).length }))
    .filter((g) => g.span > 0);
  const groupLabel = {
    tohoku: t('imapTohoku'),
    japan: t('imapOtherJapan'),
    abroad: t('imapAbroad'),
    unspecified: '',
  };
  const toggle = (code: string) =>
    setOpen((s) => {
      const next = new Set(s);
      next.has(code) ? next.delete(code) : next.add(code);
      return next;
    });
  const row = (r: Heatmap['rows'][number], child: boolean) => (
    <tr key={r.code} className={child ? 'heat-child' : 'heat-parent'}>
      <th scope="row">
        {!child && map.rows.some((c) => c.parent === r.code) ? (
          <button
            type="button"
            className="heat-toggle"
            aria-expanded={open.has(r.code)}
            onClick={() => toggle(r.code)}
          >
            <code>{r.code}</code> {r.label[lang]}
          </button>
        ) : (
          <span className={child ? 'heat-child-label' : undefined}>
            <code>{r.code}</code> {r.label[lang]}
          </span>
        )}
      </th>
      {r.cells.map((n, i) => {
        const region = map.regions[i]!;
        const label = `${r.label[lang]} × ${pick(region.label)}`;
        return (
          <td key={region.key}>
            {n > 0 ? (
              <button
                type="button"
                className="heat-cell"
                style={heat(n, map.max)}
                data-code={r.code}
                data-region={region.key}
                aria-label={`${label}: ${t('organizationsCount', { count: n })}`}
                onClick={() => onPick({ code: r.code, region: region.key, label })}
              >
                {n}
              </button>
            ) : (
              <span className="heat-zero">
                <span aria-hidden="true">·</span>
                <span className="visually-hidden">0</span>
              </span>
            )}
          </td>
        );
      })}
      <td className="heat-total">{r.total}</td>
    </tr>
  );
  return (
    <>
      <div className="heat-actions">
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => setOpen(new Set(parents.map((p) => p.code)))}
        >
          {t('imapExpandAll')}
        </button>
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => setOpen(new Set())}
        >
          {t('imapCollapseAll')}
        </button>
      </div>
      <div className="heat-scroll">
        <table className="heatmap">
          <caption className="visually-hidden">{t('imapHeatmapCaption')}</caption>
          <thead>
            <tr>
              <td />
              {groups.map((g) => (
                <th key={g.group} scope="colgroup" colSpan={g.span} className="heat-group">
                  {groupLabel[g.group]}
                </th>
              ))}
              <td />
            </tr>
            <tr>
              <th scope="col">{t('filterTechnology')}</th>
              {map.regions.map((r) => (
                <th key={r.key} scope="col" className="heat-region" title={`${r.total}`}>
                  <span>{pick(r.label)}</span>
                </th>
              ))}
              <th scope="col">{t('imapTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {parents.map((p) => (
              <Fragment key={p.code}>
                {row(p, false)}
                {open.has(p.code) && map.rows.filter((c) => c.parent === p.code).map((c) => row(c, true))}
              </Fragment>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('imapOrganizationsInRegion')}</th>
              {map.regions.map((r) => (
                <td key={r.key} className="heat-total">
                  {r.total}
                </td>
              ))}
              <td className="heat-total">{map.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

export function HeatmapPage() {
  const { t } = useI18n();
  const { filters, set } = useFilters();
  const heatmap = useHeatmap({
    cluster: filters.cluster,
    kind: filters.kind,
    membership: filters.membership,
  });
  const [cell, setCell] = useState<Cell | null>(null);
  return (
    <>
      <PageHeader title={t('imapTitle')} intro={t('imapHeatmapIntro')} />
      <IndustryMapTabs />
      <HeatmapFilters filters={filters} set={set} />
      {heatmap.isPending && <LoadingMessage />}
      {heatmap.isError && <ErrorMessage error={heatmap.error} />}
      {heatmap.data && (
        <HeatmapGrid
          map={heatmap.data}
          onPick={(c) => {
            setCell(c);
            requestAnimationFrame(() => document.getElementById('drill-down-heading')?.scrollIntoView());
          }}
        />
      )}
      {cell && (
        <OrganizationDrillDown
          title={cell.label}
          query={{ ...filters, technology: cell.code, region: cell.region }}
          onClose={() => setCell(null)}
        />
      )}
    </>
  );
}
