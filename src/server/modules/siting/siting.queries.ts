import { and, asc, desc, eq, getTableName, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sites, sitingProfiles, sitingStudies } from '../../db/schema/index.ts';

export type SiteRow = typeof sites.$inferSelect;
export type ProfileRow = typeof sitingProfiles.$inferSelect;
export type StudyRow = typeof sitingStudies.$inferSelect;
export type SiteValues = typeof sites.$inferInsert;
export type ProfileValues = typeof sitingProfiles.$inferInsert;
type StudyValues = typeof sitingStudies.$inferInsert;

// ——— Sites ———

export type SiteFilter = { key?: string; prefecture?: string; kind?: string };

export async function selectSites(db: Db, f: SiteFilter) {
  const where = and(
    f.key ? eq(sites.key, f.key) : undefined,
    f.prefecture ? eq(sites.prefecture, f.prefecture) : undefined,
    f.kind ? eq(sites.kind, f.kind) : undefined,
  );
  return db.select().from(sites).where(where).orderBy(asc(sites.key));
}

export async function selectSiteById(db: Db, id: string): Promise<SiteRow | undefined> {
  const [row] = await db.select().from(sites).where(eq(sites.id, id));
  return row;
}

/** The row, locked until the transaction ends, so that two replacements of one site queue up. */
export async function selectSiteForUpdate(tx: Db, id: string): Promise<SiteRow | undefined> {
  const [row] = await tx.select().from(sites).where(eq(sites.id, id)).for('update');
  return row;
}

export async function selectSiteIdByKey(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.key, key));
  return row?.id;
}

/** Undefined when the key is taken: the unique index decides, so concurrent creations cannot both pass. */
export async function insertSite(tx: Db, values: SiteValues): Promise<SiteRow | undefined> {
  const [row] = await tx.insert(sites).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateSite(tx: Db, id: string, values: SiteValues): Promise<SiteRow | undefined> {
  const [row] = await tx
    .update(sites)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(sites.id, id))
    .returning();
  return row;
}

export async function deleteSiteById(tx: Db, id: string): Promise<SiteRow | undefined> {
  const [row] = await tx.delete(sites).where(eq(sites.id, id)).returning();
  return row;
}

/** The children of a deleted site become top-level sites. */
export async function clearSiteParent(tx: Db, parentKey: string) {
  await tx.update(sites).set({ parentKey: null }).where(eq(sites.parentKey, parentKey));
}

/** Sites in key order: those keys, or every site when `keys` is undefined. */
export async function selectSitesInKeyOrder(db: Db, keys?: string[]) {
  return db
    .select()
    .from(sites)
    .where(keys ? inArray(sites.key, keys) : undefined)
    .orderBy(asc(sites.key));
}

export async function selectSitesByKeys(db: Db, keys: string[]) {
  return keys.length ? db.select().from(sites).where(inArray(sites.key, keys)) : [];
}

/** What a study shows of each of its sites. */
export async function selectSiteNames(db: Db, keys: string[]) {
  return keys.length
    ? db
        .select({ key: sites.key, name: sites.name, lat: sites.lat, lng: sites.lng })
        .from(sites)
        .where(inArray(sites.key, keys))
    : [];
}

export async function existingSiteKeys(db: Db, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await db.select({ key: sites.key }).from(sites).where(inArray(sites.key, keys));
  return rows.map((r) => r.key);
}

// ——— Facility profiles ———

export async function selectProfiles(db: Db, f: { key?: string }) {
  return db
    .select()
    .from(sitingProfiles)
    .where(f.key ? eq(sitingProfiles.key, f.key) : undefined)
    .orderBy(asc(sitingProfiles.key));
}

export async function selectProfileById(db: Db, id: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(sitingProfiles).where(eq(sitingProfiles.id, id));
  return row;
}

export async function selectProfileByKey(db: Db, key: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(sitingProfiles).where(eq(sitingProfiles.key, key));
  return row;
}

/** The row, locked until the transaction ends, so that two replacements of one profile queue up. */
export async function selectProfileForUpdate(tx: Db, id: string): Promise<ProfileRow | undefined> {
  const [row] = await tx.select().from(sitingProfiles).where(eq(sitingProfiles.id, id)).for('update');
  return row;
}

export async function selectProfileIdByKey(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: sitingProfiles.id })
    .from(sitingProfiles)
    .where(eq(sitingProfiles.key, key));
  return row?.id;
}

/** Undefined when the key is taken: the unique index decides, so concurrent creations cannot both pass. */
export async function insertProfile(tx: Db, values: ProfileValues): Promise<ProfileRow | undefined> {
  const [row] = await tx.insert(sitingProfiles).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateProfile(
  tx: Db,
  id: string,
  values: ProfileValues,
): Promise<ProfileRow | undefined> {
  const [row] = await tx
    .update(sitingProfiles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(sitingProfiles.id, id))
    .returning();
  return row;
}

export async function deleteProfileById(tx: Db, id: string): Promise<ProfileRow | undefined> {
  const [row] = await tx.delete(sitingProfiles).where(eq(sitingProfiles.id, id)).returning();
  return row;
}

// ——— Bundle ———

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The ON CONFLICT clause of a bundle upsert by key: every given column from the incoming row, and only
 * where the content hash differs, so an unchanged row is neither rewritten nor returned.
 */
function updateWhenChanged(table: typeof sites | typeof sitingProfiles, fields: string[]) {
  const set: Record<string, SQL> = { updatedAt: sql`now()` };
  for (const f of fields) if (f !== 'key') set[f] = sql.raw(`excluded.${snake(f)}`);
  return {
    target: table.key,
    set,
    setWhere: sql.raw(`${getTableName(table)}.content_hash is distinct from excluded.content_hash`),
  };
}

/** Upserts by key; each returned row says whether it was inserted (or else updated). */
export async function upsertSites(tx: Db, list: SiteValues[]) {
  if (!list.length) return [];
  return tx
    .insert(sites)
    .values(list)
    .onConflictDoUpdate(updateWhenChanged(sites, Object.keys(list[0] as object)))
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
}

/** Upserts by key; each returned row says whether it was inserted (or else updated). */
export async function upsertProfiles(tx: Db, list: ProfileValues[]) {
  if (!list.length) return [];
  return tx
    .insert(sitingProfiles)
    .values(list)
    .onConflictDoUpdate(updateWhenChanged(sitingProfiles, Object.keys(list[0] as object)))
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
}

export async function selectAllSitesAndProfiles(db: Db) {
  const [siteRows, profileRows] = await Promise.all([
    db.select().from(sites).orderBy(asc(sites.key)),
    db.select().from(sitingProfiles).orderBy(asc(sitingProfiles.key)),
  ]);
  return { sites: siteRows, profiles: profileRows };
}

// ——— Studies ———

export async function insertStudy(tx: Db, values: StudyValues): Promise<StudyRow> {
  const [row] = await tx.insert(sitingStudies).values(values).returning();
  return row!;
}

/** Who reads studies: an admin every one; anyone else their own and the shared ones. */
export type StudyReader = { id: string; admin: boolean };

const readableBy = (reader: StudyReader) =>
  reader.admin ? undefined : or(eq(sitingStudies.createdBy, reader.id), eq(sitingStudies.shared, true));

/** One line per study, newest first, with the figures the list shows read out of the stored JSON. */
export async function selectStudySummaries(db: Db, reader: StudyReader) {
  return db
    .select({
      id: sitingStudies.id,
      title: sitingStudies.title,
      profileKey: sitingStudies.profileKey,
      method: sql<string>`${sitingStudies.spec}->>'method'`,
      top: sql<string | null>`${sitingStudies.outcome}->'ranking'->0->>'key'`,
      siteCount: sql<number>`cardinality(${sitingStudies.siteKeys})`,
      shared: sitingStudies.shared,
      createdBy: sitingStudies.createdBy,
      createdAt: sitingStudies.createdAt,
    })
    .from(sitingStudies)
    .where(readableBy(reader))
    .orderBy(desc(sitingStudies.createdAt), desc(sitingStudies.id));
}

export async function selectStudyById(
  db: Db,
  id: string,
  reader: StudyReader,
): Promise<StudyRow | undefined> {
  const [row] = await db
    .select()
    .from(sitingStudies)
    .where(and(eq(sitingStudies.id, id), readableBy(reader)));
  return row;
}

export async function updateStudyShared(db: Db, id: string, shared: boolean): Promise<StudyRow | undefined> {
  const [row] = await db.update(sitingStudies).set({ shared }).where(eq(sitingStudies.id, id)).returning();
  return row;
}

/** True when a row was deleted. */
export async function deleteStudyById(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(sitingStudies)
    .where(eq(sitingStudies.id, id))
    .returning({ id: sitingStudies.id });
  return deleted.length > 0;
}
