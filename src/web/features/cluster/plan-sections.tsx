import { lazy, Suspense, useMemo } from 'react';
import { LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { ClusterPlan } from './cluster-api.ts';

const PhaseTimeline = lazy(() => import('./phase-timeline.tsx'));

const sourceText = (s: { url?: string; seed?: string; asOf: string } | null) =>
  s ? `${s.url ?? ''}${s.url && s.seed ? ' · ' : ''}${s.seed ? `seed ${s.seed}` : ''} (${s.asOf})` : '';

/** The phase timeline, the phases with the support each calls for, and the milestones: the dashboard's and the report's. */
export function PlanSections({ plan, today }: { plan: ClusterPlan; today: string }) {
  const { t, pick } = useI18n();
  const current = plan.currentPhase?.phase ?? null;
  const phases = useMemo(() => plan.phases.map((p) => pick(p.name)), [plan.phases, pick]);
  const settings = useMemo(() => [...plan.phaseHistory].reverse(), [plan.phaseHistory]);
  const milestones = useMemo(
    () =>
      plan.milestones.map((m) => ({
        title: pick(m.title),
        targetDate: m.targetDate,
        actualDate: m.actualDate,
      })),
    [plan.milestones, pick],
  );
  const names = useMemo(
    () => ({ phase: t('cluPhases'), target: t('cluTarget'), actual: t('cluActual') }),
    [t],
  );
  return (
    <>
      <section className="card clu-plan">
        <h2>{t('cluTimeline')}</h2>
        <p>
          <strong>{t('cluCurrent')}: </strong>
          {current === null
            ? t('cluNoPhase')
            : `${t('cluPhaseOf', { phase: current, count: plan.phases.length })} · ${t('cluSetOn', { date: plan.currentPhase!.setOn })}`}
          {plan.currentPhase && pick(plan.currentPhase.note) && (
            <span className="muted"> — {pick(plan.currentPhase.note)}</span>
          )}
        </p>
        <Suspense fallback={<LoadingMessage />}>
          <PhaseTimeline
            phases={phases}
            settings={settings}
            milestones={milestones}
            today={today}
            names={names}
            label={t('cluTimelineLabel')}
          />
        </Suspense>
        <ol className="clu-phases">
          {plan.phases.map((p) => (
            <li key={p.ordinal} className={p.ordinal === current ? 'clu-phase-current' : undefined}>
              <strong>{pick(p.name)}</strong>
              <p className="muted">
                {t('cluSupport')}: {pick(p.support)}
              </p>
            </li>
          ))}
        </ol>
        {plan.phases[0] && (
          <p className="muted clu-source">
            {t('cluSource')}: {sourceText(plan.phases[0].source)}
          </p>
        )}
      </section>
      <section className="card">
        <h2>{t('cluMilestones')}</h2>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('cluMilestones')}</th>
                <th>{t('cluTarget')}</th>
                <th>{t('cluActual')}</th>
                <th>{t('cluSource')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.milestones.map((m) => (
                <tr key={m.id}>
                  <td>
                    <span className="badge badge-muted">
                      {t(m.scope === 'national' ? 'cluScope_national' : 'cluScope_regional')}
                    </span>{' '}
                    {pick(m.title)}
                  </td>
                  <td className="clu-date">{m.targetDate}</td>
                  <td className="clu-date">{m.actualDate ?? '—'}</td>
                  <td className="muted">{sourceText(m.source)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {plan.context.length > 0 && (
        <section className="card">
          <h2>{t('cluContext')}</h2>
          <ul>
            {plan.context.map((c) => (
              <li key={c.key}>
                {pick(c.label)}:{' '}
                <strong>
                  {c.value.toLocaleString()} {c.unit}
                </strong>{' '}
                <span className="muted">({sourceText(c.source)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
