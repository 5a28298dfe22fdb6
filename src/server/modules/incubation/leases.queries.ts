import { and, asc, eq, getTableColumns, gte, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import {
  facilities,
  facilityLeases,
  facilityUnits,
  facilityWaitlist,
  graduationReports,
  leaseGraduations,
  organizations,
  sites,
  users,
} from '../../db/schema/index.ts';

const l = facilityLeases;
const u = facilityUnits;
const f = facilities;
const tenant = alias(organizations, 'tenant');

export type LeaseValues = typeof facilityLeases.$inferInsert;

const leaseColumns = {
  ...getTableColumns(facilityLeases),
  unitKey: u.key,
  unitName: u.name,
  unitKind: u.kind,
  floorAreaM2: u.floorAreaM2,
  powerKva: u.powerKva,
  ehv: u.ehv,
  craneT: u.craneT,
  cleanClass: u.cleanClass,
  facilityId: f.id,
  facilityKey: f.key,
  facilityName: f.name,
  ownerOrganizationId: f.organizationId,
  maxTermMonths: f.maxTermMonths,
  reminderMonths: f.leaseReminderMonths,
  tenantKey: tenant.key,
  tenantName: tenant.name,
};

const selectLeases = (db: Db) =>
  db
    .select(leaseColumns)
    .from(l)
    .innerJoin(u, eq(u.id, l.unitId))
    .innerJoin(f, eq(f.id, u.facilityId))
    .innerJoin(tenant, eq(tenant.id, l.tenantOrganizationId));

export type LeaseRow = Awaited<ReturnType<typeof getLeaseRow>> & {};

/** Leases a user may see: all for an admin; for a member its own (as tenant) and its facilities' (as office). */
export type LeaseScope = { all: true } | { organizationId: string | null };
function inScope(scope: LeaseScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if (!scope.organizationId) return sql`false`;
  return or(eq(l.tenantOrganizationId, scope.organizationId), eq(f.organizationId, scope.organizationId));
}

export async function getLeaseRow(db: Db, id: string) {
  const [row] = await selectLeases(db).where(eq(l.id, id));
  return row;
}

export async function lockLeaseRow(db: Db, id: string) {
  const [row] = await selectLeases(db).where(eq(l.id, id)).for('update', { of: l });
  return row;
}

export async function listLeaseRows(
  db: Db,
  scope: LeaseScope,
  filter: { facility?: string; status?: string },
) {
  return selectLeases(db)
    .where(
      and(
        inScope(scope),
        filter.facility ? eq(f.id, filter.facility) : undefined,
        filter.status ? eq(l.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(f.key), asc(u.key), asc(l.startOn));
}

/** The unit with its facility's owner and rules; null when it does not exist. */
export async function unitForLease(db: Db, unitId: string) {
  const [row] = await db
    .select({
      id: u.id,
      key: u.key,
      facilityId: f.id,
      ownerOrganizationId: f.organizationId,
      maxTermMonths: f.maxTermMonths,
    })
    .from(u)
    .innerJoin(f, eq(f.id, u.facilityId))
    .where(eq(u.id, unitId));
  return row;
}

export async function organizationIdByKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: organizations.id, published: organizations.published })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row;
}

/** The tenant's earlier stay in the facility: its leases there that took or take effect, but one. */
export async function priorStays(db: Db, tenantId: string, facilityId: string, exceptLeaseId?: string) {
  return db
    .select({ start: l.startOn, end: l.endOn })
    .from(l)
    .innerJoin(u, eq(u.id, l.unitId))
    .where(
      and(
        eq(l.tenantOrganizationId, tenantId),
        eq(u.facilityId, facilityId),
        inArray(l.status, ['active', 'ending', 'ended']),
        exceptLeaseId ? ne(l.id, exceptLeaseId) : undefined,
      ),
    );
}

/** Leases in force on the unit that overlap the period (the database refuses them too; this names them first). */
export async function overlappingInForce(
  db: Db,
  unitId: string,
  start: string,
  end: string,
  exceptId?: string,
) {
  return db
    .select({ id: l.id })
    .from(l)
    .where(
      and(
        eq(l.unitId, unitId),
        inArray(l.status, ['active', 'ending']),
        lte(l.startOn, end),
        gte(l.endOn, start),
        exceptId ? ne(l.id, exceptId) : undefined,
      ),
    );
}

export async function insertLease(db: Db, values: LeaseValues) {
  const [row] = await db.insert(l).values(values).returning({ id: l.id });
  return row!.id;
}

/** The column stamping when a lease reached each status: the cluster's figures read a past date's state from it. */
const reachedAt = { active: 'activatedAt', ending: 'noticeAt', ended: 'endedAt' } as const;

/**
 * Moves a lease from one status to the next, only if it is still in one of `from` (the guard in SQL: two
 * concurrent transitions cannot both pass), stamping when it got there (the database's clock, like created_at).
 * Returns whether it moved.
 */
export async function transitionLease(
  db: Db,
  id: string,
  from: readonly string[],
  to: string,
  version?: number,
) {
  const stamp = reachedAt[to as keyof typeof reachedAt];
  const rows = await db
    .update(l)
    .set({
      status: to,
      version: sql`${l.version} + 1`,
      updatedAt: new Date(),
      ...(stamp ? { [stamp]: sql`now()` } : {}),
    })
    .where(
      and(
        eq(l.id, id),
        inArray(l.status, [...from]),
        version === undefined ? undefined : eq(l.version, version),
      ),
    )
    .returning({ id: l.id });
  return rows.length === 1;
}

export async function leaseKeyTaken(db: Db, key: string) {
  const [row] = await db.select({ id: l.id }).from(l).where(eq(l.key, key));
  return !!row;
}

// ——— Reminders ———

/** Leases in force that may owe a reminder: not over on `today`. */
export async function leasesForReminders(db: Db, today: string) {
  return selectLeases(db).where(and(inArray(l.status, ['active', 'ending']), gte(l.endOn, today)));
}

/** Records a reminder as sent, only if no other run recorded it first; true when this run claimed it. */
export async function claimReminder(db: Db, id: string, months: number) {
  const rows = await db
    .update(l)
    .set({ remindersSent: sql`array_append(${l.remindersSent}, ${months}::int)` })
    .where(and(eq(l.id, id), sql`not (${months}::int = any(${l.remindersSent}))`))
    .returning({ id: l.id });
  return rows.length === 1;
}

export async function accountsOf(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email, organizationId: users.organizationId })
    .from(users)
    .where(and(inArray(users.organizationId, organizationIds), sql`${users.disabledAt} is null`));
}

// ——— Waiting list ———

export async function joinWaitlist(db: Db, facilityId: string, kind: string, organizationId: string) {
  await db.insert(facilityWaitlist).values({ facilityId, kind, organizationId }).onConflictDoNothing();
}

export async function leaveWaitlist(db: Db, facilityId: string, kind: string, organizationId: string) {
  const rows = await db
    .delete(facilityWaitlist)
    .where(
      and(
        eq(facilityWaitlist.facilityId, facilityId),
        eq(facilityWaitlist.kind, kind),
        eq(facilityWaitlist.organizationId, organizationId),
      ),
    )
    .returning({ id: facilityWaitlist.id });
  return rows.length;
}

export async function waitlistRows(db: Db, facilityId: string) {
  return db
    .select({
      kind: facilityWaitlist.kind,
      joinedAt: facilityWaitlist.joinedAt,
      organizationId: organizations.id,
      organizationKey: organizations.key,
      organizationName: organizations.name,
    })
    .from(facilityWaitlist)
    .innerJoin(organizations, eq(organizations.id, facilityWaitlist.organizationId))
    .where(eq(facilityWaitlist.facilityId, facilityId))
    .orderBy(asc(facilityWaitlist.joinedAt), asc(facilityWaitlist.id));
}

export async function waitlistCounts(db: Db) {
  return db
    .select({ facilityId: facilityWaitlist.facilityId, n: sql<number>`count(*)::int` })
    .from(facilityWaitlist)
    .groupBy(facilityWaitlist.facilityId);
}

export async function facilityOwner(db: Db, id: string) {
  const [row] = await db
    .select({
      id: f.id,
      organizationId: f.organizationId,
      published: f.published,
      ownerPublished: organizations.published,
    })
    .from(f)
    .innerJoin(organizations, eq(organizations.id, f.organizationId))
    .where(eq(f.id, id));
  return row;
}

// ——— Occupancy ———

/** Units and leases in force (or ended) over a period, of published facilities unless `any`. */
/**
 * What the occupancy chart needs, already reduced by the database: each shown facility with its leasable m², and
 * each occupying lease in the window as its facility, its unit's area and its days as integers (days since
 * 1970-01-01, end excluded), so no date is parsed row by row on either side.
 */
export async function occupancyInputs(
  db: Db,
  opts: { from: string; to: string; facility?: string; any: boolean; orOrganizationId?: string | null },
) {
  const shown = opts.any
    ? undefined
    : or(
        and(
          eq(f.published, true),
          sql`exists (select 1 from ${organizations} where ${organizations.id} = ${f.organizationId} and ${organizations.published})`,
        ),
        opts.orOrganizationId ? eq(f.organizationId, opts.orOrganizationId) : undefined,
      );
  const where = and(shown, opts.facility ? eq(f.id, opts.facility) : undefined);
  const facilityRows = db
    .select({
      id: f.id,
      key: f.key,
      name: f.name,
      leasable: sql<number>`coalesce(sum(${u.floorAreaM2}), 0)::float8`,
    })
    .from(f)
    .leftJoin(u, eq(u.facilityId, f.id))
    .where(where)
    .groupBy(f.id)
    .orderBy(asc(f.key));
  // One row per facility with its spans as one JSON array: JSON.parse is native, while 6,000 rows of four
  // columns each cost more to decode in the driver than the query costs to run.
  const spanRows = db
    .select({
      group: u.facilityId,
      spans: sql<
        [number, number, number][]
      >`json_agg(json_build_array(${u.floorAreaM2}, ${l.startOn} - date '1970-01-01', ${l.endOn} - date '1970-01-01' + 1))`,
    })
    .from(l)
    .innerJoin(u, eq(u.id, l.unitId))
    .innerJoin(f, eq(f.id, u.facilityId))
    .where(
      and(
        where,
        inArray(l.status, ['active', 'ending', 'ended']),
        lte(l.startOn, opts.to),
        gte(l.endOn, opts.from),
      ),
    )
    .groupBy(u.facilityId);
  const [facilityList, grouped] = await Promise.all([facilityRows, spanRows]);
  const spans = grouped.flatMap((g) =>
    g.spans.map(([area, start, endExclusive]) => ({ group: g.group, area, start, endExclusive })),
  );
  return { facilities: facilityList, spans };
}

export async function unitLeaseStates(db: Db, facilityId: string) {
  return db
    .select({ unitId: u.id, unitKey: u.key, status: l.status, start: l.startOn, end: l.endOn })
    .from(u)
    .leftJoin(l, and(eq(l.unitId, u.id), inArray(l.status, ['offered', 'active', 'ending'])))
    .where(eq(u.facilityId, facilityId))
    .orderBy(asc(u.key));
}

// ——— Graduation ———

const graduationColumns = {
  ...getTableColumns(leaseGraduations),
  tenantId: tenant.id,
  tenantKey: tenant.key,
  tenantName: tenant.name,
  facilityId: f.id,
  facilityKey: f.key,
  facilityName: f.name,
  ownerOrganizationId: f.organizationId,
  siteKey: sites.key,
  siteName: sites.name,
};

const selectGraduations = (db: Db) =>
  db
    .select(graduationColumns)
    .from(leaseGraduations)
    .innerJoin(l, eq(l.id, leaseGraduations.leaseId))
    .innerJoin(u, eq(u.id, l.unitId))
    .innerJoin(f, eq(f.id, u.facilityId))
    .innerJoin(tenant, eq(tenant.id, l.tenantOrganizationId))
    .leftJoin(sites, eq(sites.id, leaseGraduations.destinationSiteId));

export type GraduationRow = Awaited<ReturnType<typeof getGraduationRow>> & {};

export async function getGraduationRow(db: Db, id: string) {
  const [row] = await selectGraduations(db).where(eq(leaseGraduations.id, id));
  return row;
}

export async function listGraduationRows(db: Db, scope: LeaseScope, facility?: string) {
  return selectGraduations(db)
    .where(and(inScope(scope), facility ? eq(f.id, facility) : undefined))
    .orderBy(asc(leaseGraduations.graduatedOn));
}

export async function insertGraduation(db: Db, values: typeof leaseGraduations.$inferInsert) {
  const [row] = await db.insert(leaseGraduations).values(values).returning({ id: leaseGraduations.id });
  return row!.id;
}

export async function siteIdByKey(db: Db, key: string) {
  const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.key, key));
  return row?.id;
}

export async function reportRowsOf(db: Db, graduationIds: string[]) {
  if (graduationIds.length === 0) return [];
  return db
    .select()
    .from(graduationReports)
    .where(inArray(graduationReports.graduationId, graduationIds))
    .orderBy(asc(graduationReports.year));
}

export async function insertReport(db: Db, values: typeof graduationReports.$inferInsert) {
  await db.insert(graduationReports).values(values);
}

// ——— Bundle ———

export async function leaseExportRows(db: Db) {
  return db
    .select({
      key: l.key,
      unitKey: u.key,
      tenantKey: tenant.key,
      startOn: l.startOn,
      endOn: l.endOn,
      status: l.status,
      monthlyRentJpy: l.monthlyRentJpy,
      depositJpy: l.depositJpy,
      applicationId: l.applicationId,
      illustrative: l.illustrative,
      tenantOrganizationId: l.tenantOrganizationId,
      ownerOrganizationId: f.organizationId,
    })
    .from(l)
    .innerJoin(u, eq(u.id, l.unitId))
    .innerJoin(f, eq(f.id, u.facilityId))
    .innerJoin(tenant, eq(tenant.id, l.tenantOrganizationId))
    .orderBy(asc(l.key));
}

export async function unitIdsByKey(db: Db, keys: string[]) {
  if (keys.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: u.id, key: u.key }).from(u).where(inArray(u.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

export async function organizationIdsByKey(db: Db, keys: string[]) {
  if (keys.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: organizations.id, key: organizations.key })
    .from(organizations)
    .where(inArray(organizations.key, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Inserts or updates by key: what happened to the row. */
/**
 * A bundle's lease, created or updated by key. The states it reaches are stamped with the import's clock (the
 * transaction's now(), as the module's own transitions do), so the cluster's figures read a past date's state
 * from the stamps rather than from created_at. A state already stamped keeps its stamp; a status the import
 * takes back (ended → active, say) drops the stamps of the states it no longer holds.
 */
export async function upsertLeaseByKey(db: Db, values: LeaseValues) {
  const status = values.status ?? 'offered';
  const reached = (states: readonly string[]) => states.includes(status);
  const keep = (column: AnyPgColumn, states: readonly string[]) =>
    reached(states) ? sql`coalesce(${column}, now())` : sql`null`;
  const [row] = await db
    .insert(l)
    .values({
      ...values,
      activatedAt: reached(['active', 'ending', 'ended']) ? sql`now()` : null,
      noticeAt: status === 'ending' ? sql`now()` : null,
      endedAt: status === 'ended' ? sql`now()` : null,
    })
    .onConflictDoUpdate({
      target: l.key,
      set: {
        unitId: values.unitId,
        tenantOrganizationId: values.tenantOrganizationId,
        startOn: values.startOn,
        endOn: values.endOn,
        status: values.status,
        monthlyRentJpy: values.monthlyRentJpy,
        depositJpy: values.depositJpy,
        applicationId: values.applicationId,
        illustrative: values.illustrative,
        activatedAt: keep(l.activatedAt, ['active', 'ending', 'ended']),
        // Notice given before the end stays on record once the lease has ended.
        noticeAt: status === 'ended' ? sql`${l.noticeAt}` : keep(l.noticeAt, ['ending']),
        endedAt: keep(l.endedAt, ['ended']),
        version: sql`${l.version} + 1`,
        updatedAt: new Date(),
      },
      // An unchanged lease is not rewritten (nor its version bumped).
      setWhere: sql`(${l.unitId}, ${l.tenantOrganizationId}, ${l.startOn}, ${l.endOn}, ${l.status},
        ${l.monthlyRentJpy}, ${l.depositJpy}, ${l.applicationId}, ${l.illustrative}) is distinct from (excluded.unit_id,
        excluded.tenant_organization_id, excluded.start_on, excluded.end_on, excluded.status,
        excluded.monthly_rent_jpy, excluded.deposit_jpy, excluded.application_id, excluded.illustrative)`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return row ? (row.inserted ? 'created' : 'updated') : 'unchanged';
}
