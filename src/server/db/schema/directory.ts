import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export type LocalizedText = { ja?: string; en?: string };
export type Source = { url: string; asOf?: string; note?: string };

export const clusters = pgTable('clusters', {
  key: text('key').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  sort: integer('sort').notNull().default(0),
});

// Codes are globally unique so an organisation in several clusters can list them without a prefix.
export const technologies = pgTable(
  'technologies',
  {
    code: text('code').primaryKey(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    parentCode: text('parent_code'),
    label: jsonb('label').$type<LocalizedText>().notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('technologies_cluster_idx').on(t.clusterKey)],
);

export const applicationFields = pgTable('application_fields', {
  code: text('code').primaryKey(),
  label: jsonb('label').$type<LocalizedText>().notNull(),
  sort: integer('sort').notNull().default(0),
});

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    clusters: text('clusters').array().notNull().default(sql`'{}'::text[]`),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    applications: text('applications').array().notNull().default(sql`'{}'::text[]`),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    country: text('country'),
    prefecture: text('prefecture'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    memberships: text('memberships').array().notNull().default(sql`'{}'::text[]`),
    website: text('website'),
    sources: jsonb('sources').$type<Source[]>().notNull().default([]),
    illustrative: boolean('illustrative').notNull().default(false),
    published: boolean('published').notNull().default(true),
    // Filled from src/core/text so search works the same on PGlite and PostgreSQL (pg_trgm fails on Japanese).
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    nameTerms: text('name_terms').array().notNull().default(sql`'{}'::text[]`),
    // Hash of the bundle form: lets a re-import skip unchanged rows and report them as unchanged.
    contentHash: text('content_hash').notNull(),
    // COLLATE "C" (migration 0004, hand-written: drizzle-kit does not model collations): code point order on
    // every server, as the in-memory directory snapshot sorts.
    sortName: text('sort_name').notNull(),
    // The directory revision of the last write, stamped by a trigger (migration 0004): how a server
    // process brings its in-memory facets (industry-map snapshot) up to date by reading only changed rows.
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    // The edit version: bumped by every write of the profile (API and bundle alike), sent as the ETag and
    // checked against If-Match, so two people editing at once cannot silently overwrite each other.
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organizations_search_terms_idx').using('gin', t.searchTerms),
    index('organizations_technologies_idx').using('gin', t.technologies),
    index('organizations_clusters_idx').using('gin', t.clusters),
    index('organizations_memberships_idx').using('gin', t.memberships),
    index('organizations_roles_idx').using('gin', t.roles),
    index('organizations_kind_idx').on(t.kind),
    index('organizations_prefecture_idx').on(t.prefecture),
    index('organizations_sort_name_idx').on(t.sortName),
    index('organizations_revision_idx').on(t.revision),
  ],
);
