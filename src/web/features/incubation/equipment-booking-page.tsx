import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { type BookingUnit, jstDay, jstMonth } from '../../../core/incubation/index.ts';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Alert, ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import {
  type Availability,
  type Booking,
  useAvailability,
  useBook,
  useEquipmentDetail,
  useGrantQuota,
  useQuotas,
} from './bookings-api.ts';
import { useFacility } from './incubation-api.ts';

const HOUR = 3_600_000;
const JST = 9 * HOUR;
const unitMs: Record<BookingUnit, number> = { hour: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };
const unitWord: Record<BookingUnit, MessageKey> = {
  hour: 'incubationHour',
  day: 'incubationDay',
  week: 'incubationWeek',
};

/** 'HH:MM' in Japan time. */
export const jstTime = (at: Date) => new Date(at.getTime() + JST).toISOString().slice(11, 16);
/** 'YYYY-MM-DD HH:MM–HH:MM' (or to another day) in Japan time. */
export function jstSlot(start: string, end: string) {
  const s = new Date(start);
  const e = new Date(end);
  const sameDay = jstDay(s) === jstDay(new Date(e.getTime() - 1));
  return sameDay
    ? `${jstDay(s)} ${jstTime(s)}–${jstTime(e)}`
    : `${jstDay(s)} ${jstTime(s)} – ${jstDay(e)} ${jstTime(e)}`;
}

const hours = Array.from({ length: 24 }, (_, h) => String(h));

export const currentMonth = () => jstDay(new Date()).slice(0, 7);
const shiftMonth = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
};

/** An equipment item's month calendar of held slots, and the form a member books a slot with. */
export function EquipmentBookingPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const equipment = useEquipmentDetail(id);
  const [month, setMonth] = useState(currentMonth);
  const [day, setDay] = useState('');
  const availability = useAvailability(id, month);
  const { user } = useSession();
  if (equipment.isPending) return <LoadingMessage />;
  if (equipment.isError) return <ErrorMessage error={equipment.error} />;
  const item = equipment.data;
  const canBook = user?.role === 'member' && !!user.organizationId;
  return (
    <>
      <p>
        <Link href={`/incubation/${item.facility.id}`}>← {pick(item.facility.name)}</Link>
        {user && (
          <>
            {' · '}
            <Link href="/incubation/bookings">{t('bookingMine')}</Link>
          </>
        )}
      </p>
      <PageHeader title={t('bookingTitle', { name: pick(item.name) })} intro={pick(item.description)} />
      <p className="muted">
        {item.approvalRequired ? t('incubationApproval') : t('incubationNoApproval')}
        {availability.data ? ` · ${t('bookingCutoff', { n: availability.data.cancelCutoffHours })}` : ''}
      </p>
      <section aria-labelledby="booking-calendar">
        <div className="booking-month-nav">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setMonth(shiftMonth(month, -1))}
          >
            ← {t('bookingPrevMonth')}
          </button>
          <h2 id="booking-calendar">{t('bookingCalendar', { month })}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setMonth(shiftMonth(month, 1))}
          >
            {t('bookingNextMonth')} →
          </button>
        </div>
        {availability.isError ? (
          <ErrorMessage error={availability.error} />
        ) : (
          <MonthGrid month={month} availability={availability.data} selected={day} onPick={setDay} />
        )}
      </section>
      {canBook ? (
        <BookingForm equipmentId={id} unit={item.bookingUnit} day={day} onDay={setDay} />
      ) : (
        <p className="muted">{t('bookingSignIn')}</p>
      )}
      {user && <Quotas equipmentId={id} facilityId={item.facility.id} />}
    </>
  );
}

function MonthGrid({
  month,
  availability,
  selected,
  onPick,
}: {
  month: string;
  availability: Availability | undefined;
  selected: string;
  onPick: (day: string) => void;
}) {
  const { t, lang } = useI18n();
  const range = jstMonth(month);
  const days: string[] = [];
  for (let at = range.start.getTime(); at < range.end.getTime(); at += 24 * HOUR)
    days.push(jstDay(new Date(at)));
  // Monday first: blanks before the 1st.
  const lead = (new Date(`${days[0]}T00:00:00Z`).getUTCDay() + 6) % 7;
  const slots = availability?.slots ?? [];
  const weekdays =
    lang === 'ja'
      ? ['月', '火', '水', '木', '金', '土', '日']
      : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return (
    <div className="booking-month" aria-busy={!availability}>
      <div className="booking-weekdays" aria-hidden="true">
        {weekdays.map((w) => (
          <span key={w}>{w}</span>
        ))}
      </div>
      <ol className="booking-days">
        {Array.from({ length: lead }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed blank cells before the 1st
          <li key={`blank-${i}`} className="booking-day booking-blank" aria-hidden="true" />
        ))}
        {days.map((d) => {
          const start = new Date(`${d}T00:00:00+09:00`).getTime();
          const held = slots.filter(
            (s) => new Date(s.start).getTime() < start + 24 * HOUR && new Date(s.end).getTime() > start,
          );
          return (
            <li key={d} className={`booking-day${d === selected ? ' booking-selected' : ''}`} data-day={d}>
              <button
                type="button"
                className="button-link"
                onClick={() => onPick(d)}
                aria-label={t('bookingPickDay', { n: Number(d.slice(8)), day: d })}
                aria-pressed={d === selected}
              >
                {Number(d.slice(8))}
              </button>
              {held.length > 0 && (
                <ul>
                  {held.map((s) => (
                    <li
                      key={`${s.start}${s.end}${s.bookingId ?? ''}`}
                      className="booking-held"
                      data-status={s.mine ? 'mine' : s.status}
                    >
                      {jstSlot(s.start, s.end).slice(11)}{' '}
                      {s.mine
                        ? t('bookingOwn')
                        : s.status === 'confirmed'
                          ? t('bookingBusy')
                          : t('bookingPending')}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function BookingForm({
  equipmentId,
  unit,
  day,
  onDay,
}: {
  equipmentId: string;
  unit: BookingUnit;
  day: string;
  onDay: (day: string) => void;
}) {
  const { t } = useI18n();
  const book = useBook(equipmentId);
  const [hour, setHour] = useState('9');
  const [count, setCount] = useState('1');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<Booking | null>(null);
  const error = book.error instanceof ApiError ? book.error : null;
  const field = (name: string) => error?.details.filter((d) => d.path === `body.${name}`) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const hh = unit === 'hour' ? hour.padStart(2, '0') : '00';
    const start = new Date(`${day}T${hh}:00:00+09:00`);
    const end = new Date(start.getTime() + Math.max(1, Number(count) || 1) * unitMs[unit]);
    book.mutate(
      { start: start.toISOString(), end: end.toISOString(), ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: setDone },
    );
  };
  const unitLabel = t(unitWord[unit]);
  return (
    <section aria-labelledby="booking-form" className="card booking-form">
      <h2 id="booking-form">{t('bookingForm')}</h2>
      <form onSubmit={submit}>
        <FormField label={t('bookingDate')} errors={field('start')}>
          {(p) => <input {...p} type="date" required value={day} onChange={(e) => onDay(e.target.value)} />}
        </FormField>
        {unit === 'hour' && (
          <FormField label={t('bookingHour')}>
            {(p) => (
              <select {...p} value={hour} onChange={(e) => setHour(e.target.value)}>
                {hours.map((h) => (
                  <option key={h} value={h}>
                    {`${h.padStart(2, '0')}:00`}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('bookingLength', { unit: unitLabel })} errors={field('end')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={unit === 'hour' ? 72 : 60}
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('bookingNote')}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
        {error && !field('start').length && !field('end').length && <ErrorMessage error={error} />}
        {done && (
          <Alert tone="success">
            {done.status === 'confirmed' ? t('bookingDone') : t('bookingRequested')}{' '}
            {jstSlot(done.start, done.end)}{' '}
            <a href={`/api/bookings/${done.id}/calendar.ics`} download>
              {t('bookingIcs')}
            </a>
          </Alert>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={book.isPending || !day}>
            {t('bookingSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The quotas on the item: a member's own, or all for the owner, who can grant one here. */
function Quotas({ equipmentId, facilityId }: { equipmentId: string; facilityId: string }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const facility = useFacility(facilityId);
  const quotas = useQuotas(equipmentId, true);
  const owner =
    user?.role === 'admin' ||
    (!!user?.organizationId && user.organizationId === facility.data?.organization.id);
  const items = quotas.data?.items ?? [];
  if (!owner && items.length === 0) return null;
  return (
    <section aria-labelledby="booking-quotas">
      <h2 id="booking-quotas">{t('bookingQuotas')}</h2>
      {items.length > 0 && (
        <ul>
          {items.map((q) => (
            <li key={q.id}>
              {t('bookingQuotaLine', {
                org: pick(q.organization.name),
                left: q.remainingHours,
                hours: q.hours,
                from: q.validFrom,
                to: q.validTo,
              })}
              {q.source ? ` · ${q.source}` : ''}
            </li>
          ))}
        </ul>
      )}
      {owner && <GrantQuotaForm equipmentId={equipmentId} />}
    </section>
  );
}

function GrantQuotaForm({ equipmentId }: { equipmentId: string }) {
  const { t } = useI18n();
  const grant = useGrantQuota(equipmentId);
  const [form, setForm] = useState({ organization: '', hours: '', validFrom: '', validTo: '', source: '' });
  const error = grant.error instanceof ApiError ? grant.error : null;
  const field = (name: string) => error?.details.filter((d) => d.path === `body.${name}`) ?? [];
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    grant.mutate({
      organization: form.organization.trim(),
      hours: Number(form.hours),
      validFrom: form.validFrom,
      validTo: form.validTo,
      ...(form.source.trim() ? { source: form.source.trim() } : {}),
    });
  };
  const known = ['organization', 'hours', 'validFrom', 'validTo', 'source'];
  return (
    <details className="booking-grant">
      <summary>{t('bookingQuotaGrant')}</summary>
      <form onSubmit={submit}>
        <FormField label={t('bookingQuotaOrg')} errors={field('organization')}>
          {(p) => <input {...p} required value={form.organization} onChange={set('organization')} />}
        </FormField>
        <FormField label={t('bookingQuotaHours')} errors={field('hours')}>
          {(p) => <input {...p} type="number" min={1} required value={form.hours} onChange={set('hours')} />}
        </FormField>
        <FormField label={t('bookingQuotaFrom')} errors={field('validFrom')}>
          {(p) => <input {...p} type="date" required value={form.validFrom} onChange={set('validFrom')} />}
        </FormField>
        <FormField label={t('bookingQuotaTo')} errors={field('validTo')}>
          {(p) => <input {...p} type="date" required value={form.validTo} onChange={set('validTo')} />}
        </FormField>
        <FormField label={t('bookingQuotaSource')} errors={field('source')}>
          {(p) => <input {...p} value={form.source} onChange={set('source')} />}
        </FormField>
        {error && !error.details.some((d) => known.includes(d.path.slice(5))) && (
          <ErrorMessage error={error} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={grant.isPending}>
            {t('bookingQuotaGrant')}
          </button>
        </div>
      </form>
    </details>
  );
}
