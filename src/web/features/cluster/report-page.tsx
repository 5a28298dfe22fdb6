import { lazy, Suspense, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { fiscalYearRange } from '../../../core/cluster/series.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useDashboard, useSaveNote } from './cluster-api.ts';
import { ReadersOnly, today } from './cluster-page.tsx';
import { formatValue, statusKey } from './indicator-card.tsx';
import { PlanSections } from './plan-sections.tsx';

const IndicatorChart = lazy(() => import('./indicator-chart.tsx'));

/** The yearly report: the same figures as the dashboard for one fiscal year, with the notes; printable. */
export function ClusterReportPage({ cluster }: { cluster: string }) {
  return (
    <ReadersOnly>
      <Report cluster={cluster} />
    </ReadersOnly>
  );
}

function Report({ cluster }: { cluster: string }) {
  const { t, pick, lang } = useI18n();
  const { user } = useSession();
  const year = Number(new URLSearchParams(useSearch()).get('year')) || Number(today().slice(0, 4)) - 1;
  const range = fiscalYearRange(year, today());
  const board = useDashboard(cluster, range);
  if (board.isPending) return <LoadingMessage />;
  if (board.isError) return <ErrorMessage error={board.error} />;
  const b = board.data;
  const note = b.notes.find((n) => n.year === year);
  return (
    <article className="clu-report">
      <PageHeader
        title={t('cluReportTitle', { name: pick(b.cluster.name), year })}
        intro={`${t('cluAsOf')}: ${range.asOf} · ${range.from} – ${range.to}`}
        actions={
          <>
            <Link className="button button-secondary" href={`/clusters/${cluster}`}>
              {t('cluBack')}
            </Link>
            <a
              className="button button-secondary"
              href={apiUrl(`/clusters/${cluster}/report.xlsx`, { year, lang })}
            >
              {t('cluXlsx')}
            </a>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('cluPrint')}
            </button>
          </>
        }
      />
      <PlanSections plan={b} today={range.asOf} />
      <section className="card">
        <h2>{t('cluIndicators')}</h2>
        <div className="table-scroll">
          <table className="table" data-testid="report-figures">
            <thead>
              <tr>
                <th>{t('cluIndicators')}</th>
                <th>{t('cluValue')}</th>
                <th>{t('cluTarget')}</th>
                <th>
                  {t('cluStatus_on_track')}/{t('cluStatus_behind')}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.indicators.map((i) => (
                <tr key={i.key}>
                  <td>{pick(i.label)}</td>
                  <td>{formatValue(i.value, pick(i.unit))}</td>
                  <td>{i.target === null ? '—' : formatValue(i.target, pick(i.unit))}</td>
                  <td>{t(statusKey(i.status))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="clu-report-charts">
        {b.indicators.map((i) => (
          <figure key={i.key} className="card clu-report-chart">
            <figcaption>{pick(i.label)}</figcaption>
            <Suspense fallback={<LoadingMessage />}>
              <IndicatorChart
                months={b.months}
                series={i.series}
                target={i.aggregation === 'flow' ? null : i.target}
                kind={i.aggregation === 'flow' ? 'bar' : 'line'}
                label={t('cluChartLabel', { name: pick(i.label) })}
              />
            </Suspense>
          </figure>
        ))}
      </section>
      <section className="card">
        <h2>
          {t('cluNotes')} — {t('cluNoteYear', { year })}
        </h2>
        {note ? <p className="clu-note">{pick(note.body)}</p> : <p className="muted">{t('cluNoNote')}</p>}
        {user?.role === 'admin' && (
          <NoteForm cluster={cluster} year={year} current={note} key={note?.version ?? 0} />
        )}
      </section>
    </article>
  );
}

function NoteForm({
  cluster,
  year,
  current,
}: {
  cluster: string;
  year: number;
  current?: { body: { ja?: string; en?: string }; version: number };
}) {
  const { t } = useI18n();
  const [ja, setJa] = useState(current?.body.ja ?? '');
  const [en, setEn] = useState(current?.body.en ?? '');
  const save = useSaveNote(cluster);
  return (
    <form
      className="no-print clu-note-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          year,
          body: { ...(ja ? { ja } : {}), ...(en ? { en } : {}) },
          version: current?.version,
        });
      }}
    >
      <label>
        {t('cluNote')} (日本語)
        <textarea value={ja} onChange={(e) => setJa(e.target.value)} rows={3} />
      </label>
      <label>
        {t('cluNote')} (English)
        <textarea value={en} onChange={(e) => setEn(e.target.value)} rows={3} />
      </label>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('cluSaveNote')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
