import { Link, useSearch } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { CallWindow, decisionLabel, kindLabel, ScrollTable, statusLabel } from './call-parts.tsx';
import { useApplications, useCalls } from './calls-api.ts';

/** Every call: members see which are open and their own application; the office opens new ones. */
export function CallsPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice title={t('callsTitle')} signedIn={false} />;
  return (
    <>
      <PageHeader
        title={t('callsTitle')}
        intro={t('callsIntro')}
        actions={
          <>
            {user.role === 'admin' && (
              <Link className="button" href="/incubation/calls/new">
                {t('callsNew')}
              </Link>
            )}
            {user.role === 'reviewer' && (
              <Link className="button" href="/incubation/reviews">
                {t('callsReviewsTitle')}
              </Link>
            )}
          </>
        }
      />
      <CallList />
    </>
  );
}

function CallList() {
  const { t, pick } = useI18n();
  const calls = useCalls();
  if (calls.isPending) return <LoadingMessage />;
  if (calls.isError) return <ErrorMessage error={calls.error} />;
  if (calls.data.items.length === 0) return <p className="muted">{t('callsNone')}</p>;
  return (
    <ul className="call-list">
      {calls.data.items.map((c) => (
        <li key={c.id} className="card">
          <h2>
            <Link href={`/incubation/calls/${c.id}`}>{pick(c.title)}</Link>
          </h2>
          <p>
            <span className="badge">{t(kindLabel[c.kind])}</span>{' '}
            {c.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
          </p>
          <CallWindow call={c} />
          {c.applications !== undefined && <p>{t('callsSubmittedCount', { count: c.applications })}</p>}
          {c.myApplication && (
            <p>
              <Link href={`/incubation/applications/${c.myApplication.id}`}>{t('callsYourApplication')}</Link>
              {': '}
              {t(statusLabel[c.myApplication.status])}
              {c.myApplication.decision && ` · ${t(decisionLabel[c.myApplication.decision])}`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A reviewer's files: only those assigned to them, with how far their scoring has got. */
export function ReviewsPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const steppedBack = new URLSearchParams(useSearch()).has('stepped-back');
  if (isLoading) return <LoadingMessage />;
  if (user?.role !== 'reviewer')
    return (
      <AccessNotice
        title={t('callsReviewsTitle')}
        signedIn={user !== null}
        message={user ? t('callsReviewersOnly') : undefined}
      />
    );
  return (
    <>
      <PageHeader title={t('callsReviewsTitle')} intro={t('callsReviewsIntro')} />
      {steppedBack && <Alert tone="info">{t('callsConflictDone')}</Alert>}
      <ReviewList />
    </>
  );
}

function ReviewList() {
  const { t, pick } = useI18n();
  const files = useApplications();
  if (files.isPending) return <LoadingMessage />;
  if (files.isError) return <ErrorMessage error={files.error} />;
  if (files.data.items.length === 0) return <p className="muted">{t('callsNoFiles')}</p>;
  return (
    <ScrollTable label={t('callsReviewsTitle')}>
      <table>
        <thead>
          <tr>
            <th>{t('callsCall')}</th>
            <th>{t('callsApplicant')}</th>
            <th>{t('callsYourScore')}</th>
          </tr>
        </thead>
        <tbody>
          {files.data.items.map((a) => (
            <tr key={a.id}>
              <td>{pick(a.call.title)}</td>
              <td>
                <Link href={`/incubation/applications/${a.id}`}>{pick(a.organization.name)}</Link>
              </td>
              <td className="num">
                {a.myReview?.total != null ? a.myReview.total.toFixed(2) : t('callsNotScored')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
