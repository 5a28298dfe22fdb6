// All SQL of what follows an event (issue 17): attendance counts, feedback answers, the coordinator's figures.
import { and, count, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, events, organizations, users } from '../../db/schema/index.ts';

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

/** The attendees (checked in) as a survey's invitees: account, organisation and its kind; or one of them. */
export async function attendeesForSurvey(db: Db, eventId: string, userId?: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      organizationId: users.organizationId,
      organizationKind: organizations.kind,
    })
    .from(r)
    .innerJoin(users, eq(users.id, r.userId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(r.eventId, eventId), isNotNull(r.checkedInAt), userId ? eq(r.userId, userId) : undefined));
}

/** Links the event to its feedback survey, once: a second link (two openers at once) returns nothing. */
export async function setFeedbackSurvey(db: Db, eventId: string, surveyId: string) {
  const rows = await db
    .update(events)
    .set({ feedbackSurveyId: surveyId })
    .where(and(eq(events.id, eventId), isNull(events.feedbackSurveyId)))
    .returning({ id: events.id });
  return rows.length > 0;
}

/** Events that ended in (since, now] with someone checked in and no feedback survey yet. */
export async function eventsAwaitingFeedback(db: Db, since: Date, now: Date) {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        isNull(events.feedbackSurveyId),
        lte(events.endsAt, now),
        gt(events.endsAt, since),
        sql`exists (select 1 from ${r} where ${r.eventId} = ${events.id} and ${r.checkedInAt} is not null)`,
      ),
    );
  return rows.map((x) => x.id);
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
