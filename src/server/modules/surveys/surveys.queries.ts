import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { allPrefectures } from '../../../core/industry-map/index.ts';
import { type SurveyRegionScope, surveyRegion } from '../../../core/surveys/index.ts';
import type { Answers, SurveyOrigin } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import {
  organizations,
  type SurveyPopulation,
  surveyInvitations,
  surveyResponses,
  surveys,
  users,
} from '../../db/schema/index.ts';
import { hasActiveAccount } from '../../lib/notify.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyValues = typeof surveys.$inferInsert;
export type InvitationRow = typeof surveyInvitations.$inferSelect;

/**
 * Which reminder a claim is for: from the schedule, the number due by now and when the latest of them fell
 * due; from the coordinator, no number, only "not reminded since" a moment ago (a double click, two tabs).
 */
export type ReminderSlot = { due?: number; since: Date };

const notSubmitted = sql`not exists (select 1 from ${surveyResponses} where ${surveyResponses.invitationId} = ${surveyInvitations.id} and ${surveyResponses.submittedAt} is not null)`;
/**
 * A reminder mail reaches someone: the invited person's account is enabled (an invitation of one account), or
 * the invited organisation has an enabled account.
 */
const reachable = sql`(case when ${surveyInvitations.userId} is not null
  then exists (select 1 from ${users} where ${users.id} = ${surveyInvitations.userId} and ${users.disabledAt} is null)
  else ${hasActiveAccount(surveyInvitations.organizationId)} end)`;

/**
 * Takes the invitations of an open survey that have not submitted and that a mail can reach, counting a
 * reminder on each, and returns them: the caller tells exactly those. An organisation without an account is
 * not claimed, so its count stays at the reminders it actually received. One guarded `update … returning`, so
 * two processes (or the schedule and a coordinator) reminding at once each get their own rows, and a claim
 * made again finds nothing. Only invitations still owed the slot: none since `since`, and (from the
 * schedule) fewer reminders than are due.
 */
export function claimReminders(tx: Db, surveyId: string, now: Date, slot: ReminderSlot) {
  const conditions: (SQL | undefined)[] = [
    eq(surveyInvitations.surveyId, surveyId),
    sql`exists (select 1 from ${surveys} where ${surveys.id} = ${surveyInvitations.surveyId} and ${surveys.status} = 'open')`,
    notSubmitted,
    reachable,
    or(isNull(surveyInvitations.lastRemindedAt), lt(surveyInvitations.lastRemindedAt, slot.since)),
    slot.due === undefined ? undefined : lt(surveyInvitations.reminders, slot.due),
  ];
  return tx
    .update(surveyInvitations)
    .set({ reminders: sql`${surveyInvitations.reminders} + 1`, lastRemindedAt: now })
    .where(and(...conditions))
    .returning();
}

/**
 * Writes an invitation's answers in one statement, whoever else writes them at the same moment: the first
 * insert wins the unique invitation, and the others update the row it made instead of failing. A draft never
 * overwrites a submission (it returns nothing then); a submission always lands.
 */
export async function upsertResponse(
  tx: Db,
  values: { surveyId: string; invitationId: string; answers: unknown; version: number; now: Date },
  submit: boolean,
) {
  const set = {
    answers: values.answers as typeof surveyResponses.$inferInsert.answers,
    version: values.version,
    updatedAt: values.now,
    ...(submit ? { submittedAt: values.now } : {}),
  };
  const [row] = await tx
    .insert(surveyResponses)
    .values({ surveyId: values.surveyId, invitationId: values.invitationId, ...set })
    .onConflictDoUpdate({
      target: surveyResponses.invitationId,
      set,
      ...(submit ? {} : { setWhere: isNull(surveyResponses.submittedAt) }),
    })
    .returning();
  return row;
}

/** Moves a draft survey to open; undefined when it was not a draft any more (opened a moment ago, say). */
export async function markSurveyOpen(tx: Db, id: string, now: Date) {
  const [row] = await tx
    .update(surveys)
    .set({ status: 'open', openedAt: now })
    .where(and(eq(surveys.id, id), eq(surveys.status, 'draft')))
    .returning({ id: surveys.id });
  return row;
}

// ——— Questionnaires (surveys.service.ts) ———

export async function getSurvey(db: Db, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
  return row;
}

/** The survey, locked until the transaction ends, so simultaneous edits go one after the other. */
export async function lockSurvey(tx: Db, id: string): Promise<SurveyRow | undefined> {
  const [row] = await tx.select().from(surveys).where(eq(surveys.id, id)).for('update');
  return row;
}

/** Surveys newest first: of one origin, or all of them. */
export function surveysNewestFirst(db: Db, origin?: SurveyOrigin) {
  return db
    .select()
    .from(surveys)
    .where(origin ? eq(surveys.origin, origin) : undefined)
    .orderBy(desc(surveys.createdAt));
}

export function openSurveys(db: Db) {
  return db.select().from(surveys).where(eq(surveys.status, 'open'));
}

/** Invitations and submitted answers per survey. */
export function surveyTallies(db: Db) {
  return db
    .select({
      surveyId: surveyInvitations.surveyId,
      invited: count(surveyInvitations.id),
      answered: count(surveyResponses.submittedAt),
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .groupBy(surveyInvitations.surveyId);
}

/** Undefined when the key is taken: the unique index decides, so two simultaneous creations cannot both pass. */
export async function insertSurveyUnlessKeyTaken(tx: Db, values: SurveyValues) {
  const [row] = await tx.insert(surveys).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertSurvey(tx: Db, values: SurveyValues) {
  const [row] = await tx.insert(surveys).values(values).returning();
  return row;
}

export async function updateSurvey(tx: Db, id: string, set: Partial<SurveyValues>) {
  const [row] = await tx.update(surveys).set(set).where(eq(surveys.id, id)).returning();
  return row;
}

/** Responses (drafts included) stored for the survey. */
export async function countResponses(db: Db, surveyId: string) {
  const [answered] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId));
  return Number(answered?.n ?? 0);
}

export async function markSurveyClosed(db: Db, id: string, now: Date) {
  await db.update(surveys).set({ status: 'closed', closedAt: now }).where(eq(surveys.id, id));
}

// ——— Distribution ———

const textArray = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** SQL for `inSurveyRegion` (src/core/surveys/population.ts), case by case. */
function regionCondition(scope: SurveyRegionScope): SQL {
  const { country, prefecture } = organizations;
  switch (scope.kind) {
    case 'prefectures':
      return sql`((${country} = 'JP' or ${country} is null) and ${prefecture} = any(${textArray(scope.prefectures)}))`;
    case 'japan':
      return sql`(${country} = 'JP' or (${country} is null and ${prefecture} = any(${textArray(allPrefectures)})))`;
    case 'abroad':
      return sql`(${country} is not null and ${country} <> 'JP')`;
    default:
      return sql`false`; // the survey regions use only the three above
  }
}

const anyRegion = (keys: string[]) =>
  sql`(${sql.join(
    keys.map((k) => regionCondition(surveyRegion(k)?.scope ?? { kind: 'unspecified' })),
    sql` or `,
  )})`;

/**
 * The organisations a population names: every list given must match (any value within a list), each with
 * the number of enabled accounts its invitation mail goes to.
 */
export function populationOrganizations(db: Db, p: SurveyPopulation) {
  const conditions = [
    p.kinds?.length ? inArray(organizations.kind, p.kinds) : undefined,
    p.memberships?.length ? sql`${organizations.memberships} && ${textArray(p.memberships)}` : undefined,
    p.clusters?.length ? sql`${organizations.clusters} && ${textArray(p.clusters)}` : undefined,
    p.regions?.length ? anyRegion(p.regions) : undefined,
    p.organizations?.length ? inArray(organizations.key, p.organizations) : undefined,
  ];
  return db
    .select({
      id: organizations.id,
      key: organizations.key,
      name: organizations.name,
      kind: organizations.kind,
      country: organizations.country,
      prefecture: organizations.prefecture,
      accounts: count(users.id).mapWith(Number),
    })
    .from(organizations)
    .leftJoin(users, and(eq(users.organizationId, organizations.id), isNull(users.disabledAt)))
    .where(and(...conditions))
    .groupBy(organizations.id)
    .orderBy(asc(organizations.sortName));
}

/** Enabled member accounts of these organisations: the people an invitation or a reminder is mailed to. */
export function enabledAccountsOf(db: Db, organizationIds: string[]) {
  return db
    .select({ id: users.id, email: users.email, organizationId: users.organizationId })
    .from(users)
    .where(and(inArray(users.organizationId, organizationIds), isNull(users.disabledAt)));
}

export function insertInvitations(tx: Db, values: (typeof surveyInvitations.$inferInsert)[]) {
  return tx.insert(surveyInvitations).values(values).returning();
}

/** Enabled accounts by id: the people a personal invitation or its reminder is mailed to. */
export function enabledAccountsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, email: users.email, organizationId: users.organizationId })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)));
}

/** Invitations of single accounts; an account already invited to the survey is skipped (the unique index). */
export function insertPersonalInvitations(tx: Db, values: (typeof surveyInvitations.$inferInsert)[]) {
  if (values.length === 0) return Promise.resolve([]);
  return tx
    .insert(surveyInvitations)
    .values(values)
    .onConflictDoNothing({
      target: [surveyInvitations.surveyId, surveyInvitations.userId],
    })
    .returning();
}

/** One account's invitation to a survey, with its submitted (or draft) answers. */
export async function personalInvitationOf(db: Db, surveyId: string, userId: string) {
  const [row] = await db
    .select({ invitation: surveyInvitations, response: surveyResponses })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.userId, userId)));
  return row;
}

/** How many were invited, and the answers submitted, oldest first. */
export async function submittedAnswersOf(db: Db, surveyId: string) {
  const [invited, answers] = await Promise.all([
    db.$count(surveyInvitations, eq(surveyInvitations.surveyId, surveyId)),
    db
      .select({ answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, surveyId), isNotNull(surveyResponses.submittedAt)))
      .orderBy(asc(surveyResponses.submittedAt)),
  ]);
  return { invited, answers: answers.map((a) => a.answers) };
}

export function invitationsOf(db: Db, surveyId: string) {
  return db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, surveyId))
    .orderBy(asc(surveyInvitations.invitee));
}

/** A new link version, so the old link stops working; undefined when the survey has no such invitation. */
export async function bumpLinkVersion(db: Db, surveyId: string, invitationId: string) {
  const [row] = await db
    .update(surveyInvitations)
    .set({ linkVersion: sql`${surveyInvitations.linkVersion} + 1` })
    .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.surveyId, surveyId)))
    .returning();
  return row;
}

/** Each invitation with its response's state, by invitee. */
export function invitationProgress(db: Db, surveyId: string) {
  return db
    .select({
      id: surveyInvitations.id,
      invitee: surveyInvitations.invitee,
      kind: surveyInvitations.kind,
      reminders: surveyInvitations.reminders,
      lastRemindedAt: surveyInvitations.lastRemindedAt,
      submittedAt: surveyResponses.submittedAt,
      draft: isNotNull(surveyResponses.id).mapWith(Boolean),
    })
    .from(surveyInvitations)
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(eq(surveyInvitations.surveyId, surveyId))
    .orderBy(asc(surveyInvitations.invitee));
}

/** Invitations still unanswered that no mail can reach: the coordinator passes their links on by hand. */
export function countUnreachable(db: Db, surveyId: string) {
  return db.$count(
    surveyInvitations,
    and(eq(surveyInvitations.surveyId, surveyId), notSubmitted, sql`not ${reachable}`),
  );
}

// ——— Answering (survey-links.service.ts) ———

/**
 * The open surveys an account is asked to answer, with the invitation and whether it was submitted: its
 * organisation's invitations, and those of the account itself (a survey of people).
 */
export function openInvitationsOf(db: Db, organizationId: string | null, userId: string) {
  return db
    .select({ invitation: surveyInvitations, survey: surveys, submittedAt: surveyResponses.submittedAt })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .leftJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .where(
      and(
        or(
          eq(surveyInvitations.userId, userId),
          organizationId
            ? and(isNull(surveyInvitations.userId), eq(surveyInvitations.organizationId, organizationId))
            : undefined,
        ),
        eq(surveys.status, 'open'),
      ),
    )
    .orderBy(asc(surveys.closesAt));
}

export async function invitationWithSurvey(db: Db, invitationId: string) {
  const [row] = await db
    .select({ invitation: surveyInvitations, survey: surveys })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(eq(surveyInvitations.id, invitationId));
  return row;
}

export async function responseOf(db: Db, invitationId: string) {
  const [response] = await db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.invitationId, invitationId));
  return response;
}

export async function insertResponses(tx: Db, values: (typeof surveyResponses.$inferInsert)[]) {
  await tx.insert(surveyResponses).values(values);
}

// ——— Analysis (surveys.analysis.ts) ———

/**
 * Submitted answers only: a draft is not an answer yet. With `keys`, only those questions' answers travel
 * from the database: a cross-tab of two questions need not read all sixty.
 */
export function submittedAnswers(db: Db, surveyId: string, keys?: string[]) {
  const answers = keys
    ? sql<Answers>`jsonb_strip_nulls(jsonb_build_object(${sql.join(
        keys.map((k) => sql`${k}::text, ${surveyResponses.answers} -> ${k}::text`),
        sql`, `,
      )}))`
    : surveyResponses.answers;
  return db
    .select({ answers, invitee: surveyInvitations.invitee, kind: surveyInvitations.kind })
    .from(surveyResponses)
    .innerJoin(surveyInvitations, eq(surveyInvitations.id, surveyResponses.invitationId))
    .where(and(eq(surveyResponses.surveyId, surveyId), isNotNull(surveyResponses.submittedAt)))
    .orderBy(asc(surveyInvitations.invitee));
}

export function countInvitations(db: Db, surveyId: string) {
  return db.$count(surveyInvitations, eq(surveyInvitations.surveyId, surveyId));
}
