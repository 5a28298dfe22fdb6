import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AttributeValue, PlaceKind } from '../../../core/siting/attributes.ts';
import type { Scenario, StudyConstraint, StudyCriterion, StudyOutcome } from '../../../core/siting/study.ts';
import { users } from './accounts.ts';
import type { LocalizedText, Source } from './directory.ts';

export type AttributeSource = { url?: string; asOf: string; note?: string; illustrative?: boolean };
export type Place = { name?: LocalizedText; lat: number; lng: number };

/** Candidate sites. Attributes stay one JSON object: the catalogue grows, and studies read them whole. */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull().unique(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    parentKey: text('parent_key'),
    country: text('country').notNull(),
    prefecture: text('prefecture'),
    city: text('city'),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    attributes: jsonb('attributes').$type<Record<string, AttributeValue>>().notNull().default({}),
    attributeSources: jsonb('attribute_sources')
      .$type<Record<string, AttributeSource>>()
      .notNull()
      .default({}),
    places: jsonb('places').$type<Partial<Record<PlaceKind, Place>>>().notNull().default({}),
    incentives: jsonb('incentives').$type<LocalizedText>().notNull().default({}),
    sources: jsonb('sources').$type<Source[]>().notNull().default([]),
    illustrative: boolean('illustrative').notNull().default(false),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sites_prefecture_idx').on(t.prefecture)],
);

export type Weighting =
  | { method: 'manual' }
  | { method: 'ahp'; criteria: string[]; matrix: number[][]; consistencyRatio: number }
  | { method: 'survey'; survey: string; base: number; note?: string };

/** A facility type's criteria, constraints and weights: what a study starts from. */
export const sitingProfiles = pgTable('siting_profiles', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  facilityType: text('facility_type').notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull().default({}),
  criteria: jsonb('criteria').$type<StudyCriterion[]>().notNull(),
  constraints: jsonb('constraints').$type<StudyConstraint[]>().notNull().default([]),
  weighting: jsonb('weighting').$type<Weighting>().notNull().default({ method: 'manual' }),
  note: jsonb('note').$type<LocalizedText>().notNull().default({}),
  sources: jsonb('sources').$type<Source[]>().notNull().default([]),
  contentHash: text('content_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type StudySpecRecord = {
  method: StudyOutcome['method'];
  normalization?: StudyOutcome['normalization'];
  criteria: StudyCriterion[];
  constraints: StudyConstraint[];
  scenario: Scenario;
  missing: 'worst' | 'exclude';
  /** Absent from studies saved before unknown constraints were kept: those excluded them. */
  unknowns?: 'keep' | 'exclude';
  smaa: { samples: number; seed: number; mode: 'uniform' | 'around' };
};

/**
 * A study keeps its inputs as they were (profile snapshot, site values) next to the outcome, so its
 * report still says what was decided on after the sites or the profile change.
 */
export const sitingStudies = pgTable(
  'siting_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    profileKey: text('profile_key'),
    spec: jsonb('spec').$type<StudySpecRecord>().notNull(),
    siteKeys: text('site_keys').array().notNull().default(sql`'{}'::text[]`),
    outcome: jsonb('outcome').$type<StudyOutcome>().notNull(),
    /** Readable (and copyable) by every signed-in user; only the author or an admin deletes it. */
    shared: boolean('shared').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('siting_studies_created_by_idx').on(t.createdBy)],
);
