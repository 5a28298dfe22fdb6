import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText, Source } from './directory.ts';
import { organizations } from './directory.ts';
import { sites } from './siting.ts';

/**
 * A facility (an incubation centre, a rental factory building, an institute's test hall): owned by a directory
 * organisation, standing on a candidate site where it has one. Its units and shared equipment hang off it and
 * share its publication.
 */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    // A site may be re-imported or deleted; the facility stays and only loses the link.
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'set null' }),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    prefecture: text('prefecture'),
    city: text('city'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    maxTermMonths: integer('max_term_months').notNull().default(60),
    // Months before a lease's end when tenant and office are reminded (incubation leases).
    leaseReminderMonths: integer('lease_reminder_months').array().notNull().default(sql`'{12,6}'::int[]`),
    sources: jsonb('sources').$type<Source[]>().notNull().default([]),
    illustrative: boolean('illustrative').notNull().default(false),
    published: boolean('published').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facilities_organization_idx').on(t.organizationId),
    index('facilities_site_idx').on(t.siteId),
    check('facilities_max_term_positive', sql`${t.maxTermMonths} > 0`),
  ],
);

/** A lettable unit. Numbers are the spec a tenant filters on; the database refuses negative ones. */
export const facilityUnits = pgTable(
  'facility_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    floorAreaM2: doublePrecision('floor_area_m2').notNull(),
    floorLoadTPerM2: doublePrecision('floor_load_t_per_m2'),
    ceilingHeightM: doublePrecision('ceiling_height_m'),
    craneT: doublePrecision('crane_t'),
    powerKva: doublePrecision('power_kva'),
    ehv: boolean('ehv').notNull().default(false),
    // ISO 14644-1 class 1–9; null for a unit without a clean room.
    cleanClass: integer('clean_class'),
    seismicIsolation: boolean('seismic_isolation').notNull().default(false),
    monthlyRentJpy: integer('monthly_rent_jpy'),
    media: jsonb('media').$type<string[]>().notNull().default([]),
    // Settable until leases exist; then it will follow them.
    status: text('status').notNull().default('free'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facility_units_facility_idx').on(t.facilityId),
    check('facility_units_kind', sql`${t.kind} in ('factory', 'lab', 'office')`),
    check('facility_units_status', sql`${t.status} in ('free', 'leased', 'reserved')`),
    check('facility_units_area', sql`${t.floorAreaM2} >= 0`),
    check('facility_units_floor_load', sql`${t.floorLoadTPerM2} >= 0`),
    check('facility_units_ceiling', sql`${t.ceilingHeightM} >= 0`),
    check('facility_units_crane', sql`${t.craneT} >= 0`),
    check('facility_units_power', sql`${t.powerKva} >= 0`),
    check('facility_units_rent', sql`${t.monthlyRentJpy} >= 0`),
    check('facility_units_clean_class', sql`${t.cleanClass} between 1 and 9`),
  ],
);

/** Shared equipment of a facility, bookable by the hour, day or week (bookings come later). */
export const facilityEquipment = pgTable(
  'facility_equipment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    bookingUnit: text('booking_unit').notNull(),
    // Null: the fee is not published (ask the facility).
    feeMemberJpy: integer('fee_member_jpy'),
    feeNonMemberJpy: integer('fee_non_member_jpy'),
    approvalRequired: boolean('approval_required').notNull().default(true),
    sources: jsonb('sources').$type<Source[]>().notNull().default([]),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facility_equipment_facility_idx').on(t.facilityId),
    index('facility_equipment_technologies_idx').using('gin', t.technologies),
    check('facility_equipment_booking_unit', sql`${t.bookingUnit} in ('hour', 'day', 'week')`),
    check('facility_equipment_fee_member', sql`${t.feeMemberJpy} >= 0`),
    check('facility_equipment_fee_non_member', sql`${t.feeNonMemberJpy} >= 0`),
  ],
);
