import { randomBytes } from 'node:crypto';
import { levelInfo, type TrainingLevel } from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { assertKnownCluster, type ReferenceData } from '../../lib/reference-data.ts';
import {
  cohortRows,
  getProgrammeRow,
  insertCohort,
  insertProgramme,
  listProgrammeRows,
  listSkillRows,
  lockProgrammeRow,
  organizationIdByKey,
  type ProgrammeRow,
  updateProgramme,
} from './talent.queries.ts';
import type { CohortInput, ProgrammeInput, ProgrammeOut, ProgrammePatch } from './talent.schemas.ts';

export type TalentCtx = { db: Db; reference: ReferenceData; user: AuthUser | null };

export const programmeNotFound = () =>
  new AppError(
    'not_found',
    say({ ja: '研修プログラムが見つかりません', en: 'Training programme not found' }),
  );

/** Admins (the cluster's coordinators) and the provider's own members manage a programme. */
export const isProviderOf = (user: AuthUser | null, providerOrganizationId: string) =>
  user?.role === 'admin' || (user?.role === 'member' && user.organizationId === providerOrganizationId);

const providerOnly = () =>
  forbidden({
    ja: 'この操作は研修提供機関のメンバーか管理者だけが行えます',
    en: "Only the provider's members or an admin can do this",
  });

export async function listSkills(ctx: TalentCtx, cluster?: string) {
  assertKnownCluster(ctx.reference, cluster);
  const items = await listSkillRows(ctx.db, cluster);
  return { items, total: items.length };
}

function unknownSkills(ref: ReferenceData, codes: readonly string[]): ErrorDetail[] {
  return codes.flatMap((code, i) =>
    ref.skills.has(code) ? [] : [{ path: `body.skills[${i}]`, message: unknownValue('code', code) }],
  );
}

function toProgrammeOut(
  ctx: TalentCtx,
  row: ProgrammeRow,
  cohorts: Awaited<ReturnType<typeof cohortRows>>,
): ProgrammeOut {
  const level = row.level as TrainingLevel;
  return {
    id: row.id,
    key: row.key,
    provider: { id: row.providerOrganizationId, key: row.providerKey, name: row.providerName },
    title: row.title,
    description: row.description,
    level,
    levelInfo: levelInfo(level),
    skills: row.skills.map((code) => {
      const s = ctx.reference.skills.get(code);
      return { code, cluster: s?.cluster ?? '', label: s?.label ?? { en: code } };
    }),
    durationWeeks: row.durationWeeks,
    delivery: row.delivery as ProgrammeOut['delivery'],
    defaultCapacity: row.defaultCapacity,
    feeJpy: row.feeJpy,
    employerSponsor: row.employerSponsor,
    publicSubsidy: row.publicSubsidy,
    source: row.source,
    illustrative: row.illustrative,
    cohorts: cohorts
      .filter((c) => c.programmeId === row.id)
      .map((c) => ({
        id: c.id,
        startOn: c.startOn,
        capacity: c.capacity,
        enrolled: c.enrolled,
        waiting: c.waiting,
        illustrative: c.illustrative,
      })),
    canEdit: isProviderOf(ctx.user, row.providerOrganizationId),
    version: row.version,
  };
}

export async function listProgrammes(
  ctx: TalentCtx,
  filter: { skill?: string; level?: number; provider?: string },
) {
  const rows = await listProgrammeRows(ctx.db, filter);
  const cohorts = await cohortRows(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toProgrammeOut(ctx, r, cohorts)), total: rows.length };
}

export async function getProgramme(ctx: TalentCtx, id: string) {
  const row = await getProgrammeRow(ctx.db, id);
  if (!row) throw programmeNotFound();
  return toProgrammeOut(ctx, row, await cohortRows(ctx.db, [row.id]));
}

const newKey = () => `programme-${randomBytes(5).toString('hex')}`;

export async function createProgramme(ctx: TalentCtx, user: AuthUser, input: ProgrammeInput) {
  const providerId = await organizationIdByKey(ctx.db, input.provider);
  const bad = unknownSkills(ctx.reference, input.skills);
  if (!providerId)
    bad.unshift({ path: 'body.provider', message: unknownValue('organisation', input.provider) });
  if (bad.length > 0) throw invalidFields(bad);
  if (!isProviderOf(user, providerId!)) throw providerOnly();
  const { provider: _provider, ...values } = input;
  try {
    const key = input.key ?? newKey();
    const id = await ctx.db.transaction(async (tx) => {
      const row = await insertProgramme(tx, {
        ...values,
        key,
        providerOrganizationId: providerId!,
      });
      await writeAudit(tx, user, {
        action: 'create',
        entity: 'training-programme',
        entityId: row.id,
        entityKey: key,
      });
      return row.id;
    });
    return getProgramme(ctx, id);
  } catch (err) {
    throw databaseConflict(err) ?? err;
  }
}

export async function patchProgramme(
  ctx: TalentCtx,
  user: AuthUser,
  id: string,
  patch: ProgrammePatch,
  ifMatch: IfMatch,
) {
  if (patch.skills) {
    const bad = unknownSkills(ctx.reference, patch.skills);
    if (bad.length > 0) throw invalidFields(bad);
  }
  await ctx.db.transaction(async (tx) => {
    const row = await lockProgrammeRow(tx, id);
    if (!row) throw programmeNotFound();
    if (!isProviderOf(user, row.providerOrganizationId)) throw providerOnly();
    checkIfMatch(ifMatch, row.version);
    await updateProgramme(tx, id, patch);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'training-programme',
      entityId: id,
      entityKey: row.key,
      changes: { fields: Object.keys(patch) },
    });
  });
  return getProgramme(ctx, id);
}

export async function addCohort(ctx: TalentCtx, user: AuthUser, programmeId: string, input: CohortInput) {
  const programme = await getProgrammeRow(ctx.db, programmeId);
  if (!programme) throw programmeNotFound();
  if (!isProviderOf(user, programme.providerOrganizationId)) throw providerOnly();
  const cohort = await ctx.db.transaction(async (tx) => {
    const row = await insertCohort(tx, {
      programmeId,
      startOn: input.startOn,
      capacity: input.capacity ?? programme.defaultCapacity,
      illustrative: input.illustrative,
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'training-cohort',
      entityId: row.id,
      entityKey: programme.key,
      changes: { startOn: row.startOn, capacity: row.capacity },
    });
    return row;
  });
  return { ...cohort, waiting: 0 };
}
