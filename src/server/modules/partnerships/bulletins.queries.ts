import { and, arrayOverlaps, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  agreementParties,
  bulletinDigests,
  bulletinSubscriptions,
  bulletins,
  organizations,
  users,
} from '../../db/schema/index.ts';

export type BulletinValues = typeof bulletins.$inferInsert;
export type BulletinRow = typeof bulletins.$inferSelect;

/** Who reads (mirrors core `maySeeBulletin`, as SQL for lists and feeds). */
export type BulletinViewerSql = {
  role: string | null;
  organizationId: string | null;
  partyToAgreement: boolean;
};

function visibleTo(v: BulletinViewerSql): SQL | undefined {
  if (v.role === 'admin') return undefined;
  const audiences = ['public'];
  if (v.role && v.role !== 'person') audiences.push('members');
  if (v.role === 'agency' || (v.role && v.partyToAgreement)) audiences.push('partners');
  return or(
    inArray(bulletins.audience, audiences),
    v.organizationId && v.role ? eq(bulletins.authorOrganizationId, v.organizationId) : undefined,
  );
}

const bulletinColumns = {
  bulletin: bulletins,
  authorKey: organizations.key,
  authorName: organizations.name,
};

const selectBulletins = (db: Db) =>
  db
    .select(bulletinColumns)
    .from(bulletins)
    .leftJoin(organizations, eq(organizations.id, bulletins.authorOrganizationId));

export type BulletinFilter = { tag?: string; kind?: string; limit: number; offset: number };

export async function listBulletinRows(db: Db, viewer: BulletinViewerSql, f: BulletinFilter) {
  const where = and(
    visibleTo(viewer),
    f.tag ? arrayOverlaps(bulletins.tags, [f.tag]) : undefined,
    f.kind ? eq(bulletins.kind, f.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectBulletins(db)
      .where(where)
      .orderBy(desc(bulletins.publishedAt), desc(bulletins.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(bulletins).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function getBulletinRow(db: Db, id: string, viewer: BulletinViewerSql) {
  const [row] = await selectBulletins(db).where(and(eq(bulletins.id, id), visibleTo(viewer)));
  return row;
}

export async function lockBulletin(db: Db, id: string) {
  const [row] = await db.select().from(bulletins).where(eq(bulletins.id, id)).for('update');
  return row;
}

export async function insertBulletin(db: Db, values: BulletinValues) {
  const [row] = await db.insert(bulletins).values(values).returning();
  return row!;
}

export async function updateBulletinRow(db: Db, id: string, values: Partial<BulletinValues>) {
  const [row] = await db
    .update(bulletins)
    .set({ ...values, version: sql`${bulletins.version} + 1`, updatedAt: new Date() })
    .where(eq(bulletins.id, id))
    .returning();
  return row!;
}

/** Public bulletins only, newest first: the Atom feed of a tag (or of all). */
export async function publicBulletinRows(db: Db, tag: string | undefined, limit: number) {
  return selectBulletins(db)
    .where(and(eq(bulletins.audience, 'public'), tag ? arrayOverlaps(bulletins.tags, [tag]) : undefined))
    .orderBy(desc(bulletins.publishedAt))
    .limit(limit);
}

export async function isAgreementParty(db: Db, organizationId: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(agreementParties)
    .where(eq(agreementParties.organizationId, organizationId))
    .limit(1);
  return !!row;
}

// ——— Subscriptions and digests ———

export async function subscriptionTags(db: Db, userId: string) {
  const rows = await db
    .select({ tag: bulletinSubscriptions.tag })
    .from(bulletinSubscriptions)
    .where(eq(bulletinSubscriptions.userId, userId))
    .orderBy(bulletinSubscriptions.tag);
  return rows.map((r) => r.tag);
}

export async function replaceSubscriptions(db: Db, userId: string, tags: string[]) {
  await db.delete(bulletinSubscriptions).where(eq(bulletinSubscriptions.userId, userId));
  if (tags.length) await db.insert(bulletinSubscriptions).values(tags.map((tag) => ({ userId, tag })));
}

/** Enabled accounts with subscriptions and no digest yet for `week`, with their tags and party status. */
export async function digestCandidates(db: Db, week: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      organizationId: users.organizationId,
      tags: sql<string[]>`array_agg(${bulletinSubscriptions.tag} order by ${bulletinSubscriptions.tag})`,
      partyToAgreement: sql<boolean>`exists (select 1 from ${agreementParties} where ${agreementParties.organizationId} = ${users.organizationId})`,
    })
    .from(bulletinSubscriptions)
    .innerJoin(users, eq(users.id, bulletinSubscriptions.userId))
    .where(
      and(
        isNull(users.disabledAt),
        sql`not exists (select 1 from ${bulletinDigests} where ${bulletinDigests.userId} = ${users.id} and ${bulletinDigests.week} = ${week})`,
      ),
    )
    .groupBy(users.id);
}

/** Bulletins published in [from, to) carrying any of the tags (all audiences; the caller filters by reader). */
export async function bulletinsInWindow(db: Db, tags: string[], from: Date, to: Date) {
  if (tags.length === 0) return [];
  return selectBulletins(db)
    .where(
      and(
        arrayOverlaps(bulletins.tags, tags),
        gte(bulletins.publishedAt, from),
        lt(bulletins.publishedAt, to),
      ),
    )
    .orderBy(desc(bulletins.publishedAt));
}

/** The claim: true for the one caller that records this account's digest for this week. */
export async function claimDigest(db: Db, userId: string, week: string, bulletinCount: number, now: Date) {
  const rows = await db
    .insert(bulletinDigests)
    .values({ userId, week, bulletinCount, sentAt: now })
    .onConflictDoNothing()
    .returning({ userId: bulletinDigests.userId });
  return rows.length === 1;
}
