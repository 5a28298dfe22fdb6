import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answers, SurveyDefinition, SurveyOrigin } from '../../../core/surveys/types.ts';
import { users } from './accounts.ts';
import { type LocalizedText, organizations } from './directory.ts';

/** Who a survey invites: organisations matching every list given (any value within a list). */
export type SurveyPopulation = {
  kinds?: string[];
  memberships?: string[];
  /** Survey region keys (src/core/surveys/population.ts): tohoku, a Tohoku prefecture, japan, abroad. */
  regions?: string[];
  clusters?: string[];
  organizations?: string[];
};

/**
 * A questionnaire and how it is run. `version` counts definition changes; answers record the one they saw.
 * `origin` keeps the surveys other modules open (a desk case's aftercare question, an event's feedback) out of
 * the coordinator's list unless asked for.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
    version: integer('version').notNull().default(1),
    status: text('status').$type<'draft' | 'open' | 'closed'>().notNull().default('draft'),
    anonymity: text('anonymity').$type<'named' | 'anonymous'>().notNull().default('named'),
    minCell: integer('min_cell').notNull().default(3),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    reminderDays: integer('reminder_days').array().notNull().default(sql`'{7,3,1}'::int[]`),
    population: jsonb('population').$type<SurveyPopulation>().notNull().default({}),
    /** Constructed data (the seed-000 reproduction), labelled as such wherever it is shown. */
    synthetic: boolean('synthetic').notNull().default(false),
    origin: text('origin').$type<SurveyOrigin>().notNull().default('coordinator'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    check('surveys_origin', sql`${t.origin} in ('coordinator', 'desk-aftercare', 'event-feedback')`),
    index('surveys_origin_idx').on(t.origin, t.createdAt),
  ],
);

/**
 * One per invited organisation, or, for a survey of people (an event's attendees), one per invited account
 * (`user_id`; several people of one organisation each answer). The personal link is `<id>.<HMAC(id, linkVersion)>`: nothing secret is
 * stored, the server can write the same link into every reminder, and reissuing bumps the version so the
 * old link stops working.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    /**
     * The one account this invitation is for (a survey of people); null for an organisation's invitation. Deleting
     * the account deletes its invitation and answer, as it deletes its event registrations (set null would turn it
     * into a second invitation of its organisation, which the (survey, organisation) index refuses).
     */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Name at invitation time (or a synthetic respondent's label), so the list survives renames. */
    invitee: text('invitee').notNull(),
    kind: text('kind').notNull(),
    linkVersion: integer('link_version').notNull().default(1),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    reminders: integer('reminders').notNull().default(0),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_survey_org_key')
      .on(t.surveyId, t.organizationId)
      .where(sql`${t.userId} is null`),
    uniqueIndex('survey_invitations_survey_user_key').on(t.surveyId, t.userId),
    index('survey_invitations_survey_idx').on(t.surveyId),
  ],
);

/** Answers exactly as given; one per invitation, a draft until submitted, editable until the survey closes. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id')
      .notNull()
      .unique()
      .references(() => surveyInvitations.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    version: integer('version').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId)],
);

/** Secrets the server makes for itself on first start (the survey-link key), so no setup is needed. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
