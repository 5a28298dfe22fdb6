import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  allianceActionItems,
  allianceDocuments,
  allianceGroupMembers,
  allianceGroups,
  allianceMeetings,
  organizations,
} from '../../db/schema/index.ts';

export type GroupValues = typeof allianceGroups.$inferInsert;

export async function listGroupRows(db: Db) {
  return db.select().from(allianceGroups).orderBy(asc(allianceGroups.key));
}

export async function getGroupRow(db: Db, id: string) {
  const [row] = await db.select().from(allianceGroups).where(eq(allianceGroups.id, id));
  return row;
}

export async function insertGroup(db: Db, values: GroupValues) {
  const [row] = await db.insert(allianceGroups).values(values).returning();
  return row!;
}

/** Replaces the member list; the lead is one of them (the partial unique index keeps it to one). */
export async function replaceMembers(db: Db, groupId: string, organizationIds: string[], leadId: string) {
  await db.delete(allianceGroupMembers).where(eq(allianceGroupMembers.groupId, groupId));
  await db
    .insert(allianceGroupMembers)
    .values(
      organizationIds.map((organizationId) => ({ groupId, organizationId, lead: organizationId === leadId })),
    );
}

export async function membersOf(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      groupId: allianceGroupMembers.groupId,
      lead: allianceGroupMembers.lead,
      id: organizations.id,
      key: organizations.key,
      name: organizations.name,
    })
    .from(allianceGroupMembers)
    .innerJoin(organizations, eq(organizations.id, allianceGroupMembers.organizationId))
    .where(inArray(allianceGroupMembers.groupId, groupIds))
    .orderBy(desc(allianceGroupMembers.lead), asc(organizations.key));
}

export async function meetingsOf(db: Db, groupId: string) {
  return db
    .select()
    .from(allianceMeetings)
    .where(eq(allianceMeetings.groupId, groupId))
    .orderBy(desc(allianceMeetings.heldOn), desc(allianceMeetings.createdAt));
}

export async function actionItemsOf(db: Db, groupId: string) {
  return db
    .select({ item: allianceActionItems, ownerKey: organizations.key, ownerName: organizations.name })
    .from(allianceActionItems)
    .leftJoin(organizations, eq(organizations.id, allianceActionItems.ownerOrganizationId))
    .where(eq(allianceActionItems.groupId, groupId))
    .orderBy(asc(allianceActionItems.dueOn), asc(allianceActionItems.id));
}

export async function documentsOf(db: Db, groupId: string, visibilities: string[]) {
  return db
    .select()
    .from(allianceDocuments)
    .where(and(eq(allianceDocuments.groupId, groupId), inArray(allianceDocuments.visibility, visibilities)))
    .orderBy(desc(allianceDocuments.createdAt));
}

export async function insertMeeting(
  db: Db,
  values: typeof allianceMeetings.$inferInsert,
  items: Array<Omit<typeof allianceActionItems.$inferInsert, 'meetingId' | 'groupId'>>,
) {
  const [meeting] = await db.insert(allianceMeetings).values(values).returning();
  if (items.length)
    await db
      .insert(allianceActionItems)
      .values(items.map((i) => ({ ...i, meetingId: meeting!.id, groupId: values.groupId })));
  return meeting!;
}

export async function insertDocument(db: Db, values: typeof allianceDocuments.$inferInsert) {
  const [row] = await db.insert(allianceDocuments).values(values).returning();
  return row!;
}

export async function actionItemById(db: Db, id: string) {
  const [row] = await db.select().from(allianceActionItems).where(eq(allianceActionItems.id, id));
  return row;
}

/** Open → done, once: the guarded update returns nothing when the item was already done. */
export async function completeActionItem(db: Db, id: string, now: Date) {
  const rows = await db
    .update(allianceActionItems)
    .set({ status: 'done', doneAt: now })
    .where(and(eq(allianceActionItems.id, id), eq(allianceActionItems.status, 'open')))
    .returning();
  return rows[0];
}

export async function isGroupMember(db: Db, groupId: string, organizationId: string, leadOnly = false) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(allianceGroupMembers)
    .where(
      and(
        eq(allianceGroupMembers.groupId, groupId),
        eq(allianceGroupMembers.organizationId, organizationId),
        leadOnly ? eq(allianceGroupMembers.lead, true) : undefined,
      ),
    );
  return !!row;
}
