import { and, asc, desc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { allPrefectures, type RegionMatch } from '../../../core/industry-map/regions.ts';
import { indexTerms, type QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import { organizationContacts, organizations, relations, users } from '../../db/schema/index.ts';
import { contentHash } from '../../lib/content-hash.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import type { OrganizationInput } from './organizations.schemas.ts';

export type OrganizationValues = typeof organizations.$inferInsert;

/** Columns derived from the bundle form: search terms, sort name and the hash that detects no-op imports. */
export function toValues(input: OrganizationInput, ref: ReferenceData): OrganizationValues {
  const techLabels = input.technologies.flatMap((code) => {
    const label = ref.technologies.get(code)?.label;
    return [label?.ja, label?.en];
  });
  return {
    key: input.key,
    name: input.name,
    kind: input.kind,
    roles: input.roles,
    clusters: input.clusters,
    technologies: input.technologies,
    applications: input.applications,
    description: input.description,
    country: input.location?.country ?? null,
    prefecture: input.location?.prefecture ?? null,
    city: input.location?.city ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    memberships: input.memberships,
    website: input.website ?? null,
    sources: input.sources,
    illustrative: input.illustrative,
    published: input.published,
    nameTerms: indexTerms([input.name.ja, input.name.en]),
    searchTerms: indexTerms([
      input.name.ja,
      input.name.en,
      input.description.ja,
      input.description.en,
      input.location?.prefecture,
      input.location?.city,
      ...techLabels,
    ]),
    contentHash: contentHash(input),
    sortName: (input.name.ja ?? input.name.en ?? input.key).normalize('NFKC'),
  };
}

/** The bundle form of a stored row: what export writes and PATCH merges into. */
export function toBundleForm(row: OrganizationRow): OrganizationInput {
  const location = compact({
    country: row.country ?? undefined,
    prefecture: row.prefecture ?? undefined,
    city: row.city ?? undefined,
    lat: row.lat ?? undefined,
    lng: row.lng ?? undefined,
  });
  return {
    key: row.key,
    name: row.name,
    kind: row.kind as OrganizationInput['kind'],
    roles: row.roles as OrganizationInput['roles'],
    clusters: row.clusters,
    technologies: row.technologies,
    applications: row.applications,
    description: row.description,
    ...(Object.keys(location).length > 0 ? { location } : {}),
    memberships: row.memberships,
    ...(row.website ? { website: row.website } : {}),
    sources: row.sources,
    illustrative: row.illustrative,
    published: row.published,
  };
}

function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const arrayLiteral = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** A group matches when the terms contain every token of one of its alternatives (see core/text). */
function groupMatches(
  column: typeof organizations.searchTerms | typeof organizations.nameTerms,
  group: QueryGroup,
): SQL {
  const alternatives = group.alternatives.map((alt) => sql`${column} @> ${arrayLiteral(alt)}`);
  return sql`(${sql.join(alternatives, sql` OR `)})`;
}

/**
 * SQL for `inRegion` (src/core/industry-map/regions.ts), case by case, on the columns of `alias`: the
 * directory's region filter and the map's drill-down page through the table, while the aggregates count the
 * in-memory snapshot with `inRegion`.
 * A place is Japanese when its country is JP, or it has no country and an official prefecture name.
 */
export function regionCondition(alias: string, match: RegionMatch): SQL {
  const country = sql.raw(`${alias}.country`);
  const prefecture = sql.raw(`${alias}.prefecture`);
  const official = sql`${prefecture} = any(${arrayLiteral(allPrefectures)})`;
  switch (match.kind) {
    case 'prefectures':
      return sql`((${country} = 'JP' or ${country} is null) and ${prefecture} = any(${arrayLiteral(match.prefectures)}))`;
    case 'japan':
      return sql`(${country} = 'JP' or (${country} is null and ${official}))`;
    case 'abroad':
      return sql`(${country} is not null and ${country} <> 'JP')`;
    case 'japan-unspecified':
      return sql`(${country} = 'JP' and (${prefecture} is null or not ${official}))`;
    case 'country':
      return sql`(${country} = ${match.country})`;
    case 'unspecified':
      return sql`(${country} is null and (${prefecture} is null or not ${official}))`;
  }
}

export type ListFilter = {
  groups: QueryGroup[];
  key?: string;
  cluster?: string;
  technologies: string[];
  kinds: string[];
  roles: string[];
  prefecture?: string;
  country?: string;
  region?: RegionMatch;
  membership?: string;
  visibility: { published: boolean | 'any'; orOrganizationId?: string | null };
};

export function whereFor(f: ListFilter): SQL | undefined {
  const o = organizations;
  const conditions: Array<SQL | undefined> = [
    ...f.groups.map((g) => groupMatches(o.searchTerms, g)),
    f.key ? eq(o.key, f.key) : undefined,
    f.cluster ? sql`${o.clusters} @> ${arrayLiteral([f.cluster])}` : undefined,
    f.technologies.length ? sql`${o.technologies} && ${arrayLiteral(f.technologies)}` : undefined,
    f.kinds.length ? inArray(o.kind, f.kinds) : undefined,
    f.roles.length ? sql`${o.roles} && ${arrayLiteral(f.roles)}` : undefined,
    f.prefecture ? eq(o.prefecture, f.prefecture) : undefined,
    f.country ? eq(o.country, f.country) : undefined,
    f.region ? regionCondition('organizations', f.region) : undefined,
    f.membership ? sql`${o.memberships} @> ${arrayLiteral([f.membership])}` : undefined,
    visibilityCondition(f.visibility),
  ];
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

function visibilityCondition(v: ListFilter['visibility']): SQL | undefined {
  if (v.published === 'any') return undefined;
  const state = eq(organizations.published, v.published);
  return v.orOrganizationId ? or(state, eq(organizations.id, v.orOrganizationId)) : state;
}

/**
 * Every result matches every group somewhere (the WHERE requires it), so the rank is the number of groups
 * that also match the name; ties fall back to the name order. A description-weighted rank was tried and
 * measured: evaluating a second term array on every match of a broad query (6,000 of 100,000) took search
 * p95 from 48 to 65 ms on PostgreSQL, past the 50 ms goal.
 */
function rankExpression(groups: QueryGroup[]): SQL {
  const parts = groups.map(
    (g) => sql`(case when ${groupMatches(organizations.nameTerms, g)} then 1 else 0 end)`,
  );
  return sql.join(parts, sql` + `);
}

// Everything but the search columns, which are large and never leave the database, and the revision stamp.
const { searchTerms: _s, nameTerms: _n, revision: _r, ...outputColumns } = getTableColumns(organizations);

export { outputColumns };
export type OrganizationRow = Omit<
  typeof organizations.$inferSelect,
  'searchTerms' | 'nameTerms' | 'revision'
>;
const byName = [asc(organizations.sortName), asc(organizations.key)];

export async function listOrganizationRows(db: Db, f: ListFilter, limit: number, offset: number) {
  return f.groups.length ? searchRows(db, f, limit, offset) : filterRows(db, f, limit, offset);
}

const byUpdated = [desc(organizations.updatedAt), asc(organizations.key)];

/**
 * Without text, the name index gives the page in order and stops early; the total is a separate count.
 * `updated` orders by the last change instead (the same for a text search: recency, not rank, was asked).
 */
export async function filterRows(
  db: Db,
  f: ListFilter,
  limit: number,
  offset: number,
  order: 'name' | 'updated' = 'name',
) {
  const where = whereFor(f);
  const rows = await db
    .select(outputColumns)
    .from(organizations)
    .where(where)
    .orderBy(...(order === 'updated' ? byUpdated : byName))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where);
  return { rows, total: count?.n ?? 0 };
}

/**
 * With text, every match must be ranked: rank the narrow (id, rank, name) set in one scan that also
 * counts, then read the full rows of the one page.
 */
async function searchRows(db: Db, f: ListFilter, limit: number, offset: number) {
  const where = whereFor(f);
  return db.transaction(async (tx) => {
    // The planner prices `text[] @> text[]` like a cheap operator and picks a sequential scan that
    // tests every row's terms (55 ms at 10,000 rows here) over the GIN index (6 ms); steer it.
    await tx.execute(sql`set local enable_seqscan = off`);
    // Rank in a fenced subquery (OFFSET 0 stops the planner from flattening it), so the window that
    // counts carries narrow rows; flattened, it buffered the term arrays and spilled to disk.
    const matches = tx
      .select({
        id: organizations.id,
        rank: sql<number>`${rankExpression(f.groups)}`.as('rank'),
        sortName: organizations.sortName,
        key: organizations.key,
      })
      .from(organizations)
      .where(where)
      .offset(0)
      .as('matches');
    const page = await tx
      .select({ id: matches.id, total: sql<number>`(count(*) over ())::int` })
      .from(matches)
      .orderBy(desc(matches.rank), asc(matches.sortName), asc(matches.key))
      .limit(limit)
      .offset(offset);
    if (page.length === 0) {
      const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where);
      return { rows: [], total: count?.n ?? 0 };
    }
    const ids = page.map((p) => p.id);
    const full = await tx.select(outputColumns).from(organizations).where(inArray(organizations.id, ids));
    const byId = new Map(full.map((r) => [r.id, r]));
    return { rows: ids.map((id) => byId.get(id)!), total: page[0]!.total };
  });
}

/** The ids of every match, unordered: a caller that orders by something SQL cannot (a collation) pages them. */
export async function matchingIds(db: Db, f: ListFilter): Promise<string[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(whereFor(f));
  return rows.map((r) => r.id);
}

/** Full rows of these ids, in the order given. */
export async function rowsByIds(db: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  const full = await db
    .select(outputColumns)
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  const byId = new Map(full.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Matches per (country, prefecture): the counts a place facet offers. */
export async function placeCounts(db: Db, f: ListFilter) {
  const o = organizations;
  return db
    .select({ country: o.country, prefecture: o.prefecture, n: sql<number>`count(*)::int` })
    .from(o)
    .where(whereFor(f))
    .groupBy(o.country, o.prefecture);
}

/**
 * Bulk writes leave GIN entries in a pending list that every search scans; fold them in, refresh stats. Each
 * step is one statement; `between` runs before each (PGlite: let waiting requests in, since each step holds
 * the only connection for most of a second at 20,000 rows).
 */
export async function tidySearchIndexes(db: Db, between: () => Promise<unknown> = async () => {}) {
  for (const index of ['organizations_search_terms_idx', 'organizations_technologies_idx']) {
    await between();
    await db.execute(sql`select gin_clean_pending_list(${index}::regclass)`);
  }
  await between();
  await db.execute(sql`analyze organizations`);
}

export async function getOrganizationRow(db: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select(outputColumns).from(organizations).where(eq(organizations.id, id));
  return row;
}

/**
 * The row, locked until the transaction ends: a write reads, merges and writes back the whole record, so two
 * simultaneous edits of different fields must take turns, or the second would put back the first's old value.
 */
export async function lockOrganizationRow(tx: Db, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await tx
    .select(outputColumns)
    .from(organizations)
    .where(eq(organizations.id, id))
    .for('update');
  return row;
}

export async function organizationIdByKey(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row?.id;
}

/** Undefined when the key is taken: the unique index decides, so two concurrent creations cannot both pass. */
export async function insertOrganization(
  tx: Db,
  values: OrganizationValues,
): Promise<OrganizationRow | undefined> {
  const [row] = await tx
    .insert(organizations)
    .values(values)
    .onConflictDoNothing({ target: organizations.key })
    .returning(outputColumns);
  return row;
}

export async function updateOrganizationRow(
  tx: Db,
  id: string,
  values: OrganizationValues,
): Promise<OrganizationRow | undefined> {
  const [row] = await tx
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning(outputColumns);
  return row;
}

/** Accounts of the organisation keep existing without it. */
export async function detachOrganizationUsers(tx: Db, organizationId: string) {
  await tx.update(users).set({ organizationId: null }).where(eq(users.organizationId, organizationId));
}

export async function deleteOrganizationRow(tx: Db, id: string) {
  await tx.delete(organizations).where(eq(organizations.id, id));
}

/** Which of these keys name an organisation; with `publishedOnly`, a published one. */
export async function existingKeys(
  db: Db,
  keys: string[],
  options: { publishedOnly?: boolean } = {},
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 5000) {
    const inKeys = inArray(organizations.key, keys.slice(i, i + 5000));
    const rows = await db
      .select({ key: organizations.key })
      .from(organizations)
      .where(options.publishedOnly ? and(inKeys, eq(organizations.published, true)) : inKeys);
    for (const r of rows) found.add(r.key);
  }
  return found;
}

const other = alias(organizations, 'other');

/**
 * The organisation's relations (supply links, partnerships …) in either direction, each with the organisation
 * at the other end; `publishedOnly` leaves out links to profiles this viewer could not open.
 */
export async function selectOrganizationRelations(db: Db, id: string, publishedOnly: boolean) {
  return db
    .select({
      type: relations.type,
      since: relations.since,
      fromId: relations.fromId,
      other: { id: other.id, key: other.key, name: other.name },
    })
    .from(relations)
    .innerJoin(
      other,
      or(
        and(eq(relations.fromId, id), eq(other.id, relations.toId)),
        and(eq(relations.toId, id), eq(other.id, relations.fromId)),
      ),
    )
    .where(publishedOnly ? eq(other.published, true) : undefined)
    .orderBy(asc(relations.type), asc(other.sortName), asc(other.key));
}

const contactColumns = {
  ...getTableColumns(organizationContacts),
  recordedBy: users.name,
};

export type ContactRow = typeof organizationContacts.$inferSelect & { recordedBy: string | null };

export async function selectContacts(db: Db, organizationId: string): Promise<ContactRow[]> {
  return db
    .select(contactColumns)
    .from(organizationContacts)
    .leftJoin(users, eq(users.id, organizationContacts.consentRecordedBy))
    .where(eq(organizationContacts.organizationId, organizationId))
    .orderBy(asc(organizationContacts.createdAt), asc(organizationContacts.id));
}

export async function selectContact(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select(contactColumns)
    .from(organizationContacts)
    .leftJoin(users, eq(users.id, organizationContacts.consentRecordedBy))
    .where(and(eq(organizationContacts.organizationId, organizationId), eq(organizationContacts.id, id)));
  return row;
}

export async function insertContact(db: Db, values: typeof organizationContacts.$inferInsert) {
  const [row] = await db
    .insert(organizationContacts)
    .values(values)
    .returning({ id: organizationContacts.id });
  return row!.id;
}

/** Changes the contact only if it belongs to the organisation; returns whether it did. */
export async function updateContact(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<typeof organizationContacts.$inferInsert>,
) {
  const rows = await db
    .update(organizationContacts)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(organizationContacts.organizationId, organizationId), eq(organizationContacts.id, id)))
    .returning({ id: organizationContacts.id });
  return rows.length > 0;
}

export async function deleteContact(db: Db, organizationId: string, id: string) {
  const rows = await db
    .delete(organizationContacts)
    .where(and(eq(organizationContacts.organizationId, organizationId), eq(organizationContacts.id, id)))
    .returning({ id: organizationContacts.id });
  return rows.length > 0;
}
