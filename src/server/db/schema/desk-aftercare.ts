import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
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
import { organizations } from './directory.ts';
import { surveyInvitations, surveyResponses, surveys } from './surveys.ts';

/** Raw bytes (bytea), read and written as a Node Buffer, like a facility unit's files. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * One round of aftercare per close: the follow-up date, whom to remind, and the satisfaction survey (a survey
 * of its own with one invitation, so the answer is an ordinary survey response). A reopen ends the round
 * (`ended_at`) and keeps it; closing again starts a new one. The reminder is claimed once by setting
 * `reminded_at` in a guarded update.
 */
export const consultationAftercare = pgTable(
  'consultation_aftercare',
  {
    id: uuid('id').primaryKey(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
    followUpOn: date('follow_up_on', { mode: 'string' }).notNull(),
    remindUserId: uuid('remind_user_id').references(() => users.id, { onDelete: 'set null' }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('consultation_aftercare_consultation_idx').on(t.consultationId, t.closedAt),
    // The reminder job's look-up: rounds still owed a reminder, by day.
    index('consultation_aftercare_due_idx')
      .on(t.followUpOn)
      .where(sql`${t.remindedAt} is null and ${t.endedAt} is null`),
    // One running round per case.
    uniqueIndex('consultation_aftercare_running_idx').on(t.consultationId).where(sql`${t.endedAt} is null`),
  ],
);

/**
 * A red flag: a company planning to expand, to leave, or short of staff. Raised by a coordinator from a
 * consultation or by a survey answer (one flag per response and kind: the unique index makes a second scan a
 * no-op). Coordinators only read them; open → resolved is one guarded update.
 */
export const deskFlags = pgTable(
  'desk_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    status: text('status').notNull().default('open'),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    companyName: text('company_name').notNull(),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'cascade' }),
    surveyResponseId: uuid('survey_response_id').references(() => surveyResponses.id, {
      onDelete: 'cascade',
    }),
    note: text('note'),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull().default({}),
    raisedBy: uuid('raised_by').references(() => users.id, { onDelete: 'set null' }),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('desk_flags_status_idx').on(t.status, t.raisedAt),
    index('desk_flags_organization_idx').on(t.organizationId),
    uniqueIndex('desk_flags_response_kind_idx').on(t.surveyResponseId, t.kind),
    check('desk_flags_kind', sql`${t.kind} in ('expansion', 'withdrawal', 'staff-shortage')`),
    check('desk_flags_source', sql`${t.source} in ('consultation', 'survey')`),
    check('desk_flags_status', sql`${t.status} in ('open', 'resolved')`),
  ],
);

/** Which submission of a survey response the flag scan has read: a resubmission is read again. */
export const deskSurveyScans = pgTable('desk_survey_scans', {
  responseId: uuid('response_id')
    .primaryKey()
    .references(() => surveyResponses.id, { onDelete: 'cascade' }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
});

/**
 * A file on a consultation, in the database like a unit's photos (no file server). The type is the one read
 * from the first bytes. Who uploaded it and when; the case's event log has the step too.
 */
export const consultationFiles = pgTable(
  'consultation_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploaderName: text('uploader_name').notNull(),
    // The partner whose staff uploaded it, if any.
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('consultation_files_consultation_idx').on(t.consultationId, t.createdAt),
    check(
      'consultation_files_content_type',
      sql`${t.contentType} in ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')`,
    ),
    check('consultation_files_size', sql`${t.byteSize} > 0 and ${t.byteSize} = octet_length(${t.content})`),
  ],
);
