import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
import { users } from './accounts.ts';
import { consultations } from './desk.ts';
import { type LocalizedText, organizations } from './directory.ts';

/** Where a fact on a public page comes from, and as of when. */
export type PublicSource = { label: string; url?: string; asOf?: string };

/**
 * An explainer page for residents: bilingual Markdown written by coordinators, rendered and sanitised on read.
 * Only published pages are public; `illustrative` marks invented demo wording.
 */
export const explainers = pgTable(
  'explainers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    sources: jsonb('sources').$type<PublicSource[]>().notNull().default([]),
    published: boolean('published').notNull().default(false),
    illustrative: boolean('illustrative').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('explainers_slug_idx').on(t.slug), index('explainers_updated_idx').on(t.updatedAt)],
);

/**
 * A resident's question: pending → published (answered or not), merged into another, or rejected with a
 * reason. The asker's name is optional and public once published; the e-mail is private and only the
 * moderation view shows it.
 */
export const publicQuestions = pgTable(
  'public_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    askerName: text('asker_name'),
    email: text('email'),
    language: text('language').notNull(),
    question: text('question').notNull(),
    status: text('status').notNull().default('pending'),
    rejectReason: text('reject_reason'),
    mergedInto: uuid('merged_into').references((): AnyPgColumn => publicQuestions.id),
    answer: jsonb('answer').$type<LocalizedText>(),
    answeredBy: uuid('answered_by').references(() => organizations.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    moderatedBy: uuid('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    illustrative: boolean('illustrative').notNull().default(false),
  },
  (t) => [
    index('public_questions_status_idx').on(t.status, t.askedAt),
    index('public_questions_terms_idx').using('gin', t.searchTerms),
    check('public_questions_language', sql`${t.language} in ('ja', 'en')`),
    check('public_questions_status', sql`${t.status} in ('pending', 'published', 'merged', 'rejected')`),
    check('public_questions_merged', sql`(${t.status} = 'merged') = (${t.mergedInto} is not null)`),
    check('public_questions_rejected', sql`(${t.status} = 'rejected') = (${t.rejectReason} is not null)`),
    // An answer names its organisation; deleting that organisation leaves the answer unattributed.
    check('public_questions_answer', sql`${t.answeredBy} is null or ${t.answer} is not null`),
  ],
);

/**
 * Someone who asked to hear by e-mail when a question is answered. The token lets the mail carry an
 * unfollow link without an account. One follow per address and question (case-insensitive).
 */
export const questionFollows = pgTable(
  'question_follows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => publicQuestions.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    token: text('token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('question_follows_email_idx').on(t.questionId, sql`lower(${t.email})`),
    uniqueIndex('question_follows_token_idx').on(t.token),
  ],
);

/**
 * A FAQ entry: its own question and answer text, written by a coordinator from a consultation. The link to
 * the consultation is for the desk only; no public route shows it, so the company stays unnamed.
 */
export const faqEntries = pgTable(
  'faq_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    question: jsonb('question').$type<LocalizedText>().notNull(),
    answer: jsonb('answer').$type<LocalizedText>().notNull(),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'set null' }),
    published: boolean('published').notNull().default(true),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('faq_entries_terms_idx').using('gin', t.searchTerms)],
);
