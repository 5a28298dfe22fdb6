import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  CallWindow,
  decisionLabel,
  Fact,
  Facts,
  kindLabel,
  MutationError,
  PageError,
  ScrollTable,
  SignedIn,
  score,
  statusLabel,
} from './call-parts.tsx';
import {
  type Application,
  type Call,
  useApplications,
  useAssignReviewer,
  useCall,
  usePanel,
  useReviewers,
  useStartApplication,
  useUpdateCall,
} from './calls-api.ts';

const PanelChart = lazy(() => import('./panel-chart.tsx'));

/** One call: what it offers and how it is scored; a member applies, the office runs the screening. */
export function CallPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <SignedIn title={t('callsTitle')}>
      <CallView id={id} />
    </SignedIn>
  );
}

function CallView({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const call = useCall(id);
  if (call.isPending) return <LoadingMessage />;
  if (call.isError) return <PageError title={t('callsTitle')} error={call.error} />;
  const c = call.data;
  return (
    <>
      <p>
        <Link href="/incubation/calls">← {t('callsBack')}</Link>
      </p>
      <PageHeader title={pick(c.title)} intro={pick(c.eligibility)} />
      {c.illustrative && <p className="badge badge-warn">{t('illustrative')}</p>}
      <Facts>
        <Fact label={t('callsKind')}>{t(kindLabel[c.kind])}</Fact>
        <Fact label={t('callsWindowLabel')}>
          <CallWindow call={c} />
        </Fact>
      </Facts>
      <Offer call={c} />
      <Rubric call={c} />
      {user?.role === 'member' && <Apply call={c} />}
      {user?.role === 'admin' && <Office call={c} />}
    </>
  );
}

function Offer({ call }: { call: Call }) {
  const { t, pick } = useI18n();
  const items =
    call.kind === 'tenancy'
      ? call.units.map((u) => ({
          id: u.id,
          name: pick(u.name),
          facility: pick(u.facility.name),
          href: `/incubation/${u.facility.id}`,
        }))
      : call.equipment.map((e) => ({
          id: e.id,
          name: pick(e.name),
          facility: pick(e.facility.name),
          href: `/incubation/${e.facility.id}`,
        }));
  return (
    <section aria-labelledby="call-offer">
      <h2 id="call-offer">{t(call.kind === 'tenancy' ? 'callsUnitsOffered' : 'callsEquipmentOffered')}</h2>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.id}>
            {i.name} — <Link href={i.href}>{i.facility}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Rubric({ call }: { call: Call }) {
  const { t, pick } = useI18n();
  return (
    <section aria-labelledby="call-rubric">
      <h2 id="call-rubric">{t('callsRubric')}</h2>
      <ScrollTable label={t('callsRubric')}>
        <table>
          <thead>
            <tr>
              <th>{t('callsCriterion')}</th>
              <th className="num">{t('callsWeight')}</th>
              <th>{t('callsAnchors')}</th>
            </tr>
          </thead>
          <tbody>
            {call.rubric.map((c) => (
              <tr key={c.key}>
                <td>{pick(c.label)}</td>
                <td className="num">{c.weight}%</td>
                <td>
                  <ol className="anchors">
                    {c.anchors.map((a, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the five points of the scale are positions
                      <li key={i}>{pick(a)}</li>
                    ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

function Apply({ call }: { call: Call }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const start = useStartApplication(call.id);
  if (call.myApplication)
    return (
      <p>
        <Link className="button" href={`/incubation/applications/${call.myApplication.id}`}>
          {t('callsYourApplication')}
        </Link>
      </p>
    );
  if (!call.open) return <p className="muted">{t('callsClosedNote')}</p>;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={() => start.mutate({}, { onSuccess: (a) => navigate(`/incubation/applications/${a.id}`) })}
      >
        {t('callsStart')}
      </button>
      <MutationError error={start.error} />
    </>
  );
}

// ——— The office ———

function Office({ call }: { call: Call }) {
  const { t } = useI18n();
  const release = useUpdateCall(call.id, call.version);
  return (
    <>
      <section aria-labelledby="call-panel">
        <h2 id="call-panel">{t('callsPanel')}</h2>
        <PanelSheet call={call} />
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={release.isPending}
            onClick={() => release.mutate({ scoresReleased: !call.scoresReleased })}
          >
            {t(call.scoresReleased ? 'callsWithholdScores' : 'callsReleaseScores')}
          </button>{' '}
          <span className="muted">
            {t(call.scoresReleased ? 'callsScoresReleased' : 'callsScoresWithheld')}
          </span>
        </p>
        <MutationError error={release.error} />
      </section>
      <section aria-labelledby="call-applications">
        <h2 id="call-applications">{t('callsApplications')}</h2>
        <Applications call={call} />
        <PaperApplication call={call} />
      </section>
    </>
  );
}

function PanelSheet({ call }: { call: Call }) {
  const { t, pick } = useI18n();
  const panel = usePanel(call.id);
  const chart = useMemo(() => {
    const rows = panel.data?.rows ?? [];
    return {
      applicants: rows.map((r) => pick(r.organization.name)),
      means: rows.map((r) => r.mean),
      totals: rows.map((r) => r.totals),
      labels: { mean: t('callsMeanScore'), reviewer: t('callsReviewerScore') },
    };
  }, [panel.data, pick, t]);
  if (panel.isPending) return <LoadingMessage />;
  if (panel.isError) return <ErrorMessage error={panel.error} />;
  const rows = panel.data.rows;
  if (rows.length === 0) return <p className="muted">{t('callsNoSubmitted')}</p>;
  return (
    <>
      <p className="muted">{t('callsPanelNote', { threshold: call.disagreementThreshold })}</p>
      <ScrollTable label={t('callsPanel')}>
        <table className="panel-sheet">
          <thead>
            <tr>
              <th className="num">{t('callsRank')}</th>
              <th>{t('callsApplicant')}</th>
              <th className="num">{t('callsMeanScore')}</th>
              <th className="num">{t('callsSpread')}</th>
              <th className="num">{t('callsReviewersDone')}</th>
              <th>{t('callsDecision')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.application} className={r.disagreement ? 'disagreement' : undefined}>
                <td className="num">{r.rank ?? '—'}</td>
                <td>
                  <Link href={`/incubation/applications/${r.application}`}>{pick(r.organization.name)}</Link>
                </td>
                <td className="num">{score(r.mean)}</td>
                <td className="num">
                  {score(r.spread)}
                  {r.disagreement && <span className="badge badge-warn"> {t('callsDisagreement')}</span>}
                </td>
                <td className="num">
                  {r.reviewers} / {r.assigned}
                </td>
                <td>{r.decision ? t(decisionLabel[r.decision]) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Suspense fallback={<LoadingMessage />}>
        <figure className="chart-figure">
          <PanelChart {...chart} />
          <figcaption>{t('callsChartCaption')}</figcaption>
        </figure>
      </Suspense>
    </>
  );
}

function Applications({ call }: { call: Call }) {
  const { t, pick } = useI18n();
  const apps = useApplications(call.id);
  if (apps.isPending) return <LoadingMessage />;
  if (apps.isError) return <ErrorMessage error={apps.error} />;
  if (apps.data.items.length === 0) return <p className="muted">{t('callsNoApplications')}</p>;
  return (
    <ScrollTable label={t('callsApplications')}>
      <table>
        <thead>
          <tr>
            <th>{t('callsApplicant')}</th>
            <th>{t('callsStatus')}</th>
            <th>{t('callsReviewers')}</th>
            <th>{t('callsAssign')}</th>
          </tr>
        </thead>
        <tbody>
          {apps.data.items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/incubation/applications/${a.id}`}>{pick(a.organization.name)}</Link>
                {a.channel === 'paper' && <span className="badge badge-muted"> {t('callsPaper')}</span>}
              </td>
              <td>
                {t(statusLabel[a.status])}
                {a.decision && ` · ${t(decisionLabel[a.decision])}`}
              </td>
              <td>
                <ReviewerNames application={a} />
              </td>
              <td>{a.status === 'submitted' ? <Assign application={a} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function ReviewerNames({ application }: { application: Application }) {
  const { t } = useI18n();
  const reviews = application.reviews ?? [];
  if (!reviews.length) return <>—</>;
  return (
    <ul className="plain-list">
      {reviews.map((r) => (
        <li key={r.reviewer.id}>
          {r.reviewer.name}
          {r.state === 'conflict'
            ? ` (${t('callsConflictDeclared')})`
            : r.total !== null
              ? ` (${score(r.total)})`
              : ''}
        </li>
      ))}
    </ul>
  );
}

function Assign({ application }: { application: Application }) {
  const { t } = useI18n();
  const reviewers = useReviewers();
  const assign = useAssignReviewer(application.id);
  const [choice, setChoice] = useState('');
  const taken = new Set((application.reviews ?? []).map((r) => r.reviewer.id));
  const free = (reviewers.data?.items ?? []).filter((r) => !taken.has(r.id));
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) assign.mutate(choice, { onSuccess: () => setChoice('') });
      }}
    >
      <label className="visually-hidden" htmlFor={`assign-${application.id}`}>
        {t('callsAssign')}
      </label>
      <select id={`assign-${application.id}`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('callsPickReviewer')}</option>
        {free.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name} ({r.email})
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button button-secondary" disabled={!choice || assign.isPending}>
        {t('callsAssignButton')}
      </button>
      <MutationError error={assign.error} />
    </form>
  );
}

function PaperApplication({ call }: { call: Call }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const start = useStartApplication(call.id);
  const [organization, setOrganization] = useState('');
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        start.mutate({ organization }, { onSuccess: (a) => navigate(`/incubation/applications/${a.id}`) });
      }}
    >
      <h3>{t('callsPaperTitle')}</h3>
      <FormField label={t('callsPaperOrganization')} hint={t('callsPaperHint')}>
        {(p) => <input {...p} value={organization} onChange={(e) => setOrganization(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-secondary" disabled={!organization || start.isPending}>
        {t('callsPaperButton')}
      </button>
      <MutationError error={start.error} />
    </form>
  );
}
