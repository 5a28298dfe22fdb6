import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { facilities, facilityUnits, organizations, unitFiles } from '../../db/schema/index.ts';

export type UnitFileValues = typeof unitFiles.$inferInsert;

const { content: _content, ...metaColumns } = getTableColumns(unitFiles);
export type UnitFileMeta = Omit<typeof unitFiles.$inferSelect, 'content'>;

// Who owns a unit and whether its facility is public: what every read and write here decides on.
const ownerColumns = {
  unitKey: facilityUnits.key,
  organizationId: facilities.organizationId,
  published: facilities.published,
  organizationPublished: organizations.published,
};
export type UnitOwner = { unitId: string; unitKey: string } & {
  organizationId: string;
  published: boolean;
  organizationPublished: boolean;
};

const unitOwner = (db: Db, unitId: string) =>
  db
    .select({ unitId: facilityUnits.id, ...ownerColumns })
    .from(facilityUnits)
    .innerJoin(facilities, eq(facilities.id, facilityUnits.facilityId))
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(eq(facilityUnits.id, unitId))
    .$dynamic();

export async function getUnitOwner(db: Db, unitId: string): Promise<UnitOwner | undefined> {
  const [row] = await unitOwner(db, unitId);
  return row;
}

/** The unit's row locked until the transaction ends: uploads to one unit are counted one after another. */
export async function lockUnitOwner(db: Db, unitId: string): Promise<UnitOwner | undefined> {
  const [row] = await unitOwner(db, unitId).for('update', { of: facilityUnits });
  return row;
}

export async function unitFileRows(db: Db, unitId: string): Promise<UnitFileMeta[]> {
  return db
    .select(metaColumns)
    .from(unitFiles)
    .where(eq(unitFiles.unitId, unitId))
    .orderBy(sql`${unitFiles.kind} = 'photo' desc`, asc(unitFiles.sortOrder), asc(unitFiles.createdAt));
}

export async function countAndNextOrder(db: Db, unitId: string, kind: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      next: sql<number>`coalesce(max(${unitFiles.sortOrder}) + 1, 0)::int`,
    })
    .from(unitFiles)
    .where(and(eq(unitFiles.unitId, unitId), eq(unitFiles.kind, kind)));
  return row!;
}

export async function deleteUnitFilesOfKind(db: Db, unitId: string, kind: string): Promise<UnitFileMeta[]> {
  return db
    .delete(unitFiles)
    .where(and(eq(unitFiles.unitId, unitId), eq(unitFiles.kind, kind)))
    .returning(metaColumns);
}

export async function insertUnitFile(db: Db, values: UnitFileValues): Promise<UnitFileMeta> {
  const [row] = await db.insert(unitFiles).values(values).returning(metaColumns);
  return row!;
}

/** A file with its bytes and its unit's owner. */
export async function getUnitFile(db: Db, id: string) {
  const [row] = await db
    .select({ file: getTableColumns(unitFiles), ...ownerColumns })
    .from(unitFiles)
    .innerJoin(facilityUnits, eq(facilityUnits.id, unitFiles.unitId))
    .innerJoin(facilities, eq(facilities.id, facilityUnits.facilityId))
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(eq(unitFiles.id, id));
  return row;
}

export async function getUnitFileMeta(db: Db, id: string): Promise<UnitFileMeta | undefined> {
  const [row] = await db.select(metaColumns).from(unitFiles).where(eq(unitFiles.id, id));
  return row;
}

export async function deleteUnitFileRow(db: Db, id: string) {
  await db.delete(unitFiles).where(eq(unitFiles.id, id));
}
