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

/**
 * Writes an invitation's answers in one statement, whoever else writes them at the same moment: the first
 * insert wins the unique invitation, and the others update the row it made instead of failing. A draft never
 * overwrites a submission (it returns nothing then); a submission always lands.
 */
export async function upsertResponse(
  tx: Db,
  values: { surveyId: string; invitationId: string; answers: unknown; version: number; now: Date },
  submit: boolean,
) {
  const set = {
    answers: values.answers as typeof surveyResponses.$inferInsert.answers,
    version: values.version,
    updatedAt: values.now,
    ...(submit ? { submittedAt: values.now } : {}),
  };
  const [row] = await tx
    .insert(surveyResponses)
    .values({ surveyId: values.surveyId, invitationId: values.invitationId, ...set })
    .onConflictDoUpdate({
      target: surveyResponses.invitationId,
      set,
      ...(submit ? {} : { setWhere: isNull(surveyResponses.submittedAt) }),
    })
    .returning();
  return row;
}

/** Moves a draft survey to open; undefined when it was not a draft any more (opened a moment ago, say). */
export async function markSurveyOpen(tx: Db, id: string, now: Date) {
  const [row] = await tx
    .update(surveys)
    .set({ status: 'open', openedAt: now })
    .where(and(eq(surveys.id, id), eq(surveys.status, 'draft')))
    .returning({ id: surveys.id });
  return row;
}
