import { and, asc, count, desc, eq, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  consultationAftercare,
  deskFlags,
  deskSurveyScans,
  organizations,
  surveyInvitations,
  surveyResponses,
  surveys,
  users,
} from '../../db/schema/index.ts';

const f = deskFlags;

export type FlagValues = typeof deskFlags.$inferInsert;

export async function insertFlag(tx: Db, values: FlagValues) {
  const [row] = await tx.insert(f).values(values).returning({ id: f.id });
  return row!.id;
}

/** A survey's flag: the unique (response, kind) index makes the same answer read twice a no-op. */
export async function insertSurveyFlag(tx: Db, values: FlagValues) {
  const [row] = await tx.insert(f).values(values).onConflictDoNothing().returning({ id: f.id });
  return row?.id;
}

const raiser = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${f.raisedBy})`;
const resolver = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${f.resolvedBy})`;

const flagColumns = {
  id: f.id,
  kind: f.kind,
  source: f.source,
  status: f.status,
  organizationId: f.organizationId,
  organizationKey: organizations.key,
  organizationName: organizations.name,
  companyName: f.companyName,
  consultationId: f.consultationId,
  note: f.note,
  evidence: f.evidence,
  raisedByName: raiser,
  raisedAt: f.raisedAt,
  resolvedByName: resolver,
  resolvedAt: f.resolvedAt,
  resolution: f.resolution,
  version: f.version,
};

const selectFlags = (db: Db) =>
  db.select(flagColumns).from(f).leftJoin(organizations, eq(organizations.id, f.organizationId));

export type FlagRow = Awaited<ReturnType<typeof getFlagRow>> & {};

export async function getFlagRow(db: Db, id: string) {
  const [row] = await selectFlags(db).where(eq(f.id, id));
  return row;
}

export async function listFlagRows(
  db: Db,
  filter: { status?: string; kind?: string; consultationId?: string; limit: number; offset: number },
) {
  const where = and(
    filter.status ? eq(f.status, filter.status) : undefined,
    filter.kind ? eq(f.kind, filter.kind) : undefined,
    filter.consultationId ? eq(f.consultationId, filter.consultationId) : undefined,
  );
  const rows = await selectFlags(db)
    .where(where)
    .orderBy(desc(f.raisedAt), asc(f.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(f).where(where);
  const byKind = await db
    .select({ kind: f.kind, n: count() })
    .from(f)
    .where(eq(f.status, 'open'))
    .groupBy(f.kind);
  return { rows, total: total?.n ?? 0, byKind };
}

/** open → resolved once: a second resolve (or a stale version) changes nothing and returns nothing. */
export async function resolveFlagRow(
  tx: Db,
  id: string,
  version: number | undefined,
  values: { resolvedBy: string; resolvedAt: Date; resolution: string | null },
) {
  const [row] = await tx
    .update(f)
    .set({ ...values, status: 'resolved', version: sql`${f.version} + 1` })
    .where(
      and(eq(f.id, id), eq(f.status, 'open'), version === undefined ? undefined : eq(f.version, version)),
    )
    .returning({ id: f.id });
  return row;
}

// ——— Reading survey answers for flags (aftercare.jobs.ts) ———

const r = surveyResponses;
const scan = deskSurveyScans;

/**
 * Submitted responses the flag scan has not read in their current submission, from real surveys (not the
 * constructed demo set), oldest first, with whom they came from and, for an aftercare survey, its case.
 */
export function unscannedResponses(db: Db, limit: number) {
  const unread: SQL = or(sql`${scan.responseId} is null`, lt(scan.submittedAt, r.submittedAt))!;
  return db
    .select({
      id: r.id,
      answers: r.answers,
      submittedAt: r.submittedAt,
      surveyKey: surveys.key,
      organizationId: surveyInvitations.organizationId,
      invitee: surveyInvitations.invitee,
      consultationId: consultationAftercare.consultationId,
    })
    .from(r)
    .innerJoin(surveys, eq(surveys.id, r.surveyId))
    .innerJoin(surveyInvitations, eq(surveyInvitations.id, r.invitationId))
    .leftJoin(scan, eq(scan.responseId, r.id))
    .leftJoin(consultationAftercare, eq(consultationAftercare.invitationId, r.invitationId))
    .where(and(isNotNull(r.submittedAt), eq(surveys.synthetic, false), unread))
    .orderBy(asc(r.submittedAt), asc(r.id))
    .limit(limit);
}

/**
 * Claims one submission for reading: inserted, or moved forward from an older submission. Nothing back means
 * another run read this submission already.
 */
export async function claimScan(tx: Db, responseId: string, submittedAt: Date) {
  const [row] = await tx
    .insert(scan)
    .values({ responseId, submittedAt })
    .onConflictDoUpdate({
      target: scan.responseId,
      set: { submittedAt },
      setWhere: lt(scan.submittedAt, submittedAt),
    })
    .returning({ responseId: scan.responseId });
  return row;
}
