import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { BrokerageManage } from './brokerage-manage.tsx';
import { OutcomesPanel, TourSlotsEditor } from './event-after.tsx';
import { formatJst } from './event-time.ts';
import { type Registrations, useCheckIn, useEvent, useRegistrations } from './events-api.ts';
import { EventsError } from './events-error.tsx';

/** The organiser's page: numbers, check-in by code (or camera), the registrations and the waiting list. */
export function EventManagePage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const event = useEvent(id);
  // Only the organiser may read the registrations: nobody else's page asks for them.
  const regs = useRegistrations(id, event.data?.canManage === true);
  if (event.isPending) return <LoadingMessage />;
  if (event.isError) return <EventsError error={event.error} />;
  if (!event.data.canManage)
    return (
      <AccessNotice
        title={t('eventsManage')}
        signedIn={!!user}
        message={user ? t('eventsNotOrganizer') : undefined}
      />
    );
  if (regs.isPending) return <LoadingMessage />;
  if (regs.isError) return <EventsError error={regs.error} />;
  const s = regs.data.summary;
  return (
    <>
      <PageHeader
        title={t('eventsManageTitle', { title: pick(event.data.title) })}
        actions={
          <Link className="button button-secondary" href={`/events/${id}`}>
            {pick(event.data.title)}
          </Link>
        }
      />
      <p data-testid="events-summary">{t('eventsSummary', { ...s, noShows: s.noShows ?? '' })}</p>
      {s.noShows !== null && <p>{t('eventsNoShows', { count: s.noShows })}</p>}
      {event.data.kind === 'brokerage' && <BrokerageManage eventId={id} />}
      {event.data.kind === 'open-factory' && <TourSlotsEditor event={event.data} />}
      <CheckInPanel eventId={id} />
      <RegistrationTable
        title={t('eventsRegistrations')}
        rows={regs.data.items.filter((r) => r.status !== 'waiting')}
      />
      <RegistrationTable
        title={t('eventsWaitingList')}
        rows={regs.data.items.filter((r) => r.status === 'waiting')}
      />
      <OutcomesPanel eventId={id} />
    </>
  );
}

function CheckInPanel({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const checkIn = useCheckIn(eventId);
  const submit = (value: string) => {
    if (value.trim()) checkIn.mutate(value.trim(), { onSuccess: () => setCode('') });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(code);
  };
  return (
    <section className="card event-checkin" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{t('eventsCheckInHeading')}</h2>
      <form onSubmit={onSubmit} className="event-checkin-form">
        <label htmlFor="checkin-code">{t('eventsCheckInCode')}</label>
        <input
          id="checkin-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          onChange={(e) => setCode(e.target.value)}
        />
        <button className="button" type="submit" disabled={checkIn.isPending}>
          {t('eventsCheckInButton')}
        </button>
      </form>
      <Scanner onCode={submit} />
      {checkIn.isSuccess && (
        <Alert tone="success">{t('eventsCheckInDone', { name: checkIn.data.account.name })}</Alert>
      )}
      {checkIn.isError && <ErrorMessage error={checkIn.error} />}
    </section>
  );
}

// The Barcode Detection API is in Chromium-based browsers (Android, desktop), not yet in the DOM typings.
type Detector = { detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>> };
type DetectorClass = new (options: { formats: string[] }) => Detector;
const detectorClass = () => (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** Camera scanning where the browser can detect QR codes; otherwise the typed code is the way. */
function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  // The page re-renders on every check-in; the camera must not restart with it.
  const send = useRef(onCode);
  send.current = onCode;
  const Detector = detectorClass();
  useEffect(() => {
    if (!on || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = '';
    const detector = new Detector({ formats: ['qr_code'] });
    void navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then((s) => {
      stream = s;
      if (!video.current) return;
      video.current.srcObject = s;
      void video.current.play();
      timer = setInterval(async () => {
        if (!video.current) return;
        const [found] = await detector.detect(video.current).catch(() => []);
        // The same code stays in view for a while: send it once.
        if (found && found.rawValue !== last) {
          last = found.rawValue;
          send.current(found.rawValue);
        }
      }, 400);
    });
    return () => {
      if (timer) clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, Detector]);
  if (!Detector) return <p className="muted">{t('eventsScanUnavailable')}</p>;
  return (
    <div className="event-scanner">
      <button type="button" className="button button-secondary" onClick={() => setOn((v) => !v)}>
        {on ? t('eventsScanStop') : t('eventsScan')}
      </button>
      {on && <video ref={video} muted playsInline width={320} height={240} />}
    </div>
  );
}

function RegistrationTable({ title, rows }: { title: string; rows: Registrations['items'] }) {
  const { t, pick, lang } = useI18n();
  return (
    <section className="card">
      <h2>
        {title} ({rows.length})
      </h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('eventsColPosition')}</th>
              <th scope="col">{t('eventsColName')}</th>
              <th scope="col">{t('eventsColOrganization')}</th>
              <th scope="col">{t('eventsColStatus')}</th>
              <th scope="col">{t('eventsColRegistered')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="event-registration-row">
                <td>{r.position ?? ''}</td>
                <td>{r.account.name}</td>
                <td>{r.organization ? pick(r.organization.name) : ''}</td>
                <td>
                  {t(`eventsStatus_${r.status}`)}
                  {r.checkedInAt ? ` ✓ ${formatJst(r.checkedInAt, lang)}` : ''}
                </td>
                <td>{formatJst(r.createdAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
