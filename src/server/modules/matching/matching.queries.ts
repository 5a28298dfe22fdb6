import { and, asc, desc, eq, gt, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { openIntroductionStates } from '../../../core/matching/index.ts';
import { indexTerms, type QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import {
  facilities,
  introductionEvents,
  introductions,
  introductionTasks,
  type LocalizedText,
  mailOutbox,
  matchingVersion,
  needs,
  notifications,
  organizations,
  seeds,
  users,
} from '../../db/schema/index.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import type { PostKind } from './matching.schemas.ts';

export const postTable = (kind: PostKind) => (kind === 'need' ? needs : seeds);
export type PostRow = typeof needs.$inferSelect & { kind: PostKind };
export type PostValues = typeof needs.$inferInsert;
export type IntroRow = typeof introductions.$inferSelect;

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

/** An organisation's roles, clusters and country, as a query from one of its posts uses them; undefined if none. */
export async function organizationProfile(
  db: Db,
  id: string,
): Promise<{ roles: string[]; clusters: string[]; country: string | null } | undefined> {
  const [row] = await db
    .select({ roles: organizations.roles, clusters: organizations.clusters, country: organizations.country })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
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

// ——— Introductions: the workflow (introductions.service.ts) ———

/** An organisation as the target of an introduction. */
export async function organizationTarget(db: Db, id: string) {
  const [o] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      technologies: organizations.technologies,
      published: organizations.published,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return o;
}

export async function organizationName(db: Db, id: string) {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name;
}

/** Title and visibility of these needs and seeds. */
export async function postHeads(db: Db, ids: string[]) {
  const out = [];
  for (const table of [needs, seeds]) {
    out.push(
      ...(await db
        .select({ id: table.id, title: table.title, visibility: table.visibility })
        .from(table)
        .where(inArray(table.id, ids))),
    );
  }
  return out;
}

export function introductionEventsOf(db: Db, introductionIds: string[]) {
  return db
    .select()
    .from(introductionEvents)
    .where(inArray(introductionEvents.introductionId, introductionIds))
    .orderBy(asc(introductionEvents.id));
}

export function introductionTasksOf(db: Db, introductionIds: string[]) {
  return db
    .select()
    .from(introductionTasks)
    .where(inArray(introductionTasks.introductionId, introductionIds))
    .orderBy(asc(introductionTasks.createdAt));
}

export async function getIntroductionRow(db: Db, id: string): Promise<IntroRow | undefined> {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id));
  return row;
}

export async function insertIntroductionEvent(tx: Db, values: typeof introductionEvents.$inferInsert) {
  await tx.insert(introductionEvents).values(values);
}

/**
 * Moves an introduction on, guarded by the state the caller read: undefined when the expiry sweep or the other
 * side moved it meanwhile, so their move stands rather than both being recorded.
 */
export async function moveIntroduction(
  tx: Db,
  id: string,
  from: string,
  set: { state: string; stateChangedAt: Date; reason?: string; outcome?: string },
): Promise<IntroRow | undefined> {
  const [updated] = await tx
    .update(introductions)
    .set(set)
    .where(and(eq(introductions.id, id), eq(introductions.state, from)))
    .returning();
  return updated;
}

// ——— Introductions: the coordinator's list, tasks and board (introductions.board.ts) ———

export type IntroductionFilter = {
  /** Undefined: every introduction (an admin); null: none (no organisation to act for); else either side's. */
  organizationId?: string | null;
  state?: string;
  /** Any of these technology codes. */
  technologies?: string[];
  createdBefore?: Date;
};

export async function listIntroductionRows(db: Db, f: IntroductionFilter, limit: number, offset: number) {
  const mine =
    f.organizationId === undefined
      ? undefined
      : f.organizationId
        ? or(
            eq(introductions.fromOrganizationId, f.organizationId),
            eq(introductions.toOrganizationId, f.organizationId),
          )
        : sql`false`;
  const where = and(
    mine,
    f.state ? eq(introductions.state, f.state) : undefined,
    f.technologies ? sql`${introductions.technologies} && ${arrayLiteral(f.technologies)}` : undefined,
    f.createdBefore !== undefined ? lte(introductions.createdAt, f.createdBefore) : undefined,
  );
  const rows = await db
    .select()
    .from(introductions)
    .where(where)
    .orderBy(desc(introductions.stateChangedAt), asc(introductions.id))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(introductions).where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function insertIntroductionTask(tx: Db, values: typeof introductionTasks.$inferInsert) {
  const [task] = await tx.insert(introductionTasks).values(values).returning();
  return task!;
}

export async function getIntroductionTask(db: Db, id: string) {
  const [task] = await db.select().from(introductionTasks).where(eq(introductionTasks.id, id));
  return task;
}

export async function setIntroductionTaskDone(tx: Db, id: string, doneAt: Date | null) {
  await tx.update(introductionTasks).set({ doneAt }).where(eq(introductionTasks.id, id));
}

export function allIntroductions(db: Db) {
  return db.select().from(introductions);
}

/** Every state each introduction has entered. */
export function allIntroductionSteps(db: Db) {
  return db
    .select({ id: introductionEvents.introductionId, to: introductionEvents.toState })
    .from(introductionEvents);
}

export async function countOpenIntroductionTasks(db: Db) {
  const [tasks] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(introductionTasks)
    .where(isNull(introductionTasks.doneAt));
  return tasks?.n ?? 0;
}

// ——— Notices and the mail outbox (notifications.service.ts) ———

export function notificationsOf(db: Db, userId: string, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function countUnreadNotifications(db: Db, userId: string) {
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return unread?.n ?? 0;
}

/** Marks the user's own notice read; undefined when it is not theirs (or does not exist). */
export async function setNotificationRead(db: Db, id: string, userId: string, now: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return row;
}

export function latestOutbox(db: Db, limit: number) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}

// ——— The bundle's needs and seeds (matching.bundle.ts) ———

export function organizationIdsByKey(db: Db, keys: string[]) {
  return db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.key, keys));
}

export async function postsByKey(db: Db, kind: PostKind, keys: string[]) {
  const table = postTable(kind);
  return db.select().from(table).where(inArray(table.key, keys));
}

/** Overwrites a post from the bundle, counting a new version of it. */
export async function overwritePost(tx: Db, kind: PostKind, id: string, values: PostValues) {
  const table = postTable(kind);
  await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(eq(table.id, id));
}

export async function insertBundlePost(tx: Db, kind: PostKind, values: PostValues) {
  await tx.insert(postTable(kind)).values(values);
}

/** Every post of this kind with its owner's key, by post key. */
export function postsWithOwnerKey(db: Db, kind: PostKind) {
  const table = postTable(kind);
  return db
    .select({ row: table, orgKey: organizations.key })
    .from(table)
    .innerJoin(organizations, eq(organizations.id, table.organizationId))
    .orderBy(asc(table.key));
}

// ——— The in-memory index's reads (matching.search-index.ts) ———

/**
 * What changes an organisation's record for matching: its profile (count and latest update: moves whenever
 * one is added, changed or removed), and which organisations run a published facility (another module's
 * table, read for FACILITY_CODES). The latter is the list itself, hashed: a timestamp is the writer's clock at
 * its statement, not at its commit, so two facility edits committing out of order could hide one.
 */
export async function organizationSignature(db: Db) {
  const [sig] = await db
    .select({
      n: sql<number>`count(*)::int`,
      latest: sql<string>`coalesce(max(${organizations.updatedAt})::text, '')`,
    })
    .from(organizations);
  const [fac] = await db
    .select({
      operators: sql<string>`coalesce(md5(string_agg(distinct ${facilities.organizationId}::text, ',' order by ${facilities.organizationId}::text)), '')`,
    })
    .from(facilities)
    .where(eq(facilities.published, true));
  return `${sig?.n}:${sig?.latest}:${fac?.operators}`;
}

/** The organisations that run at least one published facility. */
export async function facilityOperators(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: facilities.organizationId })
    .from(facilities)
    .where(eq(facilities.published, true));
  return new Set(rows.map((r) => r.id));
}

export function organizationStamps(db: Db) {
  return db.select({ id: organizations.id, updatedAt: organizations.updatedAt }).from(organizations);
}

export function organizationsById(db: Db, ids: string[]) {
  return db.select().from(organizations).where(inArray(organizations.id, ids));
}

export async function postsById(db: Db, kind: PostKind, ids: string[]): Promise<PostRow[]> {
  const table = postTable(kind);
  const rows = await db.select().from(table).where(inArray(table.id, ids));
  return rows.map((r) => ({ seeksRoles: [], ...r, kind }) as PostRow);
}

/** The posts of this kind stamped with a revision after `since`, up to and including `upTo`. */
export async function postsInRevisions(
  db: Db,
  kind: PostKind,
  since: number,
  upTo: number,
): Promise<PostRow[]> {
  const table = postTable(kind);
  const rows = await db
    .select()
    .from(table)
    .where(and(gt(table.revision, since), sql`${table.revision} <= ${upTo}`));
  return rows.map((r) => ({ seeksRoles: [], ...r, kind }) as PostRow);
}

export async function allPostIds(db: Db): Promise<Set<string>> {
  return new Set(
    [
      ...(await db.select({ id: needs.id }).from(needs)),
      ...(await db.select({ id: seeds.id }).from(seeds)),
    ].map((r) => r.id),
  );
}

/**
 * Which of these organisations have an account that can answer in the app (not disabled): the same test as the
 * coordinator's "no account" list on the home page (home.queries.ts), so the two never disagree.
 */
export async function organizationsWithAccounts(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: users.organizationId })
    .from(users)
    .where(and(inArray(users.organizationId, [...new Set(ids)]), isNull(users.disabledAt)));
  return new Set(rows.map((r) => r.id!));
}

/** The link an introduction's notices carry; also how a user's notice about one is found again. */
export const introductionLink = (id: string) => `/introductions/${id}`;

/**
 * Requests to this organisation still awaiting its answer that this user has no notice of: its account was
 * made after the request, or it joined the organisation since.
 */
export async function requestsUntold(db: Db, userId: string, organizationId: string, now: Date) {
  return db
    .select({
      id: introductions.id,
      fromOrganizationId: introductions.fromOrganizationId,
      fromPostId: introductions.fromPostId,
    })
    .from(introductions)
    .where(
      and(
        eq(introductions.toOrganizationId, organizationId),
        eq(introductions.state, 'requested'),
        gt(introductions.expiresAt, now),
        sql`not exists (select 1 from ${notifications} where ${notifications.userId} = ${userId}
          and ${notifications.kind} = 'introduction.requested'
          and ${notifications.link} = '/introductions/' || ${introductions.id}::text)`,
      ),
    )
    .orderBy(asc(introductions.createdAt));
}

/** In-app notices only, no mail: for what the user is told on signing in or on the page it is looking at. */
export async function insertAppNotices(
  tx: Db,
  rows: Array<{ userId: string; kind: string; title: LocalizedText; body: LocalizedText; link: string }>,
) {
  // A notice already given (a second sign-in at the same moment) is skipped: the partial unique index decides.
  if (rows.length > 0) await tx.insert(notifications).values(rows).onConflictDoNothing();
}

// ——— Introductions from held brokerage meetings (events module, through index.ts) ———

/** The most recent open introduction one organisation asked of another, if any. */
export async function openIntroductionBetween(db: Db, fromOrganizationId: string, toOrganizationId: string) {
  const [row] = await db
    .select()
    .from(introductions)
    .where(
      and(
        eq(introductions.fromOrganizationId, fromOrganizationId),
        eq(introductions.toOrganizationId, toOrganizationId),
        inArray(introductions.state, openIntroductionStates),
      ),
    )
    .orderBy(desc(introductions.createdAt))
    .limit(1)
    .for('update');
  return row;
}

/** Of these posts, the organisation's; else its most recently updated open one: what a meeting started from. */
export async function postOfOrganization(
  db: Db,
  organizationId: string,
  preferred: { kind: PostKind; id: string }[],
  now: Date,
): Promise<PostRow | undefined> {
  for (const p of preferred) {
    const row = await getPostRow(db, p.kind, p.id);
    if (row && row.organizationId === organizationId) return row;
  }
  let best: PostRow | undefined;
  for (const kind of ['need', 'seed'] as const) {
    const table = postTable(kind);
    const [row] = await db
      .select()
      .from(table)
      .where(
        and(eq(table.organizationId, organizationId), eq(table.status, 'open'), gt(table.expiresAt, now)),
      )
      .orderBy(desc(table.updatedAt))
      .limit(1);
    if (row && (!best || row.updatedAt > best.updatedAt)) best = { seeksRoles: [], ...row, kind } as PostRow;
  }
  return best;
}

/** Introductions the accounts asked for in [from, to), oldest first. */
export function introductionsRequestedBy(db: Db, userIds: string[], from: Date, to: Date) {
  if (!userIds.length) return Promise.resolve([]);
  return db
    .select({
      id: introductions.id,
      state: introductions.state,
      fromOrganizationId: introductions.fromOrganizationId,
      toOrganizationId: introductions.toOrganizationId,
      createdBy: introductions.createdBy,
      createdAt: introductions.createdAt,
    })
    .from(introductions)
    .where(
      and(
        inArray(introductions.createdBy, userIds),
        sql`${introductions.createdAt} >= ${from.toISOString()}`,
        sql`${introductions.createdAt} < ${to.toISOString()}`,
      ),
    )
    .orderBy(asc(introductions.createdAt));
}
