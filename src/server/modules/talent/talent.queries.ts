import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, skills, trainingCohorts, trainingProgrammes } from '../../db/schema/index.ts';

const p = trainingProgrammes;
const c = trainingCohorts;

export type ProgrammeValues = typeof trainingProgrammes.$inferInsert;

const programmeColumns = {
  ...getTableColumns(trainingProgrammes),
  providerKey: organizations.key,
  providerName: organizations.name,
};
const selectProgrammes = (db: Db) =>
  db
    .select(programmeColumns)
    .from(p)
    .innerJoin(organizations, eq(organizations.id, p.providerOrganizationId));

export type ProgrammeRow = Awaited<ReturnType<typeof getProgrammeRow>> & {};

export async function getProgrammeRow(db: Db, id: string) {
  const [row] = await selectProgrammes(db).where(eq(p.id, id));
  return row;
}

export async function lockProgrammeRow(db: Db, id: string) {
  const [row] = await selectProgrammes(db).where(eq(p.id, id)).for('update', { of: p });
  return row;
}

export async function listProgrammeRows(
  db: Db,
  filter: { skill?: string; level?: number; provider?: string },
) {
  const where: SQL[] = [];
  if (filter.skill) where.push(sql`${filter.skill} = any(${p.skills})`);
  if (filter.level) where.push(eq(p.level, filter.level));
  if (filter.provider) where.push(eq(organizations.key, filter.provider));
  return selectProgrammes(db)
    .where(and(...where))
    .orderBy(asc(p.level), sql`${p.title}->>'ja'`, asc(p.key));
}

export async function insertProgramme(db: Db, values: ProgrammeValues) {
  const [row] = await db.insert(p).values(values).returning({ id: p.id });
  return row!;
}

export async function updateProgramme(db: Db, id: string, values: Partial<ProgrammeValues>) {
  await db
    .update(p)
    .set({ ...values, version: sql`${p.version} + 1`, updatedAt: new Date() })
    .where(eq(p.id, id));
}

export async function organizationIdByKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row?.id;
}

/** Each cohort of the programmes with its places taken and its waiting-list length. */
export async function cohortRows(db: Db, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .select({
      ...getTableColumns(c),
      // Spelled out: inside a select list drizzle leaves column names unqualified, and the subquery's own
      // table would capture them.
      waiting: sql<number>`(select count(*)::int from training_enrolments w where w.cohort_id = training_cohorts.id and w.status = 'waiting')`,
    })
    .from(c)
    .where(inArray(c.programmeId, programmeIds))
    .orderBy(asc(c.startOn), asc(c.createdAt));
}

export async function insertCohort(db: Db, values: typeof trainingCohorts.$inferInsert) {
  const [row] = await db.insert(c).values(values).returning();
  return row!;
}

export async function listSkillRows(db: Db, cluster?: string) {
  return db
    .select({ code: skills.code, cluster: skills.clusterKey, label: skills.label })
    .from(skills)
    .where(cluster ? eq(skills.clusterKey, cluster) : undefined)
    .orderBy(asc(skills.clusterKey), asc(skills.sort));
}

export async function programmeIdByKey(db: Db, key: string) {
  const [row] = await db.select({ id: p.id }).from(p).where(eq(p.key, key));
  return row?.id;
}
