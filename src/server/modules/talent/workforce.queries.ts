import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  facilityStaffing,
  jobOpenings,
  organizations,
  plannedFacilities,
  sites,
  sitingProfiles,
  tenantHiringPlans,
  trainingCohorts,
  trainingProgrammes,
} from '../../db/schema/index.ts';

const f = plannedFacilities;

/** Facilities planned in a cluster, with their site and profile. */
export async function plannedFacilityRows(db: Db, cluster: string) {
  return db
    .select({
      id: f.id,
      name: f.name,
      profileKey: f.profileKey,
      profileName: sitingProfiles.name,
      siteKey: sites.key,
      siteName: sites.name,
      prefecture: sites.prefecture,
      constructionStartYear: f.constructionStartYear,
      phase: f.phase,
      illustrative: f.illustrative,
    })
    .from(f)
    .innerJoin(sites, eq(sites.id, f.siteId))
    .innerJoin(sitingProfiles, eq(sitingProfiles.key, f.profileKey))
    .where(eq(f.clusterKey, cluster))
    .orderBy(asc(f.constructionStartYear), asc(f.id));
}

/** The staffing tables of the profiles of the facilities planned in a cluster. */
export async function staffingRows(db: Db, cluster: string) {
  return db
    .select({
      profileKey: facilityStaffing.profileKey,
      skill: facilityStaffing.skillCode,
      level: facilityStaffing.level,
      yearOffset: facilityStaffing.yearOffset,
      headcount: facilityStaffing.headcount,
    })
    .from(facilityStaffing)
    .where(
      inArray(
        facilityStaffing.profileKey,
        db.selectDistinct({ key: f.profileKey }).from(f).where(eq(f.clusterKey, cluster)),
      ),
    );
}

/** One profile's staffing table with its basis, in order. */
export async function profileStaffingRows(db: Db, profileKey: string) {
  return db
    .select()
    .from(facilityStaffing)
    .where(eq(facilityStaffing.profileKey, profileKey))
    .orderBy(asc(facilityStaffing.skillCode), asc(facilityStaffing.level), asc(facilityStaffing.yearOffset));
}

/** The profile's row, locked: one staffing-table edit at a time per profile, the other then sees its result. */
export async function lockProfileByKey(tx: Db, key: string) {
  const [row] = await tx
    .select({ key: sitingProfiles.key })
    .from(sitingProfiles)
    .where(eq(sitingProfiles.key, key))
    .for('update');
  return row;
}

export async function profileByKey(db: Db, key: string) {
  const [row] = await db
    .select({ key: sitingProfiles.key, facilityType: sitingProfiles.facilityType })
    .from(sitingProfiles)
    .where(eq(sitingProfiles.key, key));
  return row;
}

/** Replaces a profile's staffing table (the caller runs this in a transaction). */
export async function replaceStaffing(
  db: Db,
  profileKey: string,
  rows: (typeof facilityStaffing.$inferInsert)[],
) {
  await db.delete(facilityStaffing).where(eq(facilityStaffing.profileKey, profileKey));
  if (rows.length > 0) await db.insert(facilityStaffing).values(rows);
}

export async function siteIdByKey(db: Db, key: string) {
  const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.key, key));
  return row?.id;
}

export async function insertPlannedFacility(db: Db, values: typeof plannedFacilities.$inferInsert) {
  const [row] = await db.insert(f).values(values).returning({ id: f.id });
  return row!;
}

export async function deletePlannedFacility(db: Db, id: string) {
  const rows = await db.delete(f).where(eq(f.id, id)).returning({ id: f.id });
  return rows.length > 0;
}

/** Open job openings with their company (skills are filtered to the cluster by the caller). */
export async function openOpeningRows(db: Db) {
  return db
    .select({
      id: jobOpenings.id,
      title: jobOpenings.title,
      skills: jobOpenings.skills,
      level: jobOpenings.level,
      startOn: jobOpenings.startOn,
      organizationKey: organizations.key,
      organizationName: organizations.name,
    })
    .from(jobOpenings)
    .innerJoin(organizations, eq(organizations.id, jobOpenings.organizationId))
    .where(eq(jobOpenings.status, 'open'));
}

export async function hiringPlanRows(db: Db) {
  const h = tenantHiringPlans;
  return db
    .select({
      id: h.id,
      skill: h.skillCode,
      level: h.level,
      year: h.year,
      headcount: h.headcount,
      illustrative: h.illustrative,
      organizationKey: organizations.key,
      organizationName: organizations.name,
    })
    .from(h)
    .innerJoin(organizations, eq(organizations.id, h.organizationId))
    .orderBy(asc(h.year), asc(h.id));
}

export async function insertHiringPlan(db: Db, values: typeof tenantHiringPlans.$inferInsert) {
  const [row] = await db.insert(tenantHiringPlans).values(values).returning({ id: tenantHiringPlans.id });
  return row!;
}

/** An organisation by key, and whether it holds (or is offered) a lease of an incubation unit: a tenant. */
export async function tenantByKey(db: Db, key: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      // Spelled out: inside a select list drizzle leaves column names unqualified, and l.id would capture it.
      tenant: sql<boolean>`exists (select 1 from facility_leases l where l.tenant_organization_id = organizations.id and l.status <> 'ended')`,
    })
    .from(organizations)
    .where(eq(organizations.key, key));
  return row;
}

/**
 * Every cohort of the programmes in these skills, with its places by outcome counted in one grouped pass over
 * the enrolments (waiting-list entries hold no place and are not counted).
 */
export async function cohortRecordRows(db: Db, skillCodes: string[]) {
  if (skillCodes.length === 0) return [];
  const p = trainingProgrammes;
  const c = trainingCohorts;
  const counts = db.$with('counts').as(
    db
      .select({
        cohortId: sql<string>`cohort_id`.as('cohort_id'),
        active: sql<number>`count(*) filter (where status = 'enrolled')::int`.as('active'),
        completed: sql<number>`count(*) filter (where status = 'completed')::int`.as('completed'),
        withdrawn: sql<number>`count(*) filter (where status = 'withdrawn')::int`.as('withdrawn'),
      })
      .from(sql`training_enrolments`)
      .groupBy(sql`cohort_id`),
  );
  return db
    .with(counts)
    .select({
      programmeId: p.id,
      cohortId: c.id,
      skills: p.skills,
      level: p.level,
      durationWeeks: p.durationWeeks,
      startOn: c.startOn,
      capacity: c.capacity,
      active: sql<number>`coalesce(${counts.active}, 0)`,
      completed: sql<number>`coalesce(${counts.completed}, 0)`,
      withdrawn: sql<number>`coalesce(${counts.withdrawn}, 0)`,
    })
    .from(c)
    .innerJoin(p, eq(p.id, c.programmeId))
    .leftJoin(counts, eq(counts.cohortId, c.id))
    .where(
      sql`${p.skills} && array[${sql.join(
        skillCodes.map((code) => sql`${code}`),
        sql`, `,
      )}]::text[]`,
    )
    .orderBy(asc(c.startOn));
}

/** Programmes in these skills, with their provider and its prefecture (click-through, regional figures). */
export async function programmeSummaries(db: Db, skillCodes: string[]) {
  if (skillCodes.length === 0) return [];
  const p = trainingProgrammes;
  return db
    .select({
      id: p.id,
      key: p.key,
      title: p.title,
      level: p.level,
      skills: p.skills,
      illustrative: p.illustrative,
      providerKey: organizations.key,
      providerName: organizations.name,
      prefecture: organizations.prefecture,
    })
    .from(p)
    .innerJoin(organizations, eq(organizations.id, p.providerOrganizationId))
    .where(
      sql`${p.skills} && array[${sql.join(
        skillCodes.map((code) => sql`${code}`),
        sql`, `,
      )}]::text[]`,
    );
}

/** Candidate sites with the engineers-within-reach attribute and its source. */
export async function siteReachRows(db: Db) {
  return db
    .select({
      key: sites.key,
      name: sites.name,
      prefecture: sites.prefecture,
      engineers: sql<number | null>`(${sites.attributes}->>'engineersWithin60Min')::float8`,
      source: sql<{
        url?: string;
        asOf?: string;
        note?: string;
        illustrative?: boolean;
      } | null>`${sites.attributeSources}->'engineersWithin60Min'`,
    })
    .from(sites)
    .orderBy(asc(sites.key));
}
