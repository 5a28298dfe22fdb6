import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { openIntroductionStates } from '../../../core/matching/workflow.ts';
import { users } from './accounts.ts';
import { type LocalizedText, organizations } from './directory.ts';

export type LocationPreference = {
  country?: string;
  prefecture?: string;
  lat?: number;
  lng?: number;
  radiusKm?: number;
};

// Needs and seeds share their shape; two tables keep keys, access and the bundle sections apart.
const postColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  category: text('category').notNull(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  body: jsonb('body').$type<LocalizedText>().notNull().default({}),
  technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
  quantity: text('quantity'),
  timeline: text('timeline'),
  location: jsonb('location').$type<LocationPreference>(),
  trl: integer('trl'),
  visibility: text('visibility').notNull(),
  status: text('status').notNull().default('open'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  remindedAt: timestamp('reminded_at', { withTimezone: true }),
  searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
  // The matching data version of the last write (see matching_version): how other processes find it.
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  // The edit version (ETag / If-Match): bumped by every write of the post's content (API and bundle alike);
  // not by the sweep marking it reminded, which no one edits and no form sends back.
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const needs = pgTable(
  'needs',
  { ...postColumns(), seeksRoles: text('seeks_roles').array().notNull().default(sql`'{}'::text[]`) },
  (t) => [
    index('needs_organization_idx').on(t.organizationId),
    index('needs_revision_idx').on(t.revision),
    index('needs_search_terms_idx').using('gin', t.searchTerms),
  ],
);

export const seeds = pgTable('seeds', postColumns(), (t) => [
  index('seeds_organization_idx').on(t.organizationId),
  index('seeds_revision_idx').on(t.revision),
  index('seeds_search_terms_idx').using('gin', t.searchTerms),
]);

/**
 * One row: bumped by every write to needs and seeds, in the same transaction. The UPDATE locks the row
 * until commit, so writers take versions in commit order and a process that has seen version v has seen
 * every write up to v; it then reads only rows with a higher revision (and the ids, for deletions).
 */
export const matchingVersion = pgTable('matching_version', {
  id: integer('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  epoch: uuid('epoch').notNull().defaultRandom(),
});

export const introductions = pgTable(
  'introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromOrganizationId: uuid('from_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    fromKind: text('from_kind').notNull(),
    fromPostId: uuid('from_post_id').notNull(),
    toType: text('to_type').notNull(),
    toId: uuid('to_id').notNull(),
    toOrganizationId: uuid('to_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    message: text('message').notNull(),
    state: text('state').notNull().default('requested'),
    reason: text('reason'),
    outcome: text('outcome'),
    score: doublePrecision('score'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    stateChangedAt: timestamp('state_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('introductions_from_idx').on(t.fromOrganizationId),
    index('introductions_to_idx').on(t.toOrganizationId),
    index('introductions_state_idx').on(t.state),
    // One open introduction per pair: simultaneous identical requests give one 201 and 409s (target first,
    // so the conflict names body.toId).
    uniqueIndex('introductions_open_pair_idx')
      .on(t.toId, t.fromPostId)
      .where(sql.raw(`state in (${openIntroductionStates.map((s) => `'${s}'`).join(', ')})`)),
  ],
);

export const introductionEvents = pgTable(
  'introduction_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    introductionId: uuid('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note'),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('introduction_events_intro_idx').on(t.introductionId),
    index('introduction_events_at_idx').on(t.at),
  ],
);

export const introductionTasks = pgTable(
  'introduction_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    introductionId: uuid('introduction_id')
      .notNull()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('introduction_tasks_intro_idx').on(t.introductionId)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull().default({}),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // One notice of a request per user: two sign-ins at once must not both give the notice of a request
    // made before the account existed (noticeRequestsAtSignIn inserts with on conflict do nothing).
    uniqueIndex('notifications_request_once_idx')
      .on(t.userId, t.link)
      .where(sql`${t.kind} = 'introduction.requested'`),
  ],
);

/** Mail that would have gone by SMTP: kept here when none is configured, for an admin to read. */
export const mailOutbox = pgTable('mail_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  sent: boolean('sent').notNull().default(false),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
