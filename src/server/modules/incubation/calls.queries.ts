import { and, asc, eq, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  facilities,
  facilityEquipment,
  facilityUnits,
  incubationApplications,
  incubationCalls,
  incubationReviews,
  organizations,
  users,
} from '../../db/schema/index.ts';

// All SQL of public calls, applications and reviews.

export type CallRow = typeof incubationCalls.$inferSelect;
export type CallValues = typeof incubationCalls.$inferInsert;
export type ApplicationValues = typeof incubationApplications.$inferInsert;
export type ReviewRow = typeof incubationReviews.$inferSelect;

const applicationColumns = {
  ...getTableColumns(incubationApplications),
  organizationKey: organizations.key,
  organizationName: organizations.name,
};
export type ApplicationRow = typeof incubationApplications.$inferSelect & {
  organizationKey: string;
  organizationName: { ja?: string; en?: string };
};

// ——— Calls ———

export async function insertCall(db: Db, values: CallValues) {
  const [row] = await db.insert(incubationCalls).values(values).returning();
  return row!;
}

export async function getCallRow(db: Db, id: string) {
  const [row] = await db.select().from(incubationCalls).where(eq(incubationCalls.id, id));
  return row;
}

export async function lockCallRow(db: Db, id: string) {
  const [row] = await db.select().from(incubationCalls).where(eq(incubationCalls.id, id)).for('update');
  return row;
}

export async function updateCallRow(db: Db, id: string, values: Partial<CallValues>) {
  const [row] = await db
    .update(incubationCalls)
    .set({ ...values, version: sql`${incubationCalls.version} + 1`, updatedAt: new Date() })
    .where(eq(incubationCalls.id, id))
    .returning();
  return row!;
}

export function listCallRows(db: Db) {
  return db.select().from(incubationCalls).orderBy(asc(incubationCalls.closesAt), asc(incubationCalls.key));
}

export async function callIdByKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: incubationCalls.id })
    .from(incubationCalls)
    .where(eq(incubationCalls.key, key));
  return row?.id;
}

/** Submitted applications per call, for the office's list. */
export async function submittedCounts(db: Db) {
  const rows = await db
    .select({ callId: incubationApplications.callId, n: sql<number>`count(*)::int` })
    .from(incubationApplications)
    .where(eq(incubationApplications.status, 'submitted'))
    .groupBy(incubationApplications.callId);
  return new Map(rows.map((r) => [r.callId, r.n]));
}

/** What a call's edit must respect: applications to it, and reviewers' scores on them. */
export async function callUsage(db: Db, callId: string) {
  const [row] = await db
    .select({
      applications: sql<number>`count(distinct ${incubationApplications.id})::int`,
      scored: sql<number>`count(${incubationReviews.applicationId}) filter (where ${incubationReviews.scores} <> '{}'::jsonb)::int`,
    })
    .from(incubationApplications)
    .leftJoin(incubationReviews, eq(incubationReviews.applicationId, incubationApplications.id))
    .where(eq(incubationApplications.callId, callId));
  return { applications: row?.applications ?? 0, scored: row?.scored ?? 0 };
}

export async function unitsByKey(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db
    .select({ id: facilityUnits.id, key: facilityUnits.key })
    .from(facilityUnits)
    .where(inArray(facilityUnits.key, keys));
}

export async function equipmentByKey(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db
    .select({ id: facilityEquipment.id, key: facilityEquipment.key })
    .from(facilityEquipment)
    .where(inArray(facilityEquipment.key, keys));
}

/** Units with their facility, for a call's offer. */
export async function unitsOf(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: facilityUnits.id,
      key: facilityUnits.key,
      name: facilityUnits.name,
      kind: facilityUnits.kind,
      floorAreaM2: facilityUnits.floorAreaM2,
      facility: { id: facilities.id, key: facilities.key, name: facilities.name },
    })
    .from(facilityUnits)
    .innerJoin(facilities, eq(facilities.id, facilityUnits.facilityId))
    .where(inArray(facilityUnits.id, ids))
    .orderBy(asc(facilityUnits.key));
}

export async function equipmentOf(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: facilityEquipment.id,
      key: facilityEquipment.key,
      name: facilityEquipment.name,
      facility: { id: facilities.id, key: facilities.key, name: facilities.name },
    })
    .from(facilityEquipment)
    .innerJoin(facilities, eq(facilities.id, facilityEquipment.facilityId))
    .where(inArray(facilityEquipment.id, ids))
    .orderBy(asc(facilityEquipment.key));
}

export async function organizationRef(db: Db, key: string) {
  const [row] = await db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row;
}

// ——— Applications ———

const selectApplications = (db: Db) =>
  db
    .select(applicationColumns)
    .from(incubationApplications)
    .innerJoin(organizations, eq(organizations.id, incubationApplications.organizationId));

export async function insertApplication(db: Db, values: ApplicationValues) {
  const [row] = await db
    .insert(incubationApplications)
    .values(values)
    .returning({ id: incubationApplications.id });
  return row!.id;
}

export async function getApplicationRow(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await selectApplications(db).where(eq(incubationApplications.id, id));
  return row;
}

export async function lockApplicationRow(db: Db, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await selectApplications(db)
    .where(eq(incubationApplications.id, id))
    .for('update', { of: incubationApplications });
  return row;
}

export async function updateApplicationRow(db: Db, id: string, values: Partial<ApplicationValues>) {
  await db
    .update(incubationApplications)
    .set({ ...values, version: sql`${incubationApplications.version} + 1`, updatedAt: new Date() })
    .where(eq(incubationApplications.id, id));
}

/**
 * Submits a draft, once, inside its call's window: the guard is the statement itself, so two submissions at
 * once, or one racing the deadline, give one submitted application and nothing else.
 */
export async function submitDraft(db: Db, id: string, now: Date) {
  const rows = await db
    .update(incubationApplications)
    .set({
      status: 'submitted',
      submittedAt: now,
      version: sql`${incubationApplications.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(incubationApplications.id, id),
        eq(incubationApplications.status, 'draft'),
        sql`exists (select 1 from ${incubationCalls} where ${incubationCalls.id} = ${incubationApplications.callId} and ${lte(incubationCalls.opensAt, now)} and ${gt(incubationCalls.closesAt, now)})`,
      ),
    )
    .returning({ id: incubationApplications.id });
  return rows.length === 1;
}

export function applicationsOfCall(db: Db, callId: string) {
  return selectApplications(db)
    .where(eq(incubationApplications.callId, callId))
    .orderBy(asc(organizations.key));
}

export function applicationsOfOrganization(db: Db, organizationId: string, callId?: string) {
  return selectApplications(db)
    .where(
      and(
        eq(incubationApplications.organizationId, organizationId),
        callId ? eq(incubationApplications.callId, callId) : undefined,
      ),
    )
    .orderBy(asc(incubationApplications.createdAt));
}

/** The applications a reviewer is assigned to (and has not stepped back from). */
export function applicationsOfReviewer(db: Db, reviewerId: string, callId?: string) {
  return selectApplications(db)
    .innerJoin(incubationReviews, eq(incubationReviews.applicationId, incubationApplications.id))
    .where(
      and(
        eq(incubationReviews.reviewerId, reviewerId),
        eq(incubationReviews.state, 'assigned'),
        callId ? eq(incubationApplications.callId, callId) : undefined,
      ),
    )
    .orderBy(asc(organizations.key));
}

export function allApplications(db: Db, callId?: string) {
  return selectApplications(db)
    .where(callId ? eq(incubationApplications.callId, callId) : undefined)
    .orderBy(asc(organizations.key));
}

export async function ownApplications(db: Db, organizationId: string) {
  return db
    .select({
      id: incubationApplications.id,
      callId: incubationApplications.callId,
      status: incubationApplications.status,
      decision: incubationApplications.decision,
    })
    .from(incubationApplications)
    .where(eq(incubationApplications.organizationId, organizationId));
}

export async function unitRef(db: Db, id: string) {
  const [row] = await db
    .select({
      id: facilityUnits.id,
      key: facilityUnits.key,
      name: facilityUnits.name,
      facilityId: facilityUnits.facilityId,
    })
    .from(facilityUnits)
    .where(eq(facilityUnits.id, id));
  return row;
}

export async function equipmentRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: facilityEquipment.id, key: facilityEquipment.key, name: facilityEquipment.name })
    .from(facilityEquipment)
    .where(eq(facilityEquipment.id, id));
  return row;
}

// ——— Reviews ———

const reviewColumns = {
  ...getTableColumns(incubationReviews),
  reviewerName: users.name,
  reviewerEmail: users.email,
};
export type ReviewWithReviewer = ReviewRow & { reviewerName: string; reviewerEmail: string };

export async function reviewsOf(db: Db, applicationIds: string[]): Promise<ReviewWithReviewer[]> {
  if (!applicationIds.length) return [];
  return db
    .select(reviewColumns)
    .from(incubationReviews)
    .innerJoin(users, eq(users.id, incubationReviews.reviewerId))
    .where(inArray(incubationReviews.applicationId, applicationIds))
    .orderBy(asc(users.name), asc(users.email));
}

export async function reviewOf(db: Db, applicationId: string, reviewerId: string) {
  const [row] = await db
    .select(reviewColumns)
    .from(incubationReviews)
    .innerJoin(users, eq(users.id, incubationReviews.reviewerId))
    .where(
      and(eq(incubationReviews.applicationId, applicationId), eq(incubationReviews.reviewerId, reviewerId)),
    );
  return row as ReviewWithReviewer | undefined;
}

/** Assigns, or does nothing where the reviewer already has a row (assigned, or stepped back). */
export async function insertReview(db: Db, applicationId: string, reviewerId: string) {
  const rows = await db
    .insert(incubationReviews)
    .values({ applicationId, reviewerId })
    .onConflictDoNothing()
    .returning({ applicationId: incubationReviews.applicationId });
  return rows.length === 1;
}

/** A declared conflict ends the assignment; only an assigned reviewer can declare one. */
export async function markConflict(db: Db, applicationId: string, reviewerId: string, reason: string) {
  const rows = await db
    .update(incubationReviews)
    .set({ state: 'conflict', conflictReason: reason, scores: {}, comments: {}, updatedAt: new Date() })
    .where(
      and(
        eq(incubationReviews.applicationId, applicationId),
        eq(incubationReviews.reviewerId, reviewerId),
        eq(incubationReviews.state, 'assigned'),
      ),
    )
    .returning({ applicationId: incubationReviews.applicationId });
  return rows.length === 1;
}

export async function saveScores(
  db: Db,
  applicationId: string,
  reviewerId: string,
  scores: Record<string, number>,
  comments: Record<string, string>,
) {
  const rows = await db
    .update(incubationReviews)
    .set({ scores, comments, updatedAt: new Date() })
    .where(
      and(
        eq(incubationReviews.applicationId, applicationId),
        eq(incubationReviews.reviewerId, reviewerId),
        eq(incubationReviews.state, 'assigned'),
      ),
    )
    .returning({ applicationId: incubationReviews.applicationId });
  return rows.length === 1;
}

export async function userById(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export function reviewerAccounts(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'reviewer'), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name), asc(users.email));
}
