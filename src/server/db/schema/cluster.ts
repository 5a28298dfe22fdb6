import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { clusters, type LocalizedText } from './directory.ts';

export type ClusterSource = { url?: string; seed?: string; asOf: string };

/** A cluster's phases (seed 000 §IV for fusion), mirrored from data/clusters/<key>.json at start. */
export const clusterPhases = pgTable(
  'cluster_phases',
  {
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    support: jsonb('support').$type<LocalizedText>().notNull(),
    source: jsonb('source').$type<ClusterSource>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterKey, t.ordinal] })],
);

/**
 * National and regional milestones. Rows from the cluster file are upserted at start (their target and title);
 * the coordinator records the actual date and adds regional milestones, with a version for If-Match.
 */
export const clusterMilestones = pgTable(
  'cluster_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    scope: text('scope').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    actualDate: date('actual_date', { mode: 'string' }),
    source: jsonb('source').$type<ClusterSource>(),
    shipped: boolean('shipped').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cluster_milestones_key').on(t.clusterKey, t.key),
    check('cluster_milestones_scope', sql`${t.scope} in ('national', 'regional')`),
  ],
);

/** Every setting of the current phase, kept: the latest by date (then by when recorded) is the current one. */
export const clusterPhaseSettings = pgTable(
  'cluster_phase_settings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    phase: integer('phase').notNull(),
    setOn: date('set_on', { mode: 'string' }).notNull(),
    note: jsonb('note').$type<LocalizedText>().notNull().default({}),
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cluster_phase_settings_cluster').on(t.clusterKey, t.setOn)],
);

/** The coordinator's target for an indicator in a phase. */
export const clusterTargets = pgTable(
  'cluster_targets',
  {
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    indicator: text('indicator').notNull(),
    phase: integer('phase').notNull(),
    target: doublePrecision('target').notNull(),
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clusterKey, t.indicator, t.phase] })],
);

/**
 * Every target ever set, from the moment it was set (`validFrom`; a null target removes it), so a past
 * report reads the target as it stood then. cluster_targets keeps the ones in force now.
 */
export const clusterTargetHistory = pgTable(
  'cluster_target_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    indicator: text('indicator').notNull(),
    phase: integer('phase').notNull(),
    target: doublePrecision('target'),
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cluster_target_history_key_idx').on(t.clusterKey, t.indicator, t.phase, t.validFrom)],
);

/** The coordinator's notes for a cluster's yearly report. */
export const clusterNotes = pgTable(
  'cluster_notes',
  {
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clusterKey, t.year] })],
);

/**
 * Each version of an organisation's counted attributes with the time it held (system time), written by a
 * trigger on `organizations` (hand-written in the migration) whatever writes the row: the API, a bundle import
 * or the demo loader. Deleting or re-clustering an organisation closes its version, so a past date's figures
 * still count it as it was. No foreign key: the history outlives the organisation.
 */
export const organizationHistory = pgTable(
  'organization_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    key: text('key').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    roles: text('roles').array().notNull(),
    clusters: text('clusters').array().notNull(),
    technologies: text('technologies').array().notNull(),
    country: text('country'),
    prefecture: text('prefecture'),
    published: boolean('published').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
  },
  (t) => [
    index('organization_history_org').on(t.organizationId, t.validFrom),
    index('organization_history_clusters').using('gin', t.clusters),
    uniqueIndex('organization_history_open').on(t.organizationId).where(sql`${t.validTo} is null`),
  ],
);

/**
 * When an organisation joined a cluster (a Japan day), and left it. Written by the same trigger (the day the
 * platform first lists it in the cluster); a coordinator may correct the day to the real membership date.
 */
export const clusterMemberships = pgTable(
  'cluster_memberships',
  {
    organizationId: uuid('organization_id').notNull(),
    clusterKey: text('cluster_key').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.clusterKey] })],
);

/**
 * Rows deleted from the tables the indicators count, as they were (a trigger per table, in the migration):
 * an indicator as of a date before the deletion reads them back, so a cascade from a deleted organisation or a
 * withdrawn post does not change last year's figures.
 */
export const deletedRows = pgTable(
  'deleted_rows',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tableName: text('table_name').notNull(),
    row: jsonb('row').notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('deleted_rows_table').on(t.tableName, t.deletedAt),
    // An introduction's stage as of a date is looked up per introduction, deleted events included.
    index('deleted_rows_introduction_event')
      .on(sql`(${t.row} ->> 'introduction_id')`)
      .where(sql`${t.tableName} = 'introduction_events'`),
  ],
);

/**
 * Every version of the rows the workforce projection is computed from (staffing tables, planned facilities,
 * programmes, cohorts, job openings, hiring plans), kept by a trigger on each of those tables so every writer is
 * covered: a staffing table replaced whole or a programme edited in place leaves its earlier content here, so the
 * workforce gap as it stood at a past month's end can be rebuilt (modules/cluster/indicators.queries.ts).
 * `row_key` names the row (its id, or the staffing table's key columns); a version is in force from
 * `valid_from` until `valid_to` (null: still).
 */
export const rowVersions = pgTable(
  'row_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tableName: text('table_name').notNull(),
    rowKey: text('row_key').notNull(),
    row: jsonb('row').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
  },
  (t) => [
    index('row_versions_table').on(t.tableName, t.validFrom),
    uniqueIndex('row_versions_open').on(t.tableName, t.rowKey).where(sql`${t.validTo} is null`),
  ],
);
