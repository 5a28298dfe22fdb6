// All SQL of what follows an event (issue 17): attendance counts, feedback answers, the coordinator's figures.
import { and, asc, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventFeedback, eventRegistrations, events, organizations, users } from '../../db/schema/index.ts';

const r = eventRegistrations;

export async function attendanceCounts(db: Db, eventId: string) {
  const [row] = await db
    .select({
      confirmed: sql<number>`count(*) filter (where ${r.status} = 'confirmed')::int`,
      checkedIn: sql<number>`count(*) filter (where ${r.checkedInAt} is not null)::int`,
    })
    .from(r)
    .where(eq(r.eventId, eventId));
  return { confirmed: row?.confirmed ?? 0, checkedIn: row?.checkedIn ?? 0 };
}

/** The accounts checked in at the event: its attendees. */
export async function attendeeIds(db: Db, eventId: string) {
  const rows = await db
    .select({ userId: r.userId })
    .from(r)
    .where(and(eq(r.eventId, eventId), isNotNull(r.checkedInAt)));
  return rows.map((x) => x.userId);
}

export async function isAttendee(db: Db, eventId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(r)
    .where(and(eq(r.eventId, eventId), eq(r.userId, userId), isNotNull(r.checkedInAt)));
  return (row?.n ?? 0) > 0;
}

export async function feedbackAnswers(db: Db, eventId: string) {
  const rows = await db
    .select({ answers: eventFeedback.answers })
    .from(eventFeedback)
    .where(eq(eventFeedback.eventId, eventId))
    .orderBy(asc(eventFeedback.createdAt));
  return rows.map((x) => x.answers);
}

export async function feedbackOf(db: Db, eventId: string, userId: string) {
  const [row] = await db
    .select()
    .from(eventFeedback)
    .where(and(eq(eventFeedback.eventId, eventId), eq(eventFeedback.userId, userId)));
  return row;
}

/** One answer per account and event: the primary key refuses a second (a 409). */
export async function insertFeedback(db: Db, values: typeof eventFeedback.$inferInsert) {
  await db.insert(eventFeedback).values(values);
}

export async function organizationNames(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

export async function accountNamesByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}

/** Events starting in [from, to), and their registrations with the registrant's organisation. */
export async function figureRows(db: Db, from: Date, to: Date) {
  const within = and(gte(events.startsAt, from), lt(events.startsAt, to));
  const [evs, regs] = await Promise.all([
    db
      .select({ id: events.id, kind: events.kind, startsAt: events.startsAt, endsAt: events.endsAt })
      .from(events)
      .where(within),
    db
      .select({
        eventId: r.eventId,
        status: r.status,
        checkedIn: sql<boolean>`${r.checkedInAt} is not null`,
        organizationId: users.organizationId,
      })
      .from(r)
      .innerJoin(events, eq(events.id, r.eventId))
      .innerJoin(users, eq(users.id, r.userId))
      .where(within),
  ]);
  return { events: evs, registrations: regs };
}
