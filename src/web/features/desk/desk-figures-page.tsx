import { type FormEvent, lazy, Suspense, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type DeskFigures, type Period, useFigures } from './desk-figures-api.ts';

const DeskBarChart = lazy(() => import('./desk-figures-chart.tsx'));

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const num = (n: number | null) => (n === null ? '–' : String(n));

/** The coordinator's figures for a period (default: the last twelve months), drawn and as tables, and as xlsx. */
export function DeskFiguresPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const [period, setPeriod] = useState<Period>({});
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'admin') return <AccessNotice title={t('deskFiguresTitle')} signedIn={user !== null} />;
  return (
    <>
      <PageHeader
        title={t('deskFiguresTitle')}
        intro={t('deskFiguresIntro')}
        actions={
          <>
            <Link className="button secondary" href="/desk/search">
              {t('deskSearchLink')}
            </Link>
            <a className="button" href={apiUrl('/desk/figures/export.xlsx', period)} download>
              {t('deskFiguresXlsx')}
            </a>
          </>
        }
      />
      <PeriodForm onChange={setPeriod} />
      <Figures period={period} />
    </>
  );
}

function PeriodForm({ onChange }: { onChange: (p: Period) => void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    onChange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  return (
    <form className="desk-filters" onSubmit={submit}>
      <label>
        {t('deskFiguresFrom')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t('deskFiguresTo')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button type="submit">{t('deskFiguresShow')}</button>
    </form>
  );
}

function Figures({ period }: { period: Period }) {
  const figures = useFigures(period);
  if (figures.isPending) return <LoadingMessage />;
  if (figures.error) return <ErrorMessage error={figures.error} />;
  return (
    <>
      <ByMonth f={figures.data} />
      <Timing f={figures.data} />
      <Overdue f={figures.data} />
      <Referrals f={figures.data} />
      <Satisfaction f={figures.data} />
    </>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="card desk-box" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A table wider than a phone scrolls in its box, which a keyboard must be able to reach. */
function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('tableOf', { name: label })}>
      {children}
    </section>
  );
}

function useTopicName(f: DeskFigures) {
  const { t, pick } = useI18n();
  return useMemo(() => {
    const names = new Map<string, string>(f.topics.map((x) => [x.code, pick(x.label)]));
    return (code: string | null) => (code === null ? t('deskFiguresAll') : (names.get(code) ?? code));
  }, [f.topics, pick, t]);
}

function ByMonth({ f }: { f: DeskFigures }) {
  const { t } = useI18n();
  const topicName = useTopicName(f);
  const series = useMemo(() => {
    const count = new Map(f.byMonth.map((m) => [`${m.month}|${m.topic}`, m.count]));
    return f.topics
      .map((x) => ({
        name: topicName(x.code),
        stack: 'all',
        values: f.period.months.map((m) => count.get(`${m}|${x.code}`) ?? 0),
      }))
      .filter((s) => s.values.some((v) => v > 0));
  }, [f, topicName]);
  return (
    <Section title={t('deskFiguresByMonth')}>
      {series.length === 0 ? (
        <p>{t('deskFiguresNone')}</p>
      ) : (
        <Suspense fallback={<LoadingMessage />}>
          <DeskBarChart label={t('deskFiguresByMonth')} categories={f.period.months} series={series} />
        </Suspense>
      )}
    </Section>
  );
}

function Timing({ f }: { f: DeskFigures }) {
  const { t } = useI18n();
  const topicName = useTopicName(f);
  const rows = f.timing.filter((x) => x.received > 0);
  const series = useMemo(
    () => [
      { name: t('deskFiguresFirstAnswer'), values: rows.map((x) => x.firstAnswer.onTargetShare ?? 0) },
      { name: t('deskFiguresClose'), values: rows.map((x) => x.close.onTargetShare ?? 0) },
    ],
    [rows, t],
  );
  const categories = useMemo(() => rows.map((x) => topicName(x.topic)), [rows, topicName]);
  return (
    <Section title={t('deskFiguresTiming')}>
      <p className="muted">{t('deskFiguresTimingHint')}</p>
      {rows.length === 0 || rows[0]!.received === 0 ? (
        <p>{t('deskFiguresNone')}</p>
      ) : (
        <>
          <Suspense fallback={<LoadingMessage />}>
            <DeskBarChart
              label={t('deskFiguresTiming')}
              categories={categories}
              series={series}
              percent
              horizontal
            />
          </Suspense>
          <ScrollTable label={t('deskFiguresTiming')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('deskFiguresTopic')}</th>
                  <th scope="col">{t('deskFiguresReceived')}</th>
                  <th scope="col">
                    {t('deskFiguresFirstAnswer')}: {t('deskFiguresMedian')} / {t('deskFiguresTarget')}
                  </th>
                  <th scope="col">{t('deskFiguresOnTarget')}</th>
                  <th scope="col">
                    {t('deskFiguresClose')}: {t('deskFiguresMedian')} / {t('deskFiguresTarget')}
                  </th>
                  <th scope="col">{t('deskFiguresOnTarget')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((x) => (
                  <tr key={x.topic ?? 'all'}>
                    <th scope="row">{topicName(x.topic)}</th>
                    <td>{x.received}</td>
                    <td>
                      {num(x.firstAnswer.medianDays)} / {num(x.targetDays.firstAnswer)}
                    </td>
                    <td>{percent(x.firstAnswer.onTargetShare)}</td>
                    <td>
                      {num(x.close.medianDays)} / {num(x.targetDays.close)}
                    </td>
                    <td>{percent(x.close.onTargetShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </Section>
  );
}

function Overdue({ f }: { f: DeskFigures }) {
  const { t } = useI18n();
  const topicName = useTopicName(f);
  const rows = f.overdue.byTopic;
  const series = useMemo(
    () => [
      { name: t('deskFiguresFirstAnswer'), values: rows.map((o) => o.firstAnswer) },
      { name: t('deskFiguresClose'), values: rows.map((o) => o.close) },
    ],
    [rows, t],
  );
  const categories = useMemo(() => rows.map((o) => topicName(o.topic)), [rows, topicName]);
  const title = t('deskFiguresOverdue', { day: f.overdue.asOf });
  return (
    <Section title={title}>
      <p>
        <Link href="/desk?overdue=true">
          {t('deskFiguresFirstAnswer')} {f.overdue.firstAnswer} · {t('deskFiguresClose')} {f.overdue.close} ·{' '}
          {t('deskFiguresOpen')} {f.overdue.open}
        </Link>
      </p>
      {rows.length > 0 && (
        <Suspense fallback={<LoadingMessage />}>
          <DeskBarChart label={title} categories={categories} series={series} horizontal />
        </Suspense>
      )}
    </Section>
  );
}

function Referrals({ f }: { f: DeskFigures }) {
  const { t, pick } = useI18n();
  const rows = f.referrals;
  const series = useMemo(
    () => [
      { name: t('deskFiguresAccepted'), stack: 'r', values: rows.map((r) => r.accepted) },
      { name: t('deskFiguresReturned'), stack: 'r', values: rows.map((r) => r.returned) },
      { name: t('deskFiguresPending'), stack: 'r', values: rows.map((r) => r.pending) },
    ],
    [rows, t],
  );
  const categories = useMemo(() => rows.map((r) => pick(r.partner.name)), [rows, pick]);
  return (
    <Section title={t('deskFiguresReferrals')}>
      {rows.length === 0 ? (
        <p>{t('deskFiguresNone')}</p>
      ) : (
        <>
          <Suspense fallback={<LoadingMessage />}>
            <DeskBarChart
              label={t('deskFiguresReferrals')}
              categories={categories}
              series={series}
              horizontal
            />
          </Suspense>
          <ScrollTable label={t('deskFiguresReferrals')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('deskFiguresPartner')}</th>
                  <th scope="col">{t('deskFiguresAccepted')}</th>
                  <th scope="col">{t('deskFiguresReturned')}</th>
                  <th scope="col">{t('deskFiguresPending')}</th>
                  <th scope="col">{t('deskFiguresAcceptance')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.partner.id}>
                    <th scope="row">{pick(r.partner.name)}</th>
                    <td>{r.accepted}</td>
                    <td>{r.returned}</td>
                    <td>{r.pending}</td>
                    <td>{percent(r.acceptance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </Section>
  );
}

const scoreLabels = [
  'deskFiguresScore1',
  'deskFiguresScore2',
  'deskFiguresScore3',
  'deskFiguresScore4',
  'deskFiguresScore5',
] as const;

/** The aftercare question's answers for the cases closed in the period, as bars from very satisfied down. */
function Satisfaction({ f }: { f: DeskFigures }) {
  const { t } = useI18n();
  const s = f.satisfaction;
  const categories = useMemo(() => s.byScore.map((b) => t(scoreLabels[b.score - 1]!)), [s, t]);
  const series = useMemo(
    () => [{ name: t('deskFiguresAnswers'), values: s.byScore.map((b) => b.count) }],
    [s, t],
  );
  return (
    <Section title={t('deskFiguresSatisfaction')}>
      <p>
        {t('deskFiguresSatisfactionSummary', { asked: s.asked, answered: s.answered, mean: num(s.mean) })}
      </p>
      {s.available ? (
        <Suspense fallback={<LoadingMessage />}>
          <DeskBarChart
            label={t('deskFiguresSatisfaction')}
            categories={categories}
            series={series}
            horizontal
          />
        </Suspense>
      ) : (
        <p className="muted">{t('deskFiguresSatisfactionLater')}</p>
      )}
    </Section>
  );
}
