import { McdaError } from '../../../core/mcda/index.ts';
import { runStudy, type SiteInput } from '../../../core/siting/study.ts';
import type { Db } from '../../db/client.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { contentHash } from '../../lib/content-hash.ts';
import { type ErrorDetail, forbidden, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import {
  clearSiteParent,
  deleteProfileById,
  deleteSiteById,
  deleteStudyById,
  insertProfile,
  insertSite,
  insertStudy,
  type ProfileRow,
  type ProfileValues,
  type SiteRow,
  type SiteValues,
  type StudyReader,
  type StudyRow,
  selectAllSitesAndProfiles,
  selectProfileById,
  selectProfileByKey,
  selectProfileForUpdate,
  selectProfileIdByKey,
  selectProfiles,
  selectSiteById,
  selectSiteForUpdate,
  selectSiteIdByKey,
  selectSiteNames,
  selectSites,
  selectSitesInKeyOrder,
  selectStudyById,
  selectStudySummaries,
  updateProfile,
  updateSite,
  updateStudyShared,
  upsertProfiles,
  upsertSites,
} from './siting.queries.ts';
import type { ProfileInputBody, SiteInputBody, StudyBody } from './siting.schemas.ts';

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
  const rows = await selectSites(db, q);
  return { items: rows.map(siteOut), total: rows.length };
}

export async function getSite(db: Db, id: string) {
  const row = await selectSiteById(db, id);
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
  if (!(await selectSiteIdByKey(db, input.parent))) throw invalid(path, unknownValue('site', input.parent));
}

export async function createSite(db: Db, actor: AuthUser, input: SiteInputBody) {
  return db.transaction(async (tx) => {
    await checkParent(tx, input);
    const row = await insertSite(tx, siteValues(input));
    if (!row) throw keyTaken(input.key);
    await writeAudit(tx, actor, { action: 'create', entity: 'site', entityId: row.id, entityKey: row.key });
    return siteOut(row);
  });
}

export async function replaceSite(db: Db, actor: AuthUser, id: string, input: SiteInputBody) {
  return db.transaction(async (tx) => {
    const before = await selectSiteForUpdate(tx, id);
    if (!before) throw notFound('Site');
    await checkParent(tx, input);
    const clash = await selectSiteIdByKey(tx, input.key);
    if (clash && clash !== id) throw keyTaken(input.key);
    const row = await updateSite(tx, id, siteValues(input));
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
    const row = await deleteSiteById(tx, id);
    if (!row) throw notFound('Site');
    await clearSiteParent(tx, row.key);
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
  const rows = await selectProfiles(db, q);
  return { items: rows.map(profileOut), total: rows.length };
}

export async function getProfile(db: Db, id: string) {
  const row = await selectProfileById(db, id);
  if (!row) throw notFound('Siting profile');
  return profileOut(row);
}

export async function createProfile(db: Db, actor: AuthUser, input: ProfileInputBody) {
  return db.transaction(async (tx) => {
    const row = await insertProfile(tx, profileValues(input));
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
    const before = await selectProfileForUpdate(tx, id);
    if (!before) throw notFound('Siting profile');
    const clash = await selectProfileIdByKey(tx, input.key);
    if (clash && clash !== id) throw keyTaken(input.key);
    const row = await updateProfile(tx, id, profileValues(input));
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
    const row = await deleteProfileById(tx, id);
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
    unknowns: body.unknowns,
    smaa: body.smaa,
  };
  const outcome = engine(() => runStudy(rows.map(studySite), spec, { smaa: body.smaa }));
  return db.transaction(async (tx) => {
    const study = await insertStudy(tx, {
      title: body.title,
      profileKey: profile?.key ?? null,
      spec,
      siteKeys: rows.map((r) => r.key),
      outcome,
      shared: body.shared,
      createdBy: actor.id,
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'siting-study', entityId: study.id });
    return studyOut(study, rows, actor);
  });
}

async function profileByKey(db: Db, key: string) {
  const row = await selectProfileByKey(db, key);
  if (!row) throw invalid('body.profile', unknownValue('profile', key));
  return row;
}

async function studySites(db: Db, keys: string[] | undefined) {
  const rows = await selectSitesInKeyOrder(db, keys);
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

// Studies hold a company's intentions: the author and admins read them, and every signed-in user once
// the author shares one. Only the author or an admin changes or deletes it; a reader who may not is told
// so (403), and anyone who may not even read it learns nothing of it (404).
const readerOf = (user: AuthUser): StudyReader => ({ id: user.id, admin: user.role === 'admin' });
const mayChange = (user: AuthUser, row: StudyRow) => user.role === 'admin' || row.createdBy === user.id;

export async function listStudies(db: Db, user: AuthUser) {
  const rows = await selectStudySummaries(db, readerOf(user));
  return {
    items: rows.map(({ createdBy, ...r }) => ({
      ...r,
      siteCount: Number(r.siteCount),
      mine: createdBy === user.id,
      createdAt: r.createdAt.toISOString(),
    })),
    total: rows.length,
  };
}

async function readableStudy(db: Db, user: AuthUser, id: string) {
  const row = await selectStudyById(db, id, readerOf(user));
  if (!row) throw notFound('Siting study');
  return row;
}

async function changeableStudy(db: Db, user: AuthUser, id: string) {
  const row = await readableStudy(db, user, id);
  if (!mayChange(user, row))
    throw forbidden({
      ja: '共有された調査は作成者か管理者だけが変更・削除できます',
      en: 'only the author or an admin can change or delete a shared study',
    });
  return row;
}

export async function getStudy(db: Db, user: AuthUser, id: string) {
  const row = await readableStudy(db, user, id);
  const names = await selectSiteNames(db, row.siteKeys);
  return studyOut(row, names, user);
}

type StudySiteName = { key: string; name: SiteRow['name']; lat: number; lng: number };

function studyOut(row: StudyRow, names: readonly StudySiteName[], user: AuthUser) {
  return {
    id: row.id,
    title: row.title,
    profileKey: row.profileKey,
    spec: row.spec,
    siteKeys: row.siteKeys,
    outcome: row.outcome,
    sites: names.map(({ key, name, lat, lng }) => ({ key, name, lat, lng })),
    shared: row.shared,
    mine: row.createdBy === user.id,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A copy the actor owns, unshared, of a study the actor may read: the same inputs and outcome as saved
 * (not re-run), so it starts from exactly what was decided, under the actor's title or "… (copy)"/"…（コピー）".
 */
export async function duplicateStudy(db: Db, actor: AuthUser, id: string, body: { title?: string }) {
  const source = await readableStudy(db, actor, id);
  return db.transaction(async (tx) => {
    const copy = await insertStudy(tx, {
      title: body.title ?? copyTitle(source.title),
      profileKey: source.profileKey,
      spec: source.spec,
      siteKeys: source.siteKeys,
      outcome: source.outcome,
      createdBy: actor.id,
    });
    await writeAudit(tx, actor, { action: 'create', entity: 'siting-study', entityId: copy.id });
    return studyOut(copy, await selectSiteNames(tx, copy.siteKeys), actor);
  });
}

/** The copy's default title, in the language of the request (the page's language). */
const copyTitle = (title: string) => say({ ja: `${title}（コピー）`, en: `${title} (copy)` }).slice(0, 200);

export async function shareStudy(db: Db, actor: AuthUser, id: string, shared: boolean) {
  await changeableStudy(db, actor, id);
  return db.transaction(async (tx) => {
    const row = (await updateStudyShared(tx, id, shared)) as StudyRow;
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'siting-study',
      entityId: id,
      changes: { shared: { from: !shared, to: shared } },
    });
    return studyOut(row, await selectSiteNames(tx, row.siteKeys), actor);
  });
}

export async function deleteStudy(db: Db, actor: AuthUser, id: string) {
  await changeableStudy(db, actor, id);
  await db.transaction(async (tx) => {
    if (!(await deleteStudyById(tx, id))) throw notFound('Siting study');
    await writeAudit(tx, actor, { action: 'delete', entity: 'siting-study', entityId: id });
  });
}

// ——— Bundle ———

/** Upsert by key, skipping rows whose content hash is unchanged; counts created and updated. */
export async function upsertSitingRows(tx: Db, siteList: SiteValues[], profileList: ProfileValues[]) {
  const count = (rows: { inserted: boolean }[]) => ({
    created: rows.filter((r) => r.inserted).length,
    updated: rows.filter((r) => !r.inserted).length,
  });
  const siteRows = await upsertSites(tx, siteList);
  const profileRows = await upsertProfiles(tx, profileList);
  return { sites: count(siteRows), profiles: count(profileRows) };
}

export async function allSitingForExport(db: Db) {
  const rows = await selectAllSitesAndProfiles(db);
  return { sites: rows.sites.map(siteBundleForm), sitingProfiles: rows.profiles.map(profileBundleForm) };
}

const invalid = (path: string, message: string) => invalidFields([{ path, message }]);
