import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, resultRows } from '../../db/client.ts';
import {
  bookingQuotas,
  calendarFeeds,
  equipmentBookingSettings,
  equipmentBookings,
  facilities,
  facilityEquipment,
  organizations,
} from '../../db/schema/index.ts';

const b = equipmentBookings;
const e = facilityEquipment;
const q = bookingQuotas;

export type BookingStatus = 'requested' | 'confirmed' | 'declined' | 'cancelled';
export type BookingValues = typeof equipmentBookings.$inferInsert;

// ——— Equipment ———

/** What booking needs of an equipment item: its unit, fees, approval rule, owner, publication and cut-off. */
export async function equipmentForBooking(db: Db, id: string) {
  const [row] = await db
    .select({
      id: e.id,
      key: e.key,
      name: e.name,
      bookingUnit: e.bookingUnit,
      feeMemberJpy: e.feeMemberJpy,
      feeNonMemberJpy: e.feeNonMemberJpy,
      approvalRequired: e.approvalRequired,
      facilityId: facilities.id,
      facilityName: facilities.name,
      facilityPublished: facilities.published,
      ownerOrganizationId: facilities.organizationId,
      ownerPublished: organizations.published,
      cancelCutoffHours: sql<number>`coalesce(${equipmentBookingSettings.cancelCutoffHours}, 24)`.mapWith(
        Number,
      ),
      settingsVersion: sql<number>`coalesce(${equipmentBookingSettings.version}, 0)`.mapWith(Number),
    })
    .from(e)
    .innerJoin(facilities, eq(facilities.id, e.facilityId))
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .leftJoin(equipmentBookingSettings, eq(equipmentBookingSettings.equipmentId, e.id))
    .where(eq(e.id, id));
  return row;
}
export type BookableEquipment = NonNullable<Awaited<ReturnType<typeof equipmentForBooking>>>;

export async function upsertBookingSettings(db: Db, equipmentId: string, cancelCutoffHours: number) {
  const [row] = await db
    .insert(equipmentBookingSettings)
    .values({ equipmentId, cancelCutoffHours })
    .onConflictDoUpdate({
      target: equipmentBookingSettings.equipmentId,
      set: {
        cancelCutoffHours,
        version: sql`${equipmentBookingSettings.version} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

// ——— Quotas ———

export async function insertQuota(db: Db, values: typeof bookingQuotas.$inferInsert) {
  const [row] = await db.insert(q).values(values).returning();
  return row!;
}

const usedHours = sql<number>`coalesce((select sum(extract(epoch from (${b.endsAt} - ${b.startsAt}))) / 3600
  from ${b} where ${b.quotaId} = ${q.id} and ${b.status} in ('requested', 'confirmed')), 0)`.mapWith(Number);

const quotaColumns = {
  id: q.id,
  equipmentId: q.equipmentId,
  organizationId: q.organizationId,
  organizationKey: organizations.key,
  organizationName: organizations.name,
  hours: q.hours,
  usedHours,
  validFrom: q.validFrom,
  validTo: q.validTo,
  source: q.source,
  createdAt: q.createdAt,
};
export type QuotaRow = {
  id: string;
  equipmentId: string;
  organizationId: string;
  organizationKey: string;
  organizationName: { ja?: string; en?: string };
  hours: number;
  usedHours: number;
  validFrom: string;
  validTo: string;
  source: string | null;
  createdAt: Date;
};

export async function listQuotas(db: Db, equipmentId: string, organizationId?: string) {
  return (await db
    .select(quotaColumns)
    .from(q)
    .innerJoin(organizations, eq(organizations.id, q.organizationId))
    .where(
      and(eq(q.equipmentId, equipmentId), organizationId ? eq(q.organizationId, organizationId) : undefined),
    )
    .orderBy(asc(q.validFrom), asc(q.createdAt))) as QuotaRow[];
}

/** The quotas granted from one source (an admitted joint-use proposal), with the hours booked against each. */
export async function quotasFromSource(db: Db, source: string) {
  // A join, not the usedHours subquery: drizzle leaves a one-table select's columns unqualified, and inside
  // that subquery a bare "id" would be the booking's.
  return db
    .select({
      id: q.id,
      usedHours:
        sql<number>`coalesce(sum(extract(epoch from (${b.endsAt} - ${b.startsAt}))) / 3600, 0)`.mapWith(
          Number,
        ),
    })
    .from(q)
    .leftJoin(b, and(eq(b.quotaId, q.id), inArray(b.status, ['requested', 'confirmed'])))
    .where(eq(q.source, source))
    .groupBy(q.id);
}

export async function deleteQuotas(db: Db, ids: string[]) {
  if (ids.length > 0) await db.delete(q).where(inArray(q.id, ids));
}

export async function getQuota(db: Db, id: string) {
  const [row] = await db
    .select(quotaColumns)
    .from(q)
    .innerJoin(organizations, eq(organizations.id, q.organizationId))
    .where(eq(q.id, id));
  return row as QuotaRow | undefined;
}

/**
 * The organisation's quotas on the item whose period covers `day` (Japan time), locked until the transaction
 * ends: two bookings against one quota take turns, so neither can spend hours the other already took.
 */
export async function lockQuotasCovering(db: Db, equipmentId: string, organizationId: string, day: string) {
  const ids = await db
    .select({ id: q.id })
    .from(q)
    .where(
      and(
        eq(q.equipmentId, equipmentId),
        eq(q.organizationId, organizationId),
        lte(q.validFrom, day),
        gte(q.validTo, day),
      ),
    )
    .orderBy(asc(q.validTo), asc(q.id))
    .for('update');
  if (!ids.length) return [];
  const rows = (await db
    .select(quotaColumns)
    .from(q)
    .innerJoin(organizations, eq(organizations.id, q.organizationId))
    .where(
      inArray(
        q.id,
        ids.map((r) => r.id),
      ),
    )
    .orderBy(asc(q.validTo), asc(q.id))) as QuotaRow[];
  return rows;
}

// ——— Bookings ———

export async function insertBooking(db: Db, values: BookingValues) {
  const [row] = await db.insert(b).values(values).returning({ id: b.id });
  return row!.id;
}

const bookingColumns = {
  id: b.id,
  equipmentId: b.equipmentId,
  equipmentKey: e.key,
  equipmentName: e.name,
  bookingUnit: e.bookingUnit,
  facilityId: facilities.id,
  facilityName: facilities.name,
  ownerOrganizationId: facilities.organizationId,
  organizationId: b.organizationId,
  organizationKey: organizations.key,
  organizationName: organizations.name,
  bookedBy: b.bookedBy,
  startsAt: b.startsAt,
  endsAt: b.endsAt,
  status: b.status,
  units: b.units,
  feeJpy: b.feeJpy,
  quotaId: b.quotaId,
  note: b.note,
  decisionReason: b.decisionReason,
  decidedAt: b.decidedAt,
  cancelledAt: b.cancelledAt,
  version: b.version,
  createdAt: b.createdAt,
};
export type BookingRow = {
  id: string;
  equipmentId: string;
  equipmentKey: string;
  equipmentName: { ja?: string; en?: string };
  bookingUnit: string;
  facilityId: string;
  facilityName: { ja?: string; en?: string };
  ownerOrganizationId: string;
  organizationId: string;
  organizationKey: string;
  organizationName: { ja?: string; en?: string };
  bookedBy: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  units: number;
  feeJpy: number | null;
  quotaId: string | null;
  note: string;
  decisionReason: string | null;
  decidedAt: Date | null;
  cancelledAt: Date | null;
  version: number;
  createdAt: Date;
};

const selectBookings = (db: Db) =>
  db
    .select(bookingColumns)
    .from(b)
    .innerJoin(e, eq(e.id, b.equipmentId))
    .innerJoin(facilities, eq(facilities.id, e.facilityId))
    .innerJoin(organizations, eq(organizations.id, b.organizationId));

export async function getBookingRow(db: Db, id: string) {
  const [row] = await selectBookings(db).where(eq(b.id, id));
  return row as BookingRow | undefined;
}

export type BookingFilter = {
  /** Bookings this organisation made. */
  organizationId?: string;
  /** Bookings of equipment whose facility this organisation owns. */
  ownerOrganizationId?: string;
  status?: BookingStatus[];
  /** Slots that overlap [from, to). */
  from?: Date;
  to?: Date;
  limit?: number;
};

function bookingWhere(f: BookingFilter): SQL | undefined {
  return and(
    f.organizationId ? eq(b.organizationId, f.organizationId) : undefined,
    f.ownerOrganizationId ? eq(facilities.organizationId, f.ownerOrganizationId) : undefined,
    f.status?.length ? inArray(b.status, f.status) : undefined,
    f.to ? lt(b.startsAt, f.to) : undefined,
    f.from ? gt(b.endsAt, f.from) : undefined,
  );
}

export async function listBookingRows(db: Db, f: BookingFilter) {
  return (await selectBookings(db)
    .where(bookingWhere(f))
    .orderBy(desc(b.startsAt), asc(b.id))
    .limit(f.limit ?? 500)) as BookingRow[];
}

/** Change a booking's status only from one of `from`: a decision made twice at once lands once. */
export async function transitionBooking(
  db: Db,
  id: string,
  from: BookingStatus[],
  set: Partial<BookingValues> & { status: BookingStatus },
) {
  const [row] = await db
    .update(b)
    .set({ ...set, version: sql`${b.version} + 1`, updatedAt: new Date() })
    .where(and(eq(b.id, id), inArray(b.status, from)))
    .returning({ id: b.id });
  return row?.id;
}

/**
 * The item's held slots (requested or confirmed) overlapping [from, to): the availability calendar. Uses the
 * (equipment_id, starts_at) index: a slot overlapping the window starts before its end, and no slot is longer
 * than `longest`, so it starts after `from - longest`.
 */
export async function heldSlots(db: Db, equipmentId: string, from: Date, to: Date) {
  return db
    .select({
      id: b.id,
      organizationId: b.organizationId,
      organizationName: organizations.name,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      status: b.status,
    })
    .from(b)
    .innerJoin(organizations, eq(organizations.id, b.organizationId))
    .where(
      and(
        eq(b.equipmentId, equipmentId),
        inArray(b.status, ['requested', 'confirmed']),
        lt(b.startsAt, to),
        gt(b.endsAt, from),
      ),
    )
    .orderBy(asc(b.startsAt));
}

/** Whether a confirmed booking of the item overlaps [from, to): a request for it could never be approved. */
export async function overlapsConfirmed(db: Db, equipmentId: string, from: Date, to: Date) {
  const [row] = await db
    .select({ id: b.id })
    .from(b)
    .where(
      and(eq(b.equipmentId, equipmentId), eq(b.status, 'confirmed'), lt(b.startsAt, to), gt(b.endsAt, from)),
    )
    .limit(1);
  return !!row;
}

/**
 * Confirmed use per organisation and equipment item for slots starting in [from, to): hours and fees, for
 * the usage log. `organizationId` limits it to one booker; `ownerOrganizationId` to one owner's equipment;
 * both together (a member that also owns equipment) mean either.
 */
export async function usageRows(
  db: Db,
  from: Date,
  to: Date,
  scope: { all: true } | { organizationId: string },
) {
  const inScope =
    'all' in scope
      ? undefined
      : or(eq(b.organizationId, scope.organizationId), eq(facilities.organizationId, scope.organizationId));
  return db
    .select({
      organizationId: b.organizationId,
      organizationKey: organizations.key,
      organizationName: organizations.name,
      equipmentId: e.id,
      equipmentKey: e.key,
      equipmentName: e.name,
      facilityName: facilities.name,
      bookingUnit: e.bookingUnit,
      bookings: sql<number>`count(*)`.mapWith(Number),
      units: sql<number>`sum(${b.units})`.mapWith(Number),
      hours: sql<number>`sum(extract(epoch from (${b.endsAt} - ${b.startsAt}))) / 3600`.mapWith(Number),
      feeJpy: sql<number>`coalesce(sum(${b.feeJpy}), 0)`.mapWith(Number),
    })
    .from(b)
    .innerJoin(e, eq(e.id, b.equipmentId))
    .innerJoin(facilities, eq(facilities.id, e.facilityId))
    .innerJoin(organizations, eq(organizations.id, b.organizationId))
    .where(and(eq(b.status, 'confirmed'), gte(b.startsAt, from), lt(b.startsAt, to), inScope))
    .groupBy(b.organizationId, organizations.key, organizations.name, e.id, e.key, e.name, facilities.name)
    .orderBy(asc(organizations.key), asc(e.key));
}

// ——— Calendar feeds ———

export async function replaceFeed(db: Db, userId: string, tokenHash: string) {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: new Date() } })
    .returning();
  return row!;
}

export async function deleteFeed(db: Db, userId: string) {
  const rows = await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning();
  return rows.length > 0;
}

export async function feedOf(db: Db, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

/** The feed's owner, if the account is still active and in an organisation. */
export async function feedOwnerByHash(db: Db, tokenHash: string) {
  const rows = await db.execute(sql`
    select u.id as user_id, u.organization_id from ${calendarFeeds} f join users u on u.id = f.user_id
    where f.token_hash = ${tokenHash} and u.disabled_at is null`);
  return resultRows<{ user_id: string; organization_id: string | null }>(rows)[0];
}
