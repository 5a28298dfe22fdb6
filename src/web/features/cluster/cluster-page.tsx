import { type FormEvent, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { japaneseRegions, regionScopes } from '../../../core/industry-map/regions.ts';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type DashboardFilter, useClusters, useDashboard, useSetPhase } from './cluster-api.ts';
import { IndicatorCard } from './indicator-card.tsx';
import { MilestoneForms } from './milestone-forms.tsx';
import { PlanSections } from './plan-sections.tsx';

export const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const regionOptions = [{ key: 'tohoku', label: regionScopes.tohoku }, ...japaneseRegions];

export function useFilter(): DashboardFilter {
  const search = useSearch();
  return useMemo(() => {
    const q = new URLSearchParams(search);
    const f: DashboardFilter = {};
    for (const k of ['asOf', 'region', 'from', 'to'] as const) if (q.get(k)) f[k] = q.get(k)!;
    return f;
  }, [search]);
}

/** Coordinators and support agencies read the figures (the server says so too). */
export function ReadersOnly({ children }: { children: React.ReactNode }) {
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin' && user?.role !== 'agency') return <AccessNotice signedIn={user !== null} />;
  return <>{children}</>;
}

/** The cluster chooser. */
export function ClustersPage() {
  const { t, pick } = useI18n();
  const clusters = useClusters();
  return (
    <>
      <PageHeader
        title={t('cluTitle')}
        intro={t('cluIntro')}
        actions={
          <Link className="button button-secondary" href="/clusters/compare">
            {t('cluCompare')}
          </Link>
        }
      />
      {clusters.isPending && <LoadingMessage />}
      {clusters.isError && <ErrorMessage error={clusters.error} />}
      <ul className="clu-list">
        {clusters.data?.items.map((c) => (
          <li key={c.key} className="card">
            <h2>
              <Link href={`/clusters/${c.key}`}>{pick(c.name)}</Link>
            </h2>
            <p className="muted">
              {c.currentPhase === null
                ? t('cluNoPhase')
                : t('cluPhaseOf', { phase: c.currentPhase, count: c.phases })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ClusterPage({ cluster }: { cluster: string }) {
  return (
    <ReadersOnly>
      <Dashboard cluster={cluster} />
    </ReadersOnly>
  );
}

function Dashboard({ cluster }: { cluster: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const filter = useFilter();
  const [, navigate] = useLocation();
  const board = useDashboard(cluster, filter);
  if (board.isPending) return <LoadingMessage />;
  if (board.isError) return <ErrorMessage error={board.error} />;
  const b = board.data;
  const admin = user?.role === 'admin';
  const setFilter = (next: DashboardFilter) => {
    const q = new URLSearchParams(
      Object.entries({ ...filter, ...next }).filter(([, v]) => v) as [string, string][],
    );
    navigate(`/clusters/${cluster}${q.size ? `?${q}` : ''}`);
  };
  const year = Number((filter.asOf ?? today()).slice(0, 4));
  return (
    <>
      <PageHeader
        title={pick(b.cluster.name)}
        intro={t('cluIntro')}
        actions={
          <>
            <Link className="button button-secondary" href="/clusters">
              {t('cluChoose')}
            </Link>
            <Link className="button button-secondary" href="/clusters/compare">
              {t('cluCompare')}
            </Link>
            <Link className="button" href={`/clusters/${cluster}/report?year=${year}`}>
              {t('cluReport')}
            </Link>
          </>
        }
      />
      <form className="card clu-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('cluAsOf')}
          <input
            type="date"
            value={filter.asOf?.slice(0, 10) ?? ''}
            max={today()}
            onChange={(e) => setFilter({ asOf: e.target.value })}
          />
        </label>
        <label>
          {t('cluRegion')}
          <select value={filter.region ?? ''} onChange={(e) => setFilter({ region: e.target.value })}>
            <option value="">{t('cluRegionAll')}</option>
            {regionOptions.map((r) => (
              <option key={r.key} value={r.key}>
                {pick(r.label)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PlanSections plan={b} today={b.asOf.slice(0, 10)} />
      {admin && <PhaseForm cluster={cluster} count={b.phases.length} />}
      {admin && <MilestoneForms cluster={cluster} milestones={b.milestones} />}
      <section>
        <h2>{t('cluIndicators')}</h2>
        <ul className="clu-indicators">
          {b.indicators.map((i) => (
            <IndicatorCard
              key={i.key}
              cluster={cluster}
              indicator={i}
              months={b.months}
              filter={filter}
              phase={b.currentPhase?.phase ?? null}
              admin={admin}
            />
          ))}
        </ul>
        {b.notComputed.length > 0 && (
          <>
            <h3>{t('cluNotComputed')}</h3>
            <ul>
              {b.notComputed.map((n) => (
                <li key={n.key} className="muted">
                  {pick(n.explanation)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

function PhaseForm({ cluster, count }: { cluster: string; count: number }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState(1);
  const [setOn, setSetOn] = useState(today());
  const [note, setNote] = useState('');
  const save = useSetPhase(cluster);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ phase, setOn, note: note ? { ja: note } : {} });
  };
  return (
    <form className="card clu-phase-form no-print" onSubmit={submit}>
      <h2>{t('cluSetPhase')}</h2>
      <label>
        {t('cluPhases')}
        <select value={phase} onChange={(e) => setPhase(Number(e.target.value))}>
          {Array.from({ length: Math.max(count, 1) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('cluDate')}
        <input type="date" value={setOn} onChange={(e) => setSetOn(e.target.value)} />
      </label>
      <label>
        {t('cluNote')}
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('cluSetPhase')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && <p className="status">{t('cluSaved')}</p>}
    </form>
  );
}
