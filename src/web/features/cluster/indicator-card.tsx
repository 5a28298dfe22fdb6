import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { LoadingMessage } from '../../components/status-message.tsx';
import { useDeskTopics } from '../../lib/desk-topics.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type DashboardFilter, type Indicator, type TargetsInput, useSetTargets } from './cluster-api.ts';
import { needsDeskTopics, partLabel } from './part-label.ts';

const IndicatorChart = lazy(() => import('./indicator-chart.tsx'));

export const statusKey = (s: Indicator['status']) =>
  `cluStatus_${s.replaceAll('-', '_')}` as
    | 'cluStatus_on_track'
    | 'cluStatus_behind'
    | 'cluStatus_no_target'
    | 'cluStatus_no_data';

/** The registry's English units are plurals; a count of one takes the singular ("1 person"). Japanese counters do not change. */
const englishSingular: Record<string, string> = {
  codes: 'code',
  companies: 'company',
  days: 'day',
  events: 'event',
  facilities: 'facility',
  openings: 'opening',
  organisations: 'organisation',
  people: 'person',
  records: 'record',
  sites: 'site',
  tenants: 'tenant',
};

export const formatValue = (v: number | null, unit: string) =>
  v === null ? '—' : `${v.toLocaleString()} ${v === 1 ? (englishSingular[unit] ?? unit) : unit}`;

export function recordsHref(cluster: string, indicator: string, f: DashboardFilter & { month?: string }) {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  return `/clusters/${cluster}/indicators/${indicator}${q.size ? `?${q}` : ''}`;
}

/** One indicator: its figure, target and status, the monthly chart, and a way to the records behind it. */
export function IndicatorCard({
  cluster,
  indicator: i,
  months,
  filter,
  phase,
  admin,
}: {
  cluster: string;
  indicator: Indicator;
  months: string[];
  filter: DashboardFilter;
  phase: number | null;
  admin: boolean;
}) {
  const { t, pick } = useI18n();
  const [, navigate] = useLocation();
  const onMonth = useCallback(
    (month: string) => navigate(recordsHref(cluster, i.key, { ...filter, month })),
    [navigate, cluster, i.key, filter],
  );
  const flow = i.aggregation === 'flow';
  const breakdown = i.breakdown?.length ? i.breakdown : null;
  const topics = useDeskTopics(breakdown !== null && needsDeskTopics(i.key));
  return (
    <li className="card clu-indicator" data-testid={`indicator-${i.key}`} data-status={i.status}>
      <h3>
        <Link href={recordsHref(cluster, i.key, filter)}>{pick(i.label)}</Link>
      </h3>
      <p className="clu-figure">
        <strong>{formatValue(i.value, pick(i.unit))}</strong>
        {flow && <span className="muted"> ({t('cluLast12')})</span>}{' '}
        <span className={`badge clu-status clu-${i.status}`}>{t(statusKey(i.status))}</span>
      </p>
      {i.target !== null && (
        <p className="muted">
          {t('cluTarget')}: {formatValue(i.target, pick(i.unit))}
        </p>
      )}
      <Suspense fallback={<LoadingMessage />}>
        <IndicatorChart
          months={months}
          series={i.series}
          target={flow ? null : i.target}
          kind={flow ? 'bar' : 'line'}
          label={t('cluChartLabel', { name: pick(i.label) })}
          onMonth={onMonth}
        />
      </Suspense>
      {breakdown && (
        <p className="muted clu-breakdown">
          {t('cluBreakdown')}:{' '}
          {breakdown
            .map((b) => `${partLabel(i.key, b.part, { t, pick, topics: topics.data?.items })} ${b.n}`)
            .join(' · ')}
        </p>
      )}
      <details>
        <summary>
          {t('cluModule')}: {i.module}
        </summary>
        <p className="muted">{pick(i.explanation)}</p>
      </details>
      {admin && phase !== null && (
        <TargetForm cluster={cluster} indicator={i.key} phase={phase} current={i.target} />
      )}
    </li>
  );
}

function TargetForm({
  cluster,
  indicator,
  phase,
  current,
}: {
  cluster: string;
  indicator: string;
  phase: number;
  current: number | null;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(current === null ? '' : String(current));
  const save = useSetTargets(cluster);
  return (
    <form
      className="clu-target-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          targets: [
            {
              indicator: indicator as TargetsInput['targets'][number]['indicator'],
              phase,
              target: value === '' ? null : Number(value),
            },
          ],
        });
      }}
    >
      <label>
        {t('cluSetTarget')} ({t('cluPhaseN', { phase })})
        <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="button button-secondary" disabled={save.isPending}>
        {t('cluSetTarget')}
      </button>
    </form>
  );
}
