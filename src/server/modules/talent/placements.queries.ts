import { and, asc, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  jobApplications,
  jobOpenings,
  organizations,
  placements,
  talentProfiles,
  users,
} from '../../db/schema/index.ts';

const a = jobApplications;
const o = jobOpenings;
const pl = placements;

const selectApplications = (db: Db) =>
  db
    .select({
      ...getTableColumns(a),
      openingTitle: o.title,
      organizationId: o.organizationId,
      openingStartOn: o.startOn,
      openingStatus: o.status,
      organizationKey: organizations.key,
      organizationName: organizations.name,
      placementId: pl.id,
      placementStartOn: pl.startOn,
      retention6: pl.retention6,
      retention12: pl.retention12,
      remindersSent: pl.remindersSent,
    })
    .from(a)
    .innerJoin(o, eq(o.id, a.openingId))
    .innerJoin(organizations, eq(organizations.id, o.organizationId))
    .leftJoin(pl, eq(pl.applicationId, a.id));

export type ApplicationRow = Awaited<ReturnType<typeof getApplicationRow>> & {};
export type ApplicationScope = { all: true } | { applicantUserId: string } | { organizationId: string };

function inScope(scope: ApplicationScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('applicantUserId' in scope) return eq(a.applicantUserId, scope.applicantUserId);
  return eq(o.organizationId, scope.organizationId);
}

export async function getApplicationRow(db: Db, id: string) {
  const [row] = await selectApplications(db).where(eq(a.id, id));
  return row;
}

export async function applicationIdOfPlacement(db: Db, placementId: string) {
  const [row] = await db.select({ id: pl.applicationId }).from(pl).where(eq(pl.id, placementId));
  return row?.id;
}

export async function listApplicationRows(
  db: Db,
  scope: ApplicationScope,
  filter: { opening?: string; stage?: string },
) {
  return selectApplications(db)
    .where(
      and(
        inScope(scope),
        filter.opening ? eq(a.openingId, filter.opening) : undefined,
        filter.stage ? eq(a.stage, filter.stage) : undefined,
      ),
    )
    .orderBy(asc(a.createdAt));
}

export async function insertApplication(db: Db, values: typeof jobApplications.$inferInsert) {
  const [row] = await db.insert(a).values(values).returning({ id: a.id });
  return row!;
}

/** Moves the stage only if it is still the one read: the loser of a race updates nothing. */
export async function moveStage(
  db: Db,
  id: string,
  expected: string,
  to: string,
  declineReason: string | null,
) {
  const rows = await db
    .update(a)
    .set({ stage: to, declineReason, version: sql`${a.version} + 1`, updatedAt: new Date() })
    .where(and(eq(a.id, id), eq(a.stage, expected)))
    .returning({ id: a.id });
  return rows.length === 1;
}

export async function insertPlacement(db: Db, applicationId: string, startOn: string) {
  const [row] = await db.insert(pl).values({ applicationId, startOn }).returning({ id: pl.id });
  return row!;
}

/** Records a retention check once: a second confirmation of the same check updates nothing. */
export async function confirmRetention(db: Db, id: string, months: 6 | 12, outcome: string, at: Date) {
  const set =
    months === 6 ? { retention6: outcome, retention6At: at } : { retention12: outcome, retention12At: at };
  const column = months === 6 ? pl.retention6 : pl.retention12;
  const rows = await db
    .update(pl)
    .set(set)
    .where(and(eq(pl.id, id), isNull(column)))
    .returning({ id: pl.id });
  return rows.length === 1;
}

/** Placements with a check still open whose 6-month day has come: the reminder job's candidates. */
export async function placementsForReminders(db: Db, today: string) {
  return db
    .select({
      id: pl.id,
      startOn: pl.startOn,
      retention6: pl.retention6,
      retention12: pl.retention12,
      remindersSent: pl.remindersSent,
      organizationId: o.organizationId,
      applicantName: a.applicantName,
      openingTitle: o.title,
    })
    .from(pl)
    .innerJoin(a, eq(a.id, pl.applicationId))
    .innerJoin(o, eq(o.id, a.openingId))
    .where(
      and(
        or(isNull(pl.retention6), isNull(pl.retention12)),
        sql`(${pl.startOn} + interval '6 months')::date <= ${today}::date`,
      ),
    );
}

/** Marks a reminder sent; false if another run already did (the claim is the once-only guard). */
export async function claimRetentionReminder(db: Db, id: string, months: number) {
  const rows = await db
    .update(pl)
    .set({ remindersSent: sql`array_append(${pl.remindersSent}, ${months}::int)` })
    .where(and(eq(pl.id, id), sql`not (${months}::int = any(${pl.remindersSent}))`))
    .returning({ id: pl.id });
  return rows.length === 1;
}

export async function membersOf(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.organizationId, organizationIds), sql`${users.disabledAt} is null`));
}

/** Erasure: the person's applications lose name, e-mail and message; the rows stay for the company's counts. */
export async function eraseApplicant(db: Db, userId: string) {
  const rows = await db
    .update(a)
    .set({ applicantUserId: null, applicantName: '', applicantEmail: '', message: '', updatedAt: new Date() })
    .where(eq(a.applicantUserId, userId))
    .returning({ id: a.id });
  await db.delete(talentProfiles).where(eq(talentProfiles.userId, userId));
  return rows.length;
}
