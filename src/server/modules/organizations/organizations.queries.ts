import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { indexTerms, type QueryGroup } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import type { OrganizationInput } from './organizations.schemas.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
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
    contentHash: hashBundleForm(input),
    sortName: (input.name.ja ?? input.name.en ?? input.key).normalize('NFKC'),
  };
}

export function hashBundleForm(input: OrganizationInput): string {
  return createHash('sha1')
    .update(JSON.stringify(canonical(input)))
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
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

const arrayLiteral = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** A group matches when the terms contain every token of one of its alternatives (see core/text). */
function groupMatches(
  column: SQL | typeof organizations.searchTerms | typeof organizations.nameTerms,
  group: QueryGroup,
): SQL {
  const alternatives = group.alternatives.map((alt) => sql`${column} @> ${arrayLiteral(alt)}`);
  return sql`(${sql.join(alternatives, sql` OR `)})`;
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

/** Name matches weigh three times a match elsewhere; ties fall back to the name order. */
function rankExpression(groups: QueryGroup[]): SQL {
  const parts = groups.map(
    (g) =>
      sql`(case when ${groupMatches(organizations.nameTerms, g)} then 3 else 0 end + case when ${groupMatches(organizations.searchTerms, g)} then 1 else 0 end)`,
  );
  return sql.join(parts, sql` + `);
}

export async function listOrganizationRows(db: Db, f: ListFilter, limit: number, offset: number) {
  const where = whereFor(f);
  const byName = [asc(organizations.sortName), asc(organizations.key)];
  const order = f.groups.length ? [sql`${rankExpression(f.groups)} desc`, ...byName] : byName;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(organizations)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getOrganizationRow(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function existingKeys(db: Db, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 5000) {
    const rows = await db
      .select({ key: organizations.key })
      .from(organizations)
      .where(inArray(organizations.key, keys.slice(i, i + 5000)));
    for (const r of rows) found.add(r.key);
  }
  return found;
}
