import { createHash, randomBytes } from 'node:crypto';
import {
  cancelDeadline,
  formatShortCode,
  isShortCode,
  mayCancel,
  normalizeCode,
  registrationClosed,
  shortCodeFrom,
} from '../../../core/events/index.ts';
import { checkAnswers, checkDefinition } from '../../../core/surveys/index.ts';
import type { Answers, SurveyDefinition, SurveyIssue } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyUsers, sendMail } from '../../lib/notify.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { linkSigner } from '../surveys/index.ts';
import {
  accountsByEmails,
  accountsByIds,
  addConfirmed,
  cancelRegistrationRow,
  type EventRow,
  type EventValues,
  feedAccountByHash,
  getEventRow,
  insertEvent,
  insertRegistration,
  listEventRows,
  listRegistrationRows,
  lockEvent,
  markCheckedIn,
  organizationKeysByIds,
  organizationsByKeys,
  promoteWaiting,
  type RegistrationRow,
  registrationByCode,
  registrationById,
  registrationCount,
  registrationOf,
  registrationsOfAccount,
  updateEvent,
  type Viewer,
  waitingPosition,
} from './events.queries.ts';
import type { EventInput, EventPatch } from './events.schemas.ts';
import { inviteLateAttendee } from './outcomes.service.ts';
import { addSlotConfirmed, lockTourSlot, tourSlotsOf } from './tours.queries.ts';
import { tourSlots } from './tours.service.ts';

export type EventsCtx = { db: Db; config: Config; now: Date; user: AuthUser | null };

const eventNotFound = () =>
  new AppError('not_found', say({ ja: 'イベントが見つかりません', en: 'Event not found' }));
const registrationNotFound = () =>
  new AppError('not_found', say({ ja: '参加申込が見つかりません', en: 'Registration not found' }));

const viewerOf = (user: AuthUser | null): Viewer => ({
  admin: user?.role === 'admin',
  userId: user?.id ?? null,
  organizationId: user?.organizationId ?? null,
});

const manages = (user: AuthUser | null, organizerId: string) =>
  !!user && (user.role === 'admin' || user.organizationId === organizerId);

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const at = (prefix: string, issues: SurveyIssue[]): ErrorDetail[] =>
  issues.map((i) => ({ path: `${prefix}.${i.path}`, message: say(i.message) }));
const definitionOf = (q: { questions: unknown[] }) => ({ questions: q.questions }) as SurveyDefinition;

// ——— Events ———

async function visibleEvent(ctx: EventsCtx, id: string) {
  const row = await getEventRow(ctx.db, id, viewerOf(ctx.user));
  if (!row) throw eventNotFound();
  return row;
}

async function registrationOut(db: Db, reg: RegistrationRow, startsAt: Date, cutoffHours: number, now: Date) {
  const confirmed = reg.status === 'confirmed';
  return {
    id: reg.id,
    eventId: reg.eventId,
    status: reg.status as 'confirmed' | 'waiting' | 'cancelled',
    position: reg.status === 'waiting' ? await waitingPosition(db, reg.eventId, reg.seq) : null,
    checkinToken: confirmed ? reg.checkinToken : null,
    shortCode: confirmed ? formatShortCode(reg.shortCode) : null,
    checkedInAt: iso(reg.checkedInAt),
    cancelDeadline: cancelDeadline(startsAt, cutoffHours).toISOString(),
    mayCancel: reg.status !== 'cancelled' && mayCancel(startsAt, cutoffHours, now, reg.status as 'confirmed'),
    answers: reg.answers,
    tourSlotId: reg.tourSlotId,
    createdAt: reg.createdAt.toISOString(),
  };
}

async function eventOut(ctx: EventsCtx, row: EventRow) {
  const canManage = manages(ctx.user, row.organizerOrganizationId);
  const mine = ctx.user ? await registrationOf(ctx.db, row.id, ctx.user.id) : undefined;
  const [invitedOrgs, invitedAccounts] = canManage
    ? await Promise.all([
        organizationKeysByIds(ctx.db, row.invitedOrganizationIds),
        accountsByIds(ctx.db, row.invitedUserIds),
      ])
    : [[], []];
  return {
    id: row.id,
    key: row.key,
    kind: row.kind as EventInput['kind'],
    title: row.title,
    description: row.description,
    agenda: row.agenda,
    place: row.place,
    lat: row.lat,
    lng: row.lng,
    onlineUrl: row.onlineUrl,
    organizer: { id: row.organizerOrganizationId, key: row.organizerKey, name: row.organizerName },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    confirmed: row.confirmedCount,
    waiting: row.waiting,
    registrationOpensAt: iso(row.registrationOpensAt),
    registrationClosesAt: iso(row.registrationClosesAt),
    registrationOpen: registrationClosed(windowOf(row), ctx.now) === null,
    cancelCutoffHours: row.cancelCutoffHours,
    audience: row.audience as EventInput['audience'],
    invitedOrganizations: invitedOrgs.map((o) => o.key).sort(),
    invitedAccounts: invitedAccounts.map((a) => a.email).sort(),
    fee: row.fee,
    safetyRules: row.safetyRules,
    tourSlots: await tourSlots(ctx.db, row.id),
    questions: row.questions.questions.length
      ? (row.questions as NonNullable<EventInput['questions']>)
      : null,
    illustrative: row.illustrative,
    canManage,
    myRegistration: mine
      ? await registrationOut(ctx.db, mine, row.startsAt, row.cancelCutoffHours, ctx.now)
      : null,
    version: row.version,
  };
}

const windowOf = (row: Pick<EventRow, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>) => ({
  opensAt: row.registrationOpensAt,
  closesAt: row.registrationClosesAt,
  startsAt: row.startsAt,
});

export async function listEvents(
  ctx: EventsCtx,
  q: {
    kind?: string;
    when: 'upcoming' | 'past' | 'all';
    organizing?: 'true' | 'false';
    key?: string;
    limit: number;
    offset: number;
  },
) {
  let organizerId: string | undefined;
  if (q.organizing === 'true' && ctx.user?.role !== 'admin') {
    if (!ctx.user?.organizationId) return { items: [], total: 0 };
    organizerId = ctx.user.organizationId;
  }
  const { items, total } = await listEventRows(ctx.db, viewerOf(ctx.user), { ...q, organizerId }, ctx.now);
  return { items: await Promise.all(items.map((row) => eventOut(ctx, row))), total };
}

export async function getEvent(ctx: EventsCtx, id: string) {
  return eventOut(ctx, await visibleEvent(ctx, id));
}

type Resolved = Omit<EventValues, 'key' | 'organizerOrganizationId'> & { organizerOrganizationId?: string };

/** Checks what spans fields and resolves keys and e-mails to ids; every problem names its field. */
async function resolveInput(db: Db, input: EventPatch, current?: EventRow): Promise<Resolved> {
  const issues: ErrorDetail[] = [];
  const out: Resolved = {} as Resolved;
  const starts = input.startsAt ? new Date(input.startsAt) : current?.startsAt;
  const ends = input.endsAt ? new Date(input.endsAt) : current?.endsAt;
  if (starts && ends && ends.getTime() <= starts.getTime())
    issues.push({
      path: 'body.endsAt',
      message: say({ ja: '開始より後にしてください', en: 'must be after the start' }),
    });
  const opens =
    input.registrationOpensAt !== undefined
      ? input.registrationOpensAt
        ? new Date(input.registrationOpensAt)
        : null
      : current?.registrationOpensAt;
  const closes =
    input.registrationClosesAt !== undefined
      ? input.registrationClosesAt
        ? new Date(input.registrationClosesAt)
        : null
      : current?.registrationClosesAt;
  if (opens && closes && closes.getTime() <= opens.getTime())
    issues.push({
      path: 'body.registrationClosesAt',
      message: say({ ja: '受付開始より後にしてください', en: 'must be after registration opens' }),
    });
  if (closes && ends && closes.getTime() > ends.getTime())
    issues.push({
      path: 'body.registrationClosesAt',
      message: say({ ja: '終了までに締め切ってください', en: 'must be no later than the end' }),
    });
  const lat = input.lat !== undefined ? input.lat : current?.lat;
  const lng = input.lng !== undefined ? input.lng : current?.lng;
  if ((lat === null || lat === undefined) !== (lng === null || lng === undefined))
    issues.push({
      path: 'body.lat',
      message: say({ ja: '緯度と経度は両方とも指定してください', en: 'lat and lng go together' }),
    });
  if (input.organizer !== undefined) {
    const [org] = await organizationsByKeys(db, [input.organizer]);
    if (!org)
      issues.push({
        path: 'body.organizer',
        message: say({
          ja: `組織「${input.organizer}」はありません`,
          en: `unknown organisation "${input.organizer}"`,
        }),
      });
    else out.organizerOrganizationId = org.id;
  }
  if (input.invitedOrganizations !== undefined) {
    const found = new Map(
      (await organizationsByKeys(db, input.invitedOrganizations)).map((o) => [o.key, o.id]),
    );
    input.invitedOrganizations.forEach((k, i) => {
      if (!found.has(k))
        issues.push({
          path: `body.invitedOrganizations[${i}]`,
          message: say({ ja: `組織「${k}」はありません`, en: `unknown organisation "${k}"` }),
        });
    });
    out.invitedOrganizationIds = [...new Set(found.values())];
  }
  if (input.invitedAccounts !== undefined) {
    const found = new Map(
      (await accountsByEmails(db, input.invitedAccounts)).map((a) => [a.email.toLowerCase(), a.id]),
    );
    input.invitedAccounts.forEach((m, i) => {
      if (!found.has(m.toLowerCase()))
        issues.push({
          path: `body.invitedAccounts[${i}]`,
          message: say({ ja: `アカウント「${m}」はありません`, en: `no account "${m}"` }),
        });
    });
    out.invitedUserIds = [...new Set(found.values())];
  }
  if (input.questions)
    issues.push(...at('body.questions', checkDefinition(input.questions as SurveyDefinition)));
  if (issues.length) throw invalidFields(issues);
  const copy = [
    'kind',
    'title',
    'description',
    'agenda',
    'place',
    'lat',
    'lng',
    'onlineUrl',
    'capacity',
  ] as const;
  for (const f of copy) if (input[f] !== undefined) (out as Record<string, unknown>)[f] = input[f];
  for (const f of ['cancelCutoffHours', 'audience', 'fee', 'safetyRules'] as const)
    if (input[f] !== undefined) (out as Record<string, unknown>)[f] = input[f];
  if (input.startsAt) out.startsAt = new Date(input.startsAt);
  if (input.endsAt) out.endsAt = new Date(input.endsAt);
  if (input.registrationOpensAt !== undefined) out.registrationOpensAt = opens ?? null;
  if (input.registrationClosesAt !== undefined) out.registrationClosesAt = closes ?? null;
  if (input.questions !== undefined) out.questions = input.questions ?? { questions: [] };
  return out;
}

/** Members of the organising organisation and admins create events. */
export async function createEvent(ctx: EventsCtx, user: AuthUser, input: EventInput) {
  const values = await resolveInput(ctx.db, input);
  if (!manages(user, values.organizerOrganizationId!))
    throw forbidden({
      ja: '自分の組織が主催するイベントだけを作成できます',
      en: 'You may create events organised by your own organisation only',
    });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertEvent(tx, {
      ...(values as EventValues),
      key: input.key,
      organizerOrganizationId: values.organizerOrganizationId!,
    });
    await writeAudit(tx, user, { action: 'create', entity: 'event', entityId: row.id, entityKey: input.key });
    return row.id;
  });
  return getEvent({ ...ctx, user }, id);
}

/**
 * Organiser and admins edit (If-Match). A smaller capacity than the places taken is a 409 on the capacity;
 * a larger one promotes the waiting list in order, in the same transaction.
 */
export async function patchEvent(
  ctx: EventsCtx,
  user: AuthUser,
  id: string,
  patch: EventPatch,
  ifMatch: IfMatch,
) {
  const current = await visibleEvent({ ...ctx, user }, id);
  if (!manages(user, current.organizerOrganizationId)) throw forbidden();
  const values = await resolveInput(ctx.db, patch, current);
  if (values.organizerOrganizationId && !manages(user, values.organizerOrganizationId)) throw forbidden();
  const mails = await ctx.db.transaction(async (tx) => {
    const locked = (await lockEvent(tx, id))!;
    checkIfMatch(ifMatch, locked.version);
    // The answers people gave are to these questions: once anyone has registered, they stay as they are.
    if (patch.questions !== undefined && (await registrationCount(tx, id)) > 0)
      throw new AppError(
        'conflict',
        say({
          ja: '参加申込のあるイベントの質問は変更できません',
          en: 'The registration questions cannot change once people have registered',
        }),
        [{ path: 'body.questions', message: say({ ja: '申込があります', en: 'registrations exist' }) }],
      );
    if (values.capacity !== undefined && values.capacity < locked.confirmedCount)
      throw new AppError(
        'conflict',
        say({
          ja: `すでに${locked.confirmedCount}人の参加が確定しています`,
          en: `${locked.confirmedCount} places are already taken`,
        }),
        [
          {
            path: 'body.capacity',
            message: say({ ja: '確定済みの人数より少なくできません', en: 'below the places taken' }),
          },
        ],
      );
    await updateEvent(tx, id, values);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'event',
      entityId: id,
      entityKey: current.key,
      changes: { fields: Object.keys(patch) },
    });
    const capacity = values.capacity ?? locked.capacity;
    return promote(tx, ctx, { ...locked, ...values } as EventRow, capacity - locked.confirmedCount);
  });
  await sendMail(ctx.db, ctx.config, mails);
  return getEvent({ ...ctx, user }, id);
}

/** Confirms up to `places` waiting entries in arrival order and tells each promoted person. */
async function promote(
  tx: Db,
  ctx: EventsCtx,
  event: Pick<EventRow, 'id' | 'title' | 'startsAt'>,
  places: number,
) {
  const promoted = await promoteWaiting(tx, event.id, places, ctx.now);
  if (!promoted.length) return [];
  await addConfirmed(tx, event.id, promoted.length);
  const to = await accountsByIds(
    tx,
    promoted.map((p) => p.userId),
  );
  for (const p of promoted)
    await writeAudit(tx, null, {
      action: 'transition',
      entity: 'event-registration',
      entityId: p.id,
      changes: { from: 'waiting', to: 'confirmed' },
    });
  return notifyUsers(tx, ctx.config, to, promotedNotice(event));
}

const titleIn = (t: { ja?: string; en?: string }, lang: 'ja' | 'en') => t[lang] ?? t.ja ?? t.en ?? '';
const jst = (d: Date, lang: 'ja' | 'en') =>
  d.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

function promotedNotice(event: Pick<EventRow, 'id' | 'title' | 'startsAt'>) {
  return {
    kind: 'event-promoted',
    title: {
      ja: `【参加確定】${titleIn(event.title, 'ja')}`,
      en: `Your place is confirmed: ${titleIn(event.title, 'en')}`,
    },
    body: {
      ja: `キャンセル待ちから繰り上がり、参加が確定しました（${jst(event.startsAt, 'ja')} 開始）。受付用のQRコードはイベントのページにあります。`,
      en: `A place came free and you moved up from the waiting list (starts ${jst(event.startsAt, 'en')} Japan time). Your check-in QR code is on the event page.`,
    },
    link: `/events/${event.id}`,
  };
}

// ——— Registration ———

const newToken = () => randomBytes(32).toString('base64url');

/**
 * The event row is locked first, so registrations are decided one at a time in arrival order: confirmed while
 * places remain, waiting after. The counter's check constraint and the one-live-registration index are the
 * database's guarantees; a second registration by the same account is a 409.
 */
export async function register(
  ctx: EventsCtx,
  user: AuthUser,
  eventId: string,
  body: { answers: Answers; tourSlotId?: string },
) {
  const event = await visibleEvent({ ...ctx, user }, eventId);
  const closed = registrationClosed(windowOf(event), ctx.now);
  if (closed) throw new AppError('conflict', say(closed));
  const checked = checkAnswers(definitionOf(event.questions), body.answers, true);
  if (checked.issues.length)
    throw invalidFields(checked.issues.map((i) => ({ path: `body.${i.path}`, message: say(i.message) })));
  const slots = await tourSlotsOf(ctx.db, eventId);
  const slotId = body.tourSlotId ?? null;
  if (slots.length && !slotId)
    throw invalidFields([
      { path: 'body.tourSlotId', message: say({ ja: '見学枠を選んでください', en: 'choose a tour slot' }) },
    ]);
  if (slotId && !slots.some((x) => x.id === slotId))
    throw invalidFields([
      {
        path: 'body.tourSlotId',
        message: say({ ja: 'このイベントの見学枠ではありません', en: 'not a tour slot of this event' }),
      },
    ]);
  const reg = await ctx.db.transaction(async (tx) => {
    const locked = (await lockEvent(tx, eventId))!;
    let confirmed = locked.confirmedCount < locked.capacity;
    if (slotId) {
      // A tour has its own places and no waiting list: a full one is a 409, the visitor picks another.
      const slot = (await lockTourSlot(tx, eventId, slotId))!;
      if (slot.confirmedCount >= slot.capacity || !confirmed)
        throw new AppError('conflict', say({ ja: 'この見学枠は満員です', en: 'This tour is full' }), [
          { path: 'body.tourSlotId', message: say({ ja: '満員です', en: 'full' }) },
        ]);
      confirmed = true;
    }
    const row = await insertRegistration(tx, {
      eventId,
      userId: user.id,
      status: confirmed ? 'confirmed' : 'waiting',
      answers: checked.answers as Record<string, unknown>,
      checkinToken: newToken(),
      shortCode: shortCodeFrom(randomBytes(8)),
      tourSlotId: slotId,
    });
    if (confirmed) await addConfirmed(tx, eventId, 1);
    if (slotId) await addSlotConfirmed(tx, slotId, 1);
    await writeAudit(tx, user, {
      action: 'register',
      entity: 'event-registration',
      entityId: row.id,
      entityKey: event.key,
      changes: { status: row.status, ...(slotId ? { tourSlotId: slotId } : {}) },
    });
    return row;
  });
  return registrationOut(ctx.db, reg, event.startsAt, event.cancelCutoffHours, ctx.now);
}

/** The registrant cancels until the cut-off; a freed place goes to the first waiting entry in the same transaction. */
export async function cancelRegistration(ctx: EventsCtx, user: AuthUser, id: string) {
  const reg = await ownRegistration(ctx, user, id);
  const event = await visibleEvent({ ...ctx, user }, reg.eventId);
  const tooLate = () =>
    new AppError(
      'conflict',
      say({
        ja: `取り消しは開始の${event.cancelCutoffHours}時間前までです（キャンセル待ちは開始まで）`,
        en: `Registrations can be cancelled until ${event.cancelCutoffHours} hours before the start (waiting-list places until the start)`,
      }),
    );
  if (
    reg.status !== 'cancelled' &&
    !mayCancel(event.startsAt, event.cancelCutoffHours, ctx.now, reg.status as 'waiting')
  )
    throw tooLate();
  const { row, mails } = await ctx.db.transaction(async (tx) => {
    await lockEvent(tx, reg.eventId);
    // Read again under the lock: a waiting entry may have been promoted since the read above, and a confirmed
    // place must give its seat back.
    const before = (await registrationById(tx, id))!.status;
    // Promoted meanwhile: a confirmed place follows the cut-off.
    if (before === 'confirmed' && !mayCancel(event.startsAt, event.cancelCutoffHours, ctx.now))
      throw tooLate();
    const cancelled = await cancelRegistrationRow(tx, id, ctx.now);
    if (!cancelled)
      throw new AppError('conflict', say({ ja: 'すでに取り消されています', en: 'Already cancelled' }));
    await writeAudit(tx, user, {
      action: 'cancel',
      entity: 'event-registration',
      entityId: id,
      entityKey: event.key,
      changes: { from: before },
    });
    if (before !== 'confirmed') return { row: cancelled, mails: [] };
    await addConfirmed(tx, reg.eventId, -1);
    if (cancelled.tourSlotId) await addSlotConfirmed(tx, cancelled.tourSlotId, -1);
    return { row: cancelled, mails: await promote(tx, ctx, event, 1) };
  });
  await sendMail(ctx.db, ctx.config, mails);
  return registrationOut(ctx.db, row, event.startsAt, event.cancelCutoffHours, ctx.now);
}

async function ownRegistration(ctx: EventsCtx, user: AuthUser, id: string) {
  const reg = await registrationById(ctx.db, id);
  // Someone else's registration does not exist for the caller.
  if (!reg || reg.userId !== user.id) throw registrationNotFound();
  return reg;
}

export async function myRegistrations(ctx: EventsCtx, user: AuthUser) {
  const rows = await registrationsOfAccount(ctx.db, user.id, ctx.now);
  const items = await Promise.all(
    rows.map(async (x) => ({
      ...(await registrationOut(ctx.db, x.registration, x.event.startsAt, x.cutoffHours, ctx.now)),
      event: {
        ...x.event,
        kind: x.event.kind as EventInput['kind'],
        startsAt: x.event.startsAt.toISOString(),
        endsAt: x.event.endsAt.toISOString(),
      },
    })),
  );
  return { items, total: items.length };
}

/** A registration with its event, for its QR code and its .ics: the registrant's own only. */
export async function ownRegistrationWithEvent(ctx: EventsCtx, user: AuthUser, id: string) {
  const reg = await ownRegistration(ctx, user, id);
  const event = await visibleEvent({ ...ctx, user }, reg.eventId);
  return { reg, event };
}

/** What the registrant's QR code holds: only a confirmed place has a code that works at the door. */
export async function checkInToken(ctx: EventsCtx, user: AuthUser, id: string) {
  const reg = await ownRegistration(ctx, user, id);
  if (reg.status !== 'confirmed')
    throw new AppError(
      'not_found',
      say({
        ja: '受付コードは参加確定後に発行されます',
        en: 'Only a confirmed registration has a check-in code',
      }),
    );
  return reg.checkinToken;
}

// ——— Organiser: registrations and check-in ———

async function managedEvent(ctx: EventsCtx, user: AuthUser, id: string) {
  const event = await visibleEvent({ ...ctx, user }, id);
  if (!manages(user, event.organizerOrganizationId)) throw forbidden();
  return event;
}

export async function listRegistrations(ctx: EventsCtx, user: AuthUser, eventId: string) {
  const event = await managedEvent(ctx, user, eventId);
  const rows = await listRegistrationRows(ctx.db, eventId);
  let position = 0;
  const items = rows.map((x) => ({
    id: x.id,
    seq: x.seq,
    status: x.status as 'confirmed' | 'waiting' | 'cancelled',
    position: x.status === 'waiting' ? ++position : null,
    account: { id: x.userId, name: x.accountName, email: x.accountEmail },
    organization: x.organizationKey ? { key: x.organizationKey, name: x.organizationName! } : null,
    answers: x.answers,
    tourSlotId: x.tourSlotId,
    checkedInAt: iso(x.checkedInAt),
    createdAt: x.createdAt.toISOString(),
  }));
  const n = (s: string) => rows.filter((x) => x.status === s).length;
  const checkedIn = rows.filter((x) => x.checkedInAt).length;
  const ended = ctx.now.getTime() >= event.endsAt.getTime();
  return {
    items,
    total: items.length,
    summary: {
      capacity: event.capacity,
      confirmed: n('confirmed'),
      waiting: n('waiting'),
      cancelled: n('cancelled'),
      checkedIn,
      noShows: ended ? n('confirmed') - checkedIn : null,
    },
  };
}

/**
 * The organiser checks a person in by the short code or the QR token. A code of another event, a waiting or
 * cancelled registration, or a made-up code is a 404; a second use is a 409 (the update is guarded).
 */
export async function checkIn(ctx: EventsCtx, user: AuthUser, eventId: string, code: string) {
  const event = await managedEvent(ctx, user, eventId);
  const short = normalizeCode(code);
  const by = isShortCode(short) ? { shortCode: short } : { token: code.trim() };
  const reg = await registrationByCode(ctx.db, eventId, by);
  if (!reg)
    throw new AppError(
      'not_found',
      say({
        ja: 'このイベントの受付コードではありません',
        en: 'No confirmed registration for this event has this code',
      }),
      [{ path: 'body.code', message: say({ ja: '見つかりません', en: 'not found' }) }],
    );
  const sign = await linkSigner(ctx.db);
  const done = await ctx.db.transaction(async (tx) => {
    const marked = await markCheckedIn(tx, reg.id, ctx.now);
    if (!marked) return null;
    await writeAudit(tx, user, {
      action: 'check-in',
      entity: 'event-registration',
      entityId: reg.id,
      entityKey: event.key,
    });
    // Feedback already open (the organiser opened it during the event): this attendee is asked too.
    const mails = await inviteLateAttendee(tx, ctx.config, event, marked.userId, sign);
    return { marked, mails };
  });
  if (!done)
    throw new AppError(
      'conflict',
      say({ ja: 'この受付コードはすでに使われています', en: 'This code has already been used to check in' }),
      [{ path: 'body.code', message: say({ ja: '使用済みです', en: 'already used' }) }],
    );
  await sendMail(ctx.db, ctx.config, done.mails);
  return {
    registrationId: reg.id,
    account: { name: reg.accountName },
    organization: reg.organizationKey ? { key: reg.organizationKey, name: reg.organizationName! } : null,
    checkedInAt: done.marked.checkedInAt!.toISOString(),
  };
}

// ——— Calendar feed ———

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed's account's live registrations; the same secret URL as the account's bookings feed. */
export async function feedRegistrations(db: Db, token: string, now: Date) {
  const account = await feedAccountByHash(db, hashToken(token));
  if (!account)
    throw new AppError('not_found', say({ ja: 'カレンダーが見つかりません', en: 'Calendar not found' }));
  const rows = await registrationsOfAccount(db, account.id, now);
  return rows.filter((x) => x.registration.status !== 'cancelled');
}
