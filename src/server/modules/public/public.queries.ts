import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import {
  consultations,
  explainers,
  faqEntries,
  organizations,
  publicQuestions,
  questionFollows,
} from '../../db/schema/index.ts';

export type ExplainerRow = typeof explainers.$inferSelect;
export type QuestionRow = typeof publicQuestions.$inferSelect;
export type FaqRow = typeof faqEntries.$inferSelect;

const arrayLiteral = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** Every group must match; a group matches when the terms hold every token of one alternative (core/text). */
function termsMatch(
  column: typeof publicQuestions.searchTerms | typeof faqEntries.searchTerms,
  groups: QueryGroup[],
) {
  return groups.map(
    (g) =>
      sql`(${sql.join(
        g.alternatives.map((alt) => sql`${column} @> ${arrayLiteral(alt)}`),
        sql` OR `,
      )})`,
  );
}

// ——— Explainers ———

export async function insertExplainer(tx: Db, values: typeof explainers.$inferInsert) {
  const [row] = await tx.insert(explainers).values(values).returning();
  return row!;
}

/** Writes a new content version; the row lock and the version bump keep two edits from crossing. */
export async function updateExplainerRow(
  tx: Db,
  id: string,
  values: Partial<typeof explainers.$inferInsert> & { updatedAt: Date },
) {
  const [row] = await tx
    .update(explainers)
    .set({ ...values, version: sql`${explainers.version} + 1` })
    .where(eq(explainers.id, id))
    .returning();
  return row;
}

/** Locks the page for an edit, so the version checked is the version written over. */
export async function lockExplainer(tx: Db, id: string) {
  const [row] = await tx.select().from(explainers).where(eq(explainers.id, id)).for('update');
  return row;
}

export async function explainerBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(explainers).where(eq(explainers.slug, slug));
  return row;
}

export function listExplainerRows(db: Db, publishedOnly: boolean) {
  return db
    .select()
    .from(explainers)
    .where(publishedOnly ? eq(explainers.published, true) : undefined)
    .orderBy(explainers.createdAt, explainers.slug);
}

// ——— Questions ———

export async function insertQuestion(tx: Db, values: typeof publicQuestions.$inferInsert) {
  const [row] = await tx.insert(publicQuestions).values(values).returning();
  return row!;
}

/** One follow per address and question: a second is a no-op, so following twice is not an error. */
export async function insertFollow(tx: Db, values: { questionId: string; email: string; token: string }) {
  await tx.insert(questionFollows).values(values).onConflictDoNothing();
}

export async function deleteFollowByToken(db: Db, token: string) {
  const rows = await db.delete(questionFollows).where(eq(questionFollows.token, token)).returning();
  return rows.length;
}

export async function questionById(db: Db, id: string) {
  const [row] = await db.select().from(publicQuestions).where(eq(publicQuestions.id, id));
  return row;
}

/** Locks the question for a moderation step: two coordinators acting at once see each other's outcome. */
export async function lockQuestion(tx: Db, id: string) {
  const [row] = await tx.select().from(publicQuestions).where(eq(publicQuestions.id, id)).for('update');
  return row;
}

export async function updateQuestionRow(
  tx: Db,
  id: string,
  values: Partial<typeof publicQuestions.$inferInsert>,
) {
  const [row] = await tx.update(publicQuestions).set(values).where(eq(publicQuestions.id, id)).returning();
  return row!;
}

/**
 * Moves the followers of a merged question to the one it was merged into; an address following both keeps its
 * one follow of the target.
 */
export async function moveFollows(tx: Db, fromId: string, toId: string) {
  await tx.execute(sql`
    update ${questionFollows} f set question_id = ${toId}
    where f.question_id = ${fromId}
      and not exists (select 1 from ${questionFollows} g where g.question_id = ${toId} and lower(g.email) = lower(f.email))`);
  await tx.delete(questionFollows).where(eq(questionFollows.questionId, fromId));
}

export function followersOf(tx: Db, questionId: string) {
  return tx
    .select({ email: questionFollows.email, token: questionFollows.token })
    .from(questionFollows)
    .where(eq(questionFollows.questionId, questionId));
}

const followerCount = sql<number>`(select count(*)::int from ${questionFollows} f where f.question_id = ${publicQuestions.id})`;

const answeringOrg = { key: organizations.key, name: organizations.name };

export async function listPublishedQuestionRows(
  db: Db,
  f: { groups: QueryGroup[]; answered?: boolean; limit: number; offset: number },
) {
  const where = and(
    eq(publicQuestions.status, 'published'),
    f.answered === undefined
      ? undefined
      : f.answered
        ? isNotNull(publicQuestions.answer)
        : sql`${publicQuestions.answer} is null`,
    ...termsMatch(publicQuestions.searchTerms, f.groups),
  );
  const [items, [count]] = await Promise.all([
    db
      .select({ q: publicQuestions, org: answeringOrg })
      .from(publicQuestions)
      .leftJoin(organizations, eq(organizations.id, publicQuestions.answeredBy))
      .where(where)
      .orderBy(desc(publicQuestions.publishedAt), desc(publicQuestions.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(publicQuestions).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function questionWithOrg(db: Db, id: string) {
  const [row] = await db
    .select({ q: publicQuestions, org: answeringOrg, followers: followerCount })
    .from(publicQuestions)
    .leftJoin(organizations, eq(organizations.id, publicQuestions.answeredBy))
    .where(eq(publicQuestions.id, id));
  return row;
}

export async function listModerationRows(db: Db, f: { status?: string; limit: number; offset: number }) {
  const where = f.status ? eq(publicQuestions.status, f.status) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select({ q: publicQuestions, org: answeringOrg, followers: followerCount })
      .from(publicQuestions)
      .leftJoin(organizations, eq(organizations.id, publicQuestions.answeredBy))
      .where(where)
      .orderBy(desc(publicQuestions.askedAt), desc(publicQuestions.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(publicQuestions).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function organizationByKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row;
}

// ——— FAQ ———

export async function insertFaq(tx: Db, values: typeof faqEntries.$inferInsert) {
  const [row] = await tx.insert(faqEntries).values(values).returning();
  return row!;
}

/** Who a consultation is from: what a FAQ entry made from it must not say. */
export async function consultationIdentity(db: Db, id: string) {
  const [row] = await db
    .select({
      companyName: consultations.companyName,
      contactName: consultations.contactName,
      email: consultations.email,
      phone: consultations.phone,
      organizationName: organizations.name,
    })
    .from(consultations)
    .leftJoin(organizations, eq(organizations.id, consultations.organizationId))
    .where(eq(consultations.id, id));
  return row;
}

export async function lockFaq(tx: Db, id: string) {
  const [row] = await tx.select().from(faqEntries).where(eq(faqEntries.id, id)).for('update');
  return row;
}

/** Writes an edit of a FAQ entry over the version locked by `lockFaq`. */
export async function updateFaqRow(
  tx: Db,
  id: string,
  values: Partial<typeof faqEntries.$inferInsert> & { updatedAt: Date },
) {
  const [row] = await tx
    .update(faqEntries)
    .set({ ...values, version: sql`${faqEntries.version} + 1` })
    .where(eq(faqEntries.id, id))
    .returning();
  return row;
}

export async function listFaqRows(
  db: Db,
  f: { groups: QueryGroup[]; publishedOnly: boolean; limit: number; offset: number },
) {
  const where = and(
    f.publishedOnly ? eq(faqEntries.published, true) : undefined,
    ...termsMatch(faqEntries.searchTerms, f.groups),
  );
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(faqEntries)
      .where(where)
      .orderBy(desc(faqEntries.updatedAt))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(faqEntries).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

// ——— The feed ———

/** The newest answers on published questions and published explainer versions, for the Atom feed. */
export async function feedRows(db: Db, limit: number) {
  const [answers, pages] = await Promise.all([
    db
      .select({ q: publicQuestions, org: answeringOrg })
      .from(publicQuestions)
      .innerJoin(organizations, eq(organizations.id, publicQuestions.answeredBy))
      .where(and(eq(publicQuestions.status, 'published'), isNotNull(publicQuestions.answeredAt)))
      .orderBy(desc(publicQuestions.answeredAt))
      .limit(limit),
    db
      .select()
      .from(explainers)
      .where(eq(explainers.published, true))
      .orderBy(desc(explainers.updatedAt))
      .limit(limit),
  ]);
  return { answers, pages };
}

export async function countExplainers(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(explainers);
  return row?.n ?? 0;
}
