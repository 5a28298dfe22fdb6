// Brokerage events (issue 17): participants publish offers and seeks, request one-to-one meetings across
// organisations, the other side answers, and the organiser schedules accepted meetings into slots and tables
// with the pure scheduler in src/core/events. Who may do what is decided here; the database refuses a pair's
// second open request, a person twice in one slot and a table twice in one slot.
import { createHash } from 'node:crypto';
import { type MeetingSchedule, scheduleMeetings } from '../../../core/events/index.ts';
import type { BrokerageItem } from '../../db/schema/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import { introductionFromMeeting, organizationPosts } from '../matching/index.ts';
import { getEventRow } from './events.queries.ts';
import type { EventsCtx } from './events.service.ts';
import {
  acceptedMeetings,
  accountNames,
  clearPlacements,
  feedMeetings,
  insertMeeting,
  insertPlacements,
  lockBrokerageEvent,
  type MeetingWithPlace,
  meetingById,
  meetingsOf,
  type ParticipantRow,
  participantsOf,
  profileOf,
  replaceSettings,
  setMeetingIntroduction,
  setMeetingStatus,
  settingsOf,
  slotsOf,
  upsertProfile,
} from './meetings.queries.ts';
import type { BrokerageProfileInput } from './meetings.schemas.ts';

const eventNotFound = () =>
  new AppError('not_found', say({ ja: 'イベントが見つかりません', en: 'Event not found' }));
const meetingNotFound = () =>
  new AppError('not_found', say({ ja: '商談が見つかりません', en: 'Meeting not found' }));
const conflict = (ja: string, en: string, path?: string) =>
  new AppError('conflict', say({ ja, en }), path ? [{ path, message: say({ ja, en }) }] : undefined);
const field = (path: string, ja: string, en: string) => invalidFields([{ path, message: say({ ja, en }) }]);

const manages = (user: AuthUser | null, organizerId: string) =>
  !!user && (user.role === 'admin' || user.organizationId === organizerId);

/** The event as the viewer may see it, and only if it is a brokerage event. */
async function brokerageEvent(ctx: EventsCtx, eventId: string) {
  const row = await getEventRow(ctx.db, eventId, {
    admin: ctx.user?.role === 'admin',
    userId: ctx.user?.id ?? null,
    organizationId: ctx.user?.organizationId ?? null,
  });
  if (!row) throw eventNotFound();
  if (row.kind !== 'brokerage')
    throw conflict('商談会ではありません', 'This is not a brokerage event', 'params.id');
  return row;
}

async function asParticipant(ctx: EventsCtx, user: AuthUser, eventId: string) {
  const event = await brokerageEvent(ctx, eventId);
  const participants = await participantsOf(ctx.db, eventId);
  const me = participants.find((p) => p.userId === user.id);
  if (!me)
    throw forbidden({
      ja: '参加が確定した組織のメンバーだけが使えます',
      en: 'Only confirmed participants with an organisation can do this',
    });
  return { event, participants, me };
}

async function asOrganiser(ctx: EventsCtx, user: AuthUser, eventId: string) {
  const event = await brokerageEvent(ctx, eventId);
  if (!manages(user, event.organizerOrganizationId)) throw forbidden();
  return event;
}

// ——— Settings and slots ———

/** Slots of `minutes` from the start while a whole slot fits before the end. */
export function slotTimes(startsAt: Date, endsAt: Date, minutes: number) {
  const out: { startsAt: Date; endsAt: Date }[] = [];
  const step = minutes * 60_000;
  for (let t = startsAt.getTime(); t + step <= endsAt.getTime() && out.length < 500; t += step)
    out.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
  return out;
}

export async function configureBrokerage(
  ctx: EventsCtx,
  user: AuthUser,
  eventId: string,
  input: { slotMinutes: number; tables: number },
) {
  const event = await asOrganiser(ctx, user, eventId);
  const slots = slotTimes(event.startsAt, event.endsAt, input.slotMinutes);
  if (!slots.length)
    throw field('body.slotMinutes', 'イベントの時間より長い枠です', 'is longer than the event');
  await ctx.db.transaction(async (tx) => {
    await lockBrokerageEvent(tx, eventId);
    await replaceSettings(tx, eventId, { slotMinutes: input.slotMinutes, tableCount: input.tables }, slots);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'brokerage',
      entityId: eventId,
      changes: { slotMinutes: input.slotMinutes, tables: input.tables, slots: slots.length },
    });
  });
  return getBrokerage({ ...ctx, user }, eventId);
}

// ——— Reading ———

const slotOut = (s: { id: string; seq: number; startsAt: Date; endsAt: Date }) => ({
  id: s.id,
  seq: s.seq,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
});

type Person = { id: string; name: string; organization: { ja?: string; en?: string } };

async function peopleOf(ctx: EventsCtx, participants: ParticipantRow[], rows: MeetingWithPlace[]) {
  const people = new Map<string, Person>(
    participants.map((p) => [p.userId, { id: p.userId, name: p.name, organization: p.organizationName }]),
  );
  const missing = [...new Set(rows.flatMap((r) => [r.meeting.requesterId, r.meeting.inviteeId]))].filter(
    (id) => !people.has(id),
  );
  for (const a of await accountNames(ctx.db, missing))
    people.set(a.id, { id: a.id, name: a.name, organization: a.organizationName ?? {} });
  return people;
}

function meetingOut(
  r: MeetingWithPlace,
  people: Map<string, Person>,
  me: string | undefined,
  seq: Map<string, number>,
) {
  const m = r.meeting;
  const unknown = (id: string): Person => ({ id, name: '', organization: {} });
  return {
    id: m.id,
    eventId: m.eventId,
    status: m.status as 'requested' | 'accepted' | 'declined' | 'held',
    requester: people.get(m.requesterId) ?? unknown(m.requesterId),
    invitee: people.get(m.inviteeId) ?? unknown(m.inviteeId),
    message: m.message,
    mine: (m.requesterId === me ? 'outgoing' : m.inviteeId === me ? 'incoming' : 'none') as
      | 'outgoing'
      | 'incoming'
      | 'none',
    slot:
      r.slotId && r.slotStartsAt && r.slotEndsAt
        ? slotOut({
            id: r.slotId,
            seq: seq.get(r.slotId) ?? 0,
            startsAt: r.slotStartsAt,
            endsAt: r.slotEndsAt,
          })
        : null,
    table: r.tableNo,
    introductionId: m.introductionId,
    createdAt: m.createdAt.toISOString(),
  };
}

const itemsOut = (items: BrokerageItem[]) => items;

/** The event's brokerage page: slots, participants' offers and seeks, your meetings and agenda. */
export async function getBrokerage(ctx: EventsCtx, eventId: string) {
  const event = await brokerageEvent(ctx, eventId);
  const user = ctx.user;
  const canManage = manages(user, event.organizerOrganizationId);
  const [settings, slots, participants] = await Promise.all([
    settingsOf(ctx.db, eventId),
    slotsOf(ctx.db, eventId),
    participantsOf(ctx.db, eventId),
  ]);
  const me = user ? participants.find((p) => p.userId === user.id) : undefined;
  // Offers and seeks are for the event's participants and organiser, not for anyone who can see the event.
  const insider = canManage || !!me;
  const rows = !user
    ? []
    : canManage
      ? await meetingsOf(ctx.db, eventId)
      : me
        ? await meetingsOf(ctx.db, eventId, user.id)
        : [];
  const people = await peopleOf(ctx, participants, rows);
  const seq = new Map(slots.map((s) => [s.id, s.seq]));
  const meetings = rows.map((r) => meetingOut(r, people, user?.id, seq));
  return {
    eventId,
    slotMinutes: settings?.slotMinutes ?? null,
    tables: settings?.tableCount ?? null,
    slots: slots.map(slotOut),
    participant: !!me,
    canManage,
    me: me
      ? {
          offers: itemsOut(me.offers),
          seeks: itemsOut(me.seeks),
          unavailableSlots: me.unavailableSlotIds.filter((id) => slots.some((s) => s.id === id)),
        }
      : null,
    participants: insider
      ? participants.map((p) => ({
          id: p.userId,
          name: p.name,
          organization: p.organizationName,
          organizationId: p.organizationId,
          offers: itemsOut(p.offers),
          seeks: itemsOut(p.seeks),
        }))
      : [],
    meetings,
    agenda: meetings
      .filter((x) => x.slot && x.mine !== 'none')
      .sort((a, b) => a.slot!.startsAt.localeCompare(b.slot!.startsAt)),
  };
}

// ——— Profile ———

/**
 * A linked need or seed must be one of the participant's organisation's own open posts, as the matching
 * module lists them (anonymous posts are not listed there, so they cannot be linked and their owner stays unread).
 */
async function checkLinks(
  ctx: EventsCtx & { reference: ReferenceData },
  organizationId: string,
  input: BrokerageProfileInput,
) {
  const links = (['offers', 'seeks'] as const).flatMap((side) =>
    input[side].flatMap((item, i) => [
      ...(item.needId ? [{ path: `body.${side}[${i}].needId`, kind: 'need' as const, id: item.needId }] : []),
      ...(item.seedId ? [{ path: `body.${side}[${i}].seedId`, kind: 'seed' as const, id: item.seedId }] : []),
    ]),
  );
  if (!links.length) return;
  const own = new Set<string>();
  for (const kind of ['need', 'seed'] as const)
    if (links.some((l) => l.kind === kind))
      for (const p of await organizationPosts(ctx, kind, organizationId, 500)) own.add(`${kind}/${p.id}`);
  const bad = links.filter((l) => !own.has(`${l.kind}/${l.id}`));
  if (bad.length)
    throw invalidFields(
      bad.map((l) => ({
        path: l.path,
        message: say({
          ja: '自組織の公開中の投稿ではありません',
          en: "is not one of your organisation's open posts",
        }),
      })),
    );
}

export async function saveProfile(
  ctx: EventsCtx & { reference: ReferenceData },
  user: AuthUser,
  eventId: string,
  input: BrokerageProfileInput,
) {
  const { me } = await asParticipant(ctx, user, eventId);
  const slots = new Set((await slotsOf(ctx.db, eventId)).map((s) => s.id));
  const bad = input.unavailableSlots.findIndex((id) => !slots.has(id));
  if (bad >= 0)
    throw field(
      `body.unavailableSlots[${bad}]`,
      'このイベントの枠ではありません',
      'is not a slot of this event',
    );
  await checkLinks(ctx, me.organizationId, input);
  await ctx.db.transaction(async (tx) => {
    await upsertProfile(tx, eventId, user.id, {
      offers: input.offers as BrokerageItem[],
      seeks: input.seeks as BrokerageItem[],
      unavailableSlotIds: [...new Set(input.unavailableSlots)],
    });
    await writeAudit(tx, user, { action: 'update', entity: 'brokerage-profile', entityId: eventId });
  });
  return getBrokerage({ ...ctx, user }, eventId);
}

// ——— Requests ———

export async function requestMeeting(
  ctx: EventsCtx,
  user: AuthUser,
  eventId: string,
  input: { with: string; message: string },
) {
  const { participants, me } = await asParticipant(ctx, user, eventId);
  const other = participants.find((p) => p.userId === input.with);
  if (!other)
    throw field('body.with', 'このイベントの参加者ではありません', 'is not a participant of this event');
  if (other.organizationId === me.organizationId)
    throw field('body.with', '別の組織の参加者を選んでください', 'must be of another organisation');
  const [pairLow, pairHigh] = [user.id, other.userId].sort() as [string, string];
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const row = await insertMeeting(tx, {
        eventId,
        requesterId: user.id,
        requesterOrganizationId: me.organizationId,
        inviteeId: other.userId,
        inviteeOrganizationId: other.organizationId,
        pairLow,
        pairHigh,
        message: input.message,
        createdAt: ctx.now,
      });
      await writeAudit(tx, user, { action: 'request', entity: 'brokerage-meeting', entityId: row.id });
      return row.id;
    });
  } catch (err) {
    if (databaseConflict(err))
      throw conflict(
        'この相手とはすでに商談の申込があります',
        'You already have an open meeting request with this participant',
        'body.with',
      );
    throw err;
  }
  return meetingFor(ctx, user, id);
}

async function meetingFor(ctx: EventsCtx, user: AuthUser, id: string) {
  const out = (
    await getBrokerage({ ...ctx, user }, (await meetingById(ctx.db, id))!.meeting.eventId)
  ).meetings.find((x) => x.id === id);
  if (!out) throw meetingNotFound();
  return out;
}

/** The invitee accepts or declines a requested meeting; only once (a guarded update). */
export async function answerMeeting(
  ctx: EventsCtx,
  user: AuthUser,
  id: string,
  answer: 'accept' | 'decline',
) {
  const found = await meetingById(ctx.db, id);
  if (!found || (found.meeting.inviteeId !== user.id && found.meeting.requesterId !== user.id))
    throw meetingNotFound();
  if (found.meeting.inviteeId !== user.id)
    throw forbidden({ ja: '申込を受けた側だけが回答できます', en: 'Only the invited side answers' });
  const to = answer === 'accept' ? 'accepted' : 'declined';
  await ctx.db.transaction(async (tx) => {
    const row = await setMeetingStatus(tx, id, 'requested', to, { answeredAt: ctx.now });
    if (!row) throw conflict('すでに回答済みです', 'This request has already been answered');
    await writeAudit(tx, user, { action: answer, entity: 'brokerage-meeting', entityId: id });
  });
  return meetingFor(ctx, user, id);
}

/**
 * The organiser records that an accepted meeting took place. It becomes an introduction in matching's
 * workflow at "meeting held" (the requesting organisation's open introduction to the other moves on, or a new
 * one starts from the need or seed its participant named for the event), in the same transaction, so the
 * introductions funnel counts it. An organisation with no need or seed at all gets none (introductionId null).
 */
export async function markHeld(ctx: EventsCtx, user: AuthUser, id: string) {
  const found = await meetingById(ctx.db, id);
  if (!found) throw meetingNotFound();
  if (!manages(user, found.organizerOrganizationId)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const row = await setMeetingStatus(tx, id, 'accepted', 'held', { heldAt: ctx.now });
    if (!row)
      throw conflict('承諾済みの商談だけを実施済みにできます', 'Only an accepted meeting can be marked held');
    await writeAudit(tx, user, { action: 'hold', entity: 'brokerage-meeting', entityId: id });
    const profile = await profileOf(tx, row.eventId, row.requesterId);
    const posts = [...(profile?.seeks ?? []), ...(profile?.offers ?? [])].flatMap((item) => [
      ...(item.needId ? [{ kind: 'need' as const, id: item.needId }] : []),
      ...(item.seedId ? [{ kind: 'seed' as const, id: item.seedId }] : []),
    ]);
    const intro = await introductionFromMeeting(tx, ctx.config, user, {
      fromOrganizationId: row.requesterOrganizationId,
      toOrganizationId: row.inviteeOrganizationId,
      posts,
      message: row.message || 'Brokerage meeting / 商談会での面談',
      note: `brokerage-meeting:${row.id}`,
      at: ctx.now,
    });
    if (intro) await setMeetingIntroduction(tx, id, intro.id);
  });
  return meetingFor(ctx, user, id);
}

// ——— Scheduling ———

/**
 * Accepted meetings → the scheduler → stored placements, replacing the previous run, in one transaction
 * under the event's lock. A meeting whose person is no longer a confirmed participant is reported, not placed.
 */
export async function runSchedule(ctx: EventsCtx, user: AuthUser, eventId: string) {
  await asOrganiser(ctx, user, eventId);
  return ctx.db.transaction(async (tx) => {
    await lockBrokerageEvent(tx, eventId);
    const settings = await settingsOf(tx, eventId);
    if (!settings)
      throw conflict(
        '先に商談枠を設定してください',
        'Set the meeting slots and tables first',
        'body.slotMinutes',
      );
    const [slots, participants, meetings] = await Promise.all([
      slotsOf(tx, eventId),
      participantsOf(tx, eventId),
      acceptedMeetings(tx, eventId),
    ]);
    const present = new Set(participants.map((p) => p.userId));
    const slotIds = new Set(slots.map((s) => s.id));
    const usable = meetings.filter((m) => present.has(m.requesterId) && present.has(m.inviteeId));
    const left = meetings.filter((m) => !usable.includes(m));
    const result: MeetingSchedule = scheduleMeetings({
      slots: slots.map((s) => s.id),
      tables: settings.tableCount,
      // Slots set again since a participant marked them are gone; their old ids mean nothing now.
      participants: participants.map((p) => ({
        id: p.userId,
        unavailable: p.unavailableSlotIds.filter((id) => slotIds.has(id)),
      })),
      meetings: usable.map((m) => ({
        id: m.id,
        participants: [m.requesterId, m.inviteeId],
        requestedAt: m.createdAt.toISOString(),
      })),
    });
    const byId = new Map(usable.map((m) => [m.id, m]));
    await clearPlacements(tx, eventId);
    await insertPlacements(
      tx,
      eventId,
      result.placements.map((p) => ({
        meetingId: p.meetingId,
        slotId: p.slotId,
        tableNo: Number(p.tableId),
        userIds: [byId.get(p.meetingId)!.requesterId, byId.get(p.meetingId)!.inviteeId],
      })),
    );
    const out = {
      placed: result.placements.length,
      bound: result.bound.value,
      meetings: meetings.length,
      unplaced: [...result.unplaced, ...left.map((m) => ({ meetingId: m.id, reason: 'not_participant' }))],
    };
    await writeAudit(tx, user, {
      action: 'schedule',
      entity: 'brokerage',
      entityId: eventId,
      changes: { placed: out.placed, bound: out.bound, meetings: out.meetings },
    });
    return out;
  });
}

// ——— Suggestions ———

const codes = (items: BrokerageItem[]) => new Set(items.flatMap((i) => i.technologyCodes));
const both = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x));

/**
 * Whom to meet. The matching module's public API ranks a stored need or seed against the directory, not
 * event-only texts, so this ranks the other organisations' participants by technology codes: what you seek
 * that they offer and what you offer that they seek count double, any other shared code once.
 */
export async function suggestions(ctx: EventsCtx, user: AuthUser, eventId: string) {
  const { participants, me } = await asParticipant(ctx, user, eventId);
  const mySeeks = codes(me.seeks);
  const myOffers = codes(me.offers);
  const mine = new Set([...mySeeks, ...myOffers]);
  const items = participants
    .filter((p) => p.organizationId !== me.organizationId)
    .map((p) => {
      const theirOffers = codes(p.offers);
      const theirSeeks = codes(p.seeks);
      const wanted = both(mySeeks, theirOffers);
      const wanting = both(myOffers, theirSeeks);
      const shared = both(mine, new Set([...theirOffers, ...theirSeeks]));
      const score = 2 * wanted.length + 2 * wanting.length + shared.length;
      const explanation = {
        ja: `共通の技術コード ${shared.length} 件（求めるものを提供 ${wanted.length}、提供するものを求める ${wanting.length}）`,
        en: `${shared.length} shared technology codes (offers what you seek: ${wanted.length}; seeks what you offer: ${wanting.length})`,
      };
      return {
        id: p.userId,
        name: p.name,
        organization: p.organizationName,
        score,
        sharedCodes: shared.sort(),
        explanation,
      };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return {
    method: 'shared-technology-codes' as const,
    explanation: {
      ja: '参加者が登録した技術コードの一致で順位付けしています（テキストの意味は比較していません）',
      en: "Ranked by the technology codes participants gave; the texts' meaning is not compared",
    },
    items,
  };
}

// ——— Calendar feed ———

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed account's placed meetings, for the events feed (an unknown token gives none). */
export function meetingFeedEntries(db: EventsCtx['db'], token: string) {
  return feedMeetings(db, hashToken(token));
}
