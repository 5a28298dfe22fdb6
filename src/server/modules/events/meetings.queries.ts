// All SQL of brokerage events (issue 17): settings and slots, participants' profiles, meeting requests and
// the stored schedule. The service decides who may do what; these only read and write.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  type BrokerageItem,
  brokerageMeetingParticipants,
  brokerageMeetings,
  brokeragePlacements,
  brokerageProfiles,
  brokerageSettings,
  brokerageSlots,
  calendarFeeds,
  eventRegistrations,
  events,
  organizations,
  users,
} from '../../db/schema/index.ts';

const m = brokerageMeetings;

/** Locks the event row, so settings, requests and scheduling runs of one event go one at a time. */
export async function lockBrokerageEvent(db: Db, eventId: string) {
  const [row] = await db
    .select({ id: events.id, kind: events.kind, startsAt: events.startsAt, endsAt: events.endsAt })
    .from(events)
    .where(eq(events.id, eventId))
    .for('update');
  return row;
}

export async function settingsOf(db: Db, eventId: string) {
  const [row] = await db.select().from(brokerageSettings).where(eq(brokerageSettings.eventId, eventId));
  return row;
}

/** Replaces the settings and the slots; placements on the old slots go with them (cascade). */
export async function replaceSettings(
  db: Db,
  eventId: string,
  values: { slotMinutes: number; tableCount: number },
  slots: { startsAt: Date; endsAt: Date }[],
) {
  await db
    .insert(brokerageSettings)
    .values({ eventId, ...values })
    .onConflictDoUpdate({ target: brokerageSettings.eventId, set: { ...values, updatedAt: sql`now()` } });
  await db.delete(brokerageSlots).where(eq(brokerageSlots.eventId, eventId));
  if (slots.length) await db.insert(brokerageSlots).values(slots.map((s, seq) => ({ eventId, seq, ...s })));
}

export function slotsOf(db: Db, eventId: string) {
  return db
    .select()
    .from(brokerageSlots)
    .where(eq(brokerageSlots.eventId, eventId))
    .orderBy(asc(brokerageSlots.seq));
}

/** Confirmed registrants with an organisation: the event's participants. */
export function participantsOf(db: Db, eventId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      offers: sql<BrokerageItem[]>`coalesce(${brokerageProfiles.offers}, '[]'::jsonb)`,
      seeks: sql<BrokerageItem[]>`coalesce(${brokerageProfiles.seeks}, '[]'::jsonb)`,
      unavailableSlotIds: sql<string[]>`coalesce(${brokerageProfiles.unavailableSlotIds}, '{}'::uuid[])`,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(
      brokerageProfiles,
      and(eq(brokerageProfiles.eventId, eventRegistrations.eventId), eq(brokerageProfiles.userId, users.id)),
    )
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed')))
    .orderBy(asc(eventRegistrations.seq));
}
export type ParticipantRow = Awaited<ReturnType<typeof participantsOf>>[number];

export async function upsertProfile(
  db: Db,
  eventId: string,
  userId: string,
  values: { offers: BrokerageItem[]; seeks: BrokerageItem[]; unavailableSlotIds: string[] },
) {
  await db
    .insert(brokerageProfiles)
    .values({ eventId, userId, ...values })
    .onConflictDoUpdate({
      target: [brokerageProfiles.eventId, brokerageProfiles.userId],
      set: { ...values, updatedAt: sql`now()` },
    });
}

export async function insertMeeting(db: Db, values: typeof brokerageMeetings.$inferInsert) {
  const [row] = await db.insert(m).values(values).returning();
  return row!;
}

export async function meetingById(db: Db, id: string) {
  const [row] = await db
    .select({ meeting: m, organizerOrganizationId: events.organizerOrganizationId })
    .from(m)
    .innerJoin(events, eq(events.id, m.eventId))
    .where(eq(m.id, id));
  return row;
}

/** What a participant offers and seeks at the event (their profile), if they wrote one. */
export async function profileOf(db: Db, eventId: string, userId: string) {
  const [row] = await db
    .select({ offers: brokerageProfiles.offers, seeks: brokerageProfiles.seeks })
    .from(brokerageProfiles)
    .where(and(eq(brokerageProfiles.eventId, eventId), eq(brokerageProfiles.userId, userId)));
  return row;
}

export async function setMeetingIntroduction(db: Db, id: string, introductionId: string) {
  await db.update(m).set({ introductionId }).where(eq(m.id, id));
}

/** Moves a meeting on only from the status the service saw, so two answers cannot both win. */
export async function setMeetingStatus(
  db: Db,
  id: string,
  from: string,
  to: string,
  at: { answeredAt?: Date; heldAt?: Date },
) {
  const [row] = await db
    .update(m)
    .set({ status: to, ...at })
    .where(and(eq(m.id, id), eq(m.status, from)))
    .returning();
  return row;
}

/** A person's meetings at the event, with the stored placement if any. */
export function meetingsOf(db: Db, eventId: string, userId?: string) {
  return db
    .select({
      meeting: m,
      slotId: brokeragePlacements.slotId,
      tableNo: brokeragePlacements.tableNo,
      slotStartsAt: brokerageSlots.startsAt,
      slotEndsAt: brokerageSlots.endsAt,
    })
    .from(m)
    .leftJoin(brokeragePlacements, eq(brokeragePlacements.meetingId, m.id))
    .leftJoin(brokerageSlots, eq(brokerageSlots.id, brokeragePlacements.slotId))
    .where(
      and(
        eq(m.eventId, eventId),
        userId ? or(eq(m.requesterId, userId), eq(m.inviteeId, userId)) : undefined,
      ),
    )
    .orderBy(asc(brokerageSlots.startsAt), asc(m.createdAt));
}
export type MeetingWithPlace = Awaited<ReturnType<typeof meetingsOf>>[number];

export function acceptedMeetings(db: Db, eventId: string) {
  return db
    .select()
    .from(m)
    .where(and(eq(m.eventId, eventId), inArray(m.status, ['accepted', 'held'])))
    .orderBy(asc(m.createdAt));
}

export async function clearPlacements(db: Db, eventId: string) {
  await db.delete(brokeragePlacements).where(eq(brokeragePlacements.eventId, eventId));
}

export async function insertPlacements(
  db: Db,
  eventId: string,
  rows: { meetingId: string; slotId: string; tableNo: number; userIds: string[] }[],
) {
  if (!rows.length) return;
  await db.insert(brokeragePlacements).values(rows.map(({ userIds: _, ...r }) => ({ eventId, ...r })));
  await db
    .insert(brokerageMeetingParticipants)
    .values(
      rows.flatMap((r) =>
        r.userIds.map((userId) => ({ meetingId: r.meetingId, eventId, slotId: r.slotId, userId })),
      ),
    );
}

/** For tests and figures: the stored placements with their people. */
export function storedPlacements(db: Db, eventId: string) {
  return db
    .select({
      meetingId: brokerageMeetingParticipants.meetingId,
      slotId: brokerageMeetingParticipants.slotId,
      userId: brokerageMeetingParticipants.userId,
      tableNo: brokeragePlacements.tableNo,
    })
    .from(brokerageMeetingParticipants)
    .innerJoin(brokeragePlacements, eq(brokeragePlacements.meetingId, brokerageMeetingParticipants.meetingId))
    .where(eq(brokerageMeetingParticipants.eventId, eventId));
}

export function accountNames(db: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({ id: users.id, name: users.name, organizationName: organizations.name })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(inArray(users.id, ids));
}

/** Placed meetings of the account behind a calendar feed token, for the events feed. */
export async function feedMeetings(db: Db, tokenHash: string) {
  const [feed] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  if (!feed) return [];
  return db
    .select({
      meetingId: m.id,
      eventId: m.eventId,
      eventTitle: events.title,
      place: events.place,
      createdAt: m.createdAt,
      startsAt: brokerageSlots.startsAt,
      endsAt: brokerageSlots.endsAt,
      tableNo: brokeragePlacements.tableNo,
    })
    .from(brokerageMeetingParticipants)
    .innerJoin(m, eq(m.id, brokerageMeetingParticipants.meetingId))
    .innerJoin(brokeragePlacements, eq(brokeragePlacements.meetingId, m.id))
    .innerJoin(brokerageSlots, eq(brokerageSlots.id, brokeragePlacements.slotId))
    .innerJoin(events, eq(events.id, m.eventId))
    .where(eq(brokerageMeetingParticipants.userId, feed.userId));
}
