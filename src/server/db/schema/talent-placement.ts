import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { users } from './accounts.ts';
import { type LocalizedText, organizations } from './directory.ts';

/** A member company's job opening: skill codes from the skills taxonomy, a level on the 2–7 ladder, a place. */
export const jobOpenings = pgTable(
  'job_openings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    level: integer('level').notNull(),
    prefecture: text('prefecture').notNull(),
    municipality: text('municipality').notNull().default(''),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_openings_organization_idx').on(t.organizationId),
    index('job_openings_status_idx').on(t.status, t.startOn),
    check('job_openings_level', sql`${t.level} between 2 and 7`),
    check('job_openings_status', sql`${t.status} in ('open', 'closed')`),
    check('job_openings_lat', sql`${t.lat} between -90 and 90`),
    check('job_openings_lng', sql`${t.lng} between -180 and 180`),
    // Both coordinates or neither: half a point is no place.
    check('job_openings_point', sql`(${t.lat} is null) = (${t.lng} is null)`),
  ],
);

/**
 * A trainee's or graduate's application. The stage moves by one guarded update (`where stage = <expected>`),
 * so two members moving the same application at once cannot both win; a decline always carries its reason.
 */
export const jobApplications = pgTable(
  'job_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    openingId: uuid('opening_id')
      .notNull()
      .references(() => jobOpenings.id, { onDelete: 'cascade' }),
    applicantUserId: uuid('applicant_user_id').references(() => users.id, { onDelete: 'set null' }),
    applicantName: text('applicant_name').notNull().default(''),
    applicantEmail: text('applicant_email').notNull().default(''),
    message: text('message').notNull().default(''),
    stage: text('stage').notNull().default('applied'),
    declineReason: text('decline_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_applications_opening_idx').on(t.openingId),
    index('job_applications_applicant_idx').on(t.applicantUserId),
    // One application per person and opening: applying twice is a 409.
    uniqueIndex('job_applications_once').on(t.openingId, t.applicantUserId),
    check(
      'job_applications_stage',
      sql`${t.stage} in ('applied', 'interview', 'offer', 'hired', 'declined')`,
    ),
    check(
      'job_applications_decline_reason',
      sql`${t.stage} <> 'declined' or coalesce(btrim(${t.declineReason}), '') <> ''`,
    ),
  ],
);

/** A hire: the start date and the retention checks at 6 and 12 months, with the reminders already sent. */
export const placements = pgTable(
  'placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .unique()
      .references(() => jobApplications.id, { onDelete: 'cascade' }),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    retention6: text('retention_6'),
    retention6At: timestamp('retention_6_at', { withTimezone: true }),
    retention12: text('retention_12'),
    retention12At: timestamp('retention_12_at', { withTimezone: true }),
    remindersSent: integer('reminders_sent').array().notNull().default(sql`'{}'::int[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('placements_retention_6', sql`${t.retention6} in ('retained', 'left')`),
    check('placements_retention_12', sql`${t.retention12} in ('retained', 'left')`),
  ],
);

/**
 * A person's consent to be shown to employers as a candidate, with where they are. Without a row, or with
 * `visible` false, no employer sees them in matches (personal data: nothing shown without consent).
 */
export const talentProfiles = pgTable('talent_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  visibleToEmployers: boolean('visible_to_employers').notNull().default(false),
  prefecture: text('prefecture').notNull().default(''),
  municipality: text('municipality').notNull().default(''),
  illustrative: boolean('illustrative').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
