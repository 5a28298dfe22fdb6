import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'wouter';
import { eventKinds } from '../../../core/events/vocabulary.ts';
import { AdminGate } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { type EventFigures, useEventFigures } from './events-api.ts';

const EventFiguresChart = lazy(() => import('./event-figures-chart.tsx'));

/** The coordinator's figures: events per month by kind, registrations, attendance rate, companies reached. */
export function EventFiguresPage() {
  const { t } = useI18n();
  return (
    <AdminGate title={t('eventsFiguresTitle')}>
      <PageHeader
        title={t('eventsFiguresTitle')}
        actions={
          <Link className="button button-secondary" href="/events">
            {t('eventsBack')}
          </Link>
        }
      />
      <Figures />
    </AdminGate>
  );
}

function Figures() {
  const { t } = useI18n();
  const figures = useEventFigures();
  if (figures.isPending) return <LoadingMessage />;
  if (figures.isError) return <ErrorMessage error={figures.error} />;
  const f = figures.data;
  const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);
  return (
    <>
      <p className="muted">{t('eventsFiguresRange', { from: f.from, to: f.to })}</p>
      <dl className="event-figures-totals" data-testid="event-figures-totals">
        <dt>{t('eventsFiguresEvents')}</dt>
        <dd>{f.totals.events}</dd>
        <dt>{t('eventsFiguresRegistrations')}</dt>
        <dd>{f.totals.registrations}</dd>
        <dt>{t('eventsFiguresAttendance')}</dt>
        <dd>{pct(f.totals.attendanceRate)}</dd>
        <dt>{t('eventsFiguresCompanies')}</dt>
        <dd>{f.totals.companies}</dd>
      </dl>
      <Charts figures={f} />
    </>
  );
}

function Charts({ figures: f }: { figures: EventFigures }) {
  const { t } = useI18n();
  const months = useMemo(() => f.months.map((m) => m.month), [f]);
  const charts = useMemo(
    () => ({
      kinds: eventKinds
        .filter((k) => f.months.some((m) => m.events[k]))
        .map((k) => ({ name: t(`eventsKind_${k}`), values: f.months.map((m) => m.events[k] ?? 0) })),
      registrations: [
        { name: t('eventsFiguresRegistrations'), values: f.months.map((m) => m.registrations) },
        {
          name: t('eventsFiguresConfirmed'),
          values: f.months.map((m) => m.confirmed),
          type: 'line' as const,
        },
      ],
      attendance: [
        {
          name: t('eventsFiguresAttendance'),
          values: f.months.map((m) =>
            m.attendanceRate === null ? null : Math.round(m.attendanceRate * 1000) / 10,
          ),
          type: 'line' as const,
        },
      ],
      companies: [
        { name: t('eventsFiguresCompanies'), values: f.months.map((m) => m.companies) },
        {
          name: t('eventsFiguresNewCompanies'),
          values: f.months.map((m) => m.newCompanies),
          type: 'line' as const,
        },
        {
          name: t('eventsFiguresNewMembers'),
          values: f.months.map((m) => m.newMembers),
          type: 'line' as const,
        },
      ],
    }),
    [f, t],
  );
  const panel = (id: string, title: string, note: string | null, chart: React.ReactNode) => (
    <section className="card event-figures-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      <Suspense fallback={<LoadingMessage />}>{chart}</Suspense>
    </section>
  );
  return (
    <div className="event-figures">
      {panel(
        'figures-kinds',
        t('eventsFiguresByKind'),
        null,
        <EventFiguresChart label={t('eventsFiguresByKind')} months={months} series={charts.kinds} stacked />,
      )}
      {panel(
        'figures-registrations',
        t('eventsFiguresRegistrations'),
        t('eventsFiguresRegistrationsNote'),
        <EventFiguresChart
          label={t('eventsFiguresRegistrations')}
          months={months}
          series={charts.registrations}
        />,
      )}
      {panel(
        'figures-attendance',
        t('eventsFiguresAttendance'),
        t('eventsFiguresAttendanceNote'),
        <EventFiguresChart
          label={t('eventsFiguresAttendance')}
          months={months}
          series={charts.attendance}
          percent
        />,
      )}
      {panel(
        'figures-companies',
        t('eventsFiguresCompanies'),
        t('eventsFiguresCompaniesNote'),
        <EventFiguresChart label={t('eventsFiguresCompanies')} months={months} series={charts.companies} />,
      )}
    </div>
  );
}
