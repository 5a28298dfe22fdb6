import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { clusters, type LocalizedText, organizations } from './directory.ts';
import { sites, sitingProfiles } from './siting.ts';

/**
 * A siting profile's staffing table: people in post by skill and level, per year counted from the start of
 * construction (offset 0) to operation. Every row states its basis: demo figures are estimates.
 */
export const facilityStaffing = pgTable(
  'facility_staffing',
  {
    profileKey: text('profile_key')
      .notNull()
      .references(() => sitingProfiles.key, { onDelete: 'cascade', onUpdate: 'cascade' }),
    skillCode: text('skill_code').notNull(),
    level: integer('level').notNull(),
    yearOffset: integer('year_offset').notNull(),
    headcount: integer('headcount').notNull(),
    basis: jsonb('basis').$type<LocalizedText>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.profileKey, t.skillCode, t.level, t.yearOffset] }),
    check('facility_staffing_level', sql`${t.level} between 2 and 7`),
    check('facility_staffing_offset', sql`${t.yearOffset} between 0 and 40`),
    check('facility_staffing_headcount', sql`${t.headcount} between 0 and 100000`),
  ],
);

/** A facility planned on a candidate site: a chosen profile and the year construction starts. */
export const plannedFacilities = pgTable(
  'planned_facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    profileKey: text('profile_key')
      .notNull()
      .references(() => sitingProfiles.key, { onDelete: 'cascade', onUpdate: 'cascade' }),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    constructionStartYear: integer('construction_start_year').notNull(),
    /** The cluster's phase (seed 000 §IV: 1 reactor, 2 offices, 3 factories and labs, 4 the wider cluster). */
    phase: integer('phase').notNull(),
    note: jsonb('note').$type<LocalizedText>().notNull().default({}),
    illustrative: boolean('illustrative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('planned_facilities_cluster_idx').on(t.clusterKey),
    check('planned_facilities_phase', sql`${t.phase} between 1 and 4`),
    check('planned_facilities_year', sql`${t.constructionStartYear} between 2000 and 2100`),
  ],
);

/** A tenant's stated hiring plan: people of a skill and level it means to hire in a year. */
export const tenantHiringPlans = pgTable(
  'tenant_hiring_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    skillCode: text('skill_code').notNull(),
    level: integer('level').notNull(),
    year: integer('year').notNull(),
    headcount: integer('headcount').notNull(),
    illustrative: boolean('illustrative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tenant_hiring_plans_organization_idx').on(t.organizationId),
    check('tenant_hiring_plans_level', sql`${t.level} between 2 and 7`),
    check('tenant_hiring_plans_year', sql`${t.year} between 2000 and 2100`),
    check('tenant_hiring_plans_headcount', sql`${t.headcount} between 1 and 10000`),
  ],
);
