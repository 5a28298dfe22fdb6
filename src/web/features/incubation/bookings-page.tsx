import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { apiUrl } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';
import { useSession } from '../../lib/session.ts';
import {
  type Booking,
  useApproveBooking,
  useBookingRequests,
  useCancelBooking,
  useDeclineBooking,
  useFeedState,
  useMyBookings,
  useRegenerateFeed,
  useRevokeFeed,
  useUsage,
} from './bookings-api.ts';
import { currentMonth, jstSlot } from './equipment-booking-page.tsx';
import { useNumber } from './unit-facts.tsx';

const statusWord: Record<Booking['status'], MessageKey> = {
  requested: 'bookingStatusRequested',
  confirmed: 'bookingStatusConfirmed',
  declined: 'bookingStatusDeclined',
  cancelled: 'bookingStatusCancelled',
};

/** A member's bookings with cancel and .ics, its calendar feed, and for owners the approval queue and usage. */
export function BookingsPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  if (isLoading) return <LoadingMessage />;
  return (
    <>
      <p>
        <Link href="/incubation">← {t('incubationBack')}</Link>
      </p>
      <PageHeader title={t('bookingsTitle')} intro={t('bookingsIntro')} />
      {!user ? (
        <p className="muted">{t('bookingSignIn')}</p>
      ) : (
        <>
          {user.organizationId && <MyBookings />}
          {(user.role === 'admin' || (user.role === 'member' && user.organizationId)) && <ApprovalQueue />}
          <Feed />
          {(user.role === 'admin' || (user.role === 'member' && user.organizationId)) && <UsageLog />}
        </>
      )}
    </>
  );
}

function Fee({ value }: { value: number | null }) {
  const { t } = useI18n();
  const n = useNumber();
  return <>{value === null ? '—' : t('incubationYen', { n: n(value) })}</>;
}

function MyBookings() {
  const { t, pick } = useI18n();
  const mine = useMyBookings(true);
  const cancel = useCancelBooking();
  const [asking, setAsking] = useState<Booking | null>(null);
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">{t('bookingMine')}</h2>
      {mine.isPending ? (
        <LoadingMessage />
      ) : mine.isError ? (
        <ErrorMessage error={mine.error} />
      ) : mine.data.items.length === 0 ? (
        <p className="muted">{t('bookingsNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="booking-table">
            <thead>
              <tr>
                <th scope="col">{t('bookingEquipment')}</th>
                <th scope="col">{t('bookingSlot')}</th>
                <th scope="col">{t('bookingStatus')}</th>
                <th scope="col">{t('bookingFee')}</th>
                <th scope="col">{t('bookingActions')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((b) => (
                <tr key={b.id} data-booking={b.id}>
                  <td>
                    <Link href={`/incubation/equipment/${b.equipment.id}`}>{pick(b.equipment.name)}</Link>
                    <div className="muted">{pick(b.facility.name)}</div>
                  </td>
                  <td>{jstSlot(b.start, b.end)}</td>
                  <td>
                    {t(statusWord[b.status])}
                    {b.decisionReason && <div className="muted">{b.decisionReason}</div>}
                  </td>
                  <td>
                    <Fee value={b.feeJpy} />
                  </td>
                  <td className="booking-actions">
                    {(b.status === 'confirmed' || b.status === 'requested') && (
                      <a href={apiUrl(`/bookings/${b.id}/calendar.ics`)} download>
                        {t('bookingIcs')}
                      </a>
                    )}
                    {b.cancellable && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => setAsking(b)}
                      >
                        {t('bookingCancel')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cancel.isError && <ErrorMessage error={cancel.error} />}
      <ConfirmDialog
        open={!!asking}
        title={t('bookingCancelTitle')}
        confirmLabel={t('bookingCancel')}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) cancel.mutate(asking);
          setAsking(null);
        }}
      >
        <p>{asking ? t('bookingCancelBody', { slot: jstSlot(asking.start, asking.end) }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}

function ApprovalQueue() {
  const { t, pick } = useI18n();
  const queue = useBookingRequests(true);
  const approve = useApproveBooking();
  if (queue.isPending) return null;
  if (queue.isError) return <ErrorMessage error={queue.error} />;
  return (
    <section aria-labelledby="booking-queue">
      <h2 id="booking-queue">{t('bookingQueue')}</h2>
      {queue.data.items.length === 0 ? (
        <p className="muted">{t('bookingQueueNone')}</p>
      ) : (
        <ul className="booking-queue">
          {queue.data.items.map((b) => (
            <li key={b.id} className="card" data-booking={b.id}>
              <p>
                <strong>{pick(b.equipment.name)}</strong> · {jstSlot(b.start, b.end)} ·{' '}
                {t('bookingOrganization')}: {pick(b.organization.name)}
              </p>
              {b.note && <p className="muted">{b.note}</p>}
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={approve.isPending}
                  onClick={() => approve.mutate(b)}
                >
                  {t('bookingApprove')}
                </button>
              </div>
              <DeclineForm booking={b} />
            </li>
          ))}
        </ul>
      )}
      {approve.isError && <ErrorMessage error={approve.error} />}
    </section>
  );
}

function DeclineForm({ booking }: { booking: Booking }) {
  const { t } = useI18n();
  const decline = useDeclineBooking();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decline.mutate({ booking, reason });
  };
  return (
    <form onSubmit={submit} className="booking-decline">
      <FormField label={t('bookingDeclineReason')}>
        {(p) => (
          <input
            {...p}
            required
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button-secondary button-small" disabled={decline.isPending}>
        {t('bookingDecline')}
      </button>
      {decline.isError && <ErrorMessage error={decline.error} />}
    </form>
  );
}

function Feed() {
  const { t } = useI18n();
  const state = useFeedState(true);
  const regenerate = useRegenerateFeed();
  const revoke = useRevokeFeed();
  const url = regenerate.data?.url;
  return (
    <section aria-labelledby="booking-feed">
      <h2 id="booking-feed">{t('bookingFeed')}</h2>
      <p className="muted">{t('bookingFeedIntro')}</p>
      {state.data && (
        <p>
          {state.data.active
            ? t('bookingFeedActive', { date: (state.data.createdAt ?? '').slice(0, 10) })
            : t('bookingFeedNone')}
        </p>
      )}
      {url && (
        <FormField label={t('bookingFeedUrl')}>
          {(p) => (
            <input
              {...p}
              readOnly
              value={url}
              className="booking-feed-url"
              onFocus={(e) => e.target.select()}
            />
          )}
        </FormField>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-small"
          disabled={regenerate.isPending}
          onClick={() => regenerate.mutate(undefined)}
        >
          {state.data?.active ? t('bookingFeedRenew') : t('bookingFeedCreate')}
        </button>
        {state.data?.active && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={revoke.isPending}
            onClick={() => {
              regenerate.reset();
              revoke.mutate(undefined);
            }}
          >
            {t('bookingFeedRevoke')}
          </button>
        )}
      </div>
    </section>
  );
}

function UsageLog() {
  const { t, pick } = useI18n();
  const n = useNumber();
  const [month, setMonth] = useState(currentMonth);
  const usage = useUsage(month, true);
  return (
    <section aria-labelledby="booking-usage">
      <h2 id="booking-usage">{t('bookingUsage')}</h2>
      <div className="booking-usage-controls">
        <FormField label={t('bookingMonth')}>
          {(p) => (
            <input
              {...p}
              type="month"
              value={month}
              onChange={(e) => e.target.value && setMonth(e.target.value)}
            />
          )}
        </FormField>
        <a
          className="button button-secondary button-small"
          href={apiUrl('/booking-usage/export.xlsx', { month })}
          download
        >
          {t('bookingXlsx')}
        </a>
      </div>
      {usage.isPending ? (
        <LoadingMessage />
      ) : usage.isError ? (
        <ErrorMessage error={usage.error} />
      ) : usage.data.rows.length === 0 ? (
        <p className="muted">{t('bookingsNone')}</p>
      ) : (
        <div className="table-scroll">
          <table className="booking-table">
            <thead>
              <tr>
                <th scope="col">{t('bookingOrganization')}</th>
                <th scope="col">{t('bookingEquipment')}</th>
                <th scope="col">{t('bookingCount')}</th>
                <th scope="col">{t('bookingHours')}</th>
                <th scope="col">{t('bookingFee')}</th>
              </tr>
            </thead>
            <tbody>
              {usage.data.rows.map((r) => (
                <tr key={`${r.organization.id}${r.equipment.id}`}>
                  <td>{pick(r.organization.name)}</td>
                  <td>{pick(r.equipment.name)}</td>
                  <td>{n(r.bookings)}</td>
                  <td>{n(r.hours)}</td>
                  <td>
                    <Fee value={r.feeJpy} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>
              {t('bookingTotal', { fee: t('incubationYen', { n: n(usage.data.totalFeeJpy) }) })}
            </strong>
          </p>
        </div>
      )}
    </section>
  );
}
