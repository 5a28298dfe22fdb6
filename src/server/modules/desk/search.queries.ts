import { and, count, desc, eq, exists, type SQL, sql } from 'drizzle-orm';
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

function inScope(scope: ConsultationScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('organizationId' in scope) return eq(c.organizationId, scope.organizationId);
  return exists(
    sql`(select 1 from ${r} where ${r.consultationId} = ${c.id} and ${r.organizationId} = ${scope.partnerId})`,
  );
}

export async function searchConsultationRows(
  db: Db,
  scope: ConsultationScope,
  groups: QueryGroup[],
  filter: { topic?: string; status?: string; limit: number; offset: number },
) {
  const where = and(
    inScope(scope),
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
      .orderBy(desc(c.receivedAt), desc(c.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(c).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Adds an answer's terms to its case, so the case is found by what the desk answered too. */
export async function addSearchTerms(db: Db, id: string, terms: string[]) {
  if (!terms.length) return;
  await db
    .update(c)
    .set({
      searchTerms: sql`array(select distinct unnest(${c.searchTerms} || ${arrayLiteral(terms)}))`,
    })
    .where(eq(c.id, id));
}
