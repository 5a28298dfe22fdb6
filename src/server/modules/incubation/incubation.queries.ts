import { and, asc, eq, getTableColumns, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { facilities, facilityEquipment, facilityUnits, organizations, sites } from '../../db/schema/index.ts';

export type FacilityValues = typeof facilities.$inferInsert;
export type UnitValues = typeof facilityUnits.$inferInsert;
export type EquipmentValues = typeof facilityEquipment.$inferInsert;
export type UnitRow = typeof facilityUnits.$inferSelect;

const facilityColumns = {
  ...getTableColumns(facilities),
  organizationKey: organizations.key,
  organizationName: organizations.name,
  organizationPublished: organizations.published,
  siteKey: sites.key,
  siteName: sites.name,
};
export type FacilityRow = typeof facilities.$inferSelect & {
  organizationKey: string;
  organizationName: { ja?: string; en?: string };
  organizationPublished: boolean;
  siteKey: string | null;
  siteName: { ja?: string; en?: string } | null;
};

const equipmentColumns = {
  ...getTableColumns(facilityEquipment),
  facilityKey: facilities.key,
  facilityName: facilities.name,
};
export type EquipmentRow = typeof facilityEquipment.$inferSelect & {
  facilityKey: string;
  facilityName: { ja?: string; en?: string };
};

/** Who sees what: published facilities, plus (for a member) its own organisation's; everything for an admin. */
export type Visibility = { published: true | 'any'; orOrganizationId?: string | null };

/**
 * A facility is public when it is published and so is its owner: an unpublished organisation's existence is
 * private, and its facility would name it.
 */
function visible(v: Visibility): SQL | undefined {
  if (v.published === 'any') return undefined;
  const state = and(
    eq(facilities.published, true),
    sql`exists (select 1 from ${organizations} where ${organizations.id} = ${facilities.organizationId}
      and ${organizations.published})`,
  )!;
  return v.orOrganizationId ? or(state, eq(facilities.organizationId, v.orOrganizationId)) : state;
}

const selectFacilities = (db: Db) =>
  db
    .select(facilityColumns)
    .from(facilities)
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .leftJoin(sites, eq(sites.id, facilities.siteId));

// ——— References ———

export async function organizationByKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: organizations.id, key: organizations.key, published: organizations.published })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row;
}

export async function organizationIdsByKey(db: Db, keys: string[]) {
  if (!keys.length) return new Map<string, string>();
  const rows = await db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

export async function siteIdsByKey(db: Db, keys: string[]) {
  if (!keys.length) return new Map<string, string>();
  const rows = await db.select({ id: sites.id, key: sites.key }).from(sites).where(inArray(sites.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

// ——— Facilities ———

export async function insertFacility(db: Db, values: FacilityValues) {
  const [row] = await db.insert(facilities).values(values).returning({ id: facilities.id });
  return row!.id;
}

export async function getFacilityRow(db: Db, id: string): Promise<FacilityRow | undefined> {
  const [row] = await selectFacilities(db).where(eq(facilities.id, id));
  return row as FacilityRow | undefined;
}

/** The row under a lock, so two edits of one facility are applied one after the other. */
export async function lockFacilityRow(db: Db, id: string): Promise<FacilityRow | undefined> {
  const [row] = await selectFacilities(db).where(eq(facilities.id, id)).for('update', { of: facilities });
  return row as FacilityRow | undefined;
}

export async function updateFacilityRow(db: Db, id: string, values: Partial<FacilityValues>) {
  await db
    .update(facilities)
    .set({ ...values, version: sql`${facilities.version} + 1`, updatedAt: new Date() })
    .where(eq(facilities.id, id));
}

export async function deleteFacilityRow(db: Db, id: string) {
  await db.delete(facilities).where(eq(facilities.id, id));
}

export async function facilityIdByKey(db: Db, key: string, v: Visibility) {
  const [row] = await db
    .select({ id: facilities.id })
    .from(facilities)
    .where(and(eq(facilities.key, key), visible(v)));
  return row?.id;
}

// ——— Listing ———

export type UnitFilter = {
  kinds: string[];
  minArea?: number;
  maxArea?: number;
  minPower?: number;
  ehv?: boolean;
  minCrane?: number;
  maxCleanClass?: number;
  free?: boolean;
};

export type FacilityListFilter = {
  text?: string;
  organization?: string;
  units: UnitFilter;
  visibility: Visibility;
};

const u = facilityUnits;

/** The spec conditions on a unit; undefined when none is asked for (every unit matches). */
function unitConditions(f: UnitFilter): SQL | undefined {
  const conditions = [
    f.kinds.length ? inArray(u.kind, f.kinds) : undefined,
    f.minArea !== undefined ? sql`${u.floorAreaM2} >= ${f.minArea}` : undefined,
    f.maxArea !== undefined ? sql`${u.floorAreaM2} <= ${f.maxArea}` : undefined,
    f.minPower !== undefined ? sql`${u.powerKva} >= ${f.minPower}` : undefined,
    f.ehv !== undefined ? eq(u.ehv, f.ehv) : undefined,
    f.minCrane !== undefined ? sql`${u.craneT} >= ${f.minCrane}` : undefined,
    f.maxCleanClass !== undefined ? sql`${u.cleanClass} <= ${f.maxCleanClass}` : undefined,
    f.free ? eq(u.status, 'free') : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length ? and(...conditions) : undefined;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function textCondition(text: string): SQL {
  const p = likePattern(text);
  return sql`(${facilities.name}->>'ja' ilike ${p} or ${facilities.name}->>'en' ilike ${p}
    or ${facilities.description}->>'ja' ilike ${p} or ${facilities.description}->>'en' ilike ${p}
    or ${facilities.city} ilike ${p} or ${facilities.prefecture} ilike ${p}
    or ${organizations.name}->>'ja' ilike ${p} or ${organizations.name}->>'en' ilike ${p})`;
}

function facilityWhere(f: FacilityListFilter): SQL | undefined {
  const units = unitConditions(f.units);
  return and(
    visible(f.visibility),
    f.text ? textCondition(f.text) : undefined,
    f.organization ? eq(organizations.key, f.organization) : undefined,
    // With spec filters, a facility is listed for the units that match them.
    units
      ? sql`exists (select 1 from ${u} where ${u.facilityId} = ${facilities.id} and ${units})`
      : undefined,
  );
}

const byKey = [asc(facilities.key)];

export async function listFacilityRows(db: Db, f: FacilityListFilter, limit: number, offset: number) {
  const where = facilityWhere(f);
  const rows = (await selectFacilities(db)
    .where(where)
    .orderBy(...byKey)
    .limit(limit)
    .offset(offset)) as FacilityRow[];
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(facilities)
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(where);
  const points = await db
    .select({
      id: facilities.id,
      key: facilities.key,
      name: facilities.name,
      lat: facilities.lat,
      lng: facilities.lng,
    })
    .from(facilities)
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(and(where, isNotNull(facilities.lat), isNotNull(facilities.lng)))
    .orderBy(...byKey);
  return {
    rows,
    total: count?.n ?? 0,
    points: points as Array<(typeof points)[number] & { lat: number; lng: number }>,
  };
}

/** The units of these facilities, those matching the filter only when one is given. */
export async function unitRowsOf(db: Db, facilityIds: string[], filter?: UnitFilter): Promise<UnitRow[]> {
  if (!facilityIds.length) return [];
  return db
    .select()
    .from(u)
    .where(and(inArray(u.facilityId, facilityIds), filter ? unitConditions(filter) : undefined))
    .orderBy(asc(u.key));
}

/** Per facility: units, free units, equipment. */
export async function facilityCounts(db: Db, facilityIds: string[]) {
  const out = new Map<string, { units: number; free: number; equipment: number }>();
  if (!facilityIds.length) return out;
  for (const id of facilityIds) out.set(id, { units: 0, free: 0, equipment: 0 });
  const units = await db
    .select({
      id: u.facilityId,
      n: sql<number>`count(*)::int`,
      free: sql<number>`(count(*) filter (where ${u.status} = 'free'))::int`,
    })
    .from(u)
    .where(inArray(u.facilityId, facilityIds))
    .groupBy(u.facilityId);
  for (const r of units) Object.assign(out.get(r.id)!, { units: r.n, free: r.free });
  const equipment = await db
    .select({ id: facilityEquipment.facilityId, n: sql<number>`count(*)::int` })
    .from(facilityEquipment)
    .where(inArray(facilityEquipment.facilityId, facilityIds))
    .groupBy(facilityEquipment.facilityId);
  for (const r of equipment) out.get(r.id)!.equipment = r.n;
  return out;
}

// ——— Units ———

export async function insertUnit(db: Db, values: UnitValues) {
  const [row] = await db.insert(u).values(values).returning();
  return row!;
}

// A unit or an equipment item comes with its facility's owner and publication, for the access check.
const ownerColumns = {
  organizationId: facilities.organizationId,
  published: facilities.published,
  organizationPublished: organizations.published,
};

const unitWithOwner = (db: Db, id: string) =>
  db
    .select({ unit: getTableColumns(u), ...ownerColumns })
    .from(u)
    .innerJoin(facilities, eq(facilities.id, u.facilityId))
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(eq(u.id, id))
    .$dynamic();

export async function getUnitRow(db: Db, id: string) {
  const [row] = await unitWithOwner(db, id);
  return row;
}

/** The same, locked until the end of the transaction that edits it. */
export async function lockUnitRow(db: Db, id: string) {
  const [row] = await unitWithOwner(db, id).for('update', { of: u });
  return row;
}

export async function updateUnitRow(db: Db, id: string, values: Partial<UnitValues>) {
  const [row] = await db
    .update(u)
    .set({ ...values, version: sql`${u.version} + 1`, updatedAt: new Date() })
    .where(eq(u.id, id))
    .returning();
  return row!;
}

export async function deleteUnitRow(db: Db, id: string) {
  await db.delete(u).where(eq(u.id, id));
}

// ——— Equipment ———

const e = facilityEquipment;

const selectEquipment = (db: Db) =>
  db.select(equipmentColumns).from(e).innerJoin(facilities, eq(facilities.id, e.facilityId));

export async function insertEquipment(db: Db, values: EquipmentValues) {
  const [row] = await db.insert(e).values(values).returning({ id: e.id });
  return row!.id;
}

const equipmentWithOwner = (db: Db, id: string) =>
  db
    .select({ ...equipmentColumns, ...ownerColumns })
    .from(e)
    .innerJoin(facilities, eq(facilities.id, e.facilityId))
    .innerJoin(organizations, eq(organizations.id, facilities.organizationId))
    .where(eq(e.id, id))
    .$dynamic();

export async function getEquipmentRow(db: Db, id: string) {
  const [row] = await equipmentWithOwner(db, id);
  return row;
}

export async function lockEquipmentRow(db: Db, id: string) {
  const [row] = await equipmentWithOwner(db, id).for('update', { of: e });
  return row;
}

export async function updateEquipmentRow(db: Db, id: string, values: Partial<EquipmentValues>) {
  await db
    .update(e)
    .set({ ...values, version: sql`${e.version} + 1`, updatedAt: new Date() })
    .where(eq(e.id, id));
}

export async function deleteEquipmentRow(db: Db, id: string) {
  await db.delete(e).where(eq(e.id, id));
}

export async function equipmentRowsOf(db: Db, facilityIds: string[]): Promise<EquipmentRow[]> {
  if (!facilityIds.length) return [];
  return selectEquipment(db).where(inArray(e.facilityId, facilityIds)).orderBy(asc(e.key));
}

export type EquipmentListFilter = {
  text?: string;
  technologies: string[];
  bookingUnits: string[];
  facility?: string;
  visibility: Visibility;
};

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export async function listEquipmentRows(db: Db, f: EquipmentListFilter, limit: number, offset: number) {
  const p = f.text ? likePattern(f.text) : undefined;
  const where = and(
    visible(f.visibility),
    f.technologies.length ? sql`${e.technologies} && ${textArray(f.technologies)}` : undefined,
    f.bookingUnits.length ? inArray(e.bookingUnit, f.bookingUnits) : undefined,
    f.facility ? eq(facilities.key, f.facility) : undefined,
    p
      ? sql`(${e.name}->>'ja' ilike ${p} or ${e.name}->>'en' ilike ${p}
        or ${e.description}->>'ja' ilike ${p} or ${e.description}->>'en' ilike ${p})`
      : undefined,
  );
  const rows = await selectEquipment(db).where(where).orderBy(asc(e.key)).limit(limit).offset(offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(e)
    .innerJoin(facilities, eq(facilities.id, e.facilityId))
    .where(where);
  return { rows: rows as EquipmentRow[], total: count?.n ?? 0 };
}

// ——— Bundle ———

export async function facilityRowsByKey(db: Db, keys: string[]): Promise<FacilityRow[]> {
  if (!keys.length) return [];
  return (await selectFacilities(db).where(inArray(facilities.key, keys))) as FacilityRow[];
}

export async function unitRowsByKey(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db.select().from(u).where(inArray(u.key, keys));
}

export async function equipmentRowsByKey(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db.select().from(e).where(inArray(e.key, keys));
}

export async function existingFacilityKeys(db: Db, keys: string[]) {
  return new Set((await facilityRowsByKey(db, keys)).map((r) => r.key));
}

/** Overwrites a facility by key, moving its version, or inserts it; returns the id. */
export async function upsertFacilityRow(db: Db, id: string | undefined, values: FacilityValues) {
  if (id) {
    await updateFacilityRow(db, id, values);
    return id;
  }
  return insertFacility(db, values);
}

export async function facilityIdsByKey(db: Db, keys: string[]) {
  if (!keys.length) return new Map<string, string>();
  const rows = await db
    .select({ id: facilities.id, key: facilities.key })
    .from(facilities)
    .where(inArray(facilities.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

export async function upsertUnitRow(db: Db, id: string | undefined, values: UnitValues) {
  if (id) await updateUnitRow(db, id, values);
  else await insertUnit(db, values);
}

export async function upsertEquipmentRow(db: Db, id: string | undefined, values: EquipmentValues) {
  if (id) await updateEquipmentRow(db, id, values);
  else await insertEquipment(db, values);
}

/** Everything for the export, with the keys the bundle refers by. */
export async function exportRows(db: Db, v: Visibility) {
  const facilityRows = (await selectFacilities(db)
    .where(visible(v))
    .orderBy(...byKey)) as FacilityRow[];
  const ids = facilityRows.map((r) => r.id);
  return {
    facilityRows,
    unitRows: await unitRowsOf(db, ids),
    equipmentRows: await equipmentRowsOf(db, ids),
  };
}
