// All SQL of an open factory's tour slots (issue 17): each slot has its own places, counted on its row the way
// the event's are, so a registration locks the event row and then the slot row.
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { eventRegistrations, eventTourSlots } from '../../db/schema/index.ts';

const s = eventTourSlots;

export type TourSlotRow = typeof eventTourSlots.$inferSelect;

export function tourSlotsOf(db: Db, eventId: string) {
  return db.select().from(s).where(eq(s.eventId, eventId)).orderBy(asc(s.startsAt));
}

/** The slot's row, locked: its places change one registration at a time. */
export async function lockTourSlot(db: Db, eventId: string, slotId: string) {
  const [row] = await db
    .select()
    .from(s)
    .where(and(eq(s.id, slotId), eq(s.eventId, eventId)))
    .for('update');
  return row;
}

/** Moves the slot's counter; the check constraint refuses going over its capacity or below zero. */
export async function addSlotConfirmed(db: Db, slotId: string, delta: number) {
  await db
    .update(s)
    .set({ confirmedCount: sql`${s.confirmedCount} + ${delta}` })
    .where(eq(s.id, slotId));
}

/** Registrations (of any status) that name one of the event's slots: the slots cannot be replaced then. */
export async function slotRegistrations(db: Db, eventId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), isNotNull(eventRegistrations.tourSlotId)));
  return row?.n ?? 0;
}

export async function replaceTourSlots(
  db: Db,
  eventId: string,
  slots: { startsAt: Date; endsAt: Date; capacity: number }[],
) {
  await db.delete(s).where(eq(s.eventId, eventId));
  if (slots.length) await db.insert(s).values(slots.map((x) => ({ eventId, ...x })));
}
