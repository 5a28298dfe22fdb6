import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, resultRows } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import type { OrganizationValues } from '../organizations/index.ts';

const updatableColumns = [
  'name',
  'kind',
  'roles',
  'clusters',
  'technologies',
  'applications',
  'description',
  'country',
  'prefecture',
  'city',
  'lat',
  'lng',
  'memberships',
  'website',
  'sources',
  'illustrative',
  'published',
  'searchTerms',
  'nameTerms',
  'contentHash',
  'sortName',
] as const satisfies ReadonlyArray<keyof OrganizationValues>;

// Column names as SQL sees them, in one fixed order: the batch travels as JSON and PostgreSQL unpacks it.
const insertColumns = ['key', ...updatableColumns] as const;
const columnNames = insertColumns.map((c) => organizations[c].name);
const columnList = sql.raw(columnNames.join(', '));
const updateList = sql.raw(
  [
    ...columnNames.slice(1).map((c) => `${c} = excluded.${c}`),
    // An import is an edit too: a form opened before it must not write over what it changed.
    'version = organizations.version + 1',
    'updated_at = now()',
  ].join(', '),
);

const batchJson = (values: OrganizationValues[]) =>
  JSON.stringify(
    values.map((v) => Object.fromEntries(insertColumns.map((c, i) => [columnNames[i], v[c] ?? null]))),
  );

/**
 * Inserts new keys, updates changed ones, and skips rows whose content hash is unchanged. The batch goes
 * as one JSON parameter through jsonb_populate_recordset: building a 1,000-row VALUES list through the
 * query builder cost more CPU than the database spent writing it (profiled: 5 s of a 15 s import).
 */
export async function upsertOrganizationBatch(tx: Db, values: OrganizationValues[]) {
  const result = await tx.execute(sql`
    insert into organizations (${columnList})
    select ${columnList} from jsonb_populate_recordset(null::organizations, ${batchJson(values)}::jsonb)
    on conflict (key) do update set ${updateList}
    where organizations.content_hash is distinct from excluded.content_hash
    returning (xmax = 0) as inserted`);
  return resultRows<{ inserted: boolean }>(result);
}

// ——— Staging (PGlite) ———
// PGlite is one connection: a transaction holds it, and every other request waits for it to end. An import
// therefore writes its organisations into a temporary table in short transactions, letting reads in between,
// and moves them into place in one last statement: readers see all of it or none of it, and a failure before
// the move leaves nothing but the temporary table, which is dropped (and dies with the session anyway).

/** A fresh staging table shaped like organisations, without its indexes and triggers; returns its name. */
export async function createOrganizationStage(db: Db): Promise<string> {
  const name = `import_stage_${randomUUID().replaceAll('-', '')}`;
  await db.execute(
    sql`create temporary table ${sql.identifier(name)} (like organizations including defaults)`,
  );
  return name;
}

export async function stageOrganizationBatch(db: Db, stage: string, values: OrganizationValues[]) {
  await db.execute(sql`
    insert into ${sql.identifier(stage)} (${columnList})
    select ${columnList} from jsonb_populate_recordset(null::organizations, ${batchJson(values)}::jsonb)`);
}

/** The upsert of upsertOrganizationBatch, from the staging table in one statement; counts what it wrote. */
export async function mergeOrganizationStage(tx: Db, stage: string) {
  const result = await tx.execute(sql`
    with written as (
      insert into organizations (${columnList})
      select ${columnList} from ${sql.identifier(stage)}
      on conflict (key) do update set ${updateList}
      where organizations.content_hash is distinct from excluded.content_hash
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated
    from written`);
  return resultRows<{ created: number; updated: number }>(result)[0] ?? { created: 0, updated: 0 };
}

export async function dropOrganizationStage(db: Db, stage: string) {
  await db.execute(sql`drop table if exists ${sql.identifier(stage)}`);
}

/**
 * For the rest of the transaction, large bulk writes let GIN entries pile up in the pending list, to be
 * merged once at the end (tidySearchIndexes) instead of flushing a 4 MB list many times over.
 */
export async function deferSearchIndexMerge(tx: Db) {
  await tx.execute(sql`set local gin_pending_list_limit = '512MB'`);
}

type ExportScope = { publishedOnly: boolean };
const visible = ({ publishedOnly }: ExportScope) =>
  publishedOnly ? eq(organizations.published, true) : undefined;

/** Full rows in key order: all, or the published ones, optionally of one cluster. */
export async function selectExportOrganizations(db: Db, scope: ExportScope & { cluster?: string }) {
  const inCluster = scope.cluster
    ? sql`${organizations.clusters} @> ARRAY[${scope.cluster}]::text[]`
    : undefined;
  return db
    .select()
    .from(organizations)
    .where(and(visible(scope), inCluster))
    .orderBy(asc(organizations.key));
}

/** Full rows of these keys, under the same visibility. */
export async function selectExportOrganizationsByKey(db: Db, scope: ExportScope & { keys: string[] }) {
  if (!scope.keys.length) return [];
  return db
    .select()
    .from(organizations)
    .where(and(visible(scope), inArray(organizations.key, scope.keys)));
}
