import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consultationAftercare, consultations, users } from '../../db/schema/index.ts';

const a = consultationAftercare;

export async function insertAftercare(tx: Db, values: typeof consultationAftercare.$inferInsert) {
  await tx.insert(a).values(values);
}

/** Ends the running round of a case (a reopen): its reminder will not go out; the row stays as history. */
export async function endRunningAftercare(tx: Db, consultationId: string, at: Date) {
  return tx
    .update(a)
    .set({ endedAt: at })
    .where(and(eq(a.consultationId, consultationId), isNull(a.endedAt)))
    .returning({ id: a.id });
}

export function aftercareRows(db: Db, consultationId: string) {
  return db.select().from(a).where(eq(a.consultationId, consultationId)).orderBy(asc(a.closedAt));
}

/**
 * Claims the follow-ups due by `today` (Japan day) that no run has reminded: one guarded `update … returning`,
 * so two processes, or two runs, each get their own rows and a claimed row is never claimed again.
 */
export function claimFollowUps(tx: Db, today: string, now: Date) {
  return tx
    .update(a)
    .set({ remindedAt: now })
    .where(and(isNull(a.remindedAt), isNull(a.endedAt), lte(a.followUpOn, today)))
    .returning({
      id: a.id,
      consultationId: a.consultationId,
      followUpOn: a.followUpOn,
      remindUserId: a.remindUserId,
    });
}

export function companyNames(tx: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({ id: consultations.id, companyName: consultations.companyName })
    .from(consultations)
    .where(inArray(consultations.id, ids));
}

export function enabledUsers(tx: Db, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
}
