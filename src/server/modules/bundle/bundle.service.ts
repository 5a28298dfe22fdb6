import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, formatPath, notFound } from '../../lib/errors.ts';
import { type AppDeps, type AuthUser, findUnstorableText } from '../../lib/http.ts';
import type { Job } from '../../lib/jobs.ts';
import { say } from '../../lib/locale.ts';
import { duplicateKey, expectedArray, unknownValue } from '../../lib/messages.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import {
  exportIncubation,
  type IncubationBundle,
  type IncubationCounts,
  incubationCounts,
  parseIncubationSections,
  upsertIncubation,
} from '../incubation/index.ts';
import {
  exportRelations,
  parseRelations,
  type RelationCounts,
  type RelationInput,
  relationEndKeys,
  relationReferenceErrors,
  upsertRelations,
} from '../industry-map/index.ts';
import {
  exportPosts,
  type PostBundle,
  postBundleSchema,
  postReferenceErrors,
  postSections,
  upsertPosts,
} from '../matching/index.ts';
import {
  existingKeys,
  type OrganizationInput,
  organizationInputSchema,
  referenceErrors,
  tidySearchIndexes,
  toBundleForm,
  toValues,
} from '../organizations/index.ts';
import {
  allSitingForExport,
  existingSiteKeys,
  type ProfileInputBody,
  profileInputSchema,
  profileValues,
  type SiteInputBody,
  siteInputSchema,
  siteValues,
  upsertSitingRows,
} from '../siting/index.ts';
import {
  createOrganizationStage,
  deferSearchIndexMerge,
  dropOrganizationStage,
  mergeOrganizationStage,
  selectExportOrganizations,
  selectExportOrganizationsByKey,
  stageOrganizationBatch,
  upsertOrganizationBatch,
} from './bundle.queries.ts';

export const bundleFormat = 'fusion-cluster-bundle';
export const bundleVersion = 1;
/** Arrays that later modules will own; a bundle carrying them is accepted and they are reported as ignored. */
const laterSections = ['surveys', 'programmes', 'events', 'partnerships'];
const maxReportedErrors = 1000;
const batchSize = 1000;
const yieldEvery = 500;
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));
/**
 * After a statement that held PGlite (and so this thread) for a long time, every request that fell due
 * meanwhile is a timer waiting to fire; setImmediate can run before the timers phase, so wait for it.
 */
const yieldAfterBlocking = () => new Promise((resolve) => setTimeout(resolve, 0));

export type ImportProgress = (
  phase: 'validating' | 'writing' | 'done',
  processed: number,
  total: number,
) => void;
type Counts = { created: number; updated: number; unchanged: number; total: number };
export type ImportResult = {
  organizations: Counts;
  relations: RelationCounts;
  sites: Counts;
  sitingProfiles: Counts;
  needs: Counts;
  seeds: Counts;
  facilities: Counts;
  units: Counts;
  equipment: Counts;
  leases: Counts;
  ignored: string[];
};

type Validated = {
  organizations: OrganizationInput[];
  relations: RelationInput[];
  sites: SiteInputBody[];
  sitingProfiles: ProfileInputBody[];
  needs: PostBundle[];
  seeds: PostBundle[];
  incubation: IncubationBundle;
  ignored: string[];
};

/** Parses one keyed section: every error by path, duplicate keys named with their first place. */
export function parseSection<T extends { key: string }>(
  b: Record<string, unknown>,
  section: string,
  schema: z.ZodType<T>,
  errors: ErrorDetail[],
): T[] {
  const raw = b[section] ?? [];
  if (!Array.isArray(raw)) {
    errors.push({ path: section, message: expectedArray() });
    return [];
  }
  const parsed: T[] = [];
  const first = new Map<string, number>();
  raw.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      for (const issue of r.error.issues)
        errors.push({ path: formatPath([section, i, ...issue.path]), message: issue.message });
      return;
    }
    const unstorable = findUnstorableText(r.data, [section, i]);
    const seen = first.get(r.data.key);
    if (unstorable) errors.push(unstorable);
    else if (seen !== undefined)
      errors.push({
        path: `${section}[${i}].key`,
        message: duplicateKey(r.data.key, `${section}[${seen}]`),
      });
    else {
      first.set(r.data.key, i);
      parsed.push(r.data);
    }
  });
  return parsed;
}

/** A site's parent may be in the bundle or already stored. */
async function siteParentErrors(db: Db, list: SiteInputBody[]): Promise<ErrorDetail[]> {
  const inBundle = new Set(list.map((s) => s.key));
  const wanted = [...new Set(list.flatMap((s) => (s.parent && !inBundle.has(s.parent) ? [s.parent] : [])))];
  const known = new Set([...inBundle, ...(await existingSiteKeys(db, wanted))]);
  return list.flatMap((s, i) =>
    s.parent && (!known.has(s.parent) || s.parent === s.key)
      ? [{ path: `sites[${i}].parent`, message: unknownValue('site', s.parent) }]
      : [],
  );
}

/** Checks the whole bundle and lists every error by path; nothing is written unless it is clean. */
export async function validateBundle(db: Db, ref: ReferenceData, bundle: unknown): Promise<Validated> {
  const errors: ErrorDetail[] = [];
  if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) {
    throw new AppError(
      'invalid_bundle',
      say({ ja: 'バンドルは JSON オブジェクトです', en: 'A bundle is a JSON object' }),
      [{ path: '', message: say({ ja: 'オブジェクトで指定してください', en: 'expected an object' }) }],
    );
  }
  const b = bundle as Record<string, unknown>;
  if (b.format !== bundleFormat)
    errors.push({
      path: 'format',
      message: say({ ja: `「${bundleFormat}」にしてください`, en: `must be "${bundleFormat}"` }),
    });
  if (b.version !== bundleVersion)
    errors.push({
      path: 'version',
      message: say({ ja: `${bundleVersion} にしてください`, en: `must be ${bundleVersion}` }),
    });
  const raw = b.organizations ?? [];
  if (!Array.isArray(raw)) errors.push({ path: 'organizations', message: expectedArray() });
  const list = Array.isArray(raw) ? raw : [];
  const parsed: OrganizationInput[] = [];
  const firstIndex = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    // Checking 20,000 records takes most of a second: let other requests in along the way.
    if (i % yieldEvery === yieldEvery - 1) await yieldToOthers();
    const r = organizationInputSchema.safeParse(item);
    if (!r.success) {
      for (const issue of r.error.issues)
        errors.push({ path: formatPath(['organizations', i, ...issue.path]), message: issue.message });
      continue;
    }
    const unstorable = findUnstorableText(r.data, ['organizations', i]);
    if (unstorable) {
      errors.push(unstorable);
      continue;
    }
    const seen = firstIndex.get(r.data.key);
    if (seen !== undefined) {
      errors.push({
        path: `organizations[${i}].key`,
        message: duplicateKey(r.data.key, `organizations[${seen}]`),
      });
      continue;
    }
    firstIndex.set(r.data.key, i);
    parsed.push(r.data);
  }
  const relations = parseRelations(b.relations);
  errors.push(...relations.errors);
  const referenced = [
    ...new Set([...parsed.flatMap((o) => o.memberships), ...relationEndKeys(relations.parsed)]),
  ].filter((k) => !firstIndex.has(k));
  const known = new Set([...firstIndex.keys(), ...(await existingKeys(db, referenced))]);
  for (const org of parsed) {
    errors.push(...referenceErrors(org, ref, known, `organizations[${firstIndex.get(org.key)}]`));
  }
  errors.push(...relationReferenceErrors(relations.parsed, known));
  const siteList = parseSection(b, 'sites', siteInputSchema, errors);
  errors.push(...(await siteParentErrors(db, siteList)));
  const profileList = parseSection(b, 'sitingProfiles', profileInputSchema, errors);
  const posts: Record<string, PostBundle[]> = {};
  for (const [section, kind] of postSections) {
    posts[section] = parseSection(b, section, postBundleSchema(kind) as z.ZodType<PostBundle>, errors);
    errors.push(...(await postReferenceErrors(db, ref, section, posts[section], new Set(firstIndex.keys()))));
  }
  const incubation = await parseIncubationSections(
    db,
    ref,
    (section, schema) => parseSection(b, section, schema as z.ZodType<never>, errors),
    new Set(firstIndex.keys()),
    new Set(siteList.map((s) => s.key)),
    errors,
  );
  if (errors.length > 0) {
    const shown = errors.slice(0, maxReportedErrors);
    const more = errors.length > shown.length;
    throw new AppError(
      'invalid_bundle',
      say({
        ja: `バンドルに ${errors.length} 件の誤りがあるため、何も取り込んでいません${more ? `（最初の ${shown.length} 件を示します）` : ''}`,
        en: `The bundle has ${errors.length} error(s); nothing was imported${more ? ` (the first ${shown.length} are listed)` : ''}`,
      }),
      shown,
    );
  }
  return {
    organizations: parsed,
    relations: relations.parsed.map((r) => r.relation),
    sites: siteList,
    sitingProfiles: profileList,
    needs: posts.needs ?? [],
    seeds: posts.seeds ?? [],
    incubation,
    ignored: laterSections.filter((s) => s in b),
  };
}

/**
 * Upsert by key: all of it lands, or none of it. Unchanged rows are not rewritten.
 *
 * `staged` (PGlite, where a transaction holds the only connection and every other request waits for it): the
 * organisations are first written into a temporary table in short transactions, with other requests let in
 * between, and the one transaction that makes anything visible moves them into place with the other sections.
 * Without it (PostgreSQL, whose readers do not wait for a writer; the command line, which has no readers),
 * everything is written in one transaction.
 */
export async function importBundle(
  db: Db,
  ref: ReferenceData,
  actor: AuthUser | null,
  bundle: unknown,
  progress: ImportProgress = () => {},
  postExpiryDays = 180,
  { staged = false }: { staged?: boolean } = {},
): Promise<ImportResult> {
  progress('validating', 0, 0);
  const valid = await validateBundle(db, ref, bundle);
  const { organizations: orgs, ignored } = valid;
  const counts = { created: 0, updated: 0, unchanged: 0, total: orgs.length };
  let relationCounts: RelationCounts = { created: 0, updated: 0, unchanged: 0, total: 0 };
  let siting = { sites: { created: 0, updated: 0 }, profiles: { created: 0, updated: 0 } };
  let needCounts = { created: 0, updated: 0 };
  let seedCounts = { created: 0, updated: 0 };
  let incubation: IncubationCounts = incubationCounts();
  const batchValues = (i: number) => orgs.slice(i, i + batchSize).map((o) => toValues(o, ref));

  /** Everything but the organisations, written after them so that references to new ones resolve. */
  const writeTheRest = async (tx: Db) => {
    counts.unchanged = counts.total - counts.created - counts.updated;
    relationCounts = await upsertRelations(tx, valid.relations);
    siting = await upsertSitingRows(tx, valid.sites.map(siteValues), valid.sitingProfiles.map(profileValues));
    needCounts = await upsertPosts(tx, ref, postExpiryDays, 'need', valid.needs);
    seedCounts = await upsertPosts(tx, ref, postExpiryDays, 'seed', valid.seeds);
    incubation = await upsertIncubation(tx, valid.incubation);
    await writeAudit(tx, actor, {
      action: 'import',
      entity: 'bundle',
      changes: {
        ...counts,
        relations: relationCounts,
        siting,
        needs: needCounts,
        seeds: seedCounts,
        incubation,
        ignored,
        keys: orgs.slice(0, 100).map((o) => o.key),
      },
    });
  };

  if (staged) {
    const stage = await createOrganizationStage(db);
    try {
      for (let i = 0; i < orgs.length; i += batchSize) {
        await yieldToOthers();
        const values = batchValues(i);
        await db.transaction((tx) => stageOrganizationBatch(tx, stage, values));
        progress('writing', Math.min(i + batchSize, orgs.length), orgs.length);
      }
      await yieldToOthers();
      await db.transaction(async (tx) => {
        await deferSearchIndexMerge(tx);
        Object.assign(counts, await mergeOrganizationStage(tx, stage));
        await writeTheRest(tx);
      });
    } finally {
      await dropOrganizationStage(db, stage);
    }
  } else {
    await db.transaction(async (tx) => {
      await deferSearchIndexMerge(tx);
      let values = batchValues(0);
      for (let i = 0; i < orgs.length; i += batchSize) {
        const write = upsertOrganizationBatch(tx, values);
        // On PostgreSQL the server works on this batch while we tokenise the next one.
        await yieldToOthers();
        const next = i + batchSize < orgs.length ? batchValues(i + batchSize) : [];
        for (const r of await write) r.inserted ? counts.created++ : counts.updated++;
        values = next;
        progress('writing', Math.min(i + batchSize, orgs.length), orgs.length);
      }
      await writeTheRest(tx);
    });
  }
  // The tidy-up is maintenance, not visibility: the import is in place already, so reads go first.
  await tidySearchIndexes(db, staged ? yieldAfterBlocking : undefined);
  progress('done', orgs.length, orgs.length);
  const withUnchanged = (c: { created: number; updated: number }, total: number) => ({
    ...c,
    unchanged: total - c.created - c.updated,
    total,
  });
  return {
    organizations: counts,
    relations: relationCounts,
    sites: withUnchanged(siting.sites, valid.sites.length),
    sitingProfiles: withUnchanged(siting.profiles, valid.sitingProfiles.length),
    needs: withUnchanged(needCounts, valid.needs.length),
    seeds: withUnchanged(seedCounts, valid.seeds.length),
    facilities: withUnchanged(incubation.facilities, valid.incubation.facilities.length),
    units: withUnchanged(incubation.units, valid.incubation.units.length),
    equipment: withUnchanged(incubation.equipment, valid.incubation.equipment.length),
    leases: withUnchanged(incubation.leases, valid.incubation.leases.length),
    ignored,
  };
}

/**
 * The bundle of everything the caller may see: all for an admin, published profiles otherwise, optionally
 * one cluster's. It stays importable on its own: associations its members belong to come along, and a
 * membership in something the caller may not see is left out rather than left dangling.
 */
export async function exportBundle(db: Db, user: AuthUser | null, cluster?: string) {
  const publishedOnly = user?.role !== 'admin';
  const rows = await selectExportOrganizations(db, { publishedOnly, cluster });
  const keys = new Set(rows.map((r) => r.key));
  const missing = [...new Set(rows.flatMap((r) => r.memberships))].filter((k) => !keys.has(k));
  const extra = await selectExportOrganizationsByKey(db, { publishedOnly, keys: missing });
  for (const r of extra) keys.add(r.key);
  const all = [...rows, ...extra].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const siting = await allSitingForExport(db);
  const posts = await exportPosts(db, user, keys);
  return {
    format: bundleFormat,
    version: bundleVersion,
    exportedAt: new Date().toISOString(),
    organizations: all.map((r) => {
      const form = toBundleForm(r);
      return { ...form, memberships: form.memberships.filter((k) => keys.has(k)) };
    }),
    // Like memberships: only relations whose both ends are in this bundle, so it imports on its own.
    relations: await exportRelations(db, keys),
    ...siting,
    ...posts,
    ...(await exportIncubation(db, user, keys)),
  };
}

/** A public view of a job: who owns it stays on the server. */
const publicJob = ({ ownerId: _owner, ...job }: Job) => job;

/**
 * Starts an import in the background and returns its job at once; the web app polls it for progress. The
 * job keeps the request's language for its messages, since it reports after the request has ended.
 */
export function startImportJob(
  deps: Pick<AppDeps, 'db' | 'engine' | 'reference' | 'config' | 'jobs'>,
  user: AuthUser,
  bundle: unknown,
) {
  const job = deps.jobs.start('import', user.id);
  const progress: ImportProgress = (phase, processed, total) => {
    Object.assign(job, { phase, processed, total });
  };
  importBundle(deps.db, deps.reference, user, bundle, progress, deps.config.postExpiryDays, {
    staged: deps.engine === 'pglite',
  })
    .then((result) =>
      Object.assign(job, { state: 'succeeded', result, finishedAt: new Date().toISOString() }),
    )
    .catch((err: unknown) => {
      if (!(err instanceof AppError)) console.error(err);
      const error =
        err instanceof AppError
          ? err
          : new AppError('internal', say({ ja: '取り込みに失敗しました', en: 'The import failed' }));
      Object.assign(job, {
        state: 'failed',
        error: error.toBody().error,
        finishedAt: new Date().toISOString(),
      });
    });
  return publicJob(job);
}

/** An import job, to the admin who started it only. */
export function getImportJob(deps: Pick<AppDeps, 'jobs'>, user: AuthUser, id: string) {
  const job = deps.jobs.get(id);
  if (!job || job.ownerId !== user.id) throw notFound('Job');
  return publicJob(job);
}
