import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  jobOpenings,
  organizations,
  talentProfiles,
  trainingCohorts,
  trainingEnrolments,
  trainingProgrammes,
  users,
} from '../../db/schema/index.ts';

const o = jobOpenings;
export type OpeningValues = typeof jobOpenings.$inferInsert;

const selectOpenings = (db: Db) =>
  db
    .select({
      ...getTableColumns(o),
      organizationKey: organizations.key,
      organizationName: organizations.name,
      // Spelled out: inside a select list drizzle leaves column names unqualified.
      applications: sql<number>`(select count(*)::int from job_applications a where a.opening_id = job_openings.id)`,
    })
    .from(o)
    .innerJoin(organizations, eq(organizations.id, o.organizationId));

export type OpeningRow = Awaited<ReturnType<typeof getOpeningRow>> & {};

export async function getOpeningRow(db: Db, id: string) {
  const [row] = await selectOpenings(db).where(eq(o.id, id));
  return row;
}

export async function lockOpeningRow(db: Db, id: string) {
  const [row] = await selectOpenings(db).where(eq(o.id, id)).for('update', { of: o });
  return row;
}

export async function listOpeningRows(db: Db, filter: { status?: string; organization?: string }) {
  return selectOpenings(db)
    .where(
      and(
        filter.status ? eq(o.status, filter.status) : undefined,
        filter.organization ? eq(organizations.key, filter.organization) : undefined,
      ),
    )
    .orderBy(asc(o.status), asc(o.startOn), desc(o.createdAt));
}

export async function insertOpening(db: Db, values: OpeningValues) {
  const [row] = await db.insert(o).values(values).returning({ id: o.id });
  return row!;
}

export async function updateOpening(db: Db, id: string, values: Partial<OpeningValues>) {
  await db
    .update(o)
    .set({ ...values, version: sql`${o.version} + 1`, updatedAt: new Date() })
    .where(eq(o.id, id));
}

/**
 * The people who agreed to be shown to employers, with what their training gives them: the skills and the
 * highest level of programmes they are on (trainee) or have completed (graduate). Nobody else is read.
 */
export async function visibleCandidateRows(db: Db) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      prefecture: talentProfiles.prefecture,
      municipality: talentProfiles.municipality,
      illustrative: talentProfiles.illustrative,
      skills: sql<string[]>`array(select distinct unnest(array_agg(${trainingProgrammes.skills})) )`,
      level: sql<number>`max(${trainingProgrammes.level})::int`,
      graduate: sql<boolean>`bool_or(${trainingEnrolments.status} = 'completed')`,
      onProgramme: sql<boolean>`bool_or(${trainingEnrolments.status} = 'enrolled')`,
      graduatedOn: sql<
        string | null
      >`(max(${trainingEnrolments.endedOn}) filter (where ${trainingEnrolments.status} = 'completed'))::text`,
    })
    .from(talentProfiles)
    .innerJoin(users, eq(users.id, talentProfiles.userId))
    .innerJoin(trainingEnrolments, eq(trainingEnrolments.traineeUserId, users.id))
    .innerJoin(trainingCohorts, eq(trainingCohorts.id, trainingEnrolments.cohortId))
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingCohorts.programmeId))
    .where(
      and(
        eq(talentProfiles.visibleToEmployers, true),
        sql`${users.disabledAt} is null`,
        sql`${trainingEnrolments.status} in ('enrolled', 'completed')`,
        sql`${trainingEnrolments.erasedAt} is null`,
      ),
    )
    .groupBy(users.id, talentProfiles.userId);
}

export async function getProfileRow(db: Db, userId: string) {
  const [row] = await db.select().from(talentProfiles).where(eq(talentProfiles.userId, userId));
  return row;
}

export async function upsertProfile(db: Db, values: typeof talentProfiles.$inferInsert) {
  const { userId: _id, ...rest } = values;
  await db
    .insert(talentProfiles)
    .values(values)
    .onConflictDoUpdate({ target: talentProfiles.userId, set: { ...rest, updatedAt: new Date() } });
}

/** Whether the person has a place on, or has completed, a programme: who counts as a trainee or graduate. */
export async function hasEnrolment(db: Db, userId: string) {
  const [row] = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.traineeUserId, userId),
        sql`${trainingEnrolments.status} in ('enrolled', 'completed')`,
      ),
    )
    .limit(1);
  return !!row;
}
