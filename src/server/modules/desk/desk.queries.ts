import { and, asc, count, desc, eq, exists, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { indexTerms } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import {
  consultationEvents,
  consultationReferrals,
  consultations,
  deskTopics,
  organizations,
  users,
} from '../../db/schema/index.ts';

const c = consultations;
const r = consultationReferrals;
const e = consultationEvents;

export type ConsultationValues = typeof consultations.$inferInsert;
export type EventValues = typeof consultationEvents.$inferInsert;

// ——— Topics ———

export const listTopicRows = (db: Db) => db.select().from(deskTopics).orderBy(asc(deskTopics.position));

export async function getTopicRow(db: Db, code: string) {
  const [row] = await db.select().from(deskTopics).where(eq(deskTopics.code, code));
  return row;
}

export async function updateTopicRow(
  db: Db,
  code: string,
  values: { firstAnswerDays: number; closeDays: number },
) {
  const [row] = await db
    .update(deskTopics)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(deskTopics.code, code))
    .returning();
  return row;
}

// ——— Consultations ———

/** Whose cases a list shows: all (coordinators), one organisation's own (members), or those referred to a partner. */
export type ConsultationScope = { all: true } | { organizationId: string } | { partnerId: string };

function inScope(scope: ConsultationScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('organizationId' in scope) return eq(c.organizationId, scope.organizationId);
  return exists(
    sql`(select 1 from ${r} where ${r.consultationId} = ${c.id} and ${r.organizationId} = ${scope.partnerId})`,
  );
}

/** Past a target: no first answer after its day, or not closed after its day (Japan days, `today`). */
function overdue(today: string): SQL {
  return and(
    ne(c.status, 'closed'),
    or(and(isNull(c.firstAnsweredAt), lt(c.firstAnswerDue, today)), lt(c.closeDue, today)),
  )!;
}

const summaryColumns = {
  id: c.id,
  channel: c.channel,
  organizationId: c.organizationId,
  organizationKey: organizations.key,
  organizationName: organizations.name,
  companyName: c.companyName,
  topic: c.topic,
  message: c.message,
  language: c.language,
  status: c.status,
  priority: c.priority,
  ownerId: c.ownerId,
  ownerName: users.name,
  receivedAt: c.receivedAt,
  firstAnswerDue: c.firstAnswerDue,
  closeDue: c.closeDue,
  firstAnsweredAt: c.firstAnsweredAt,
  closedAt: c.closedAt,
  followUpOn: c.followUpOn,
  illustrative: c.illustrative,
  contactName: c.contactName,
  email: c.email,
  phone: c.phone,
  version: c.version,
};

const selectConsultations = (db: Db) =>
  db
    .select(summaryColumns)
    .from(c)
    .leftJoin(organizations, eq(organizations.id, c.organizationId))
    .leftJoin(users, eq(users.id, c.ownerId));

export type ConsultationRow = Awaited<ReturnType<typeof getConsultationRow>> & {};

export async function getConsultationRow(db: Db, id: string) {
  const [row] = await selectConsultations(db).where(eq(c.id, id));
  return row;
}

export async function listConsultationRows(
  db: Db,
  scope: ConsultationScope,
  filter: { topic?: string; status?: string; overdue?: boolean; limit: number; offset: number },
  today: string,
) {
  const where = and(
    inScope(scope),
    filter.topic ? eq(c.topic, filter.topic) : undefined,
    filter.status ? eq(c.status, filter.status) : undefined,
    filter.overdue === true
      ? overdue(today)
      : filter.overdue === false
        ? sql`not (${overdue(today)})`
        : undefined,
  );
  const rows = await selectConsultations(db)
    .where(where)
    .orderBy(desc(c.receivedAt), asc(c.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(c).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function insertConsultation(db: Db, values: ConsultationValues) {
  // Indexed for the desk's search (search.queries.ts) as it is written, whoever writes it.
  const searchTerms = values.searchTerms ?? indexTerms([values.companyName, values.message]);
  const [row] = await db
    .insert(c)
    .values({ ...values, searchTerms })
    .returning({ id: c.id });
  return row!.id;
}

/**
 * Writes a step to the case, guarded by the status it may leave (`from`), and bumps the version; no row back
 * means the case was not in that status (someone else moved it first).
 */
export async function updateConsultation(
  db: Db,
  id: string,
  from: readonly string[],
  values: Partial<ConsultationValues>,
) {
  const [row] = await db
    .update(c)
    .set({ ...values, version: sql`${c.version} + 1`, updatedAt: new Date() })
    .where(and(eq(c.id, id), inArray(c.status, [...from])))
    .returning({ id: c.id });
  return row;
}

/** The first answer's time, written once: a later answer leaves it. */
export async function markFirstAnswer(db: Db, id: string, at: Date) {
  await db
    .update(c)
    .set({ firstAnsweredAt: at, version: sql`${c.version} + 1`, updatedAt: new Date() })
    .where(and(eq(c.id, id), isNull(c.firstAnsweredAt)));
}

export async function organizationsByKey(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.key, keys));
}

export async function organizationRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: organizations.id, key: organizations.key, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function coordinatorById(db: Db, id: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, id), eq(users.role, 'admin'), isNull(users.disabledAt)));
  return row;
}

// ——— Referrals ———

export async function insertReferral(db: Db, values: typeof consultationReferrals.$inferInsert) {
  const [row] = await db.insert(r).values(values).returning({ id: r.id });
  return row!.id;
}

export async function referralRows(db: Db, consultationId: string) {
  return db
    .select({
      id: r.id,
      organizationId: r.organizationId,
      partnerKey: organizations.key,
      partnerName: organizations.name,
      state: r.state,
      reason: r.reason,
      referredAt: r.referredAt,
      respondedAt: r.respondedAt,
    })
    .from(r)
    .innerJoin(organizations, eq(organizations.id, r.organizationId))
    .where(eq(r.consultationId, consultationId))
    .orderBy(asc(r.referredAt), asc(organizations.key));
}

export async function partnerReferrals(db: Db, partnerId: string, consultationIds: string[]) {
  if (!consultationIds.length) return [];
  return db
    .select({ id: r.id, consultationId: r.consultationId, state: r.state, referredAt: r.referredAt })
    .from(r)
    .where(and(eq(r.organizationId, partnerId), inArray(r.consultationId, consultationIds)))
    .orderBy(asc(r.referredAt));
}

export async function getReferralRow(db: Db, id: string) {
  const [row] = await db.select().from(r).where(eq(r.id, id));
  return row;
}

/** accept / return: only a referral still waiting moves, so two answers at once give one winner. */
export async function answerReferral(
  db: Db,
  id: string,
  values: { state: 'accepted' | 'returned'; reason?: string | null; respondedBy: string; respondedAt: Date },
) {
  const [row] = await db
    .update(r)
    .set(values)
    .where(and(eq(r.id, id), eq(r.state, 'referred')))
    .returning({ id: r.id });
  return row;
}

// ——— Events ———

export async function insertEvent(db: Db, values: EventValues) {
  await db.insert(e).values(values);
}

export async function eventRows(db: Db, consultationId: string, audiences: readonly string[]) {
  return db
    .select({
      id: e.id,
      kind: e.kind,
      audience: e.audience,
      actorName: e.actorName,
      organizationId: e.organizationId,
      partnerKey: organizations.key,
      partnerName: organizations.name,
      body: e.body,
      data: e.data,
      at: e.at,
    })
    .from(e)
    .leftJoin(organizations, eq(organizations.id, e.organizationId))
    .where(and(eq(e.consultationId, consultationId), inArray(e.audience, [...audiences])))
    .orderBy(asc(e.seq));
}

export async function countConsultations(db: Db) {
  const [row] = await db.select({ n: count() }).from(c);
  return row?.n ?? 0;
}
