import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarFeeds, eventRegistrations, events, organizations, users } from '../../db/schema/index.ts';

const e = events;
const r = eventRegistrations;

export type EventValues = typeof events.$inferInsert;
export type RegistrationValues = typeof eventRegistrations.$inferInsert;

/** Who is looking: an admin sees every event; others what the audience lets them. */
export type Viewer = { admin: boolean; userId: string | null; organizationId: string | null };

/**
 * Public events to everyone; members' events to any account; invited events only to the invited
 * organisations and accounts, and to the organiser. Everything else does not exist for the viewer (404).
 */
function visibleTo(v: Viewer): SQL | undefined {
  if (v.admin) return undefined;
  if (!v.userId) return eq(e.audience, 'public');
  return or(
    inArray(e.audience, ['public', 'members']),
    v.organizationId ? eq(e.organizerOrganizationId, v.organizationId) : undefined,
    v.organizationId ? sql`${v.organizationId}::uuid = any(${e.invitedOrganizationIds})` : undefined,
    sql`${v.userId}::uuid = any(${e.invitedUserIds})`,
  );
}

const waitingCount = sql<number>`(select count(*)::int from ${r} w where w.event_id = ${e.id} and w.status = 'waiting')`;

const eventColumns = {
  ...getTableColumns(e),
  organizerKey: organizations.key,
  organizerName: organizations.name,
  waiting: waitingCount,
};

const selectEvents = (db: Db) =>
  db.select(eventColumns).from(e).innerJoin(organizations, eq(organizations.id, e.organizerOrganizationId));

export type EventRow = Awaited<ReturnType<typeof getEventRow>> & {};

export async function getEventRow(db: Db, id: string, viewer: Viewer) {
  const [row] = await selectEvents(db).where(and(eq(e.id, id), visibleTo(viewer)));
  return row;
}

export type EventFilter = {
  kind?: string;
  when: 'upcoming' | 'past' | 'all';
  organizerId?: string;
  key?: string;
  limit: number;
  offset: number;
};

/** Upcoming (not yet ended) soonest first; past most recent first. */
export async function listEventRows(db: Db, viewer: Viewer, f: EventFilter, now: Date) {
  const where = and(
    visibleTo(viewer),
    f.kind ? eq(e.kind, f.kind) : undefined,
    f.key ? eq(e.key, f.key) : undefined,
    f.organizerId ? eq(e.organizerOrganizationId, f.organizerId) : undefined,
    f.when === 'upcoming' ? gt(e.endsAt, now) : f.when === 'past' ? lt(e.endsAt, now) : undefined,
  );
  const order = f.when === 'past' ? [desc(e.startsAt), asc(e.key)] : [asc(e.startsAt), asc(e.key)];
  const [items, [total]] = await Promise.all([
    selectEvents(db)
      .where(where)
      .orderBy(...order)
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(e).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The event's row, locked: every change of its places goes through this lock, one at a time. */
export async function lockEvent(db: Db, id: string) {
  const [row] = await db.select().from(e).where(eq(e.id, id)).for('update');
  return row;
}

export async function insertEvent(db: Db, values: EventValues) {
  const [row] = await db.insert(e).values(values).returning({ id: e.id });
  return row!;
}

export async function updateEvent(db: Db, id: string, values: Partial<EventValues>) {
  await db
    .update(e)
    .set({ ...values, version: sql`${e.version} + 1`, updatedAt: new Date() })
    .where(eq(e.id, id));
}

export async function eventIdByKey(db: Db, key: string) {
  const [row] = await db.select({ id: e.id }).from(e).where(eq(e.key, key));
  return row?.id;
}

export async function organizationsByKeys(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.key, keys));
}

export async function organizationKeysByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

export async function accountsByEmails(db: Db, emails: string[]) {
  if (!emails.length) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        emails.map((m) => m.toLowerCase()),
      ),
    );
}

export async function accountsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids));
}

// ——— Registrations ———

export async function insertRegistration(db: Db, values: RegistrationValues) {
  const [row] = await db.insert(r).values(values).returning();
  return row!;
}

/** Moves the event's counter of places; the check constraint refuses going over capacity or below zero. */
export async function addConfirmed(db: Db, eventId: string, delta: number) {
  await db
    .update(e)
    .set({ confirmedCount: sql`${e.confirmedCount} + ${delta}` })
    .where(eq(e.id, eventId));
}

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** The account's live (confirmed or waiting) registration, or its latest cancelled one. */
export async function registrationOf(db: Db, eventId: string, userId: string) {
  const [row] = await db
    .select()
    .from(r)
    .where(and(eq(r.eventId, eventId), eq(r.userId, userId)))
    .orderBy(sql`case when ${r.status} = 'cancelled' then 1 else 0 end`, desc(r.seq))
    .limit(1);
  return row;
}

export async function registrationById(db: Db, id: string) {
  const [row] = await db.select().from(r).where(eq(r.id, id));
  return row;
}

/** How many registrations (of any status) the event has had. */
export async function registrationCount(db: Db, eventId: string) {
  const [row] = await db.select({ n: count() }).from(r).where(eq(r.eventId, eventId));
  return row?.n ?? 0;
}

/** Place on the waiting list: waiting entries that arrived before, plus one. */
export async function waitingPosition(db: Db, eventId: string, seq: number) {
  const [row] = await db
    .select({ n: count() })
    .from(r)
    .where(and(eq(r.eventId, eventId), eq(r.status, 'waiting'), sql`${r.seq} <= ${seq}`));
  return row?.n ?? 0;
}

/** Cancels a live registration; the status in the where clause is the guard against a double cancel. */
export async function cancelRegistrationRow(db: Db, id: string, now: Date) {
  const [row] = await db
    .update(r)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(eq(r.id, id), inArray(r.status, ['confirmed', 'waiting'])))
    .returning();
  return row;
}

/** Confirms the first waiting entries in arrival order (the event row is locked by the caller). */
export async function promoteWaiting(db: Db, eventId: string, places: number, now: Date) {
  if (places <= 0) return [];
  const first = db
    .select({ id: r.id })
    .from(r)
    .where(and(eq(r.eventId, eventId), eq(r.status, 'waiting')))
    .orderBy(asc(r.seq))
    .limit(places);
  return db
    .update(r)
    .set({ status: 'confirmed', promotedAt: now })
    .where(and(inArray(r.id, first), eq(r.status, 'waiting')))
    .returning();
}

/** Everyone registered for an event, with account and organisation, in arrival order. */
export async function listRegistrationRows(db: Db, eventId: string) {
  return db
    .select({
      ...getTableColumns(r),
      accountName: users.name,
      accountEmail: users.email,
      organizationKey: organizations.key,
      organizationName: organizations.name,
    })
    .from(r)
    .innerJoin(users, eq(users.id, r.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(r.eventId, eventId))
    .orderBy(asc(r.seq));
}

/** The account's registrations (live ones, and cancelled ones of events not yet over), with their events. */
export async function registrationsOfAccount(db: Db, userId: string, now: Date) {
  return db
    .select({
      registration: getTableColumns(r),
      event: { id: e.id, key: e.key, kind: e.kind, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt },
      cutoffHours: e.cancelCutoffHours,
      place: e.place,
      onlineUrl: e.onlineUrl,
      description: e.description,
    })
    .from(r)
    .innerJoin(e, eq(e.id, r.eventId))
    .where(and(eq(r.userId, userId), or(inArray(r.status, ['confirmed', 'waiting']), gt(e.endsAt, now))))
    .orderBy(asc(e.startsAt));
}

/** The registration a code opens at this event: the short code or the QR token, confirmed ones only. */
export async function registrationByCode(
  db: Db,
  eventId: string,
  by: { shortCode: string } | { token: string },
) {
  const [row] = await db
    .select({
      ...getTableColumns(r),
      accountName: users.name,
      organizationKey: organizations.key,
      organizationName: organizations.name,
    })
    .from(r)
    .innerJoin(users, eq(users.id, r.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(r.eventId, eventId),
        eq(r.status, 'confirmed'),
        'shortCode' in by ? eq(r.shortCode, by.shortCode) : eq(r.checkinToken, by.token),
      ),
    );
  return row;
}

/** Records attendance once: a second use of the code finds `checked_in_at` set and updates nothing. */
export async function markCheckedIn(db: Db, id: string, now: Date) {
  const [row] = await db
    .update(r)
    .set({ checkedInAt: now })
    .where(and(eq(r.id, id), eq(r.status, 'confirmed'), sql`${r.checkedInAt} is null`))
    .returning({ checkedInAt: r.checkedInAt, userId: r.userId });
  return row;
}

// ——— Reminders and the calendar feed ———

/**
 * Claims the day-before reminders of confirmed registrations for events starting in [from, to): one guarded
 * update, so a second run (in this process or another) claims nothing.
 */
export async function claimReminders(db: Db, from: Date, to: Date, now: Date) {
  const due = db
    .select({ id: r.id })
    .from(r)
    .innerJoin(e, eq(e.id, r.eventId))
    .where(
      and(eq(r.status, 'confirmed'), sql`${r.remindedAt} is null`, gte(e.startsAt, from), lt(e.startsAt, to)),
    );
  return db
    .update(r)
    .set({ remindedAt: now })
    .where(and(inArray(r.id, due), sql`${r.remindedAt} is null`))
    .returning({ id: r.id, userId: r.userId, eventId: r.eventId });
}

export async function eventsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: e.id, title: e.title, startsAt: e.startsAt, place: e.place, onlineUrl: e.onlineUrl })
    .from(e)
    .where(inArray(e.id, ids));
}

/** The account behind a calendar-feed secret (the one feed URL an account has; see incubation bookings). */
export async function feedAccountByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), sql`${users.disabledAt} is null`));
  return row;
}
