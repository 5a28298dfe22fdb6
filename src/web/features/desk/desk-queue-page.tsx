import { Link, useLocation, useSearch } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { type ConsultationSummary, type QueueFilter, useConsultations, useTopics } from './desk-api.ts';
import { TopicOptions } from './desk-ask-page.tsx';

const statuses = ['new', 'triaged', 'closed'] as const;

/**
 * One queue, three readers: the coordinator's whole queue with filters (topic, status, overdue), a partner's
 * cases referred to it, a member's own. A visitor is offered the form.
 */
export function DeskPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  if (!user || !['admin', 'agency', 'member'].includes(user.role))
    return (
      <>
        <AccessNotice title={t('deskTitle')} signedIn={user !== null} />
        <p>
          <Link className="button" href="/desk/ask">
            {t('deskAskTitle')}
          </Link>
        </p>
      </>
    );
  const intro =
    user.role === 'admin'
      ? t('deskQueueIntroAdmin')
      : user.role === 'agency'
        ? t('deskQueueIntroAgency')
        : t('deskQueueIntroMember');
  return (
    <>
      <PageHeader
        title={t('deskTitle')}
        intro={intro}
        actions={
          <>
            {user.role === 'admin' && (
              <Link className="button secondary" href="/desk/figures">
                {t('deskFiguresTitle')}
              </Link>
            )}
            <Link className="button secondary" href="/desk/search">
              {t('deskSearchLink')}
            </Link>
            {user.role !== 'agency' && (
              <Link className="button" href="/desk/ask">
                {user.role === 'admin' ? t('deskNew') : t('deskAskTitle')}
              </Link>
            )}
          </>
        }
      />
      {user.role === 'admin' && (
        <p>
          <Link href="/desk/flags">{t('deskFlagsLink')}</Link>
        </p>
      )}
      <Queue />
    </>
  );
}

function Queue() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const filter: QueueFilter = {
    ...(params.get('topic') ? { topic: params.get('topic')! } : {}),
    ...(params.get('status') ? { status: params.get('status')! } : {}),
    ...(params.get('overdue') === 'true' ? { overdue: 'true' as const } : {}),
  };
  const topics = useTopics();
  const list = useConsultations(filter);
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`${location}${next.size ? `?${next}` : ''}`, { replace: true });
  };
  return (
    <>
      <div className="desk-filters">
        <label>
          {t('deskFilterTopic')}{' '}
          <select value={filter.topic ?? ''} onChange={(e) => setParam('topic', e.target.value)}>
            <option value="">{t('deskAll')}</option>
            <TopicOptions topics={topics.data} />
          </select>
        </label>
        <label>
          {t('deskFilterStatus')}{' '}
          <select value={filter.status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('deskAll')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`deskStatus_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.overdue === 'true'}
            onChange={(e) => setParam('overdue', e.target.checked ? 'true' : '')}
          />{' '}
          {t('deskFilterOverdue')}
        </label>
      </div>
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('deskNone')}</p>
      ) : (
        <ul className="desk-list">
          {list.data.items.map((c) => (
            <CaseCard
              key={c.id}
              c={c}
              topicLabel={topics.data?.items.find((x) => x.code === c.topic)?.label}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function CaseCard({
  c,
  topicLabel,
}: {
  c: ConsultationSummary;
  topicLabel: { ja?: string; en?: string } | undefined;
}) {
  const { t, pick } = useI18n();
  const late = c.overdue.firstAnswer || c.overdue.close;
  return (
    <li className="card desk-card">
      <h2>
        <Link href={`/desk/consultations/${c.id}`}>{c.companyName}</Link>
      </h2>
      <p className="desk-badges">
        <span className="badge">{topicLabel ? pick(topicLabel) : c.topic}</span>{' '}
        <span className="badge">{t(`deskStatus_${c.status}`)}</span>{' '}
        {c.priority !== 'normal' && <span className="badge">{t(`deskPriority_${c.priority}`)}</span>}{' '}
        {late && <span className="badge badge-warn">{t('deskOverdue')}</span>}{' '}
        {c.myReferral && <span className="badge">{t(`deskReferral_${c.myReferral.state}`)}</span>}{' '}
        {c.illustrative && <span className="badge badge-warn">{t('deskIllustrative')}</span>}
      </p>
      <p className="desk-excerpt">{c.excerpt}</p>
      <p className="muted">
        {t('deskReceived')}: {c.receivedAt.slice(0, 10)} · {t(`deskChannel_${c.channel}`)}
        {c.owner && ` · ${t('deskOwner')}: ${c.owner.name}`}
        {c.firstAnswerDue && ` · ${t('deskFirstAnswerDue', { day: c.firstAnswerDue })}`}
        {c.closeDue && ` · ${t('deskCloseDue', { day: c.closeDue })}`}
      </p>
    </li>
  );
}
