import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { organizations } from './directory.ts';
import { facilityEquipment } from './incubation.ts';

/**
 * Booking quotas: hours of one equipment item granted to one organisation for a period (an approved joint-use
 * proposal, or the owner's own grant). Bookings made in the period count against it.
 */
export const bookingQuotas = pgTable(
  'booking_quotas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    equipmentId: uuid('equipment_id')
      .notNull()
      .references(() => facilityEquipment.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    hours: doublePrecision('hours').notNull(),
    // Calendar days in Japan time, both included.
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    // Where the hours come from, in words; a joint-use proposal will be linked here later.
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('booking_quotas_equipment_org_idx').on(t.equipmentId, t.organizationId),
    check('booking_quotas_hours_positive', sql`${t.hours} > 0`),
    check('booking_quotas_period', sql`${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * A booking of shared equipment for a half-open slot [starts_at, ends_at). Requested bookings wait for the
 * owner; confirmed ones hold the slot. Two overlapping confirmed bookings of one item cannot coexist: the
 * migration adds an exclusion constraint (btree_gist) that drizzle-kit cannot express.
 */
export const equipmentBookings = pgTable(
  'equipment_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    equipmentId: uuid('equipment_id')
      .notNull()
      .references(() => facilityEquipment.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    bookedBy: uuid('booked_by').references(() => users.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    units: integer('units').notNull(),
    // The fee at the time of booking; null where the facility publishes none. A long slot at a high fee can
    // pass 2^31 yen, so bigint (read as a number: exact far beyond any fee).
    feeJpy: bigint('fee_jpy', { mode: 'number' }),
    quotaId: uuid('quota_id').references(() => bookingQuotas.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('equipment_bookings_equipment_start_idx').on(t.equipmentId, t.startsAt),
    index('equipment_bookings_organization_idx').on(t.organizationId, t.startsAt),
    index('equipment_bookings_quota_idx').on(t.quotaId),
    check(
      'equipment_bookings_status',
      sql`${t.status} in ('requested', 'confirmed', 'declined', 'cancelled')`,
    ),
    check('equipment_bookings_slot', sql`${t.endsAt} > ${t.startsAt}`),
    check('equipment_bookings_units', sql`${t.units} > 0`),
    check('equipment_bookings_fee', sql`${t.feeJpy} >= 0`),
  ],
);

/** Booking settings of one equipment item: how many hours before a slot its booker may still cancel. */
export const equipmentBookingSettings = pgTable(
  'equipment_booking_settings',
  {
    equipmentId: uuid('equipment_id')
      .primaryKey()
      .references(() => facilityEquipment.id, { onDelete: 'cascade' }),
    cancelCutoffHours: integer('cancel_cutoff_hours').notNull().default(24),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('equipment_booking_settings_cutoff', sql`${t.cancelCutoffHours} >= 0`)],
);

/**
 * A person's calendar feed: the SHA-256 of the secret in its URL (the secret itself is shown once). A new
 * one replaces the old; deleting the row revokes the feed.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId] })],
);
