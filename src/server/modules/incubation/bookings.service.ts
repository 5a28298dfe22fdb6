import { createHash, randomBytes } from 'node:crypto';
import {
  type BookingUnit,
  bookingFee,
  canCancel,
  jstDay,
  jstMonth,
  type Slot,
  slotHours,
  slotProblems,
  unitsIn,
} from '../../../core/incubation/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, invalidFields, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import {
  type BookableEquipment,
  type BookingRow,
  type BookingStatus,
  deleteFeed,
  deleteQuotas,
  equipmentForBooking,
  feedOf,
  feedOwnerByHash,
  getBookingRow,
  getQuota,
  heldSlots,
  insertBooking,
  insertQuota,
  listBookingRows,
  listQuotas,
  lockQuotasCovering,
  overlapsConfirmed,
  type QuotaRow,
  quotasFromSource,
  replaceFeed,
  transitionBooking,
  upsertBookingSettings,
  usageRows,
} from './bookings.queries.ts';
import type { BookingInput, BookingOut, QuotaInput } from './bookings.schemas.ts';
import { organizationByKey } from './incubation.queries.ts';

/** What every booking service receives: the database, the caller and the time now. */
export type BookingCtx = { db: Db; user: AuthUser | null; now: Date };

const bookingNotFound = () =>
  new AppError('not_found', say({ ja: '予約が見つかりません', en: 'Booking not found' }));

// ——— Access ———

const isAdmin = (user: AuthUser | null) => user?.role === 'admin';
/** The equipment's owner: a member of the organisation whose facility it is (or an admin). */
const ownsEquipment = (user: AuthUser | null, ownerOrganizationId: string) =>
  isAdmin(user) || (!!user?.organizationId && user.organizationId === ownerOrganizationId);
const isBooker = (user: AuthUser | null, row: { organizationId: string }) =>
  !!user?.organizationId && user.organizationId === row.organizationId;

/**
 * The equipment, if the caller may see it (published facility and owner, or its owner, or an admin); an
 * unknown or hidden item is a 404 naming the path's id.
 */
async function readableEquipment(db: Db, user: AuthUser | null, id: string): Promise<BookableEquipment> {
  const eq = await equipmentForBooking(db, id);
  if (!eq || !((eq.facilityPublished && eq.ownerPublished) || ownsEquipment(user, eq.ownerOrganizationId)))
    throw new AppError('not_found', notFound('Equipment').message, [
      { path: 'path.id', message: say({ ja: 'この共用設備はありません', en: 'no such equipment' }) },
    ]);
  return eq;
}

function assertOwner(user: AuthUser, ownerOrganizationId: string) {
  if (!ownsEquipment(user, ownerOrganizationId))
    throw forbidden({
      ja: 'この設備の所有者（施設の組織のメンバー）か事務局だけが行えます',
      en: "Only the equipment's owner (a member of the facility's organisation) or an admin can do this",
    });
}

function bookerOrganization(user: AuthUser): string {
  if (user.role !== 'member' || !user.organizationId)
    throw forbidden({
      ja: '予約できるのは組織に所属する会員だけです',
      en: 'Only members who belong to an organisation can book equipment',
    });
  return user.organizationId;
}

// ——— Output ———

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toBookingOut(row: BookingRow, user: AuthUser | null, now: Date, cutoffHours: number): BookingOut {
  const live = row.status === 'requested' || row.status === 'confirmed';
  return {
    id: row.id,
    equipment: {
      id: row.equipmentId,
      key: row.equipmentKey,
      name: row.equipmentName,
      bookingUnit: row.bookingUnit,
    },
    facility: { id: row.facilityId, name: row.facilityName },
    organization: { id: row.organizationId, key: row.organizationKey, name: row.organizationName },
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    status: row.status as BookingStatus,
    units: row.units,
    feeJpy: row.feeJpy,
    quotaId: row.quotaId,
    note: row.note,
    decisionReason: row.decisionReason,
    decidedAt: iso(row.decidedAt),
    cancelledAt: iso(row.cancelledAt),
    cancellable:
      live &&
      (isAdmin(user) ||
        (isBooker(user, row) && canCancel({ start: row.startsAt, end: row.endsAt }, now, cutoffHours))),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

async function bookingOut(ctx: BookingCtx, id: string) {
  const row = (await getBookingRow(ctx.db, id))!;
  const eq = (await equipmentForBooking(ctx.db, row.equipmentId))!;
  return toBookingOut(row, ctx.user, ctx.now, eq.cancelCutoffHours);
}

/** A booking the caller may see: its own organisation's, or on equipment it owns; others' are 404. */
async function visibleBooking(ctx: BookingCtx, id: string) {
  const row = await getBookingRow(ctx.db, id);
  if (!row || !(isBooker(ctx.user, row) || ownsEquipment(ctx.user, row.ownerOrganizationId)))
    throw bookingNotFound();
  return row;
}

export async function getBooking(ctx: BookingCtx, id: string) {
  const row = await visibleBooking(ctx, id);
  const eq = (await equipmentForBooking(ctx.db, row.equipmentId))!;
  return toBookingOut(row, ctx.user, ctx.now, eq.cancelCutoffHours);
}

// ——— Booking ———

const overlapConflict = (slot: Slot) =>
  new AppError(
    'conflict',
    say({
      ja: `${slot.start.toISOString()}〜${slot.end.toISOString()} は既に予約されています`,
      en: `The slot ${slot.start.toISOString()}–${slot.end.toISOString()} is already booked`,
    }),
    [
      {
        path: 'body.start',
        message: say({ ja: '確定済みの予約と重なります', en: 'overlaps a confirmed booking' }),
      },
    ],
  );

function isExclusionViolation(err: unknown): boolean {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  )
    if ((e as { code?: unknown }).code === '23P01') return true;
  return false;
}

/** The longest one booking may be: a year's beam time is booked as a quota, not as one slot. */
const MAX_SLOT_DAYS = 366;

/**
 * Books a slot: refused with the field named when it is in the past, not aligned to the item's unit, or over
 * the organisation's quota; confirmed at once unless the item needs approval. The database's exclusion
 * constraint is what keeps two confirmed bookings apart; its refusal becomes a 409 naming the slot.
 */
export async function createBooking(
  ctx: BookingCtx,
  user: AuthUser,
  equipmentId: string,
  input: BookingInput,
) {
  const organizationId = bookerOrganization(user);
  const eq = await readableEquipment(ctx.db, user, equipmentId);
  const slot = { start: new Date(input.start), end: new Date(input.end) };
  const unit = eq.bookingUnit as BookingUnit;
  const problems = slotProblems(slot, unit, ctx.now);
  if (!problems.length && slot.end.getTime() - slot.start.getTime() > MAX_SLOT_DAYS * 86_400_000)
    problems.push({
      field: 'end',
      message: {
        ja: `1回の予約は ${MAX_SLOT_DAYS} 日までです`,
        en: `must be at most ${MAX_SLOT_DAYS} days after the start`,
      },
    });
  if (problems.length)
    throw invalidFields(problems.map((p) => ({ path: `body.${p.field}`, message: say(p.message) })));
  const status: BookingStatus = eq.approvalRequired ? 'requested' : 'confirmed';
  const fee =
    eq.feeMemberJpy === null
      ? null
      : bookingFee(
          slot,
          unit,
          { member: eq.feeMemberJpy, nonMember: eq.feeNonMemberJpy ?? eq.feeMemberJpy },
          true,
        );
  try {
    const id = await ctx.db.transaction(async (tx) => {
      // A confirmed booking refuses itself through the constraint; a request over a taken slot is refused here,
      // as it could never be approved (approval meets the constraint again).
      if (status === 'requested' && (await overlapsConfirmed(tx, eq.id, slot.start, slot.end)))
        throw overlapConflict(slot);
      const quotaId = await chargeQuota(tx, eq.id, organizationId, slot);
      return insertBooking(tx, {
        equipmentId: eq.id,
        organizationId,
        bookedBy: user.id,
        startsAt: slot.start,
        endsAt: slot.end,
        status,
        units: unitsIn(slot, unit),
        feeJpy: fee,
        quotaId,
        note: input.note ?? '',
      });
    });
    return bookingOut(ctx, id);
  } catch (err) {
    if (isExclusionViolation(err)) throw overlapConflict(slot);
    throw err;
  }
}

/**
 * The quota the booking counts against, if the organisation has one on the item covering the slot's day: the
 * first (earliest ending) with hours enough left. With quotas but none with enough hours, the booking is
 * refused naming the quota and what is left.
 */
async function chargeQuota(tx: Db, equipmentId: string, organizationId: string, slot: Slot) {
  const quotas = await lockQuotasCovering(tx, equipmentId, organizationId, jstDay(slot.start));
  if (!quotas.length) return null;
  const hours = slotHours(slot);
  const fit = quotas.find((q) => q.hours - q.usedHours >= hours - 1e-9);
  if (fit) return fit.id;
  const left = Math.max(0, ...quotas.map((q) => q.hours - q.usedHours));
  throw new AppError(
    'conflict',
    say({
      ja: `割当時間を超えます（残り ${left} 時間、申込 ${hours} 時間）`,
      en: `This exceeds your booking quota (${left} hours left, ${hours} requested)`,
    }),
    [
      {
        path: 'quota',
        message: say({
          ja: `割当 ${quotas[0]!.id} の残りは ${left} 時間です`,
          en: `quota ${quotas[0]!.id} has ${left} hours left`,
        }),
      },
    ],
  );
}

async function decide(
  ctx: BookingCtx,
  user: AuthUser,
  id: string,
  ifMatch: IfMatch,
  to: 'confirmed' | 'declined',
  reason: string | null,
) {
  const row = await visibleBooking(ctx, id);
  assertOwner(user, row.ownerOrganizationId);
  checkIfMatch(ifMatch, row.version);
  if (row.status !== 'requested') throw notPending(row.status);
  try {
    await ctx.db.transaction(async (tx) => {
      const done = await transitionBooking(tx, id, ['requested'], {
        status: to,
        decisionReason: reason,
        decidedBy: user.id,
        decidedAt: ctx.now,
      });
      if (!done) throw notPending('decided');
      // The owner's decision is on record; the booking itself records who booked and when.
      await writeAudit(tx, user, {
        action: 'transition',
        entity: 'equipment-booking',
        entityId: id,
        changes: { from: 'requested', to, ...(reason ? { reason } : {}) },
      });
    });
  } catch (err) {
    if (isExclusionViolation(err)) throw overlapConflict({ start: row.startsAt, end: row.endsAt });
    throw err;
  }
  return bookingOut(ctx, id);
}

const notPending = (status: string) =>
  new AppError(
    'conflict',
    say({
      ja: `この予約は承認待ちではありません（${status}）`,
      en: `This booking is not awaiting approval (${status})`,
    }),
    [{ path: 'status', message: status }],
  );

export const approveBooking = (ctx: BookingCtx, user: AuthUser, id: string, ifMatch: IfMatch) =>
  decide(ctx, user, id, ifMatch, 'confirmed', null);

export const declineBooking = (
  ctx: BookingCtx,
  user: AuthUser,
  id: string,
  reason: string,
  ifMatch: IfMatch,
) => decide(ctx, user, id, ifMatch, 'declined', reason);

/** The booker cancels until the item's cut-off before the slot; an admin at any time. */
export async function cancelBooking(ctx: BookingCtx, user: AuthUser, id: string, ifMatch: IfMatch) {
  const row = await visibleBooking(ctx, id);
  if (!isBooker(user, row) && !isAdmin(user))
    throw forbidden({
      ja: '取り消せるのは予約した組織だけです',
      en: 'Only the booking organisation can cancel it',
    });
  checkIfMatch(ifMatch, row.version);
  const eq = (await equipmentForBooking(ctx.db, row.equipmentId))!;
  if (!isAdmin(user) && !canCancel({ start: row.startsAt, end: row.endsAt }, ctx.now, eq.cancelCutoffHours))
    throw new AppError(
      'conflict',
      say({
        ja: `開始の ${eq.cancelCutoffHours} 時間前を過ぎたため取り消せません`,
        en: `Cancellation closes ${eq.cancelCutoffHours} hours before the slot starts`,
      }),
      [{ path: 'cancelCutoffHours', message: String(eq.cancelCutoffHours) }],
    );
  await ctx.db.transaction(async (tx) => {
    const done = await transitionBooking(tx, id, ['requested', 'confirmed'], {
      status: 'cancelled',
      cancelledAt: ctx.now,
    });
    if (!done)
      throw new AppError(
        'conflict',
        say({ ja: 'この予約はすでに終了しています', en: 'This booking is already closed' }),
        [{ path: 'status', message: row.status }],
      );
    await writeAudit(tx, user, {
      action: 'transition',
      entity: 'equipment-booking',
      entityId: id,
      changes: { from: row.status, to: 'cancelled' },
    });
  });
  return bookingOut(ctx, id);
}

// ——— Lists ———

async function withCutoffs(ctx: BookingCtx, rows: BookingRow[]) {
  const cutoffs = new Map<string, number>();
  for (const id of new Set(rows.map((r) => r.equipmentId)))
    cutoffs.set(id, (await equipmentForBooking(ctx.db, id))?.cancelCutoffHours ?? 24);
  return rows.map((r) => toBookingOut(r, ctx.user, ctx.now, cutoffs.get(r.equipmentId) ?? 24));
}

/** The caller's organisation's bookings, newest slot first. */
export async function myBookings(
  ctx: BookingCtx,
  user: AuthUser,
  f: { status?: BookingStatus; month?: string },
) {
  if (!user.organizationId) return { items: [] };
  const range = f.month ? jstMonth(f.month) : undefined;
  const rows = await listBookingRows(ctx.db, {
    organizationId: user.organizationId,
    status: f.status ? [f.status] : undefined,
    from: range?.start,
    to: range?.end,
  });
  return { items: await withCutoffs(ctx, rows) };
}

/** Bookings of the equipment the caller owns (all for an admin): by default the requests awaiting a decision. */
export async function managedBookings(
  ctx: BookingCtx,
  user: AuthUser,
  f: { status?: BookingStatus; month?: string },
) {
  if (!isAdmin(user) && !user.organizationId) return { items: [] };
  const range = f.month ? jstMonth(f.month) : undefined;
  const rows = await listBookingRows(ctx.db, {
    ownerOrganizationId: isAdmin(user) ? undefined : user.organizationId!,
    status: [f.status ?? 'requested'],
    from: range?.start,
    to: range?.end,
  });
  return { items: await withCutoffs(ctx, rows) };
}

/**
 * An item's held slots in a month (Japan time). Everyone sees when it is busy; only the booker sees which
 * slots are its own, and only the owner and admins see who booked.
 */
export async function availability(ctx: BookingCtx, equipmentId: string, month: string) {
  const eq = await readableEquipment(ctx.db, ctx.user, equipmentId);
  const range = jstMonth(month);
  const owner = ownsEquipment(ctx.user, eq.ownerOrganizationId);
  const slots = await heldSlots(ctx.db, eq.id, range.start, range.end);
  return {
    month,
    from: range.start.toISOString(),
    to: range.end.toISOString(),
    bookingUnit: eq.bookingUnit,
    cancelCutoffHours: eq.cancelCutoffHours,
    slots: slots.map((s) => {
      const mine = isBooker(ctx.user, s);
      return {
        start: s.startsAt.toISOString(),
        end: s.endsAt.toISOString(),
        status: s.status as 'requested' | 'confirmed',
        mine,
        ...(mine || owner ? { bookingId: s.id } : {}),
        ...(owner ? { organization: { id: s.organizationId, name: s.organizationName } } : {}),
      };
    }),
  };
}

// ——— Usage ———

/**
 * Confirmed use per organisation and item in a month: an admin sees all; a member its own organisation's
 * bookings and every organisation's use of equipment its organisation owns.
 */
export async function usage(ctx: BookingCtx, user: AuthUser, month: string) {
  const range = jstMonth(month);
  if (!isAdmin(user) && !user.organizationId) return { month, rows: [], totalFeeJpy: 0 };
  const rows = await usageRows(
    ctx.db,
    range.start,
    range.end,
    isAdmin(user) ? { all: true } : { organizationId: user.organizationId! },
  );
  return {
    month,
    rows: rows.map((r) => ({
      organization: { id: r.organizationId, key: r.organizationKey, name: r.organizationName },
      equipment: { id: r.equipmentId, key: r.equipmentKey, name: r.equipmentName },
      facilityName: r.facilityName,
      bookingUnit: r.bookingUnit,
      bookings: r.bookings,
      units: r.units,
      hours: r.hours,
      feeJpy: r.feeJpy,
    })),
    totalFeeJpy: rows.reduce((s, r) => s + r.feeJpy, 0),
  };
}

// ——— Quotas and settings ———

const toQuotaOut = (q: QuotaRow) => ({
  id: q.id,
  equipmentId: q.equipmentId,
  organization: { id: q.organizationId, key: q.organizationKey, name: q.organizationName },
  hours: q.hours,
  usedHours: q.usedHours,
  remainingHours: Math.max(0, q.hours - q.usedHours),
  validFrom: q.validFrom,
  validTo: q.validTo,
  source: q.source,
});

/**
 * Grants an organisation hours of an item for a period. The service other modules call (an approved joint-use
 * proposal becomes a quota); the route checks the caller owns the item first.
 */
export async function grantQuota(
  db: Db,
  input: {
    equipmentId: string;
    organizationId: string;
    hours: number;
    validFrom: string;
    validTo: string;
    source?: string | null;
    grantedBy?: string | null;
  },
) {
  const row = await insertQuota(db, {
    equipmentId: input.equipmentId,
    organizationId: input.organizationId,
    hours: input.hours,
    validFrom: input.validFrom,
    validTo: input.validTo,
    source: input.source ?? null,
    createdBy: input.grantedBy ?? null,
  });
  return toQuotaOut((await getQuota(db, row.id))!);
}

/**
 * Takes back the hours granted from a source (a joint-use proposal no longer admitted). Hours already booked
 * against them stay the proposer's: the office is told to cancel those bookings first, rather than leaving
 * bookings that no quota covers.
 */
export async function revokeQuotasFrom(db: Db, source: string) {
  const quotas = await quotasFromSource(db, source);
  if (quotas.some((x) => x.usedHours > 0))
    throw new AppError(
      'conflict',
      say({
        ja: '承認した利用時間はすでに予約に使われています。先にその予約を取り消してください',
        en: 'The approved hours are already booked; cancel those bookings first',
      }),
      [
        {
          path: 'body.decision',
          message: say({ ja: '予約済みの利用枠があります', en: 'hours already booked' }),
        },
      ],
    );
  await deleteQuotas(
    db,
    quotas.map((x) => x.id),
  );
}

export async function grantQuotaAs(ctx: BookingCtx, user: AuthUser, equipmentId: string, input: QuotaInput) {
  const eq = await readableEquipment(ctx.db, user, equipmentId);
  assertOwner(user, eq.ownerOrganizationId);
  const org = await organizationByKey(ctx.db, input.organization);
  if (!org)
    throw invalidFields([
      { path: 'body.organization', message: unknownValue('organisation', input.organization) },
    ]);
  return ctx.db.transaction(async (tx) => {
    const quota = await grantQuota(tx, {
      equipmentId: eq.id,
      organizationId: org.id,
      hours: input.hours,
      validFrom: input.validFrom,
      validTo: input.validTo,
      source: input.source,
      grantedBy: user.id,
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'booking-quota',
      entityId: quota.id,
      changes: { after: input },
    });
    return quota;
  });
}

/** The owner and admins see every quota on the item; a member its own organisation's. */
export async function quotasOf(ctx: BookingCtx, user: AuthUser, equipmentId: string) {
  const eq = await readableEquipment(ctx.db, user, equipmentId);
  const owner = ownsEquipment(user, eq.ownerOrganizationId);
  if (!owner && !user.organizationId) return { items: [] };
  const rows = await listQuotas(ctx.db, eq.id, owner ? undefined : user.organizationId!);
  return { items: rows.map(toQuotaOut) };
}

export async function bookingSettings(ctx: BookingCtx, equipmentId: string) {
  const eq = await readableEquipment(ctx.db, ctx.user, equipmentId);
  return { settings: { cancelCutoffHours: eq.cancelCutoffHours }, version: eq.settingsVersion };
}

export async function setBookingSettings(
  ctx: BookingCtx,
  user: AuthUser,
  equipmentId: string,
  input: { cancelCutoffHours: number },
  ifMatch: IfMatch,
) {
  const eq = await readableEquipment(ctx.db, user, equipmentId);
  assertOwner(user, eq.ownerOrganizationId);
  checkIfMatch(ifMatch, eq.settingsVersion);
  const row = await upsertBookingSettings(ctx.db, eq.id, input.cancelCutoffHours);
  return { settings: { cancelCutoffHours: row.cancelCutoffHours }, version: row.version };
}

// ——— Calendar feed ———

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function feedState(ctx: BookingCtx, user: AuthUser) {
  const row = await feedOf(ctx.db, user.id);
  return { active: !!row, createdAt: iso(row?.createdAt ?? null) };
}

/** A new secret for the caller's feed, replacing (and so revoking) the old one; shown this once. */
export async function regenerateFeed(ctx: BookingCtx, user: AuthUser, origin: string) {
  const token = randomBytes(24).toString('base64url');
  const row = await replaceFeed(ctx.db, user.id, hashToken(token));
  return {
    token,
    url: `${origin}/api/calendar-feeds/${token}/bookings.ics`,
    createdAt: row.createdAt.toISOString(),
  };
}

export const revokeFeed = (ctx: BookingCtx, user: AuthUser) => deleteFeed(ctx.db, user.id);

/** The bookings a feed shows: its owner's organisation's live ones. A wrong or revoked token is a 404. */
export async function feedBookings(db: Db, token: string) {
  const owner = await feedOwnerByHash(db, hashToken(token));
  if (!owner)
    throw new AppError('not_found', say({ ja: 'カレンダーが見つかりません', en: 'Calendar not found' }));
  if (!owner.organization_id) return [];
  return listBookingRows(db, {
    organizationId: owner.organization_id,
    status: ['requested', 'confirmed'],
    limit: 2000,
  });
}

/** A booking's row for its .ics, if the caller may see it. */
export const bookingForCalendar = (ctx: BookingCtx, id: string) => visibleBooking(ctx, id);
