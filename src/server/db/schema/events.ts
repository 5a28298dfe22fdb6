import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import type { LocalizedText } from './directory.ts';
import { organizations } from './directory.ts';
import { surveys } from './surveys.ts';

/**
 * An exchange event (seed 000 地域交流機能). `confirmed_count` is the locked counter row of its places: every
 * registration and cancellation takes the event row `for update` first, so places are decided one at a time
 * in arrival order, and the check constraint refuses any write that would put the event over capacity.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    agenda: jsonb('agenda').$type<LocalizedText>().notNull().default({}),
    place: jsonb('place').$type<LocalizedText>().notNull().default({}),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    onlineUrl: text('online_url'),
    organizerOrganizationId: uuid('organizer_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    confirmedCount: integer('confirmed_count').notNull().default(0),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    cancelCutoffHours: integer('cancel_cutoff_hours').notNull().default(24),
    audience: text('audience').notNull().default('public'),
    invitedOrganizationIds: uuid('invited_organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    invitedUserIds: uuid('invited_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    fee: jsonb('fee').$type<LocalizedText>().notNull().default({}),
    /** An open factory's safety rules for visitors (shoes, photography, escorted areas...). */
    safetyRules: jsonb('safety_rules').$type<LocalizedText>().notNull().default({}),
    // Registration questions in the surveys model ({ questions: [...] }).
    questions: jsonb('questions').$type<{ questions: unknown[] }>().notNull().default({ questions: [] }),
    illustrative: boolean('illustrative').notNull().default(false),
    /** The attendees' feedback survey (modules/surveys, origin `event-feedback`), once opened. */
    feedbackSurveyId: uuid('feedback_survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_idx').on(t.startsAt),
    index('events_organizer_idx').on(t.organizerOrganizationId),
    check(
      'events_kind',
      sql`${t.kind} in ('alliance-meeting', 'lunch-meeting', 'seminar', 'open-factory', 'job-fair', 'brokerage', 'residents-briefing')`,
    ),
    check('events_audience', sql`${t.audience} in ('public', 'members', 'invited')`),
    check('events_period', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_capacity', sql`${t.capacity} > 0`),
    check('events_places', sql`${t.confirmedCount} between 0 and ${t.capacity}`),
    check('events_cutoff', sql`${t.cancelCutoffHours} >= 0`),
  ],
);

/**
 * One account's registration. `seq` is the arrival order (taken while the event row is locked, so it is also
 * the order places were decided in); the waiting list is promoted by it. One live (confirmed or waiting)
 * registration per account and event: a partial unique index. The check-in token (QR code) and the short
 * code (typed) are random; a code works once (`checked_in_at` set by a guarded update).
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    checkinToken: text('checkin_token').notNull().unique(),
    shortCode: text('short_code').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** An open factory's tour slot the place is in (its own capacity); null for events without slots. */
    tourSlotId: uuid('tour_slot_id').references(() => eventTourSlots.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId, t.status, t.seq),
    index('event_registrations_user_idx').on(t.userId),
    uniqueIndex('event_registrations_live_once')
      .on(t.eventId, t.userId)
      .where(sql`${t.status} in ('confirmed', 'waiting')`),
    unique('event_registrations_short_code').on(t.eventId, t.shortCode),
    check('event_registrations_status', sql`${t.status} in ('confirmed', 'waiting', 'cancelled')`),
    check('event_registrations_checkin', sql`${t.checkedInAt} is null or ${t.status} = 'confirmed'`),
  ],
);

/**
 * An open factory's tour slots (several a day, each with its own places). `confirmed_count` works like the
 * event's: the slot row is locked for every change and the check constraint refuses going over capacity.
 */
export const eventTourSlots = pgTable(
  'event_tour_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    confirmedCount: integer('confirmed_count').notNull().default(0),
  },
  (t) => [
    unique('event_tour_slots_start').on(t.eventId, t.startsAt),
    check('event_tour_slots_period', sql`${t.endsAt} > ${t.startsAt}`),
    check('event_tour_slots_places', sql`${t.confirmedCount} between 0 and ${t.capacity}`),
  ],
);
