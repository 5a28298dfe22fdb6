import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  organizations,
  trainingCohorts,
  trainingEnrolments,
  trainingHours,
  trainingProgrammes,
  trainingReviews,
  users,
} from '../../db/schema/index.ts';

const e = trainingEnrolments;
const c = trainingCohorts;
const p = trainingProgrammes;
const provider = alias(organizations, 'provider');
const employer = alias(organizations, 'employer');

const enrolmentColumns = {
  ...getTableColumns(e),
  cohortStartOn: c.startOn,
  cohortCapacity: c.capacity,
  programmeId: p.id,
  programmeKey: p.key,
  programmeTitle: p.title,
  programmeLevel: p.level,
  providerId: provider.id,
  providerKey: provider.key,
  providerName: provider.name,
  employerKey: employer.key,
  employerName: employer.name,
  // Place in the waiting list: 1 for the next to be promoted.
  // Spelled out: inside a select list drizzle leaves column names unqualified, and the subquery's own table
  // would capture them.
  waitingPosition: sql<
    number | null
  >`case when training_enrolments.status = 'waiting' then (select count(*)::int from training_enrolments w where w.cohort_id = training_enrolments.cohort_id and w.status = 'waiting' and w.seq <= training_enrolments.seq) end`,
};

const selectEnrolments = (db: Db) =>
  db
    .select(enrolmentColumns)
    .from(e)
    .innerJoin(c, eq(c.id, e.cohortId))
    .innerJoin(p, eq(p.id, c.programmeId))
    .innerJoin(provider, eq(provider.id, p.providerOrganizationId))
    .leftJoin(employer, eq(employer.id, e.employerOrganizationId));

export type EnrolmentRow = Awaited<ReturnType<typeof getEnrolmentRow>> & {};

/** Who sees which enrolments: all; a trainee's own; an organisation's as employer or as provider. */
export type EnrolmentScope =
  | { all: true }
  | { traineeUserId: string }
  | { organizationId: string }
  | { none: true };

function inScope(scope: EnrolmentScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('none' in scope) return sql`false`;
  if ('traineeUserId' in scope) return eq(e.traineeUserId, scope.traineeUserId);
  return or(
    eq(e.employerOrganizationId, scope.organizationId),
    eq(p.providerOrganizationId, scope.organizationId),
  );
}

export async function getEnrolmentRow(db: Db, id: string) {
  const [row] = await selectEnrolments(db).where(eq(e.id, id));
  return row;
}

export async function listEnrolmentRows(
  db: Db,
  scope: EnrolmentScope,
  filter: { cohort?: string; status?: string },
) {
  return selectEnrolments(db)
    .where(
      and(
        inScope(scope),
        filter.cohort ? eq(e.cohortId, filter.cohort) : undefined,
        filter.status ? eq(e.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(c.startOn), asc(e.seq));
}

/** The cohort with its programme's provider, locked: enrolments and withdrawals in one cohort run one at a time. */
export async function lockCohort(db: Db, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(c), providerOrganizationId: p.providerOrganizationId, programmeKey: p.key })
    .from(c)
    .innerJoin(p, eq(p.id, c.programmeId))
    .where(eq(c.id, id))
    .for('update', { of: c });
  return row;
}

/** Takes a seat if one is free; the check constraint backs the guard. Returns whether a seat was taken. */
export async function takeSeat(db: Db, cohortId: string) {
  const rows = await db
    .update(c)
    .set({ enrolled: sql`${c.enrolled} + 1` })
    .where(and(eq(c.id, cohortId), lt(c.enrolled, c.capacity)))
    .returning({ id: c.id });
  return rows.length === 1;
}

export async function freeSeat(db: Db, cohortId: string) {
  await db
    .update(c)
    .set({ enrolled: sql`${c.enrolled} - 1` })
    .where(eq(c.id, cohortId));
}

export async function insertEnrolment(db: Db, values: typeof trainingEnrolments.$inferInsert) {
  const [row] = await db.insert(e).values(values).returning({ id: e.id });
  return row!;
}

export async function lockEnrolment(db: Db, id: string) {
  const [row] = await db.select().from(e).where(eq(e.id, id)).for('update');
  return row;
}

/** The first on the waiting list, locked, with the account to tell. */
export async function firstWaiting(db: Db, cohortId: string) {
  const [row] = await db
    .select({ id: e.id, traineeUserId: e.traineeUserId, email: users.email })
    .from(e)
    .leftJoin(users, eq(users.id, e.traineeUserId))
    .where(and(eq(e.cohortId, cohortId), eq(e.status, 'waiting')))
    .orderBy(asc(e.seq))
    .limit(1)
    .for('update', { of: e });
  return row;
}

/**
 * When a status change was recorded (the database's clock, like created_at): taking a seat, or the end
 * (completion, withdrawal). The cluster's figures read a past date's state from these.
 */
function statusStamp(status: string | undefined) {
  if (status === 'enrolled') return { enrolledAt: sql`now()` };
  if (status === 'completed' || status === 'withdrawn') return { endRecordedAt: sql`now()` };
  return {};
}

export async function updateEnrolment(
  db: Db,
  id: string,
  values: Partial<typeof trainingEnrolments.$inferInsert>,
  fromStatuses?: string[],
) {
  const rows = await db
    .update(e)
    .set({ ...values, ...statusStamp(values.status), version: sql`${e.version} + 1` })
    .where(and(eq(e.id, id), fromStatuses ? inArray(e.status, fromStatuses) : undefined))
    .returning({ id: e.id });
  return rows.length === 1;
}

export async function reviewRows(db: Db, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return [];
  return db
    .select()
    .from(trainingReviews)
    .where(inArray(trainingReviews.enrolmentId, enrolmentIds))
    .orderBy(asc(trainingReviews.reviewedOn));
}

export async function hourRows(db: Db, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return [];
  return db
    .select()
    .from(trainingHours)
    .where(inArray(trainingHours.enrolmentId, enrolmentIds))
    .orderBy(desc(trainingHours.workedOn));
}

export async function insertReview(db: Db, values: typeof trainingReviews.$inferInsert) {
  await db.insert(trainingReviews).values(values);
}

export async function insertHours(db: Db, values: typeof trainingHours.$inferInsert) {
  await db.insert(trainingHours).values(values);
}

/** Anonymises a person's enrolments: the rows stay (counts), the person does not. */
export async function eraseTrainee(db: Db, userId: string, at: Date) {
  const ids = (
    await db
      .update(e)
      .set({
        traineeUserId: null,
        traineeName: '',
        traineeEmail: '',
        erasedAt: at,
        version: sql`${e.version} + 1`,
      })
      .where(and(eq(e.traineeUserId, userId), isNull(e.erasedAt)))
      .returning({ id: e.id })
  ).map((r) => r.id);
  if (ids.length > 0) {
    await db.update(trainingReviews).set({ note: '' }).where(inArray(trainingReviews.enrolmentId, ids));
    await db.update(trainingHours).set({ activity: '' }).where(inArray(trainingHours.enrolmentId, ids));
  }
  return ids.length;
}

export async function accountOf(db: Db, userId: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}
