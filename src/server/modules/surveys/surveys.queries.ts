import { and, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { surveyInvitations, surveyResponses, surveys } from '../../db/schema/index.ts';

/** Which reminder of the schedule a claim is for: the number due by now, and when the latest of them fell due. */
export type ReminderSlot = { due: number; since: Date };

/**
 * Takes the invitations of an open survey that have not submitted, counting a reminder on each, and returns
 * them: the caller tells exactly those. One guarded `update … returning`, so two processes (or the schedule and a
 * coordinator) reminding at once each get their own rows, and a claim made again finds nothing. With a slot,
 * only invitations still owed it: fewer reminders than are due, and none since the latest one fell due.
 */
export function claimReminders(tx: Db, surveyId: string, now: Date, slot?: ReminderSlot) {
  const conditions: (SQL | undefined)[] = [
    eq(surveyInvitations.surveyId, surveyId),
    sql`exists (select 1 from ${surveys} where ${surveys.id} = ${surveyInvitations.surveyId} and ${surveys.status} = 'open')`,
    sql`not exists (select 1 from ${surveyResponses} where ${surveyResponses.invitationId} = ${surveyInvitations.id} and ${surveyResponses.submittedAt} is not null)`,
  ];
  if (slot)
    conditions.push(
      lt(surveyInvitations.reminders, slot.due),
      or(isNull(surveyInvitations.lastRemindedAt), lt(surveyInvitations.lastRemindedAt, slot.since)),
    );
  return tx
    .update(surveyInvitations)
    .set({ reminders: sql`${surveyInvitations.reminders} + 1`, lastRemindedAt: now })
    .where(and(...conditions))
    .returning();
}
