import { type FormEvent, useState } from 'react';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useBrokerage, useConfigureBrokerage, useMarkHeld, useSchedule } from './brokerage-api.ts';
import { formatSpan } from './event-time.ts';

/** The organiser's side of a brokerage event: slot length and tables, "Schedule meetings", the meetings. */
export function BrokerageManage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const data = useBrokerage(eventId);
  if (data.isPending) return <LoadingMessage />;
  if (data.isError) return <ErrorMessage error={data.error} />;
  return (
    <section className="card brokerage" aria-label={t('brokerageTitle')}>
      <h2>{t('brokerageTitle')}</h2>
      <Settings
        key={`${data.data.slotMinutes}/${data.data.tables}`}
        eventId={eventId}
        slotMinutes={data.data.slotMinutes ?? 20}
        tables={data.data.tables ?? 5}
        slots={data.data.slots.length}
      />
      <ScheduleButton eventId={eventId} ready={data.data.slots.length > 0} />
      <Meetings eventId={eventId} />
    </section>
  );
}

function Settings(props: { eventId: string; slotMinutes: number; tables: number; slots: number }) {
  const { t } = useI18n();
  const configure = useConfigureBrokerage(props.eventId);
  const [slotMinutes, setSlotMinutes] = useState(String(props.slotMinutes));
  const [tables, setTables] = useState(String(props.tables));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    configure.mutate({ slotMinutes: Number(slotMinutes), tables: Number(tables) });
  };
  return (
    <form onSubmit={submit} className="brokerage-settings">
      <label>
        {t('brokerageSlotMinutes')}
        <input
          type="number"
          min={5}
          max={240}
          value={slotMinutes}
          onChange={(e) => setSlotMinutes(e.target.value)}
        />
      </label>
      <label>
        {t('brokerageTables')}
        <input type="number" min={1} max={1000} value={tables} onChange={(e) => setTables(e.target.value)} />
      </label>
      <button type="submit" className="button button-secondary" disabled={configure.isPending}>
        {t('brokerageSaveSlots')}
      </button>
      <p className="muted">{t('brokerageSlotCount', { count: props.slots })}</p>
      {configure.isError && <ErrorMessage error={configure.error} />}
    </form>
  );
}

function ScheduleButton({ eventId, ready }: { eventId: string; ready: boolean }) {
  const { t } = useI18n();
  const schedule = useSchedule(eventId);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!ready || schedule.isPending}
        onClick={() => schedule.mutate(undefined)}
      >
        {t('brokerageSchedule')}
      </button>
      {schedule.data && (
        <p role="status" data-testid="brokerage-placed">
          {t('brokeragePlaced', {
            placed: schedule.data.placed,
            bound: schedule.data.bound,
            unplaced: schedule.data.unplaced.length,
          })}
        </p>
      )}
      {schedule.isError && <ErrorMessage error={schedule.error} />}
    </>
  );
}

function Meetings({ eventId }: { eventId: string }) {
  const { t, pick, lang } = useI18n();
  const data = useBrokerage(eventId);
  const held = useMarkHeld();
  const meetings = data.data?.meetings.filter((m) => m.status === 'accepted' || m.status === 'held') ?? [];
  if (!meetings.length) return null;
  return (
    <table className="brokerage-agenda">
      <thead>
        <tr>
          <th>{t('brokerageTime')}</th>
          <th>{t('brokerageTable')}</th>
          <th>{t('brokerageWith')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>{m.slot ? formatSpan(m.slot.startsAt, m.slot.endsAt, lang) : t('brokerageNotPlaced')}</td>
            <td>{m.table}</td>
            <td>
              {m.requester.name} ({pick(m.requester.organization)}) – {m.invitee.name} (
              {pick(m.invitee.organization)})
            </td>
            <td>
              {m.status === 'held' ? (
                <>
                  {t('brokerageStatus_held')}
                  {m.introductionId && ` ${t('brokerageHeldIntroduced')}`}
                </>
              ) : (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={held.isPending}
                  onClick={() => held.mutate(m.id)}
                >
                  {t('brokerageMarkHeld')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
