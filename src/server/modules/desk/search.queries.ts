import { and, count, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import { consultationReferrals, consultations } from '../../db/schema/index.ts';
import type { ConsultationScope } from './desk.queries.ts';

const c = consultations;
const r = consultationReferrals;

// The desk's search: the terms of a case (core/text: NFKC, words and CJK bigrams) in a GIN-indexed array;
// every query group must match, a group when the array holds every token of one of its alternatives.

const arrayLiteral = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

const termsMatch = (groups: QueryGroup[]) =>
  groups.map(
    (g) =>
      sql`(${sql.join(
        g.alternatives.map((alt) => sql`${c.searchTerms} @> ${arrayLiteral(alt)}`),
        sql` OR `,
      )})`,
  );

/**
 * A partner's cases by id: its referrals (a few thousand at most) are read first, so the database intersects
 * two small sets instead of checking a referral for every case a common word matches.
 */
function inScope(scope: ConsultationScope, partnerCases: string[]): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('organizationId' in scope) return eq(c.organizationId, scope.organizationId);
  // One array parameter, however many cases the partner has (a list of parameters would run out at 65,535).
  return sql`${c.id} = any(${`{${partnerCases.join(',')}}`}::uuid[])`;
}

export async function partnerCaseIds(db: Db, partnerId: string) {
  const rows = await db
    .selectDistinct({ id: r.consultationId })
    .from(r)
    .where(eq(r.organizationId, partnerId));
  return rows.map((row) => row.id);
}

/** How far the search counts its hits: past it, the total says "at least". */
export const searchCountCap = 1000;

export async function searchConsultationRows(
  db: Db,
  scope: ConsultationScope,
  groups: QueryGroup[],
  filter: { topic?: string; status?: string; limit: number; offset: number },
) {
  const partnerCases = 'partnerId' in scope ? await partnerCaseIds(db, scope.partnerId) : [];
  // Everything: walking received_at backwards finds the newest 50 hits in a few hundred rows. A partner's or a
  // member's few thousand cases: the planner would walk the same way through tens of thousands of rows, while
  // intersecting the two indexes and sorting the few hundred hits is quick; the expression keeps it off the
  // received_at index.
  const newestFirst = 'all' in scope ? desc(c.receivedAt) : sql`${c.receivedAt} + interval '0 seconds' desc`;
  const where = and(
    inScope(scope, partnerCases),
    filter.topic ? eq(c.topic, filter.topic) : undefined,
    filter.status ? eq(c.status, filter.status) : undefined,
    ...termsMatch(groups),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: c.id,
        topic: c.topic,
        status: c.status,
        language: c.language,
        companyName: c.companyName,
        message: c.message,
        receivedAt: c.receivedAt,
        closedAt: c.closedAt,
        firstAnsweredAt: c.firstAnsweredAt,
      })
      .from(c)
      .where(where)
      .orderBy(newestFirst, desc(c.id))
      .limit(filter.limit)
      .offset(filter.offset),
    // A common word matches tens of thousands of cases; counting them all would read each one.
    db.select({ n: count() }).from(
      db
        .select({ one: sql`1` })
        .from(c)
        .where(where)
        .limit(searchCountCap + 1)
        .as('hits'),
    ),
  ]);
  const n = total?.n ?? 0;
  return { rows, total: Math.min(n, searchCountCap), capped: n > searchCountCap };
}

/**
 * Adds an answer's terms to its case, so the case is found by what the desk answered too. A case not indexed
 * yet (null) is left to the job, which reads its answers with the rest.
 */
export async function addSearchTerms(db: Db, id: string, terms: string[]) {
  if (!terms.length) return;
  await db
    .update(c)
    .set({
      searchTerms: sql`array(select distinct unnest(${c.searchTerms} || ${arrayLiteral(terms)}))`,
    })
    .where(and(eq(c.id, id), isNotNull(c.searchTerms)));
}

/** Cases without terms (from before the search), with their answers' text, a batch at a time. */
export async function unindexedConsultations(db: Db, limit: number) {
  return db
    .select({
      id: c.id,
      companyName: c.companyName,
      message: c.message,
      // Spelled out: drizzle would leave the inner columns unqualified, and "id" would be the event's.
      answers: sql<string[]>`coalesce((select array_agg(ev.body) from consultation_events ev
        where ev.consultation_id = "consultations"."id" and ev.kind = 'answer' and ev.body is not null), '{}')`,
    })
    .from(c)
    .where(isNull(c.searchTerms))
    .limit(limit);
}

/** Writes a case's terms once: an indexed case is not written over. */
export async function setSearchTerms(db: Db, id: string, terms: string[]) {
  const rows = await db
    .update(c)
    .set({ searchTerms: terms })
    .where(and(eq(c.id, id), isNull(c.searchTerms)))
    .returning({ id: c.id });
  return rows.length > 0;
}
