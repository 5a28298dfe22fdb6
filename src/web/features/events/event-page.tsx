import { useState } from 'react';
import { Link } from 'wouter';
import type { Answers, SurveyDefinition } from '../../../core/surveys/types.ts';
import { PointMap } from '../../components/map/point-map.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError, apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { BrokeragePanel } from './brokerage-panel.tsx';
import { FeedbackPanel } from './event-after.tsx';
import { formatJst, formatSpan } from './event-time.ts';
import {
  type ClubEvent,
  type MyRegistration,
  useCancelRegistration,
  useEvent,
  useRegister,
} from './events-api.ts';
import { EventsError } from './events-error.tsx';
import { RegistrationQuestions } from './registration-questions.tsx';

/** One event: what, when, where (on the map), and the reader's own registration with its QR code. */
export function EventPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const event = useEvent(id);
  if (event.isPending) return <LoadingMessage />;
  if (event.isError) return <EventsError error={event.error} />;
  const e = event.data;
  return (
    <>
      <PageHeader
        title={pick(e.title)}
        actions={
          <>
            <Link className="button button-secondary" href="/events">
              {t('eventsBack')}
            </Link>
            {e.canManage && (
              <>
                <Link className="button button-secondary" href={`/events/${e.id}/edit`}>
                  {t('eventsEdit')}
                </Link>
                <Link className="button" href={`/events/${e.id}/manage`}>
                  {t('eventsManage')}
                </Link>
              </>
            )}
          </>
        }
      />
      <div className="event-layout">
        <EventFacts event={e} />
        <RegistrationPanel event={e} />
      </div>
      {e.myRegistration?.checkedInAt && <FeedbackPanel eventId={e.id} />}
      {e.kind === 'brokerage' && <BrokeragePanel eventId={e.id} />}
    </>
  );
}

function EventFacts({ event: e }: { event: ClubEvent }) {
  const { t, pick, lang } = useI18n();
  return (
    <section className="card event-facts">
      <p>
        <span className="badge">{t(`eventsKind_${e.kind}`)}</span>{' '}
        {e.illustrative && <span className="badge badge-muted">{t('eventsIllustrative')}</span>}
      </p>
      <dl>
        <dt>{t('eventsJapanTime')}</dt>
        <dd>
          <time dateTime={e.startsAt}>{formatSpan(e.startsAt, e.endsAt, lang)}</time>
        </dd>
        <dt>{t('eventsWhere')}</dt>
        <dd>
          {pick(e.place)}
          {e.onlineUrl && (
            <>
              {pick(e.place) ? ' / ' : ''}
              <a href={e.onlineUrl} rel="noopener noreferrer">
                {t('eventsOnline')}
              </a>
            </>
          )}
        </dd>
        <dt>{t('eventsOrganizer')}</dt>
        <dd>{pick(e.organizer.name)}</dd>
        <dt>{t('eventsAudience')}</dt>
        <dd>{t(`eventsAudience_${e.audience}`)}</dd>
        {pick(e.fee) && (
          <>
            <dt>{t('eventsFee')}</dt>
            <dd>{pick(e.fee)}</dd>
          </>
        )}
      </dl>
      <p>{t('eventsPlaces', { capacity: e.capacity, confirmed: e.confirmed, waiting: e.waiting })}</p>
      {pick(e.description) && <p className="event-text">{pick(e.description)}</p>}
      {pick(e.agenda) && (
        <>
          <h2>{t('eventsAgenda')}</h2>
          <p className="event-text">{pick(e.agenda)}</p>
        </>
      )}
      {e.tourSlots.length > 0 && (
        <>
          <h2>{t('eventsTours')}</h2>
          <ul className="event-tours" data-testid="event-tours">
            {e.tourSlots.map((s) => (
              <li key={s.id}>
                {formatSpan(s.startsAt, s.endsAt, lang)}{' '}
                {t('eventsTourPlaces', { left: s.left, capacity: s.capacity })}
              </li>
            ))}
          </ul>
        </>
      )}
      {pick(e.safetyRules) && (
        <>
          <h2>{t('eventsSafetyRules')}</h2>
          <p className="event-text" data-testid="event-safety-rules">
            {pick(e.safetyRules)}
          </p>
        </>
      )}
      {e.lat !== null && e.lng !== null && (
        <PointMap
          points={[
            { id: e.id, lat: e.lat, lng: e.lng, color: '#2563eb', label: pick(e.place) || pick(e.title) },
          ]}
          label={t('eventsMap')}
          initialView={{ lat: e.lat, lng: e.lng, zoom: 11 }}
          height="280px"
        />
      )}
    </section>
  );
}

function RegistrationPanel({ event: e }: { event: ClubEvent }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const register = useRegister(e.id);
  const [answers, setAnswers] = useState<Answers>({});
  const [tour, setTour] = useState('');
  const needsTour = e.tourSlots.length > 0;
  const mine = e.myRegistration;
  const live = mine && mine.status !== 'cancelled';
  return (
    <section className="card event-registration" aria-label={t('eventsRegister')}>
      {!user ? (
        <p>
          <Link href="/login">{t('eventsSignInToRegister')}</Link>
        </p>
      ) : live ? (
        <MyRegistrationView registration={mine} event={e} />
      ) : (
        <>
          {mine?.status === 'cancelled' && <p className="muted">{t('eventsCancelled')}</p>}
          {e.registrationOpen ? (
            <>
              {e.questions && (
                <RegistrationQuestions
                  definition={e.questions as SurveyDefinition}
                  answers={answers}
                  onChange={setAnswers}
                  error={register.error instanceof ApiError ? register.error : null}
                />
              )}
              {needsTour && (
                <fieldset className="event-tour-choice">
                  <legend>{t('eventsChooseTour')}</legend>
                  {e.tourSlots.map((s) => (
                    <label key={s.id}>
                      <input
                        type="radio"
                        name="tour"
                        value={s.id}
                        checked={tour === s.id}
                        disabled={s.left === 0}
                        onChange={() => setTour(s.id)}
                      />{' '}
                      {formatSpan(s.startsAt, s.endsAt, lang)}{' '}
                      {t('eventsTourPlaces', { left: s.left, capacity: s.capacity })}
                    </label>
                  ))}
                </fieldset>
              )}
              <button
                type="button"
                className="button"
                disabled={register.isPending || (needsTour && !tour)}
                onClick={() => register.mutate({ answers, ...(needsTour ? { tourSlotId: tour } : {}) })}
              >
                {t('eventsRegister')}
              </button>
            </>
          ) : (
            <p className="muted">{t('eventsRegistrationClosed')}</p>
          )}
          {register.isError && <ErrorMessage error={register.error} />}
        </>
      )}
    </section>
  );
}

function MyRegistrationView({
  registration: r,
  event: e,
}: {
  registration: MyRegistration;
  event: ClubEvent;
}) {
  const { t, lang } = useI18n();
  const tour = e.tourSlots.find((s) => s.id === r.tourSlotId);
  const cancel = useCancelRegistration();
  const onCancel = () => {
    if (window.confirm(t('eventsCancelConfirm'))) cancel.mutate(r.id);
  };
  return (
    <>
      {r.status === 'confirmed' ? (
        <Alert tone="success">{t('eventsConfirmed')}</Alert>
      ) : (
        <Alert tone="info">{t('eventsWaiting', { position: r.position ?? 0 })}</Alert>
      )}
      {r.status === 'confirmed' && r.shortCode && (
        <figure className="event-qr">
          <figcaption>{t('eventsYourCode')}</figcaption>
          <img
            src={apiUrl(`/event-registrations/${r.id}/qr.svg`)}
            alt={t('eventsQrAlt', { code: r.shortCode })}
            width={220}
            height={220}
            data-testid="event-qr"
          />
          <p>
            {t('eventsShortCode')}: <strong data-testid="event-short-code">{r.shortCode}</strong>
          </p>
        </figure>
      )}
      {tour && <p>{t('eventsYourTour', { when: formatSpan(tour.startsAt, tour.endsAt, lang) })}</p>}
      {r.checkedInAt && <p>{t('eventsCheckedIn', { when: formatJst(r.checkedInAt, lang) })}</p>}
      <p>
        <a href={apiUrl(`/event-registrations/${r.id}/calendar.ics`)} download>
          {t('eventsAddToCalendar')}
        </a>
      </p>
      {r.mayCancel && (
        <>
          <p className="muted">{t('eventsCancelUntil', { when: formatJst(r.cancelDeadline, lang) })}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={onCancel}
            disabled={cancel.isPending}
          >
            {t('eventsCancel')}
          </button>
        </>
      )}
      {cancel.isError && <ErrorMessage error={cancel.error} />}
    </>
  );
}
