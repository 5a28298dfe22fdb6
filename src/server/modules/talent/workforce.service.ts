import { createHash } from 'node:crypto';
import {
  type CohortRecord,
  cohortSupply,
  completionRates,
  DEFAULT_COMPLETION_RATE,
  defaultPhase,
  type Phase,
  type StaffingRow,
  workforceGap,
} from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { assertKnownCluster, type ReferenceData } from '../../lib/reference-data.ts';
import {
  cohortRecordRows,
  deletePlannedFacility,
  hiringPlanRows,
  insertHiringPlan,
  insertPlannedFacility,
  lockProfileByKey,
  openOpeningRows,
  plannedFacilityRows,
  profileByKey,
  profileStaffingRows,
  programmeSummaries,
  replaceStaffing,
  siteIdByKey,
  siteReachRows,
  staffingRows,
  tenantByKey,
} from './workforce.queries.ts';
import {
  type HiringPlanInput,
  MAX_SPAN_YEARS,
  type PlannedFacilityInput,
  type StaffingInput,
  type WorkforceOut,
} from './workforce.schemas.ts';

export type WorkforceCtx = { db: Db; reference: ReferenceData; user: AuthUser | null; today: string };

const DEFAULT_SPAN = 15;

function clusterSkills(ref: ReferenceData, cluster: string) {
  return ref.clusters.find((c) => c.key === cluster)?.skills.map((s) => s.code) ?? [];
}

/**
 * The gap view: demand from planned facilities, open openings and tenants' hiring plans against expected
 * completions, per skill and year, with what lies behind each figure. Aggregates only: no person is named.
 */
export async function getWorkforceGap(
  ctx: WorkforceCtx,
  query: { cluster: string; from?: number; to?: number },
): Promise<WorkforceOut> {
  assertKnownCluster(ctx.reference, query.cluster);
  const thisYear = Number(ctx.today.slice(0, 4));
  const from = query.from ?? (query.to !== undefined ? query.to - DEFAULT_SPAN + 1 : thisYear);
  const to = query.to ?? from + DEFAULT_SPAN - 1;
  if (to < from || to - from + 1 > MAX_SPAN_YEARS) {
    throw invalidFields([
      {
        path: 'query.to',
        message: say({
          ja: `終了年は開始年以降、${MAX_SPAN_YEARS}年以内にしてください`,
          en: `to must be from "from" to ${MAX_SPAN_YEARS} years on`,
        }),
      },
    ]);
  }
  const skills = clusterSkills(ctx.reference, query.cluster);
  const inCluster = new Set(skills);

  // One round of queries at once: none waits for another's answer.
  const [facilities, staffingList, openings, plans, cohorts, programmeList, reach] = await Promise.all([
    plannedFacilityRows(ctx.db, query.cluster),
    staffingRows(ctx.db, query.cluster),
    openOpeningRows(ctx.db),
    hiringPlanRows(ctx.db),
    cohortRecordRows(ctx.db, skills),
    programmeSummaries(ctx.db, skills),
    siteReachRows(ctx.db),
  ]);
  const staffing = new Map<string, StaffingRow[]>();
  for (const row of staffingList) {
    if (!inCluster.has(row.skill)) continue;
    const list = staffing.get(row.profileKey) ?? [];
    list.push(row);
    staffing.set(row.profileKey, list);
  }
  const clusterOpenings = openings
    .map((o) => ({ ...o, skills: o.skills.filter((s) => inCluster.has(s)) }))
    .filter((o) => o.skills.length > 0);
  const clusterPlans = plans.filter((p) => inCluster.has(p.skill));
  const records: CohortRecord[] = cohorts.map((c) => ({
    ...c,
    skills: c.skills.filter((s) => inCluster.has(s)),
  }));

  const gaps = workforceGap({
    from,
    to,
    today: ctx.today,
    facilities: facilities.map((f) => ({
      id: f.id,
      profileKey: f.profileKey,
      startYear: f.constructionStartYear,
      phase: f.phase as Phase,
    })),
    staffing,
    openings: clusterOpenings,
    tenantPlans: clusterPlans,
    cohorts: records,
    skills,
  });

  const rates = completionRates(records, ctx.today);
  // Programmes with no cohort yet have no figure to explain.
  const programmes = programmeList.filter((p) => rates.has(p.id));

  // The siting link: graduates expected from now to `to` of programmes whose provider is in a site's prefecture.
  const prefectureOf = new Map(programmes.map((p) => [p.id, p.prefecture]));
  const graduates = new Map<string, number>();
  for (const c of records) {
    const prefecture = prefectureOf.get(c.programmeId);
    if (!prefecture) continue;
    for (const s of cohortSupply(c, rates.get(c.programmeId)!.rate, ctx.today)) {
      if (s.year < thisYear || s.year > to) continue;
      graduates.set(prefecture, (graduates.get(prefecture) ?? 0) + s.expected);
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;

  const label = (code: string) => ctx.reference.skills.get(code)?.label ?? { en: code };
  return {
    cluster: query.cluster,
    from,
    to,
    asOf: ctx.today,
    defaultCompletionRate: DEFAULT_COMPLETION_RATE,
    skills: gaps.map((g) => ({ ...g, skill: { code: g.skill, label: label(g.skill) } })),
    facilities: facilities.map((f) => ({
      id: f.id,
      name: f.name,
      site: { key: f.siteKey, name: f.siteName, prefecture: f.prefecture },
      profile: { key: f.profileKey, name: f.profileName },
      constructionStartYear: f.constructionStartYear,
      phase: f.phase,
      illustrative: f.illustrative,
    })),
    programmes: programmes
      .map((p) => {
        const r = rates.get(p.id)!;
        return {
          id: p.id,
          key: p.key,
          title: p.title,
          level: p.level,
          provider: { key: p.providerKey, name: p.providerName, prefecture: p.prefecture },
          completionRate: Math.round(r.rate * 1000) / 1000,
          rateBasis: r.basis,
          illustrative: p.illustrative,
        };
      })
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
    openings: clusterOpenings.map((o) => ({
      id: o.id,
      title: o.title,
      organization: { key: o.organizationKey, name: o.organizationName },
    })),
    tenantPlans: clusterPlans.map((p) => ({
      id: p.id,
      organization: { key: p.organizationKey, name: p.organizationName },
      skill: p.skill,
      level: p.level,
      year: p.year,
      headcount: p.headcount,
      illustrative: p.illustrative,
    })),
    sites: reach.map((s) => {
      const g = round((s.prefecture && graduates.get(s.prefecture)) || 0);
      return {
        key: s.key,
        name: s.name,
        prefecture: s.prefecture,
        engineersWithin60Min: s.engineers,
        source: s.source ? { url: s.source.url, asOf: s.source.asOf, note: s.source.note } : null,
        graduatesInPrefecture: g,
        withGraduates: s.engineers === null ? null : round(s.engineers + g),
      };
    }),
  };
}

function checkSkill(ref: ReferenceData, code: string, path: string): ErrorDetail[] {
  return ref.skills.has(code) ? [] : [{ path, message: unknownValue('code', code) }];
}

export async function getStaffing(ctx: WorkforceCtx, profile: string) {
  if (!(await profileByKey(ctx.db, profile))) throw profileNotFound();
  return staffingTable(profile, await profileStaffingRows(ctx.db, profile));
}

/**
 * A staffing table is many rows with no row of its own to carry a version, so its version is its content: a
 * 31-bit number from the hash of the rows in order. An edit based on other content than the current one is a
 * 412, as for any versioned record.
 */
function staffingTable(profile: string, rows: Awaited<ReturnType<typeof profileStaffingRows>>) {
  const out = rows.map((r) => ({
    skill: r.skillCode,
    level: r.level,
    yearOffset: r.yearOffset,
    headcount: r.headcount,
    basis: r.basis,
  }));
  const digest = createHash('sha256').update(JSON.stringify(out)).digest();
  return { profile, version: digest.readUInt32BE(0) >>> 1, rows: out };
}

const profileNotFound = () =>
  new AppError('not_found', say({ ja: '施設プロファイルが見つかりません', en: 'Siting profile not found' }));

/** Replaces a profile's staffing table (admins: the cluster's coordinators). */
export async function putStaffing(
  ctx: WorkforceCtx,
  user: AuthUser,
  profile: string,
  input: StaffingInput,
  ifMatch: IfMatch,
) {
  const bad = input.rows.flatMap((r, i) => checkSkill(ctx.reference, r.skill, `body.rows[${i}].skill`));
  const seen = new Map<string, number>();
  input.rows.forEach((r, i) => {
    const k = `${r.skill}|${r.level}|${r.yearOffset}`;
    const first = seen.get(k);
    if (first !== undefined) {
      bad.push({
        path: `body.rows[${i}]`,
        message: say({
          ja: `同じ技能・レベル・年の行が重複しています（最初は rows[${first}]）`,
          en: `the same skill, level and year offset again (first at rows[${first}])`,
        }),
      });
    } else seen.set(k, i);
  });
  if (bad.length > 0) throw invalidFields(bad);
  await ctx.db.transaction(async (tx) => {
    if (!(await lockProfileByKey(tx, profile))) throw profileNotFound();
    checkIfMatch(ifMatch, staffingTable(profile, await profileStaffingRows(tx, profile)).version);
    await replaceStaffing(
      tx,
      profile,
      input.rows.map((r) => ({
        profileKey: profile,
        skillCode: r.skill,
        level: r.level,
        yearOffset: r.yearOffset,
        headcount: r.headcount,
        basis: r.basis,
      })),
    );
    await writeAudit(tx, user, { action: 'update', entity: 'facility-staffing', entityId: profile });
  });
  return getStaffing(ctx, profile);
}

export async function addPlannedFacility(ctx: WorkforceCtx, user: AuthUser, input: PlannedFacilityInput) {
  assertKnownCluster(ctx.reference, input.cluster, 'body.cluster');
  const [siteId, profile] = await Promise.all([
    siteIdByKey(ctx.db, input.site),
    profileByKey(ctx.db, input.profile),
  ]);
  const bad: ErrorDetail[] = [];
  if (!siteId) bad.push({ path: 'body.site', message: unknownValue('site', input.site) });
  if (!profile) bad.push({ path: 'body.profile', message: unknownValue('profile', input.profile) });
  if (bad.length > 0 || !siteId || !profile) throw invalidFields(bad);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertPlannedFacility(tx, {
      clusterKey: input.cluster,
      siteId,
      profileKey: profile.key,
      name: input.name,
      constructionStartYear: input.constructionStartYear,
      phase: input.phase ?? defaultPhase(profile.facilityType),
      note: input.note,
      illustrative: input.illustrative,
    });
    await writeAudit(tx, user, { action: 'create', entity: 'planned-facility', entityId: row.id });
    return row.id;
  });
  const rows = await plannedFacilityRows(ctx.db, input.cluster);
  const f = rows.find((r) => r.id === id)!;
  return {
    id: f.id,
    name: f.name,
    site: { key: f.siteKey, name: f.siteName, prefecture: f.prefecture },
    profile: { key: f.profileKey, name: f.profileName },
    constructionStartYear: f.constructionStartYear,
    phase: f.phase,
    illustrative: f.illustrative,
  };
}

export async function removePlannedFacility(ctx: WorkforceCtx, user: AuthUser, id: string) {
  await ctx.db.transaction(async (tx) => {
    if (!(await deletePlannedFacility(tx, id))) {
      throw new AppError(
        'not_found',
        say({ ja: '計画中の施設が見つかりません', en: 'Planned facility not found' }),
      );
    }
    await writeAudit(tx, user, { action: 'delete', entity: 'planned-facility', entityId: id });
  });
}

/** A tenant's hiring plan: its own members (or an admin) state it; only a tenant of an incubation unit has one. */
export async function addHiringPlan(ctx: WorkforceCtx, user: AuthUser, input: HiringPlanInput) {
  const bad = checkSkill(ctx.reference, input.skill, 'body.skill');
  const org = await tenantByKey(ctx.db, input.organization);
  if (!org)
    bad.push({ path: 'body.organization', message: unknownValue('organisation', input.organization) });
  if (bad.length > 0 || !org) throw invalidFields(bad);
  if (!(user.role === 'admin' || (user.role === 'member' && user.organizationId === org.id))) {
    throw forbidden({
      ja: '採用計画はその入居企業のメンバーか管理者だけが登録できます',
      en: "Only the tenant's members or an admin can state its hiring plan",
    });
  }
  if (!org.tenant) {
    throw invalidFields([
      {
        path: 'body.organization',
        message: say({
          ja: 'インキュベーション施設の入居企業ではありません',
          en: 'not a tenant of an incubation unit',
        }),
      },
    ]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertHiringPlan(tx, {
      organizationId: org.id,
      skillCode: input.skill,
      level: input.level,
      year: input.year,
      headcount: input.headcount,
      illustrative: input.illustrative,
    });
    await writeAudit(tx, user, { action: 'create', entity: 'hiring-plan', entityId: row.id });
    return row.id;
  });
  const p = (await hiringPlanRows(ctx.db)).find((r) => r.id === id)!;
  return {
    id: p.id,
    organization: { key: p.organizationKey, name: p.organizationName },
    skill: p.skill,
    level: p.level,
    year: p.year,
    headcount: p.headcount,
    illustrative: p.illustrative,
  };
}
