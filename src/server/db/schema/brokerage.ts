import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import type { LocalizedText } from './directory.ts';
import { organizations } from './directory.ts';
import { events } from './events.ts';

/** A short item a participant offers or seeks at one brokerage event (not a directory need or seed). */
export type BrokerageItem = {
  text: LocalizedText;
  technologyCodes: string[];
  needId?: string;
  seedId?: string;
};

/** One-to-one meeting set-up of a brokerage event (issue 17): slot length and how many tables. */
export const brokerageSettings = pgTable(
  'brokerage_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    slotMinutes: integer('slot_minutes').notNull(),
    tableCount: integer('table_count').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('brokerage_settings_slot', sql`${t.slotMinutes} between 5 and 240`),
    check('brokerage_settings_tables', sql`${t.tableCount} between 1 and 1000`),
  ],
);

/** The event's meeting slots, generated from its start and end and stored so placements can point at them. */
export const brokerageSlots = pgTable(
  'brokerage_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('brokerage_slots_seq').on(t.eventId, t.seq),
    unique('brokerage_slots_event_id').on(t.eventId, t.id),
  ],
);

/** What a participant offers and seeks at the event, and the slots they cannot meet in. */
export const brokerageProfiles = pgTable(
  'brokerage_profiles',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    offers: jsonb('offers').$type<BrokerageItem[]>().notNull().default([]),
    seeks: jsonb('seeks').$type<BrokerageItem[]>().notNull().default([]),
    unavailableSlotIds: uuid('unavailable_slot_ids').array().notNull().default(sql`'{}'::uuid[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
);

/**
 * A meeting request between two participants of different organisations (a check). `pair_low`/`pair_high`
 * are the two account ids in order, so the partial unique index allows one open (requested or accepted)
 * meeting per pair whoever asked first.
 */
export const brokerageMeetings = pgTable(
  'brokerage_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requesterOrganizationId: uuid('requester_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    inviteeId: uuid('invitee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    inviteeOrganizationId: uuid('invitee_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    pairLow: uuid('pair_low').notNull(),
    pairHigh: uuid('pair_high').notNull(),
    status: text('status').notNull().default('requested'),
    message: text('message').notNull().default(''),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    heldAt: timestamp('held_at', { withTimezone: true }),
    /** The introduction a held meeting became (matching's workflow), so the funnel counts it. */
    introductionId: uuid('introduction_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('brokerage_meetings_event_idx').on(t.eventId, t.status),
    uniqueIndex('brokerage_meetings_open_pair')
      .on(t.eventId, t.pairLow, t.pairHigh)
      .where(sql`${t.status} in ('requested', 'accepted')`),
    check('brokerage_meetings_status', sql`${t.status} in ('requested', 'accepted', 'declined', 'held')`),
    check('brokerage_meetings_orgs', sql`${t.requesterOrganizationId} <> ${t.inviteeOrganizationId}`),
    check('brokerage_meetings_pair', sql`${t.pairLow} < ${t.pairHigh}`),
  ],
);

/** Where the last scheduling run put a meeting; one table once per slot. */
export const brokeragePlacements = pgTable(
  'brokerage_placements',
  {
    meetingId: uuid('meeting_id')
      .primaryKey()
      .references(() => brokerageMeetings.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => brokerageSlots.id, { onDelete: 'cascade' }),
    tableNo: integer('table_no').notNull(),
  },
  (t) => [unique('brokerage_placements_table').on(t.eventId, t.slotId, t.tableNo)],
);

/** Each placed meeting's people: the database refuses anyone twice in one slot. */
export const brokerageMeetingParticipants = pgTable(
  'brokerage_meeting_participants',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => brokeragePlacements.meetingId, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    slotId: uuid('slot_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    unique('brokerage_meeting_participants_once').on(t.eventId, t.slotId, t.userId),
  ],
);
