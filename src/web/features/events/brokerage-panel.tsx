import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type Brokerage,
  type BrokerageMeeting,
  useAnswerMeeting,
  useBrokerage,
  useRequestMeeting,
  useSaveProfile,
  useSuggestions,
} from './brokerage-api.ts';
import { formatSpan } from './event-time.ts';

/** A brokerage event's participant side: offers and seeks, availability, suggestions, requests, agenda. */
export function BrokeragePanel({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const data = useBrokerage(eventId);
  if (data.isPending) return <LoadingMessage />;
  if (data.isError) return <ErrorMessage error={data.error} />;
  const b = data.data;
  if (!b.participant)
    return (
      <section className="card brokerage">
        <h2>{t('brokerageTitle')}</h2>
        <p className="muted">{t('brokerageOnlyParticipants')}</p>
      </section>
    );
  return (
    <section className="card brokerage" aria-label={t('brokerageTitle')}>
      <h2>{t('brokerageTitle')}</h2>
      <Agenda brokerage={b} />
      <Incoming brokerage={b} />
      <Suggested brokerage={b} />
      <ProfileEditor key={JSON.stringify(b.me)} brokerage={b} />
    </section>
  );
}

const otherSide = (m: BrokerageMeeting) => (m.mine === 'outgoing' ? m.invitee : m.requester);

export function AgendaTable({ meetings }: { meetings: BrokerageMeeting[] }) {
  const { t, pick, lang } = useI18n();
  if (!meetings.length) return <p className="muted">{t('brokerageAgendaEmpty')}</p>;
  return (
    <table className="brokerage-agenda" data-testid="brokerage-agenda">
      <thead>
        <tr>
          <th>{t('brokerageTime')}</th>
          <th>{t('brokerageTable')}</th>
          <th>{t('brokerageWith')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>{m.slot ? formatSpan(m.slot.startsAt, m.slot.endsAt, lang) : ''}</td>
            <td>{m.table}</td>
            <td>
              {otherSide(m).name} ({pick(otherSide(m).organization)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Agenda({ brokerage: b }: { brokerage: Brokerage }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('brokerageAgenda')}</h3>
      <AgendaTable meetings={b.agenda} />
      <p>
        <Link href={`/events/${b.eventId}/agenda`}>{t('brokeragePrint')}</Link>
      </p>
    </>
  );
}

function Incoming({ brokerage: b }: { brokerage: Brokerage }) {
  const { t, pick } = useI18n();
  const answer = useAnswerMeeting();
  if (!b.meetings.length) return null;
  return (
    <>
      <h3>{t('brokerageRequests')}</h3>
      <ul className="brokerage-requests">
        {b.meetings.map((m) => (
          <li key={m.id} data-testid="brokerage-request">
            {t(m.mine === 'incoming' ? 'brokerageFrom' : 'brokerageTo', {
              name: otherSide(m).name,
              organization: pick(otherSide(m).organization),
            })}{' '}
            <span className="badge">{t(`brokerageStatus_${m.status}`)}</span>
            {m.mine === 'incoming' && m.status === 'requested' && (
              <>
                {' '}
                <button
                  type="button"
                  className="button"
                  disabled={answer.isPending}
                  onClick={() => answer.mutate({ id: m.id, answer: 'accept' })}
                >
                  {t('brokerageAccept')}
                </button>{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={answer.isPending}
                  onClick={() => answer.mutate({ id: m.id, answer: 'decline' })}
                >
                  {t('brokerageDecline')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {answer.isError && <ErrorMessage error={answer.error} />}
    </>
  );
}

function Suggested({ brokerage: b }: { brokerage: Brokerage }) {
  const { t, pick } = useI18n();
  const suggestions = useSuggestions(b.eventId, true);
  const ask = useRequestMeeting(b.eventId);
  const open = new Set(
    b.meetings.filter((m) => m.status === 'requested' || m.status === 'accepted').map((m) => otherSide(m).id),
  );
  const { user } = useSession();
  const ranked = new Map((suggestions.data?.items ?? []).map((s) => [s.id, s]));
  const others = b.participants
    .filter((p) => p.id !== user?.id && p.organizationId !== user?.organizationId)
    .filter(
      (p) =>
        !b.meetings.some((m) => m.mine !== 'none' && otherSide(m).id === p.id && m.status === 'declined'),
    )
    .sort((x, y) => (ranked.get(y.id)?.score ?? 0) - (ranked.get(x.id)?.score ?? 0));
  return (
    <>
      <h3>{t('brokerageWhomToMeet')}</h3>
      {suggestions.data && <p className="muted">{pick(suggestions.data.explanation)}</p>}
      <ul className="brokerage-people">
        {others.map((p) => (
          <li key={p.id} data-testid="brokerage-person">
            <strong>{p.name}</strong> ({pick(p.organization)})
            {ranked.get(p.id) && <span className="muted"> — {pick(ranked.get(p.id)!.explanation)}</span>}
            {p.offers.length > 0 && (
              <div>
                {t('brokerageOffers')}: {p.offers.map((o) => pick(o.text)).join(' / ')}
              </div>
            )}
            {p.seeks.length > 0 && (
              <div>
                {t('brokerageSeeks')}: {p.seeks.map((o) => pick(o.text)).join(' / ')}
              </div>
            )}
            {!open.has(p.id) && (
              <button
                type="button"
                className="button button-secondary"
                disabled={ask.isPending}
                onClick={() => ask.mutate(p.id)}
              >
                {t('brokerageRequest')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {ask.isError && <ErrorMessage error={ask.error} />}
    </>
  );
}

type Item = { text: { ja?: string; en?: string }; technologyCodes: string[] };
const linesOf = (items: Item[], pick: (t: Item['text']) => string) =>
  items.map((i) => pick(i.text)).join('\n');
const codesOf = (items: Item[]) => [...new Set(items.flatMap((i) => i.technologyCodes))].join(', ');

function ProfileEditor({ brokerage: b }: { brokerage: Brokerage }) {
  const { t, pick, lang } = useI18n();
  const save = useSaveProfile(b.eventId);
  const me = b.me!;
  const [offers, setOffers] = useState(linesOf(me.offers, pick));
  const [offerCodes, setOfferCodes] = useState(codesOf(me.offers));
  const [seeks, setSeeks] = useState(linesOf(me.seeks, pick));
  const [seekCodes, setSeekCodes] = useState(codesOf(me.seeks));
  const [unavailable, setUnavailable] = useState(new Set(me.unavailableSlots));
  // Each line is one item, written in the reader's language; the codes apply to every item of its side.
  const items = (text: string, codes: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => ({
        text: { [lang]: l },
        technologyCodes: codes
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      }));
  const toggle = (id: string) => {
    const next = new Set(unavailable);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setUnavailable(next);
  };
  return (
    <form
      className="brokerage-profile"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          offers: items(offers, offerCodes),
          seeks: items(seeks, seekCodes),
          unavailableSlots: [...unavailable],
        });
      }}
    >
      <h3>{t('brokerageProfile')}</h3>
      <label>
        {t('brokerageOffers')}
        <textarea value={offers} onChange={(e) => setOffers(e.target.value)} rows={3} />
      </label>
      <label>
        {t('brokerageCodes')}
        <input value={offerCodes} onChange={(e) => setOfferCodes(e.target.value)} />
      </label>
      <label>
        {t('brokerageSeeks')}
        <textarea value={seeks} onChange={(e) => setSeeks(e.target.value)} rows={3} />
      </label>
      <label>
        {t('brokerageCodes')}
        <input value={seekCodes} onChange={(e) => setSeekCodes(e.target.value)} />
      </label>
      {b.slots.length > 0 && (
        <fieldset>
          <legend>{t('brokerageAvailability')}</legend>
          {b.slots.map((s) => (
            <label key={s.id} className="brokerage-slot">
              <input type="checkbox" checked={!unavailable.has(s.id)} onChange={() => toggle(s.id)} />
              {formatSpan(s.startsAt, s.endsAt, lang)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('brokerageSave')}
      </button>
      {save.isSuccess && <p role="status">{t('brokerageSaved')}</p>}
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}
