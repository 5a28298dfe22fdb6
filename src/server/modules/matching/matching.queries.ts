import { and, asc, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { openIntroductionStates } from '../../../core/matching/index.ts';
import { indexTerms, type QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import {
  introductionEvents,
  introductions,
  matchingVersion,
  needs,
  organizations,
  seeds,
} from '../../db/schema/index.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import type { PostKind } from './matching.schemas.ts';

export const postTable = (kind: PostKind) => (kind === 'need' ? needs : seeds);
export type PostRow = typeof needs.$inferSelect & { kind: PostKind };
type PostValues = typeof needs.$inferInsert;

/** Bumps the matching data version (locking its row until commit) and returns it for the written rows. */
export async function bumpVersion(tx: Db): Promise<number> {
  const [row] = await tx
    .insert(matchingVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: matchingVersion.id, set: { version: sql`${matchingVersion.version} + 1` } })
    .returning({ version: matchingVersion.version });
  return row!.version;
}

/** The stored version with its epoch: a recreated row (a restored or emptied database) gets a new epoch. */
export async function currentVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({ version: matchingVersion.version, epoch: matchingVersion.epoch })
    .from(matchingVersion);
  return row ? `${row.epoch}:${row.version}` : 'none:0';
}

export function searchTermsFor(
  p: {
    title: { ja?: string; en?: string };
    body: { ja?: string; en?: string };
    technologies: readonly string[];
  },
  ref: ReferenceData,
) {
  const labels = p.technologies.flatMap((c) => {
    const l = ref.technologies.get(c)?.label;
    return [l?.ja, l?.en];
  });
  return indexTerms([p.title.ja, p.title.en, p.body.ja, p.body.en, ...labels]);
}

/** Undefined when the key is taken: the unique index decides, so two concurrent creations cannot both pass. */
export async function insertPost(tx: Db, kind: PostKind, values: PostValues): Promise<PostRow | undefined> {
  const table = postTable(kind);
  const [row] = await tx
    .insert(table)
    .values(kind === 'need' ? values : { ...values, seeksRoles: undefined })
    .onConflictDoNothing({ target: table.key })
    .returning();
  return row ? ({ seeksRoles: [], ...row, kind } as PostRow) : undefined;
}

export async function deletePostRow(tx: Db, kind: PostKind, id: string) {
  const table = postTable(kind);
  await tx.delete(table).where(eq(table.id, id));
}

/**
 * A new introduction, or undefined when the pair already has an open one: the partial unique index
 * (introductions_open_pair_idx) decides, so simultaneous identical requests cannot both pass.
 */
export async function insertIntroduction(tx: Db, values: typeof introductions.$inferInsert) {
  const [row] = await tx
    .insert(introductions)
    .values(values)
    .onConflictDoNothing({
      target: [introductions.toId, introductions.fromPostId],
      where: inArray(introductions.state, openIntroductionStates),
    })
    .returning();
  return row;
}

/** The open introduction of a pair, if any (for the message of a refused request). */
export async function openIntroductionId(db: Db, fromPostId: string, toId: string) {
  const [row] = await db
    .select({ id: introductions.id })
    .from(introductions)
    .where(
      and(
        eq(introductions.fromPostId, fromPostId),
        eq(introductions.toId, toId),
        inArray(introductions.state, openIntroductionStates),
      ),
    );
  return row?.id;
}

/** The titles of these needs and seeds, by id. */
export async function postTitles(db: Db, ids: string[]): Promise<Map<string, { ja?: string; en?: string }>> {
  const titles = new Map<string, { ja?: string; en?: string }>();
  if (ids.length === 0) return titles;
  for (const table of [needs, seeds]) {
    const rows = await db
      .select({ id: table.id, title: table.title })
      .from(table)
      .where(inArray(table.id, ids));
    for (const r of rows) titles.set(r.id, r.title);
  }
  return titles;
}

/** The ids among `postIds` that `organizationId` asked an introduction to, in one of `states`. */
/** Posts among these to which the organisation asked for an introduction that once reached `state`. */
export async function revealedPostIds(
  db: Db,
  postIds: string[],
  organizationId: string,
  state: string,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ toId: introductions.toId })
    .from(introductions)
    .innerJoin(introductionEvents, eq(introductionEvents.introductionId, introductions.id))
    .where(
      and(
        inArray(introductions.toId, postIds),
        eq(introductions.fromOrganizationId, organizationId),
        eq(introductionEvents.toState, state),
      ),
    );
  return new Set(rows.map((r) => r.toId));
}

export async function updatePost(tx: Db, kind: PostKind, id: string, values: Partial<PostValues>) {
  const table = postTable(kind);
  const { seeksRoles, ...rest } = values;
  const [row] = await tx
    .update(table)
    .set({
      ...rest,
      ...(kind === 'need' && seeksRoles ? { seeksRoles } : {}),
      version: sql`${table.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(table.id, id))
    .returning();
  return row ? ({ seeksRoles: [], ...row, kind } as PostRow) : undefined;
}

export async function getPostRow(db: Db, kind: PostKind, id: string): Promise<PostRow | undefined> {
  const table = postTable(kind);
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row ? ({ seeksRoles: [], ...row, kind } as PostRow) : undefined;
}

/** The row, locked until the transaction ends, so simultaneous edits merge one after the other. */
export async function lockPostRow(tx: Db, kind: PostKind, id: string): Promise<PostRow | undefined> {
  const table = postTable(kind);
  const [row] = await tx.select().from(table).where(eq(table.id, id)).for('update');
  return row ? ({ seeksRoles: [], ...row, kind } as PostRow) : undefined;
}

export async function getPostByKey(db: Db, kind: PostKind, key: string): Promise<PostRow | undefined> {
  const table = postTable(kind);
  const [row] = await db.select().from(table).where(eq(table.key, key));
  return row ? ({ seeksRoles: [], ...row, kind } as PostRow) : undefined;
}

const arrayLiteral = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export type PostFilter = {
  groups: QueryGroup[];
  key?: string;
  technologies: string[];
  organizationId?: string;
  status: 'open' | 'closed' | 'all';
  /** Visibility reach: which visibilities the caller may list (owner's own always). */
  visibilities: string[];
  ownOrganizationId: string | null;
  all: boolean;
};

export async function listPostRows(db: Db, kind: PostKind, f: PostFilter, limit: number, offset: number) {
  const t = postTable(kind);
  const groups = f.groups.map(
    (g) =>
      sql`(${sql.join(
        g.alternatives.map((alt) => sql`${t.searchTerms} @> ${arrayLiteral(alt)}`),
        sql` OR `,
      )})`,
  );
  const reach: SQL | undefined = f.all
    ? undefined
    : f.ownOrganizationId
      ? sql`(${inArray(t.visibility, f.visibilities)} OR ${eq(t.organizationId, f.ownOrganizationId)})`
      : inArray(t.visibility, f.visibilities);
  const where = and(
    ...groups,
    f.key ? eq(t.key, f.key) : undefined,
    f.technologies.length ? sql`${t.technologies} && ${arrayLiteral(f.technologies)}` : undefined,
    f.organizationId ? eq(t.organizationId, f.organizationId) : undefined,
    f.status === 'all' ? undefined : eq(t.status, f.status),
    reach,
  );
  const rows = await db
    .select()
    .from(t)
    .where(where)
    .orderBy(sql`${t.createdAt} desc`, asc(t.key))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(t).where(where);
  return { rows: rows.map((r) => ({ seeksRoles: [], ...r, kind }) as PostRow), total: count?.n ?? 0 };
}

export async function organizationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

/** The supply-chain roles of an organisation; undefined when there is no such organisation. */
export async function organizationRoles(db: Db, id: string): Promise<string[] | undefined> {
  const [row] = await db
    .select({ roles: organizations.roles })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.roles;
}

export type OrgRef = { id: string; key: string; name: { ja?: string; en?: string } };

export async function organizationRefs(db: Db, ids: string[]): Promise<Map<string, OrgRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

// The sweep's writes (matching.jobs.ts). Each is one guarded `update … returning`: a row changes only while it
// still is what the sweep looked for, so a person's move in between wins, and a second sweep finds nothing.

/** Unanswered requests past their time become expired; returns the ones this call expired. */
export function expireDueIntroductions(tx: Db, now: Date) {
  return tx
    .update(introductions)
    .set({ state: 'expired', stateChangedAt: now })
    .where(and(eq(introductions.state, 'requested'), lte(introductions.expiresAt, now)))
    .returning();
}

/** Requests expiring by `reminderAt` not yet reminded are marked reminded; returns the ones this call marked. */
export function markIntroductionsReminded(tx: Db, reminderAt: Date, now: Date) {
  return tx
    .update(introductions)
    .set({ remindedAt: now })
    .where(
      and(
        eq(introductions.state, 'requested'),
        lte(introductions.expiresAt, reminderAt),
        isNull(introductions.remindedAt),
      ),
    )
    .returning();
}

/** Open posts expiring between now and `reminderAt` not yet reminded are marked reminded; returns those. */
export function markPostsReminded(tx: Db, kind: PostKind, reminderAt: Date, now: Date) {
  const table = postTable(kind);
  return tx
    .update(table)
    .set({ remindedAt: now })
    .where(
      and(
        eq(table.status, 'open'),
        lte(table.expiresAt, reminderAt),
        gt(table.expiresAt, now),
        isNull(table.remindedAt),
      ),
    )
    .returning();
}
