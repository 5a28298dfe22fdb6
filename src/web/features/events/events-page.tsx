import { Link, useLocation, useSearch } from 'wouter';
import { eventKinds } from '../../../core/events/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { formatSpan } from './event-time.ts';
import { type ClubEvent, useEvents } from './events-api.ts';

/** The public list: upcoming events soonest first (or past ones), filtered by kind. */
export function EventsPage() {
  const { t } = useI18n();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const kind = params.get('kind') ?? '';
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const list = useEvents(kind, when);
  const { user } = useSession();
  const go = (next: { kind?: string; when?: string }) => {
    const q = new URLSearchParams();
    const k = next.kind ?? kind;
    const w = next.when ?? when;
    if (k) q.set('kind', k);
    if (w === 'past') q.set('when', 'past');
    const s = q.toString();
    navigate(`${location}${s ? `?${s}` : ''}`);
  };
  return (
    <>
      <PageHeader
        title={t('eventsTitle')}
        intro={t('eventsIntro')}
        actions={
          user && (user.role === 'admin' || (user.role === 'member' && user.organizationId)) ? (
            <>
              {user.role === 'admin' && (
                <Link className="button button-secondary" href="/events/figures">
                  {t('eventsFiguresLink')}
                </Link>
              )}
              <Link className="button" href="/events/new">
                {t('eventsNew')}
              </Link>
            </>
          ) : undefined
        }
      />
      <div className="card events-filters">
        <label>
          {t('eventsKindFilter')}
          <select id="events-kind" value={kind} onChange={(e) => go({ kind: e.target.value })}>
            <option value="">{t('eventsAnyKind')}</option>
            {eventKinds.map((k) => (
              <option key={k} value={k}>
                {t(`eventsKind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('eventsWhen')}
          <select id="events-when" value={when} onChange={(e) => go({ when: e.target.value })}>
            <option value="upcoming">{t('eventsUpcoming')}</option>
            <option value="past">{t('eventsPast')}</option>
          </select>
        </label>
      </div>
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <p className="muted" data-testid="events-count">
            {t('eventsCount', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="status">{t('eventsNone')}</p>
          ) : (
            <ul className="events-list">
              {list.data.items.map((e) => (
                <EventItem key={e.id} event={e} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function EventItem({ event }: { event: ClubEvent }) {
  const { t, pick, lang } = useI18n();
  return (
    <li className="card event-item">
      <p className="event-meta">
        <span className="badge">{t(`eventsKind_${event.kind}`)}</span>{' '}
        {event.illustrative && <span className="badge badge-muted">{t('eventsIllustrative')}</span>}{' '}
        <time dateTime={event.startsAt}>{formatSpan(event.startsAt, event.endsAt, lang)}</time>
      </p>
      <h2>
        <Link href={`/events/${event.id}`}>{pick(event.title)}</Link>
      </h2>
      <p className="muted">
        {pick(event.place) || (event.onlineUrl ? t('eventsOnline') : '')} · {pick(event.organizer.name)}
      </p>
      <p>
        {t('eventsPlaces', { capacity: event.capacity, confirmed: event.confirmed, waiting: event.waiting })}
      </p>
    </li>
  );
}
