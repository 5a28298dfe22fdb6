import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
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

const d = allianceDocuments;
/** Everything of a document but its bytes. */
const documentMeta = {
  id: d.id,
  groupId: d.groupId,
  title: d.title,
  url: d.url,
  visibility: d.visibility,
  fileName: d.fileName,
  contentType: d.contentType,
  byteSize: d.byteSize,
  createdBy: d.createdBy,
  createdAt: d.createdAt,
};

export async function documentsOf(db: Db, groupId: string, visibilities: string[]) {
  return db
    .select(documentMeta)
    .from(d)
    .where(and(eq(d.groupId, groupId), inArray(d.visibility, visibilities)))
    .orderBy(desc(d.createdAt));
}

/** A document with its bytes (null for a link). */
export async function documentById(db: Db, id: string) {
  const [row] = await db.select().from(d).where(eq(d.id, id));
  return row;
}

export async function deleteDocumentRow(tx: Db, id: string) {
  const rows = await tx.delete(d).where(eq(d.id, id)).returning({ id: d.id });
  return rows.length > 0;
}

/** Locks the group, so two uploads at once are counted one after the other and the cap holds. */
export async function lockGroupForFiles(tx: Db, groupId: string) {
  const [row] = await tx
    .select({ id: allianceGroups.id })
    .from(allianceGroups)
    .where(eq(allianceGroups.id, groupId))
    .for('update');
  if (!row) return undefined;
  const [n] = await tx
    .select({ n: count() })
    .from(d)
    .where(and(eq(d.groupId, groupId), sql`${d.content} is not null`));
  return n?.n ?? 0;
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
  const [row] = await db.insert(d).values(values).returning(documentMeta);
  return row!;
}

export async function meetingById(db: Db, id: string) {
  const [row] = await db.select().from(allianceMeetings).where(eq(allianceMeetings.id, id));
  return row;
}

export async function lockMeeting(tx: Db, id: string) {
  const [row] = await tx.select().from(allianceMeetings).where(eq(allianceMeetings.id, id)).for('update');
  return row;
}

/** A meeting's new content: its version moves on; its action items are replaced only when given. */
export async function updateMeeting(
  tx: Db,
  id: string,
  values: Pick<typeof allianceMeetings.$inferInsert, 'heldOn' | 'title' | 'minutes'>,
) {
  const [row] = await tx
    .update(allianceMeetings)
    .set({ ...values, version: sql`${allianceMeetings.version} + 1` })
    .where(eq(allianceMeetings.id, id))
    .returning();
  return row!;
}

/** Replaces the open action items of a meeting; done ones stay as they were. */
export async function replaceOpenActionItems(
  tx: Db,
  meetingId: string,
  groupId: string,
  items: Array<Omit<typeof allianceActionItems.$inferInsert, 'meetingId' | 'groupId'>>,
) {
  await tx
    .delete(allianceActionItems)
    .where(and(eq(allianceActionItems.meetingId, meetingId), eq(allianceActionItems.status, 'open')));
  if (items.length)
    await tx.insert(allianceActionItems).values(items.map((i) => ({ ...i, meetingId, groupId })));
}

/** Deletes a meeting record; its action items go with it (cascade). */
export async function deleteMeetingRow(tx: Db, id: string) {
  await tx.delete(allianceMeetings).where(eq(allianceMeetings.id, id));
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
