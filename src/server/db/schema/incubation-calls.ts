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
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import type { LocalizedText } from './directory.ts';
import { organizations } from './directory.ts';
import { facilityEquipment, facilityUnits } from './incubation.ts';

/** One criterion of a call's scoring rubric: a weight in percent and the meaning of each point on 1–5. */
export type RubricCriterion = {
  key: string;
  label: LocalizedText;
  weight: number;
  /** Five anchors, for scores 1 to 5. */
  anchors: LocalizedText[];
};

/** A questionnaire in the surveys' model (src/core/surveys), stored as given. */
export type CallForm = { questions: unknown[] };

/**
 * A public call (公募): for tenancy of units, or for joint use of shared equipment. Applications are taken
 * inside the window; the rubric is what reviewers score them on.
 */
export const incubationCalls = pgTable(
  'incubation_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    eligibility: jsonb('eligibility').$type<LocalizedText>().notNull().default({}),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    equipmentIds: uuid('equipment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    form: jsonb('form').$type<CallForm>().notNull().default({ questions: [] }),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull(),
    disagreementThreshold: doublePrecision('disagreement_threshold').notNull().default(1),
    scoresReleased: boolean('scores_released').notNull().default(false),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('incubation_calls_kind', sql`${t.kind} in ('tenancy', 'joint-use')`),
    check('incubation_calls_window', sql`${t.closesAt} > ${t.opensAt}`),
    check('incubation_calls_threshold', sql`${t.disagreementThreshold} >= 0`),
  ],
);

/**
 * A company's application to a call: one per organisation and call (the unique key), a draft until it is
 * submitted once inside the window; then the office's decision. Joint-use applications carry their proposal.
 */
export const incubationApplications = pgTable(
  'incubation_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => incubationCalls.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    // 'web' when the company filled it in, 'paper' when the office entered a paper application.
    channel: text('channel').notNull().default('web'),
    status: text('status').notNull().default('draft'),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    unitId: uuid('unit_id').references(() => facilityUnits.id, { onDelete: 'set null' }),
    researchPlan: text('research_plan'),
    hoursRequested: integer('hours_requested'),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    equipmentId: uuid('equipment_id').references(() => facilityEquipment.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('incubation_applications_call_org').on(t.callId, t.organizationId),
    index('incubation_applications_org_idx').on(t.organizationId),
    check('incubation_applications_channel', sql`${t.channel} in ('web', 'paper')`),
    check('incubation_applications_status', sql`${t.status} in ('draft', 'submitted')`),
    check(
      'incubation_applications_decision',
      sql`${t.decision} is null or (${t.decision} in ('admitted', 'waitlisted', 'rejected') and ${t.status} = 'submitted')`,
    ),
    check(
      'incubation_applications_submitted',
      sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`,
    ),
    check('incubation_applications_hours', sql`${t.hoursRequested} > 0`),
    check('incubation_applications_period', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/**
 * A reviewer's assignment to an application and their scores. A declared conflict of interest keeps the row
 * (the office sees who stepped back) but ends the assignment: the reviewer no longer sees the file.
 */
export const incubationReviews = pgTable(
  'incubation_reviews',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => incubationApplications.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: text('state').notNull().default('assigned'),
    scores: jsonb('scores').$type<Record<string, number>>().notNull().default({}),
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    conflictReason: text('conflict_reason'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.reviewerId] }),
    index('incubation_reviews_reviewer_idx').on(t.reviewerId),
    check('incubation_reviews_state', sql`${t.state} in ('assigned', 'conflict')`),
  ],
);
