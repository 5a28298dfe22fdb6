import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
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

/**
 * A memorandum, joint statement or partnership between directory organisations (seeds 003, 004). Its areas of
 * cooperation are the agreement's own list (`agreement_areas`), in its order.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
    signedOn: date('signed_on', { mode: 'string' }),
    status: text('status').notNull().default('active'),
    renewalOn: date('renewal_on', { mode: 'string' }),
    source: jsonb('source').$type<{ url?: string; asOf?: string; note?: string }>(),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'agreements_kind',
      sql`${t.kind} in ('memorandum', 'joint-statement', 'partnership', 'regional-agreement')`,
    ),
    check('agreements_status', sql`${t.status} in ('draft', 'active', 'expired', 'terminated')`),
    check(
      'agreements_renewal',
      sql`${t.renewalOn} is null or ${t.signedOn} is null or ${t.renewalOn} >= ${t.signedOn}`,
    ),
  ],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organizationId] }),
    index('agreement_parties_org_idx').on(t.organizationId),
  ],
);

export const agreementAreas = pgTable(
  'agreement_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  },
  (t) => [unique('agreement_areas_key').on(t.agreementId, t.key)],
);

/** Something done under one area of an agreement: a mission, a joint workshop, a staff exchange, … */
export const agreementActivities = pgTable(
  'agreement_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => agreementAreas.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    participantOrganizationIds: uuid('participant_organization_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    participants: jsonb('participants').$type<LocalizedText>().notNull().default({}),
    outcome: jsonb('outcome').$type<LocalizedText>().notNull().default({}),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agreement_activities_agreement_idx').on(t.agreementId, t.occurredOn),
    check(
      'agreement_activities_kind',
      sql`${t.kind} in ('mission', 'joint-workshop', 'staff-exchange', 'joint-project', 'bulletin')`,
    ),
  ],
);

/**
 * An information-sharing note (seed 004, area 1). `tags` holds its technology codes and its agreement areas
 * (`area:<agreement>/<area>`), the unit of subscriptions and feeds; `area_ids` the same areas by id.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    areaIds: uuid('area_ids').array().notNull().default(sql`'{}'::uuid[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    audience: text('audience').notNull().default('public'),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorOrganizationId: uuid('author_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bulletins_published_idx').on(t.publishedAt),
    index('bulletins_tags_idx').using('gin', t.tags),
    check(
      'bulletins_kind',
      sql`${t.kind} in ('regulation-news', 'market-news', 'success-case', 'call-for-proposals')`,
    ),
    check('bulletins_audience', sql`${t.audience} in ('public', 'members', 'partners')`),
  ],
);

export const bulletinSubscriptions = pgTable(
  'bulletin_subscriptions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tag] })],
);

/**
 * One row per account and digest week: the claim. The job inserts it `on conflict do nothing` in the same
 * transaction as the mail, so a week's digest goes out once however often, and in however many processes,
 * the job runs.
 */
export const bulletinDigests = pgTable(
  'bulletin_digests',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    week: date('week', { mode: 'string' }).notNull(),
    bulletinCount: integer('bulletin_count').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.week] })],
);

/**
 * The alliance's working groups (issue 17): member organisations, one of them the lead (a partial unique index),
 * meeting records with action items, and documents visible to the group or to every member.
 */
export const allianceGroups = pgTable('alliance_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const allianceGroupMembers = pgTable(
  'alliance_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => allianceGroups.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    lead: boolean('lead').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.organizationId] }),
    uniqueIndex('alliance_group_one_lead').on(t.groupId).where(sql`${t.lead}`),
    index('alliance_group_members_org_idx').on(t.organizationId),
  ],
);

export const allianceMeetings = pgTable(
  'alliance_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => allianceGroups.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    minutes: jsonb('minutes').$type<LocalizedText>().notNull().default({}),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alliance_meetings_group_idx').on(t.groupId, t.heldOn)],
);

export const allianceActionItems = pgTable(
  'alliance_action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => allianceMeetings.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => allianceGroups.id, { onDelete: 'cascade' }),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('alliance_action_items_group_idx').on(t.groupId, t.status),
    check('alliance_action_items_status', sql`${t.status} in ('open', 'done')`),
    check('alliance_action_items_done', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
  ],
);

/** Raw bytes (bytea), read and written as a Node Buffer, like a desk case's files. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * A working group's document: a link (`url`), or an uploaded file kept in the database like a desk case's
 * files (`content`, its type sniffed from the first bytes, its size and hash). Visible to the group or to every member.
 */
export const allianceDocuments = pgTable(
  'alliance_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => allianceGroups.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    url: text('url'),
    visibility: text('visibility').notNull().default('group'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    byteSize: integer('byte_size'),
    sha256: text('sha256'),
    content: bytea('content'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('alliance_documents_group_idx').on(t.groupId),
    check('alliance_documents_visibility', sql`${t.visibility} in ('group', 'members')`),
    check(
      'alliance_documents_link_or_file',
      sql`(${t.url} is null) = (${t.content} is not null) and (${t.content} is null) = (${t.fileName} is null)`,
    ),
  ],
);
