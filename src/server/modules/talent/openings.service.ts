import { rankCandidates } from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import type { ReferenceData } from '../../lib/reference-data.ts';
import {
  getOpeningRow,
  getProfileRow,
  insertOpening,
  listOpeningRows,
  lockOpeningRow,
  type OpeningRow,
  updateOpening,
  upsertProfile,
  visibleCandidateRows,
} from './openings.queries.ts';
import type { CandidateOut, OpeningInput, OpeningOut, OpeningPatch } from './openings.schemas.ts';
import { organizationIdByKey } from './talent.queries.ts';

export type OpeningsCtx = { db: Db; reference: ReferenceData; user: AuthUser | null };

export const openingNotFound = () =>
  new AppError('not_found', say({ ja: '求人が見つかりません', en: 'Job opening not found' }));

/** The hiring company's own members, and admins, manage an opening and see its applications. */
export const isCompanyOf = (user: AuthUser | null, organizationId: string) =>
  user?.role === 'admin' || (user?.role === 'member' && user.organizationId === organizationId);

const companyOnly = () =>
  forbidden({
    ja: 'この操作は求人を出した企業のメンバーか管理者だけが行えます',
    en: "Only the hiring company's members or an admin can do this",
  });

function unknownSkills(ref: ReferenceData, codes: readonly string[]): ErrorDetail[] {
  return codes.flatMap((code, i) =>
    ref.skills.has(code) ? [] : [{ path: `body.skills[${i}]`, message: unknownValue('code', code) }],
  );
}

const skillOut = (ref: ReferenceData, code: string) => ({
  code,
  label: ref.skills.get(code)?.label ?? { en: code },
});

function toOpeningOut(ctx: OpeningsCtx, row: OpeningRow): OpeningOut {
  const mine = isCompanyOf(ctx.user, row.organizationId);
  return {
    id: row.id,
    organization: { id: row.organizationId, key: row.organizationKey, name: row.organizationName },
    title: row.title,
    description: row.description,
    skills: row.skills.map((code) => skillOut(ctx.reference, code)),
    level: row.level,
    prefecture: row.prefecture,
    municipality: row.municipality,
    lat: row.lat,
    lng: row.lng,
    startOn: row.startOn,
    status: row.status as OpeningOut['status'],
    illustrative: row.illustrative,
    canEdit: mine,
    applications: mine ? row.applications : null,
    version: row.version,
  };
}

export async function listOpenings(ctx: OpeningsCtx, filter: { status?: string; organization?: string }) {
  const rows = await listOpeningRows(ctx.db, filter);
  return { items: rows.map((r) => toOpeningOut(ctx, r)), total: rows.length };
}

export async function getOpening(ctx: OpeningsCtx, id: string) {
  const row = await getOpeningRow(ctx.db, id);
  if (!row) throw openingNotFound();
  return toOpeningOut(ctx, row);
}

export async function createOpening(ctx: OpeningsCtx, user: AuthUser, input: OpeningInput) {
  const organizationId = await organizationIdByKey(ctx.db, input.organization);
  const bad = unknownSkills(ctx.reference, input.skills);
  if (!organizationId)
    bad.unshift({ path: 'body.organization', message: unknownValue('organisation', input.organization) });
  if (bad.length > 0) throw invalidFields(bad);
  if (!isCompanyOf(user, organizationId!)) throw companyOnly();
  const { organization: _o, ...values } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertOpening(tx, { ...values, organizationId: organizationId! });
    await writeAudit(tx, user, { action: 'create', entity: 'job-opening', entityId: row.id });
    return row.id;
  });
  return getOpening(ctx, id);
}

export async function patchOpening(
  ctx: OpeningsCtx,
  user: AuthUser,
  id: string,
  patch: OpeningPatch,
  ifMatch: IfMatch,
) {
  if (patch.skills) {
    const bad = unknownSkills(ctx.reference, patch.skills);
    if (bad.length > 0) throw invalidFields(bad);
  }
  await ctx.db.transaction(async (tx) => {
    const row = await lockOpeningRow(tx, id);
    if (!row) throw openingNotFound();
    if (!isCompanyOf(user, row.organizationId)) throw companyOnly();
    checkIfMatch(ifMatch, row.version);
    // A point is both coordinates: the check constraint refuses half of one, so say which field is missing.
    const lat = patch.lat === undefined ? row.lat : patch.lat;
    const lng = patch.lng === undefined ? row.lng : patch.lng;
    if ((lat === null) !== (lng === null))
      throw invalidFields([
        {
          path: lat === null ? 'body.lat' : 'body.lng',
          message: say({ ja: '緯度と経度は両方必要です', en: 'give both lat and lng, or neither' }),
        },
      ]);
    await updateOpening(tx, id, patch);
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'job-opening',
      entityId: id,
      changes: { fields: Object.keys(patch) },
    });
  });
  return getOpening(ctx, id);
}

/**
 * The trainees and graduates who fit an opening, with why: only people who opted in to be visible to
 * employers are read at all, and only the hiring company (or an admin) may ask.
 */
/** How many of the people who fit an opening are listed, best first, each with its explanation. */
const candidatesShown = 100;

export async function openingCandidates(
  ctx: OpeningsCtx,
  id: string,
  filter: { graduatedSince?: string } = {},
) {
  const row = await getOpeningRow(ctx.db, id);
  if (!row) throw openingNotFound();
  if (!isCompanyOf(ctx.user, row.organizationId)) throw companyOnly();
  const since = filter.graduatedSince;
  // "This year's graduates": someone on a programme now stays; a graduate only if they completed since then.
  const current = (p: { onProgramme: boolean; graduatedOn: string | null }) =>
    !since || p.onProgramme || (p.graduatedOn !== null && p.graduatedOn >= since);
  const people = (await visibleCandidateRows(ctx.db)).filter(current).map((p) => ({
    ...p,
    id: p.userId,
    place: { prefecture: p.prefecture, municipality: p.municipality },
  }));
  const ranked = rankCandidates(
    {
      skills: row.skills,
      level: row.level,
      place: { prefecture: row.prefecture, municipality: row.municipality },
    },
    people,
    candidatesShown,
  );
  const items: CandidateOut[] = ranked.items.map(({ candidate: p, fit }) => ({
    userId: p.userId,
    name: p.name,
    status: p.graduate ? 'graduate' : 'trainee',
    graduatedYear: p.graduatedOn ? Number(p.graduatedOn.slice(0, 4)) : null,
    level: p.level,
    skills: p.skills.map((code) => skillOut(ctx.reference, code)),
    prefecture: p.prefecture,
    municipality: p.municipality,
    illustrative: p.illustrative,
    ...fit,
  }));
  return { items, total: ranked.total };
}

export async function getMyProfile(ctx: OpeningsCtx, user: AuthUser) {
  const row = await getProfileRow(ctx.db, user.id);
  return {
    visibleToEmployers: row?.visibleToEmployers ?? false,
    prefecture: row?.prefecture ?? '',
    municipality: row?.municipality ?? '',
  };
}

export async function putMyProfile(
  ctx: OpeningsCtx,
  user: AuthUser,
  input: { visibleToEmployers: boolean; prefecture: string; municipality: string },
) {
  await ctx.db.transaction(async (tx) => {
    await upsertProfile(tx, { userId: user.id, ...input });
    await writeAudit(tx, user, {
      action: 'update',
      entity: 'talent-profile',
      entityId: user.id,
      changes: { visibleToEmployers: input.visibleToEmployers },
    });
  });
  return getMyProfile(ctx, user);
}
