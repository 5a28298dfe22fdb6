import { asc, type SQL, sql } from 'drizzle-orm';
import {
  allPrefectures,
  type NetworkLink,
  type PlaceCount,
  type RegionMatch,
  type RelationType,
  type ShortlistCandidate,
} from '../../../core/industry-map/index.ts';
import { type Db, resultRows } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import { type OrganizationRow, outputColumns } from '../organizations/organizations.queries.ts';

/** Which organisations a view counts, already checked and with parent codes expanded to their children. */
export type MapScope = {
  published: boolean | 'any';
  cluster?: string;
  kinds: string[];
  roles: string[];
  membership?: string;
  /** Codes an organisation must list one of (a chosen parent with its children). */
  technologies: string[];
  region?: RegionMatch;
};

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

/**
 * SQL for `inRegion` (src/core/industry-map/regions.ts), case by case, on the columns of `alias`.
 * A place is Japanese when its country is JP, or it has no country and an official prefecture name.
 */
export function regionCondition(alias: string, match: RegionMatch): SQL {
  const country = sql.raw(`${alias}.country`);
  const prefecture = sql.raw(`${alias}.prefecture`);
  const official = sql`${prefecture} = any(${textArray(allPrefectures)})`;
  switch (match.kind) {
    case 'prefectures':
      return sql`((${country} = 'JP' or ${country} is null) and ${prefecture} = any(${textArray(match.prefectures)}))`;
    case 'japan':
      return sql`(${country} = 'JP' or (${country} is null and ${official}))`;
    case 'japan-unspecified':
      return sql`(${country} = 'JP' and (${prefecture} is null or not ${official}))`;
    case 'country':
      return sql`(${country} = ${match.country})`;
    case 'unspecified':
      return sql`(${country} is null and (${prefecture} is null or not ${official}))`;
  }
}

/** The scope's conditions on the columns of `alias`; `parts` leaves out the ones a query applies itself. */
export function scopeCondition(
  alias: string,
  s: MapScope,
  parts: { visibility?: boolean; focus?: boolean } = { visibility: true, focus: true },
): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const conditions: SQL[] = [];
  if (parts.visibility && s.published !== 'any') conditions.push(sql`${col('published')} = ${s.published}`);
  if (parts.focus) {
    if (s.cluster) conditions.push(sql`${col('clusters')} @> ${textArray([s.cluster])}`);
    if (s.kinds.length) conditions.push(sql`${col('kind')} = any(${textArray(s.kinds)})`);
    if (s.roles.length) conditions.push(sql`${col('roles')} && ${textArray(s.roles)}`);
    if (s.membership) conditions.push(sql`${col('memberships')} @> ${textArray([s.membership])}`);
    if (s.technologies.length) conditions.push(sql`${col('technologies')} && ${textArray(s.technologies)}`);
    if (s.region) conditions.push(regionCondition(alias, s.region));
  }
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/**
 * The heat map in one grouped pass: each organisation's codes are unnested, its parents' codes added
 * (UNION makes each organisation count once under a parent however many children it lists), and
 * organisations are counted per code and place; a second branch counts organisations per place for the
 * column totals. Places are folded into regions in src/core, since every organisation has one place.
 */
export async function heatmapCounts(
  db: Db,
  s: MapScope,
  codes: readonly string[] | null,
): Promise<PlaceCount[]> {
  const inRows = codes ? sql`u.code = any(${textArray(codes)})` : sql`true`;
  const anyRow = codes ? sql`o.technologies && ${textArray(codes)}` : sql`cardinality(o.technologies) > 0`;
  const where = scopeCondition('o', s);
  return resultRows<PlaceCount>(
    await db.execute(sql`
      with x as (
        select o.id, o.country, o.prefecture, u.code
        from organizations o cross join lateral unnest(o.technologies) as u(code)
        where ${where} and ${inRows}
      ), y as (
        select id, country, prefecture, code from x
        union
        select x.id, x.country, x.prefecture, t.parent_code
        from x join technologies t on t.code = x.code
        where t.parent_code is not null
      )
      select code, country, prefecture, count(*)::int as organizations
      from y group by code, country, prefecture
      union all
      select null, o.country, o.prefecture, count(*)::int
      from organizations o where ${where} and ${anyRow}
      group by o.country, o.prefecture`),
  );
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

export type SummaryRow = {
  id: string;
  key: string;
  name: { ja?: string; en?: string };
  kind: string;
  roles: string[];
  technologies: string[];
  country: string | null;
  prefecture: string | null;
  city: string | null;
};

const summaryColumns = sql.raw(
  'o.id, o.key, o.name, o.kind, o.roles, o.technologies, o.country, o.prefecture, o.city',
);

/**
 * Organisations with the capability, one row per role (`none` for those without), the first `limit` of
 * each role by name with the role's full count, plus the distinct total and how many have several roles.
 */
export async function supplyChainRows(db: Db, s: MapScope, limit: number) {
  const where = scopeCondition('o', s);
  const rows = resultRows<SummaryRow & { role: string; total: number }>(
    await db.execute(sql`
      select * from (
        select ${summaryColumns}, r.role,
          row_number() over (partition by r.role order by o.sort_name, o.key) as rn,
          (count(*) over (partition by r.role))::int as total
        from organizations o
        cross join lateral unnest(
          case when cardinality(o.roles) = 0 then array['none'] else o.roles end) as r(role)
        where ${where}
      ) s where rn <= ${limit} order by role, rn`),
  );
  const [totals] = resultRows<{ organizations: number; multiRole: number }>(
    await db.execute(sql`
      select count(*)::int as organizations,
        (count(*) filter (where cardinality(o.roles) > 1))::int as "multiRole"
      from organizations o where ${where}`),
  );
  return { rows, organizations: totals?.organizations ?? 0, multiRole: totals?.multiRole ?? 0 };
}

type LinkRow = {
  from: string;
  to: string;
  type: RelationType;
  since: string | null;
  source: NetworkLink['source'];
};

/**
 * Links whose both ends are visible and at least one end passes the filters: stated relations, and the
 * memberships organisations list (member → association). `focused` is false when no filter narrows the graph.
 */
export async function networkLinks(db: Db, s: MapScope, types: readonly RelationType[], focused: boolean) {
  const visible = (alias: string) => scopeCondition(alias, s, { visibility: true });
  const focus = (alias: string) => scopeCondition(alias, s, { focus: true });
  const either = focused ? sql`(${focus('f')} or ${focus('t')})` : sql`true`;
  // Stated relations of every chosen type, memberships included (a membership with a date and a source).
  const stated = types;
  const relations = stated.length
    ? resultRows<LinkRow>(
        await db.execute(sql`
          select r.from_id as "from", r.to_id as "to", r.type, r.since, r.source
          from relations r
          join organizations f on f.id = r.from_id
          join organizations t on t.id = r.to_id
          where r.type = any(${textArray(stated)}) and ${visible('f')} and ${visible('t')} and ${either}`),
      )
    : [];
  const memberships = types.includes('membership')
    ? resultRows<LinkRow>(
        await db.execute(sql`
          select f.id as "from", t.id as "to", 'membership' as type, null as since, null as source
          from organizations f
          cross join lateral unnest(f.memberships) as m(key)
          join organizations t on t.key = m.key
          where cardinality(f.memberships) > 0 and ${visible('f')} and ${visible('t')} and ${either}`),
      )
    : [];
  const tag = (origin: NetworkLink['origin']) => (r: LinkRow) => ({ ...r, origin });
  return { relations: relations.map(tag('relation')), memberships: memberships.map(tag('membership')) };
}

/** The drawn organisations, and whether each passes the filters itself. */
export async function networkNodes(db: Db, s: MapScope, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return resultRows<SummaryRow & { matched: boolean }>(
    await db.execute(sql`
      select ${summaryColumns}, (${scopeCondition('o', s, { focus: true })}) as matched
      from organizations o where o.id in ${uuidList(ids)}`),
  );
}

const demandRoles = ['developer', 'integrator'];
const supplyRoles = ['component-supplier', 'materials-supplier', 'services', 'research'];

/**
 * Demand and supply per code in one grouped pass (parents cover children as in the heat map): demand is
 * developers and integrators anywhere; supply is suppliers, services and research, anywhere, in Japan and
 * in the local region.
 */
export async function gapCounts(db: Db, s: MapScope, local: RegionMatch, codes: readonly string[] | null) {
  const inRows = codes ? sql`u.code = any(${textArray(codes)})` : sql`true`;
  const supplier = sql`y.roles && ${textArray(supplyRoles)}`;
  return resultRows<{
    code: string;
    developers: number;
    supply: number;
    national: number;
    local: number;
  }>(
    await db.execute(sql`
      with x as (
        select o.id, o.roles, o.country, o.prefecture, u.code
        from organizations o cross join lateral unnest(o.technologies) as u(code)
        where ${scopeCondition('o', s)} and o.roles && ${textArray([...demandRoles, ...supplyRoles])}
          and ${inRows}
      ), y as (
        select id, roles, country, prefecture, code from x
        union
        select x.id, x.roles, x.country, x.prefecture, t.parent_code
        from x join technologies t on t.code = x.code where t.parent_code is not null
      )
      select code,
        (count(*) filter (where y.roles && ${textArray(demandRoles)}))::int as developers,
        (count(*) filter (where ${supplier}))::int as supply,
        (count(*) filter (where ${supplier} and ${regionCondition('y', { kind: 'japan' })}))::int as national,
        (count(*) filter (where ${supplier} and ${regionCondition('y', local)}))::int as local
      from y group by code`),
  );
}

/**
 * Demand from posted needs per code: open, unexpired needs, each counted once per code it lists and once
 * for that code's parent area. Every visibility counts (a count names no owner). A trigger on `needs` moves
 * the directory's data version, so cached gap views follow new needs.
 */
export async function needCounts(db: Db, _s: MapScope): Promise<Map<string, number>> {
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

/** Narrow rows of every candidate; the ranking itself is src/core's, so JS and tests share one rule. */
export async function shortlistCandidates(db: Db, s: MapScope): Promise<ShortlistCandidate[]> {
  return resultRows<ShortlistCandidate>(
    await db.execute(sql`
      select o.id, o.key, o.sort_name as "sortName", o.technologies, o.country, o.prefecture
      from organizations o where ${scopeCondition('o', s)}`),
  );
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
