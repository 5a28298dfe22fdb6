import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { clusters, type LocalizedText, organizations } from './directory.ts';

/** The skills taxonomy, mirrored from data/clusters/*.json at start (like technologies) so SQL can join on it. */
export const skills = pgTable(
  'skills',
  {
    code: text('code').primaryKey(),
    clusterKey: text('cluster_key')
      .notNull()
      .references(() => clusters.key, { onDelete: 'cascade' }),
    label: jsonb('label').$type<LocalizedText>().notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('skills_cluster_idx').on(t.clusterKey)],
);

export type ProgrammeSource = { url: string; asOf?: string; note?: string };

/** A training programme a provider (a directory organisation) offers: level 2–7 on the OAS ladder. */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    providerOrganizationId: uuid('provider_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    level: integer('level').notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    durationWeeks: integer('duration_weeks').notNull(),
    delivery: text('delivery').notNull(),
    defaultCapacity: integer('default_capacity').notNull(),
    // Null: the source states no fee.
    feeJpy: integer('fee_jpy'),
    employerSponsor: boolean('employer_sponsor').notNull().default(false),
    publicSubsidy: jsonb('public_subsidy').$type<LocalizedText>(),
    source: jsonb('source').$type<ProgrammeSource>(),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_programmes_provider_idx').on(t.providerOrganizationId),
    check('training_programmes_level', sql`${t.level} between 2 and 7`),
    check('training_programmes_delivery', sql`${t.delivery} in ('full-time', 'day-release')`),
    check('training_programmes_duration', sql`${t.durationWeeks} between 1 and 520`),
    check('training_programmes_capacity', sql`${t.defaultCapacity} between 1 and 10000`),
    check('training_programmes_fee', sql`${t.feeJpy} >= 0`),
  ],
);

/**
 * A cohort of a programme. `enrolled` is the seat counter: an enrolment takes a seat with one guarded update
 * (`enrolled < capacity`) while the cohort row is locked, and the check keeps it within capacity whatever
 * code runs, so no cohort is ever over capacity under concurrency.
 */
export const trainingCohorts = pgTable(
  'training_cohorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    capacity: integer('capacity').notNull(),
    enrolled: integer('enrolled').notNull().default(0),
    illustrative: boolean('illustrative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_cohorts_programme_idx').on(t.programmeId),
    check('training_cohorts_capacity', sql`${t.capacity} between 1 and 10000`),
    check('training_cohorts_seats', sql`${t.enrolled} between 0 and ${t.capacity}`),
  ],
);

/**
 * A trainee's place (or waiting-list entry) in a cohort. `seq` orders the waiting list by arrival. Name and
 * email are copied at enrolment for the provider, and cleared on erasure; the row itself stays for counts.
 */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => trainingCohorts.id, { onDelete: 'cascade' }),
    traineeUserId: uuid('trainee_user_id').references(() => users.id, { onDelete: 'set null' }),
    traineeName: text('trainee_name').notNull().default(''),
    traineeEmail: text('trainee_email').notNull().default(''),
    employerOrganizationId: uuid('employer_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    sponsorConfirmedAt: timestamp('sponsor_confirmed_at', { withTimezone: true }),
    status: text('status').notNull(),
    planTraineeSignedAt: timestamp('plan_trainee_signed_at', { withTimezone: true }),
    planEmployerSignedAt: timestamp('plan_employer_signed_at', { withTimezone: true }),
    planProviderSignedAt: timestamp('plan_provider_signed_at', { withTimezone: true }),
    qualification: text('qualification'),
    withdrawalReason: text('withdrawal_reason'),
    endedOn: date('ended_on', { mode: 'string' }),
    // When the seat was taken and when the end (completion or withdrawal) was recorded, written by the guarded
    // status update, so the cluster's figures read the enrolment as it stood at a past date (null: created_at).
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }),
    endRecordedAt: timestamp('end_recorded_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_enrolments_cohort_idx').on(t.cohortId, t.seq),
    index('training_enrolments_trainee_idx').on(t.traineeUserId),
    index('training_enrolments_employer_idx').on(t.employerOrganizationId),
    // One live place or waiting entry per trainee and cohort: asking twice is a 409.
    uniqueIndex('training_enrolments_live_once')
      .on(t.cohortId, t.traineeUserId)
      .where(sql`${t.status} in ('enrolled', 'waiting')`),
    check(
      'training_enrolments_status',
      sql`${t.status} in ('enrolled', 'waiting', 'withdrawn', 'completed')`,
    ),
  ],
);

/** A tripartite progress review with a red/amber/green status. */
export const trainingReviews = pgTable(
  'training_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: 'cascade' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    rag: text('rag').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_reviews_enrolment_idx').on(t.enrolmentId),
    check('training_reviews_rag', sql`${t.rag} in ('red', 'amber', 'green')`),
  ],
);

/** Off-the-job training hours, logged by the day. */
export const trainingHours = pgTable(
  'training_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: 'cascade' }),
    workedOn: date('worked_on', { mode: 'string' }).notNull(),
    hours: numeric('hours', { precision: 4, scale: 1, mode: 'number' }).notNull(),
    activity: text('activity').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_hours_enrolment_idx').on(t.enrolmentId),
    check('training_hours_range', sql`${t.hours} > 0 and ${t.hours} <= 24`),
  ],
);
