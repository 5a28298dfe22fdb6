import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  agreementActivities,
  agreementAreas,
  agreementParties,
  agreements,
  organizations,
} from '../../db/schema/index.ts';

export type AgreementValues = typeof agreements.$inferInsert;
export type AreaValues = Omit<typeof agreementAreas.$inferInsert, 'agreementId'>;
export type ActivityValues = typeof agreementActivities.$inferInsert;
export type AgreementRow = typeof agreements.$inferSelect;

export async function listAgreementRows(db: Db) {
  return db.select().from(agreements).orderBy(desc(agreements.signedOn), asc(agreements.key));
}

export async function getAgreementRow(db: Db, id: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  return row;
}

export async function agreementIdByKey(db: Db, key: string) {
  const [row] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.key, key));
  return row?.id;
}

/** Locks the agreement row for an edit, so two edits are merged one after the other. */
export async function lockAgreement(db: Db, id: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id)).for('update');
  return row;
}

export async function insertAgreement(
  db: Db,
  values: AgreementValues,
  partyIds: string[],
  areas: AreaValues[],
) {
  const [row] = await db.insert(agreements).values(values).returning();
  await db
    .insert(agreementParties)
    .values(partyIds.map((organizationId) => ({ agreementId: row!.id, organizationId })));
  if (areas.length)
    await db.insert(agreementAreas).values(areas.map((a) => ({ ...a, agreementId: row!.id })));
  return row!;
}

export async function updateAgreementRow(db: Db, id: string, values: Partial<AgreementValues>) {
  const [row] = await db
    .update(agreements)
    .set({ ...values, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
    .where(eq(agreements.id, id))
    .returning();
  return row!;
}

export async function replaceParties(db: Db, agreementId: string, partyIds: string[]) {
  await db.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  await db
    .insert(agreementParties)
    .values(partyIds.map((organizationId) => ({ agreementId, organizationId })));
}

/** Areas added at the end of the agreement's list (existing areas keep their keys, so activities stay put). */
export async function appendAreas(db: Db, agreementId: string, areas: AreaValues[]) {
  if (areas.length) await db.insert(agreementAreas).values(areas.map((a) => ({ ...a, agreementId })));
}

export async function partiesOf(db: Db, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .select({
      agreementId: agreementParties.agreementId,
      id: organizations.id,
      key: organizations.key,
      name: organizations.name,
    })
    .from(agreementParties)
    .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(inArray(agreementParties.agreementId, agreementIds))
    .orderBy(asc(organizations.key));
}

export async function areasOf(db: Db, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .select()
    .from(agreementAreas)
    .where(inArray(agreementAreas.agreementId, agreementIds))
    .orderBy(asc(agreementAreas.agreementId), asc(agreementAreas.position));
}

export async function activitiesOf(db: Db, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .select({ ...getTableColumns(agreementActivities), areaKey: agreementAreas.key })
    .from(agreementActivities)
    .innerJoin(agreementAreas, eq(agreementAreas.id, agreementActivities.areaId))
    .where(inArray(agreementActivities.agreementId, agreementIds))
    .orderBy(desc(agreementActivities.occurredOn), desc(agreementActivities.createdAt));
}

export async function insertActivity(db: Db, values: ActivityValues) {
  const [row] = await db.insert(agreementActivities).values(values).returning();
  return row!;
}

export async function lockActivity(tx: Db, id: string) {
  const [row] = await tx
    .select()
    .from(agreementActivities)
    .where(eq(agreementActivities.id, id))
    .for('update');
  return row;
}

export async function activityById(db: Db, id: string) {
  const [row] = await db.select().from(agreementActivities).where(eq(agreementActivities.id, id));
  return row;
}

/** An activity's new content; its version moves on. */
export async function updateActivityRow(tx: Db, id: string, values: Partial<ActivityValues>) {
  const [row] = await tx
    .update(agreementActivities)
    .set({ ...values, version: sql`${agreementActivities.version} + 1` })
    .where(eq(agreementActivities.id, id))
    .returning();
  return row!;
}

export async function deleteActivityRow(tx: Db, id: string) {
  await tx.delete(agreementActivities).where(eq(agreementActivities.id, id));
}

/** Is this organisation a party to this agreement (or, without one, to any)? */
export async function isParty(db: Db, organizationId: string, agreementId?: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(agreementParties)
    .where(
      and(
        eq(agreementParties.organizationId, organizationId),
        agreementId ? eq(agreementParties.agreementId, agreementId) : undefined,
      ),
    )
    .limit(1);
  return !!row;
}

export async function organizationsByKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.key, keys));
}

export async function organizationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

/** Every area of every agreement with its agreement's key: the area tags a bulletin may carry. */
export async function allAreas(db: Db) {
  return db
    .select({
      id: agreementAreas.id,
      key: agreementAreas.key,
      name: agreementAreas.name,
      agreementId: agreements.id,
      agreementKey: agreements.key,
      agreementTitle: agreements.title,
    })
    .from(agreementAreas)
    .innerJoin(agreements, eq(agreements.id, agreementAreas.agreementId))
    .orderBy(asc(agreements.key), asc(agreementAreas.position));
}
