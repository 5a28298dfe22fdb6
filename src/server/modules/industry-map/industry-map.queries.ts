import { asc, type SQL, sql } from 'drizzle-orm';
import type { MapScope } from '../../../core/industry-map/index.ts';
import { type Db, resultRows } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { type OrganizationRow, outputColumns, regionCondition } from '../organizations/index.ts';
import type { RelationInput } from './industry-map.relations.ts';

const textArray = (values: readonly string[]) =>
  values.length
    ? sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;
// Uuid lists travel as one JSON parameter: the same on both drivers, whatever the length.
const uuidList = (ids: readonly string[]) =>
  sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;

/** SQL for `inScope` (src/core/industry-map/facets.ts) on the columns of `alias`. */
export function scopeCondition(alias: string, s: MapScope): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const conditions: SQL[] = [];
  if (s.published !== 'any') conditions.push(sql`${col('published')} = ${s.published}`);
  if (s.cluster) conditions.push(sql`${col('clusters')} @> ${textArray([s.cluster])}`);
  if (s.kinds.length) conditions.push(sql`${col('kind')} = any(${textArray(s.kinds)})`);
  if (s.roles.length) conditions.push(sql`${col('roles')} && ${textArray(s.roles)}`);
  if (s.membership) conditions.push(sql`${col('memberships')} @> ${textArray([s.membership])}`);
  if (s.technologies.length) conditions.push(sql`${col('technologies')} && ${textArray(s.technologies)}`);
  if (s.region) conditions.push(regionCondition(alias, s.region));
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** A page of the organisations behind a figure, in name order, with the total. */
export async function drillDownRows(db: Db, s: MapScope, limit: number, offset: number) {
  const where = scopeCondition('organizations', s);
  const rows: OrganizationRow[] = await db
    .select(outputColumns)
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.sortName), asc(organizations.key))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where);
  return { rows, total: count?.n ?? 0 };
}

/**
 * Demand from posted needs per code: open, unexpired needs, each counted once per code it lists and once
 * for that code's parent area. Every visibility counts (a count names no owner). A trigger on `needs` moves
 * the directory's data version, so cached gap views follow new needs.
 */
export async function needCounts(db: Db): Promise<Map<string, number>> {
  const rows = resultRows<{ code: string; n: number }>(
    await db.execute(sql`
      with open_needs as (
        select n.id, c.code from needs n cross join lateral unnest(n.technologies) as c(code)
        where n.status = 'open' and n.expires_at > now()
      )
      select code, count(distinct id)::int as n from (
        select id, code from open_needs
        union all
        select id, split_part(code, '.', 1) from open_needs where position('.' in code) > 0
      ) coded group by code`),
  );
  return new Map(rows.map((r) => [r.code, r.n]));
}

export async function organizationsById(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, OrganizationRow>> {
  if (ids.length === 0) return new Map();
  const rows: OrganizationRow[] = await db
    .select(outputColumns)
    .from(organizations)
    .where(sql`${organizations.id} in ${uuidList(ids)}`);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A relation row with the keys of its ends, as the bundle's upsert sends it. */
export type RelationKeyRow = {
  from_key: string;
  to_key: string;
  type: string;
  since: string | null;
  source: unknown;
};

/**
 * Upserts by (from, to, type), resolving keys in SQL; a relation whose date and source are unchanged is not
 * rewritten, nor returned. Each returned row says whether it was inserted (or else updated).
 */
export async function upsertRelationBatch(tx: Db, rows: RelationKeyRow[]) {
  const result = await tx.execute(sql`
    insert into relations (from_id, to_id, type, since, source)
    select f.id, t.id, r.type, r.since, r.source
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(from_key text, to_key text, type text, since text, source jsonb)
    join organizations f on f.key = r.from_key
    join organizations t on t.key = r.to_key
    on conflict (from_id, to_id, type) do update
      set since = excluded.since, source = excluded.source, updated_at = now()
      where (relations.since, relations.source) is distinct from (excluded.since, excluded.source)
    returning (xmax = 0) as inserted`);
  return resultRows<{ inserted: boolean }>(result);
}

/** Every relation with the keys of its ends, in a stable order. */
export async function selectRelationsByKey(db: Db) {
  return resultRows<{
    from: string;
    to: string;
    type: RelationInput['type'];
    since: string | null;
    source: RelationInput['source'] | null;
  }>(
    await db.execute(sql`
      select f.key as "from", t.key as "to", r.type, r.since, r.source
      from relations r join organizations f on f.id = r.from_id join organizations t on t.id = r.to_id
      order by f.key, t.key, r.type`),
  );
}
