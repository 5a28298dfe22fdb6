import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { OpeningFacts } from './openings-page.tsx';
import {
  type Application,
  type Candidate,
  type Opening,
  type Stage,
  useApplications,
  useApply,
  useCandidates,
  useConfirmRetention,
  useMoveStage,
  useOpening,
  usePatchOpening,
} from './placement-api.ts';
import { errorsAt, LevelBadge } from './talent-parts.tsx';

const FitChart = lazy(() => import('./fit-chart.tsx'));

/** One colour per signal, the same in the chart and in each person's bars. */
const signalColors = { skills: '#4a78b5', level: '#d9822b', location: '#5a9e6f' } as const;
const signalOrder = ['skills', 'level', 'location'] as const;
/** The chart shows the best-fitting people; the list below has them all. */
const CHART_PEOPLE = 15;

/** The first day of the Japanese fiscal (and school) year we are in: 1 April, in Japan's time. */
function fiscalYearStart(): string {
  const [year, month] = new Date()
    .toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' })
    .split('-')
    .map(Number);
  return `${month! >= 4 ? year : year! - 1}-04-01`;
}

/** An opening: a trainee applies here; its company moves applications on and sees who fits, and why. */
export function OpeningPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const opening = useOpening(id);
  if (opening.isPending) return <LoadingMessage />;
  if (opening.isError)
    return (
      <>
        <PageHeader title={t('openingsTitle')} />
        <ErrorMessage error={opening.error} />
      </>
    );
  const o = opening.data;
  return (
    <>
      <PageHeader
        title={pick(o.title)}
        intro={pick(o.description) || undefined}
        actions={
          <>
            {o.canEdit && (
              <Link className="button button-secondary" href={`/talent/openings/${o.id}/edit`}>
                {t('openingEdit')}
              </Link>
            )}
            <Link href="/talent/openings">{t('openingsBack')}</Link>
          </>
        }
      />
      <p>
        <LevelBadge level={o.level} /> <span className="badge">{t(`openingStatus_${o.status}`)}</span>{' '}
        {o.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
      </p>
      <OpeningFacts opening={o} />
      {o.canEdit && <CloseButton opening={o} />}
      {user?.role === 'person' && o.status === 'open' && <ApplyForm openingId={o.id} />}
      {o.canEdit && <Board openingId={o.id} />}
      {o.canEdit && <Candidates opening={o} />}
    </>
  );
}

function CloseButton({ opening: o }: { opening: Opening }) {
  const { t } = useI18n();
  const patch = usePatchOpening(o.id, o.version);
  return (
    <p>
      <button
        type="button"
        className="button button-secondary"
        disabled={patch.isPending}
        onClick={() => patch.mutate({ status: o.status === 'open' ? 'closed' : 'open' })}
      >
        {o.status === 'open' ? t('openingClose') : t('openingReopen')}
      </button>
      {patch.isError && <ErrorMessage error={patch.error} />}
    </p>
  );
}

function ApplyForm({ openingId }: { openingId: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const apply = useApply(openingId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply.mutate({ message });
  };
  return (
    <section className="card">
      <h2>{t('applyTitle')}</h2>
      <p className="muted">{t('applyWho')}</p>
      {apply.isSuccess ? (
        <p role="status">
          {t('applyDone')} <Link href="/talent/applications">{t('openingsMyApplications')}</Link>
        </p>
      ) : (
        <form className="talent-form" onSubmit={submit} noValidate>
          <label>
            {t('applyMessage')}
            <textarea rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
          </label>
          {apply.isError && <ErrorMessage error={apply.error} />}
          <button type="submit" className="button" disabled={apply.isPending}>
            {t('applySend')}
          </button>
        </form>
      )}
    </section>
  );
}

const stages: Stage[] = ['applied', 'interview', 'offer', 'hired', 'declined'];

/** The applications board: one column per stage; each card moves on or is declined with a reason. */
function Board({ openingId }: { openingId: string }) {
  const { t } = useI18n();
  const list = useApplications(true, openingId);
  if (list.isPending) return <LoadingMessage />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  return (
    <section>
      <h2>{t('placementBoardTitle')}</h2>
      {list.data.items.length === 0 ? (
        <p className="muted">{t('boardNone')}</p>
      ) : (
        <div className="placement-board">
          {stages.map((stage) => (
            <section key={stage} className="placement-column" aria-label={t(`stage_${stage}`)}>
              <h3>{t(`stage_${stage}`)}</h3>
              <ul className="talent-list">
                {list.data.items
                  .filter((a) => a.stage === stage)
                  .map((a) => (
                    <li key={a.id} className="card">
                      <ApplicationCard application={a} />
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

export function ApplicationCard({ application: a }: { application: Application }) {
  const { t, pick } = useI18n();
  const [reason, setReason] = useState('');
  const [startOn, setStartOn] = useState('');
  const move = useMoveStage(a.id);
  const forward = a.nextStages.filter((s) => s !== 'declined');
  return (
    <>
      <p>
        <strong>{a.applicant?.name ?? '—'}</strong>
        {a.viewerIs === 'applicant' && <> · {pick(a.opening.title)}</>}
      </p>
      {a.message && <p className="muted">{a.message}</p>}
      {a.declineReason && (
        <p>
          {t('boardDeclineReason')}: {a.declineReason}
        </p>
      )}
      {a.placement && <Retention application={a} />}
      {forward.includes('hired') && (
        <label>
          {t('boardStartOn')}{' '}
          <input type="date" value={startOn} onChange={(e) => setStartOn(e.target.value)} />
        </label>
      )}
      {forward.map((to) => (
        <button
          key={to}
          type="button"
          className="button"
          disabled={move.isPending}
          onClick={() => move.mutate({ to, ...(to === 'hired' && startOn ? { startOn } : {}) })}
        >
          {t('boardMove', { stage: t(`stage_${to}`) })}
        </button>
      ))}
      {a.nextStages.includes('declined') && (
        <form
          className="placement-decline"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ to: 'declined', reason });
          }}
        >
          <label>
            {t('boardDeclineReason')} <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>{' '}
          <button type="submit" className="button button-secondary" disabled={move.isPending}>
            {t('stage_declined')}
          </button>
          {errorsAt(move.error, 'body.reason').length === 0 && move.isError && (
            <ErrorMessage error={move.error} />
          )}
          {errorsAt(move.error, 'body.reason').map((d) => (
            <p key={d.message} className="field-errors">
              {d.message}
            </p>
          ))}
        </form>
      )}
    </>
  );
}

function Retention({ application: a }: { application: Application }) {
  const { t } = useI18n();
  const p = a.placement!;
  const confirm = useConfirmRetention(p.id);
  // The server decides when a check is due; this only hides the buttons it would refuse (409) before then.
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  const checks = [
    { months: 6 as const, due: p.due6On, outcome: p.retention6 },
    { months: 12 as const, due: p.due12On, outcome: p.retention12 },
  ];
  return (
    <div>
      <p>{t('placementStarted', { date: p.startOn })}</p>
      <ul>
        {checks.map((c) => (
          <li key={c.months}>
            {t('retentionCheck', { months: c.months, date: c.due })}:{' '}
            {c.outcome ? t(`retention_${c.outcome}`) : t('retentionPending')}
            {!c.outcome && a.viewerIs !== 'applicant' && c.due <= today && (
              <>
                {' '}
                {(['retained', 'left'] as const).map((outcome) => (
                  <button
                    key={outcome}
                    type="button"
                    className="button button-secondary"
                    disabled={confirm.isPending}
                    onClick={() => confirm.mutate({ months: c.months, outcome })}
                  >
                    {t(`retention_${outcome}`)}
                  </button>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
      {confirm.isError && <ErrorMessage error={confirm.error} />}
    </div>
  );
}

/** Who fits and why: each signal's share of the fit, the skills matched and missing, how near they live. */
function Candidates({ opening }: { opening: Opening }) {
  const { t } = useI18n();
  const [thisYear, setThisYear] = useState(false);
  const list = useCandidates(opening.id, true, thisYear ? fiscalYearStart() : undefined);
  return (
    <section className="placement-candidates" aria-labelledby="placement-candidates-title">
      <h2 id="placement-candidates-title">{t('candidatesTitle')}</h2>
      <p className="muted">{t('candidatesIntro')}</p>
      <label className="talent-check">
        <input type="checkbox" checked={thisYear} onChange={(e) => setThisYear(e.target.checked)} />{' '}
        {t('candidatesThisYear')}
      </label>
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('candidatesNone')}</p>
      ) : (
        <>
          <WhyChart candidates={list.data.items} />
          <ul className="talent-list">
            {list.data.items.map((c) => (
              <li key={c.userId} className="card">
                <CandidateCard candidate={c} asked={opening.skills} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The best-fitting people side by side, each bar split into the points each signal gave. */
function WhyChart({ candidates }: { candidates: Candidate[] }) {
  const { t } = useI18n();
  const top = useMemo(() => candidates.slice(0, CHART_PEOPLE), [candidates]);
  const people = useMemo(() => top.map((c) => c.name), [top]);
  const series = useMemo(
    () =>
      signalOrder.map((signal) => ({
        name: t(`signal_${signal}`),
        color: signalColors[signal],
        values: top.map((c) => {
          const s = c.signals.find((x) => x.signal === signal);
          return s ? Math.round(s.contribution * 1000) / 10 : 0;
        }),
      })),
    [top, t],
  );
  return (
    <figure className="placement-chart">
      <figcaption>{t('candidatesChart', { count: top.length })}</figcaption>
      <Suspense fallback={<LoadingMessage />}>
        <FitChart people={people} series={series} />
      </Suspense>
    </figure>
  );
}

function CandidateCard({ candidate: c, asked }: { candidate: Candidate; asked: Opening['skills'] }) {
  const { t, pick } = useI18n();
  // Missing skills are the opening's, not the person's: name them from the opening's labels.
  const label = (code: string) => pick([...asked, ...c.skills].find((s) => s.code === code)?.label) || code;
  return (
    <>
      <h3>
        {c.name}{' '}
        <span className="badge">
          {c.graduatedYear === null
            ? t(`candidate_${c.status}`)
            : t('candidateGraduatedIn', { year: c.graduatedYear })}
        </span>{' '}
        {c.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
      </h3>
      <p>
        {t('candidateScore', { score: Math.round(c.score * 100) })}
        {c.level !== null && (
          <>
            {' · '}
            <LevelBadge level={c.level} />
          </>
        )}
      </p>
      <ul className="placement-signals" aria-label={t('candidateWhy')}>
        {c.signals.map((s) => (
          <li key={s.signal}>
            <span className="placement-signal-label">
              {t('signalShare', { signal: t(`signal_${s.signal}`), share: Math.round(s.share * 100) })}
            </span>
            <span className="placement-track" aria-hidden="true">
              <span
                className="placement-share"
                style={{ width: `${Math.round(s.share * 100)}%`, background: signalColors[s.signal] }}
              />
            </span>
          </li>
        ))}
      </ul>
      <p>
        {t('candidateMatched')}: {c.matchedSkills.map(label).join('、') || '—'}
        {c.missingSkills.length > 0 && (
          <>
            {' · '}
            {t('candidateMissing')}: {c.missingSkills.map(label).join('、')}
          </>
        )}
      </p>
      <p>
        {t('openingPlace')}: {t(`tier_${c.locationTier}`)} ({c.prefecture} {c.municipality})
      </p>
    </>
  );
}
