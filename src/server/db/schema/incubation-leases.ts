import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './directory.ts';
import { facilities, facilityUnits } from './incubation.ts';
import { sites } from './siting.ts';

/**
 * A lease of one unit to one tenant organisation, from a day to a day (both included). offered → active →
 * ending → ended, each step guarded in SQL by the status it leaves. Two leases in force (active, ending) on one
 * unit never overlap: an exclusion constraint over the date range (hand-written in the migration, with
 * btree_gist for the unit's equality) enforces it on PostgreSQL and PGlite alike.
 */
export const facilityLeases = pgTable(
  'facility_leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => facilityUnits.id, { onDelete: 'cascade' }),
    tenantOrganizationId: uuid('tenant_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    monthlyRentJpy: integer('monthly_rent_jpy').notNull(),
    depositJpy: integer('deposit_jpy').notNull().default(0),
    status: text('status').notNull().default('offered'),
    // The public call's application this offer answers; no foreign key, the calls module links it.
    applicationId: text('application_id'),
    // The lease this one renews: the term limit counts the whole stay.
    renewsLeaseId: uuid('renews_lease_id'),
    // Invented demo records say so.
    illustrative: boolean('illustrative').notNull().default(false),
    // End-of-lease reminders already sent, in months before the end.
    remindersSent: integer('reminders_sent').array().notNull().default(sql`'{}'::int[]`),
    // When each step was recorded (the guarded transition writes them), so the cluster's figures read a lease's
    // state as it stood at a past date. Null on rows written straight in (bundle, demo): created_at stands in.
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    noticeAt: timestamp('notice_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facility_leases_unit_idx').on(t.unitId),
    index('facility_leases_tenant_idx').on(t.tenantOrganizationId),
    check('facility_leases_status', sql`${t.status} in ('offered', 'active', 'ending', 'ended')`),
    check('facility_leases_period', sql`${t.endOn} >= ${t.startOn}`),
    check('facility_leases_rent', sql`${t.monthlyRentJpy} >= 0`),
    check('facility_leases_deposit', sql`${t.depositJpy} >= 0`),
  ],
);

/** An organisation waiting for a kind of unit in a facility; the order is who joined first. */
export const facilityWaitlist = pgTable(
  'facility_waitlist',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('facility_waitlist_once').on(t.facilityId, t.kind, t.organizationId),
    check('facility_waitlist_kind', sql`${t.kind} in ('factory', 'lab', 'office')`),
  ],
);

/** Where a tenant went when its lease ended: a candidate site or an address, with jobs and investment at exit. */
export const leaseGraduations = pgTable(
  'lease_graduations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .unique()
      .references(() => facilityLeases.id, { onDelete: 'cascade' }),
    graduatedOn: date('graduated_on', { mode: 'string' }).notNull(),
    destinationSiteId: uuid('destination_site_id').references(() => sites.id, { onDelete: 'set null' }),
    destinationAddress: text('destination_address'),
    jobsAtExit: integer('jobs_at_exit').notNull(),
    investmentJpy: bigint('investment_jpy', { mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('lease_graduations_jobs', sql`${t.jobsAtExit} >= 0`),
    check('lease_graduations_investment', sql`${t.investmentJpy} >= 0`),
  ],
);

/** A graduate's yearly follow-up report, years 1 to 5 after graduation. */
export const graduationReports = pgTable(
  'graduation_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    graduationId: uuid('graduation_id')
      .notNull()
      .references(() => leaseGraduations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    employees: integer('employees').notNull(),
    revenueBand: text('revenue_band').notNull(),
    inRegion: boolean('in_region').notNull(),
    comment: text('comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('graduation_reports_year').on(t.graduationId, t.year),
    check('graduation_reports_year_range', sql`${t.year} between 1 and 5`),
    check('graduation_reports_employees', sql`${t.employees} >= 0`),
  ],
);
