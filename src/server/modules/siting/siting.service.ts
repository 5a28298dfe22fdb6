import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { McdaError } from '../../../core/mcda/index.ts';
import { runStudy, type SiteInput } from '../../../core/siting/study.ts';
import type { Db } from '../../db/client.ts';
import { sites, sitingProfiles, sitingStudies } from '../../db/schema/index.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { contentHash } from '../../lib/content-hash.ts';
import { type ErrorDetail, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import type { ProfileInputBody, SiteInputBody, StudyBody } from './siting.schemas.ts';

type SiteRow = typeof sites.$inferSelect;
type ProfileRow = typeof sitingProfiles.$inferSelect;
type StudyRow = typeof sitingStudies.$inferSelect;
export type SiteValues = typeof sites.$inferInsert;
export type ProfileValues = typeof sitingProfiles.$inferInsert;

// ——— Sites ———

export function siteValues(input: SiteInputBody): SiteValues {
  const { location, parent, ...rest } = input;
  return {
    ...rest,
    parentKey: parent ?? null,
    country: location.country,
    prefecture: location.prefecture ?? null,
    city: location.city ?? null,
    lat: location.lat,
    lng: location.lng,
    places: rest.places as SiteValues['places'],
    contentHash: contentHash(input),
  };
}

/** The bundle form: what import takes and export gives back. */
export function siteBundleForm(row: SiteRow): SiteInputBody {
  return {
    key: row.key,
    name: row.name,
    kind: row.kind as SiteInputBody['kind'],
    ...(row.parentKey ? { parent: row.parentKey } : {}),
    location: {
      country: row.country,
      ...(row.prefecture ? { prefecture: row.prefecture } : {}),
      ...(row.city ? { city: row.city } : {}),
      lat: row.lat,
      lng: row.lng,
    },
    description: row.description,
    attributes: row.attributes,
    attributeSources: row.attributeSources,
    places: row.places,
    incentives: row.incentives,
    sources: row.sources,
    illustrative: row.illustrative,
  };
}

const siteOut = (row: SiteRow) => ({
  id: row.id,
  ...siteBundleForm(row),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** What the engine reads of a site. */
export const studySite = (
  row: Pick<SiteRow, 'key' | 'lat' | 'lng' | 'attributes' | 'places'>,
): SiteInput => ({
  key: row.key,
  location: { lat: row.lat, lng: row.lng },
  attributes: row.attributes,
  places: row.places,
});

export async function listSites(db: Db, q: { key?: string; prefecture?: string; kind?: string }) {
  const where = and(
    q.key ? eq(sites.key, q.key) : undefined,
    q.prefecture ? eq(sites.prefecture, q.prefecture) : undefined,
    q.kind ? eq(sites.kind, q.kind) : undefined,
  );
  const rows = await db.select().from(sites).where(where).orderBy(asc(sites.key));
  return { items: rows.map(siteOut), total: rows.length };
}

export async function getSite(db: Db, id: string) {
  const [row] = await db.select().from(sites).where(eq(sites.id, id));
  if (!row) throw notFound('Site');
  return siteOut(row);
}

async function checkParent(db: Db, input: SiteInputBody, path = 'body.parent') {
  if (!input.parent) return;
  if (input.parent === input.key)
    throw invalid(
      path,
      say({ ja: '候補地を自分自身の親にはできません', en: 'a site cannot be its own parent' }),
    );
  const [found] = await db.select({ key: sites.key }).from(sites).where(eq(sites.key, input.parent));
  if (!found) throw invalid(path, unknownValue('site', input.parent));
}

export async function createSite(db: Db, actor: AuthUser, input: SiteInputBody) {
  return db.transaction(async (tx) => {
    await checkParent(tx, input);
    const [row] = await tx.insert(sites).values(siteValues(input)).onConflictDoNothing().returning();
    if (!row) throw keyTaken(input.key);
    await writeAudit(tx, actor, { action: 'create', entity: 'site', entityId: row.id, entityKey: row.key });
    return siteOut(row);
  });
}

export async function replaceSite(db: Db, actor: AuthUser, id: string, input: SiteInputBody) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sites).where(eq(sites.id, id)).for('update');
    if (!before) throw notFound('Site');
    await checkParent(tx, input);
    const [clash] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.key, input.key));
    if (clash && clash.id !== id) throw keyTaken(input.key);
    const [row] = await tx
      .update(sites)
      .set({ ...siteValues(input), updatedAt: new Date() })
      .where(eq(sites.id, id))
      .returning();
    const changes = diffFields(siteBundleForm(before), siteBundleForm(row as SiteRow));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'site',
      entityId: id,
      entityKey: input.key,
      changes,
    });
    return siteOut(row as SiteRow);
  });
}

export async function deleteSite(db: Db, actor: AuthUser, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(sites).where(eq(sites.id, id)).returning();
    if (!row) throw notFound('Site');
    await tx.update(sites).set({ parentKey: null }).where(eq(sites.parentKey, row.key));
    await writeAudit(tx, actor, { action: 'delete', entity: 'site', entityId: id, entityKey: row.key });
  });
}

// ——— Facility profiles ———

export function profileValues(input: ProfileInputBody): ProfileValues {
  return { ...input, contentHash: contentHash(input) };
}

export function profileBundleForm(row: ProfileRow): ProfileInputBody {
  const { id: _id, contentHash: _h, createdAt: _c, updatedAt: _u, ...form } = row;
  return form as ProfileInputBody;
}

const profileOut = (row: ProfileRow) => ({
  id: row.id,
  ...profileBundleForm(row),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listProfiles(db: Db, q: { key?: string }) {
  const rows = await db
    .select()
    .from(sitingProfiles)
    .where(q.key ? eq(sitingProfiles.key, q.key) : undefined)
    .orderBy(asc(sitingProfiles.key));
  return { items: rows.map(profileOut), total: rows.length };
}

export async function getProfile(db: Db, id: string) {
  const [row] = await db.select().from(sitingProfiles).where(eq(sitingProfiles.id, id));
  if (!row) throw notFound('Siting profile');
  return profileOut(row);
}

export async function createProfile(db: Db, actor: AuthUser, input: ProfileInputBody) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sitingProfiles)
      .values(profileValues(input))
      .onConflictDoNothing()
      .returning();
    if (!row) throw keyTaken(input.key);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'siting-profile',
      entityId: row.id,
      entityKey: row.key,
    });
    return profileOut(row);
  });
}

export async function replaceProfile(db: Db, actor: AuthUser, id: string, input: ProfileInputBody) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(sitingProfiles).where(eq(sitingProfiles.id, id)).for('update');
    if (!before) throw notFound('Siting profile');
    const [clash] = await tx
      .select({ id: sitingProfiles.id })
      .from(sitingProfiles)
      .where(eq(sitingProfiles.key, input.key));
    if (clash && clash.id !== id) throw keyTaken(input.key);
    const [row] = await tx
      .update(sitingProfiles)
      .set({ ...profileValues(input), updatedAt: new Date() })
      .where(eq(sitingProfiles.id, id))
      .returning();
    const changes = diffFields(profileBundleForm(before), profileBundleForm(row as ProfileRow));
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'siting-profile',
      entityId: id,
      entityKey: input.key,
      changes,
    });
    return profileOut(row as ProfileRow);
  });
}

export async function deleteProfile(db: Db, actor: AuthUser, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(sitingProfiles).where(eq(sitingProfiles.id, id)).returning();
    if (!row) throw notFound('Siting profile');
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'siting-profile',
      entityId: id,
      entityKey: row.key,
    });
  });
}

// ——— Studies ———

/**
 * Runs the study on the stored sites and keeps inputs and outcome together. The profile is copied into
 * the study's spec, so a later change to the profile does not rewrite what was decided.
 */
export async function createStudy(db: Db, actor: AuthUser, body: StudyBody) {
  const profile = body.profile ? await profileByKey(db, body.profile) : undefined;
  const criteria = body.criteria ?? profile?.criteria ?? [];
  const constraints = body.constraints ?? profile?.constraints ?? [];
  const rows = await studySites(db, body.sites);
  const spec = {
    method: body.method,
    ...(body.normalization ? { normalization: body.normalization } : {}),
    criteria,
    constraints,
    scenario: body.scenario,
    missing: body.missing,
    smaa: body.smaa,
  };
  const outcome = engine(() => runStudy(rows.map(studySite), spec, { smaa: body.smaa }));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sitingStudies)
      .values({
        title: body.title,
        profileKey: profile?.key ?? null,
        spec,
        siteKeys: rows.map((r) => r.key),
        outcome,
        createdBy: actor.id,
      })
      .returning();
    const study = row as StudyRow;
    await writeAudit(tx, actor, { action: 'create', entity: 'siting-study', entityId: study.id });
    return studyOut(study, rows);
  });
}

async function profileByKey(db: Db, key: string) {
  const [row] = await db.select().from(sitingProfiles).where(eq(sitingProfiles.key, key));
  if (!row) throw invalid('body.profile', unknownValue('profile', key));
  return row;
}

async function studySites(db: Db, keys: string[] | undefined) {
  const rows = await db
    .select()
    .from(sites)
    .where(keys ? inArray(sites.key, keys) : undefined)
    .orderBy(asc(sites.key));
  if (keys) {
    const found = new Set(rows.map((r) => r.key));
    const errors: ErrorDetail[] = keys.flatMap((k, i) =>
      found.has(k) ? [] : [{ path: `body.sites[${i}]`, message: unknownValue('site', k) }],
    );
    if (errors.length) throw invalidFields(errors);
  }
  if (rows.length === 0)
    throw invalid('body.sites', say({ ja: '比べる候補地がありません', en: 'there are no sites to compare' }));
  return rows;
}

/** Engine errors name the field of the study body; answer them like every other bad field. */
function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof McdaError)) throw err;
    throw invalid(`body.${err.path}`, say(err.text));
  }
}

// Studies hold a company's intentions: the author and admins read them, nobody else.
const readableBy = (user: AuthUser): SQL | undefined =>
  user.role === 'admin' ? undefined : eq(sitingStudies.createdBy, user.id);

export async function listStudies(db: Db, user: AuthUser) {
  const rows = await db
    .select({
      id: sitingStudies.id,
      title: sitingStudies.title,
      profileKey: sitingStudies.profileKey,
      method: sql<string>`${sitingStudies.spec}->>'method'`,
      top: sql<string | null>`${sitingStudies.outcome}->'ranking'->0->>'key'`,
      siteCount: sql<number>`cardinality(${sitingStudies.siteKeys})`,
      createdAt: sitingStudies.createdAt,
    })
    .from(sitingStudies)
    .where(readableBy(user))
    .orderBy(desc(sitingStudies.createdAt));
  return {
    items: rows.map((r) => ({ ...r, siteCount: Number(r.siteCount), createdAt: r.createdAt.toISOString() })),
    total: rows.length,
  };
}

export async function getStudy(db: Db, user: AuthUser, id: string) {
  const [row] = await db
    .select()
    .from(sitingStudies)
    .where(and(eq(sitingStudies.id, id), readableBy(user)));
  if (!row) throw notFound('Siting study');
  const names = row.siteKeys.length
    ? await db
        .select({ key: sites.key, name: sites.name, lat: sites.lat, lng: sites.lng })
        .from(sites)
        .where(inArray(sites.key, row.siteKeys))
    : [];
  return studyOut(row, names);
}

type StudySiteName = { key: string; name: SiteRow['name']; lat: number; lng: number };

function studyOut(row: StudyRow, names: readonly StudySiteName[]) {
  return {
    id: row.id,
    title: row.title,
    profileKey: row.profileKey,
    spec: row.spec,
    siteKeys: row.siteKeys,
    outcome: row.outcome,
    sites: names.map(({ key, name, lat, lng }) => ({ key, name, lat, lng })),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function deleteStudy(db: Db, user: AuthUser, id: string) {
  const deleted = await db
    .delete(sitingStudies)
    .where(and(eq(sitingStudies.id, id), readableBy(user)))
    .returning({ id: sitingStudies.id });
  if (!deleted.length) throw notFound('Siting study');
}

// ——— Bundle ———

/** Upsert by key, skipping rows whose content hash is unchanged; counts created and updated. */
export async function upsertSitingRows(tx: Db, siteList: SiteValues[], profileList: ProfileValues[]) {
  const count = (rows: { inserted: boolean }[]) => ({
    created: rows.filter((r) => r.inserted).length,
    updated: rows.filter((r) => !r.inserted).length,
  });
  const siteRows = siteList.length
    ? await tx
        .insert(sites)
        .values(siteList)
        .onConflictDoUpdate({
          target: sites.key,
          set: upsertSet(Object.keys(siteList[0] as object)),
          setWhere: sql`sites.content_hash is distinct from excluded.content_hash`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` })
    : [];
  const profileRows = profileList.length
    ? await tx
        .insert(sitingProfiles)
        .values(profileList)
        .onConflictDoUpdate({
          target: sitingProfiles.key,
          set: upsertSet(Object.keys(profileList[0] as object)),
          setWhere: sql`siting_profiles.content_hash is distinct from excluded.content_hash`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` })
    : [];
  return { sites: count(siteRows), profiles: count(profileRows) };
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function upsertSet(fields: string[]): Record<string, SQL> {
  const set: Record<string, SQL> = { updatedAt: sql`now()` };
  for (const f of fields) if (f !== 'key') set[f] = sql.raw(`excluded.${snake(f)}`);
  return set;
}

export async function existingSiteKeys(db: Db, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await db.select({ key: sites.key }).from(sites).where(inArray(sites.key, keys));
  return rows.map((r) => r.key);
}

export async function allSitingForExport(db: Db) {
  const [siteRows, profileRows] = await Promise.all([
    db.select().from(sites).orderBy(asc(sites.key)),
    db.select().from(sitingProfiles).orderBy(asc(sitingProfiles.key)),
  ]);
  return { sites: siteRows.map(siteBundleForm), sitingProfiles: profileRows.map(profileBundleForm) };
}

const invalid = (path: string, message: string) => invalidFields([{ path, message }]);
