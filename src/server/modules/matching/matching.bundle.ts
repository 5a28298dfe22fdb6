// The bundle's `needs` and `seeds` sections (DESIGN.md §4): validated with the rest of the bundle, written
// in its transaction, exported with what the caller may see.

import { sameJson } from '../../../core/canonical-json.ts';
import type { Db } from '../../db/client.ts';
import type { ErrorDetail } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { unknownValue } from '../../lib/messages.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import { existingKeys } from '../organizations/index.ts';
import {
  bumpVersion,
  insertBundlePost,
  organizationIdsByKey,
  overwritePost,
  type PostRow,
  postsByKey,
  postsWithOwnerKey,
  searchTermsFor,
} from './matching.queries.ts';
import type { PostBundle, PostKind } from './matching.schemas.ts';

export const postSections = [
  ['needs', 'need'],
  ['seeds', 'seed'],
] as const;

/** Taxonomy codes, categories and owners; owners may be in the bundle or already stored. */
export async function postReferenceErrors(
  db: Db,
  ref: ReferenceData,
  section: string,
  list: PostBundle[],
  bundleOrgKeys: ReadonlySet<string>,
): Promise<ErrorDetail[]> {
  const wanted = [...new Set(list.map((p) => p.organization))].filter((k) => !bundleOrgKeys.has(k));
  const known = new Set([...bundleOrgKeys, ...(await existingKeys(db, wanted))]);
  return list.flatMap((p, i) => [
    ...(known.has(p.organization)
      ? []
      : [{ path: `${section}[${i}].organization`, message: unknownValue('organisation', p.organization) }]),
    ...unknownTechnologies(ref, p.technologies, `${section}[${i}].technologies`),
  ]);
}

type Counts = { created: number; updated: number };

/** Upsert by key inside the import's transaction; unchanged rows (same content hash) are left alone. */
export async function upsertPosts(
  tx: Db,
  ref: ReferenceData,
  postExpiryDays: number,
  kind: PostKind,
  list: PostBundle[],
): Promise<Counts> {
  const counts = { created: 0, updated: 0 };
  if (list.length === 0) return counts;
  const orgRows = await organizationIdsByKey(tx, [...new Set(list.map((p) => p.organization))]);
  const orgId = new Map(orgRows.map((o) => [o.key, o.id]));
  const existing = new Map(
    (
      await postsByKey(
        tx,
        kind,
        list.map((p) => p.key),
      )
    ).map((r) => [r.key, r]),
  );
  let revision: number | undefined;
  for (const p of list) {
    const values = {
      key: p.key,
      organizationId: orgId.get(p.organization)!,
      category: p.category ?? (kind === 'need' ? 'supplier' : 'capability'),
      title: p.title,
      body: p.body,
      technologies: p.technologies,
      quantity: p.quantity ?? null,
      timeline: p.timeline ?? null,
      location: p.location ?? null,
      trl: p.trl ?? null,
      visibility: p.visibility,
      status: p.status,
      searchTerms: searchTermsFor(p, ref),
      ...(kind === 'need' ? { seeksRoles: p.seeksRoles ?? [] } : {}),
    };
    const before = existing.get(p.key);
    if (
      before &&
      sameJson(
        toBundle(kind, { ...before, kind } as PostRow, p.organization),
        normalise(kind, p, before.expiresAt),
      )
    ) {
      continue;
    }
    revision ??= await bumpVersion(tx);
    const expiresAt = p.expiresAt
      ? new Date(p.expiresAt)
      : (before?.expiresAt ?? new Date(Date.now() + postExpiryDays * 86_400_000));
    if (before) {
      await overwritePost(tx, kind, before.id, { ...values, expiresAt, revision });
      counts.updated++;
    } else {
      await insertBundlePost(tx, kind, { ...values, expiresAt, revision });
      counts.created++;
    }
  }
  return counts;
}

function normalise(kind: PostKind, p: PostBundle, storedExpiry: Date): PostBundle {
  return {
    ...p,
    category: p.category ?? (kind === 'need' ? 'supplier' : 'capability'),
    expiresAt: p.expiresAt ? new Date(p.expiresAt).toISOString() : storedExpiry.toISOString(),
  } as PostBundle;
}

/** The bundle form of a stored post. */
export function toBundle(kind: PostKind, r: PostRow, organizationKey: string): PostBundle {
  return {
    key: r.key,
    organization: organizationKey,
    category: r.category as PostBundle['category'],
    title: r.title,
    body: r.body,
    technologies: r.technologies,
    ...(kind === 'need' ? { seeksRoles: r.seeksRoles ?? [] } : {}),
    ...(r.quantity ? { quantity: r.quantity } : {}),
    ...(r.timeline ? { timeline: r.timeline } : {}),
    ...(r.location ? { location: r.location } : {}),
    ...(r.trl ? { trl: r.trl } : {}),
    visibility: r.visibility as PostBundle['visibility'],
    expiresAt: r.expiresAt.toISOString(),
    status: r.status as PostBundle['status'],
  } as PostBundle;
}

/**
 * Posts for the export: everything for an admin; otherwise what the lists show and no more: open, unexpired
 * public posts (and members-only ones for a signed-in user) of the published organisations in the bundle,
 * never anonymous ones, whose owner the bundle would have to name (not even to a side it was revealed to).
 */
export async function exportPosts(db: Db, user: AuthUser | null, organizationKeys: ReadonlySet<string>) {
  const out: Record<string, PostBundle[]> = {};
  for (const [section, kind] of postSections) {
    const rows = await postsWithOwnerKey(db, kind);
    const now = new Date();
    out[section] = rows
      .filter(({ row, orgKey }) => {
        if (!organizationKeys.has(orgKey)) return false;
        if (user?.role === 'admin') return true;
        if (row.status !== 'open' || row.expiresAt <= now) return false;
        return row.visibility === 'public' || (row.visibility === 'members' && user !== null);
      })
      .map(({ row, orgKey }) => toBundle(kind, { seeksRoles: [], ...row, kind } as PostRow, orgKey));
  }
  return out as { needs: PostBundle[]; seeds: PostBundle[] };
}
