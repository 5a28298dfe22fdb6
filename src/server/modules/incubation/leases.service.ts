import {
  addMonths,
  checkTerm,
  followUpYearDue,
  occupancyOfSpans,
  sitingLink,
  termMonths,
  type UnitKind,
  unitState,
} from '../../../core/incubation/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import {
  facilityOwner,
  type GraduationRow,
  getGraduationRow,
  getLeaseRow,
  insertGraduation,
  insertLease,
  insertReport,
  joinWaitlist,
  type LeaseRow,
  type LeaseScope,
  leaseKeyTaken,
  leaveWaitlist,
  listGraduationRows,
  listLeaseRows,
  lockLeaseRow,
  occupancyInputs,
  organizationIdByKey,
  overlappingInForce,
  priorStays,
  reportRowsOf,
  siteIdByKey,
  transitionLease,
  unitForLease,
  unitLeaseStates,
  waitlistCounts,
  waitlistRows,
} from './leases.queries.ts';
import type {
  FollowUpInput,
  GraduationInput,
  GraduationOut,
  LeaseOffer,
  LeaseOut,
  LeaseRenewal,
  revenueBands,
} from './leases.schemas.ts';

export type LeaseCtx = { db: Db; user: AuthUser | null; today: string };

const leaseNotFound = () =>
  new AppError('not_found', say({ ja: '賃貸借契約が見つかりません', en: 'Lease not found' }));
const graduationNotFound = () =>
  new AppError('not_found', say({ ja: '卒業の記録が見つかりません', en: 'Graduation not found' }));
const facilityNotFound = () =>
  new AppError('not_found', say({ ja: '施設が見つかりません', en: 'Facility not found' }));

// ——— Access ———

/** The office of a facility: an admin, or a member of the organisation that owns it. */
const isOffice = (user: AuthUser | null, ownerOrganizationId: string) =>
  user?.role === 'admin' || (user?.role === 'member' && user.organizationId === ownerOrganizationId);

const isTenant = (user: AuthUser | null, tenantOrganizationId: string) =>
  !!user && user.role !== 'admin' && !!user.organizationId && user.organizationId === tenantOrganizationId;

const scopeOf = (user: AuthUser | null): LeaseScope =>
  user?.role === 'admin' ? { all: true } : { organizationId: user?.organizationId ?? null };

/** A lease is seen by its tenant and its office; to anyone else it does not exist (404, not 403). */
function canSee(user: AuthUser | null, row: { tenantOrganizationId: string; ownerOrganizationId: string }) {
  return isOffice(user, row.ownerOrganizationId) || isTenant(user, row.tenantOrganizationId);
}

const officeOnly = () =>
  forbidden({
    ja: 'この操作は施設の事務局（管理者・施設の所有組織）だけが行えます',
    en: "Only the facility's office (an admin or the owner's members) can do this",
  });

// ——— Leases ———

export function toLeaseOut(row: LeaseRow): LeaseOut {
  return {
    id: row.id,
    key: row.key,
    unit: { id: row.unitId, key: row.unitKey, name: row.unitName, kind: row.unitKind as UnitKind },
    facility: { id: row.facilityId, key: row.facilityKey, name: row.facilityName },
    tenant: { id: row.tenantOrganizationId, key: row.tenantKey, name: row.tenantName },
    startOn: row.startOn,
    endOn: row.endOn,
    monthlyRentJpy: row.monthlyRentJpy,
    depositJpy: row.depositJpy,
    status: row.status as LeaseOut['status'],
    applicationId: row.applicationId,
    renewsLeaseId: row.renewsLeaseId,
    remindersSent: row.remindersSent,
    illustrative: row.illustrative,
    sitingLink:
      row.status === 'ending'
        ? sitingLink({
            kind: row.unitKind as UnitKind,
            floorAreaM2: row.floorAreaM2,
            powerKva: row.powerKva,
            ehv: row.ehv,
            craneT: row.craneT,
            cleanClass: row.cleanClass,
          })
        : null,
    version: row.version,
  };
}

async function visibleLease(db: Db, user: AuthUser | null, id: string) {
  const row = await getLeaseRow(db, id);
  if (!row || !canSee(user, row)) throw leaseNotFound();
  return row;
}

export async function getLease(ctx: LeaseCtx, id: string) {
  return toLeaseOut(await visibleLease(ctx.db, ctx.user, id));
}

export async function listLeases(ctx: LeaseCtx, filter: { facility?: string; status?: string }) {
  const rows = await listLeaseRows(ctx.db, scopeOf(ctx.user), filter);
  return { items: rows.map(toLeaseOut), total: rows.length };
}

/** The term rule, on the tenant's whole stay in the facility: a 4xx naming the rule and the field. */
async function assertTerm(
  db: Db,
  period: { start: string; end: string },
  tenantId: string,
  facilityId: string,
  maxMonths: number,
  exceptLeaseId?: string,
) {
  const prior = (await priorStays(db, tenantId, facilityId, exceptLeaseId)).reduce(
    (sum, s) => sum + termMonths(s.start, s.end),
    0,
  );
  const check = checkTerm(period, maxMonths, prior);
  if (check.ok) return;
  if (check.rule === 'end-before-start')
    throw invalidFields([
      {
        path: 'body.endOn',
        message: say({ ja: '開始日より後の日付にしてください', en: 'end before start' }),
      },
    ]);
  throw invalidFields([
    {
      path: 'body.endOn',
      message: say({
        ja: `最長入居期間の規則（max-term）：この施設は通算${check.maxMonths}か月までです（この契約で${check.months}か月）`,
        en: `max-term rule: at most ${check.maxMonths} months in this facility in all (this would make ${check.months})`,
      }),
    },
  ]);
}

const overlapConflict = () =>
  new AppError(
    'conflict',
    say({
      ja: 'この区画には期間の重なる契約がすでにあります',
      en: 'The unit already has a lease in force over these days',
    }),
    [{ path: 'body.startOn', message: say({ ja: '期間が重なります', en: 'overlaps a lease in force' }) }],
  );

function sqlState(err: unknown): string | undefined {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** An exclusion-constraint refusal (a concurrent lease won) as the same 409 the check gives. */
async function guardOverlap<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (sqlState(err) === '23P01') throw overlapConflict();
    throw databaseConflict(err) ?? err;
  }
}

export async function offerLease(ctx: LeaseCtx, actor: AuthUser, input: LeaseOffer) {
  const { db } = ctx;
  const unit = await unitForLease(db, input.unitId);
  const tenant = await organizationIdByKey(db, input.tenant);
  const errors = [];
  if (!unit)
    errors.push({ path: 'body.unitId', message: say({ ja: '区画が見つかりません', en: 'unknown unit' }) });
  if (!tenant) errors.push({ path: 'body.tenant', message: unknownValue('organisation', input.tenant) });
  if (input.endOn < input.startOn)
    errors.push({
      path: 'body.endOn',
      message: say({ ja: '開始日より後の日付にしてください', en: 'end before start' }),
    });
  if (errors.length) throw invalidFields(errors);
  if (!isOffice(actor, unit!.ownerOrganizationId)) throw officeOnly();
  const key = input.key ?? `${unit!.key}-${input.startOn}-${input.tenant}`.slice(0, 100);
  if (await leaseKeyTaken(db, key))
    throw new AppError('conflict', say({ ja: 'キーが使われています', en: 'key already used' }), [
      { path: 'body.key', message: say({ ja: 'すでに使われています', en: 'already used' }) },
    ]);
  await assertTerm(
    db,
    { start: input.startOn, end: input.endOn },
    tenant!.id,
    unit!.facilityId,
    unit!.maxTermMonths,
  );
  if ((await overlappingInForce(db, unit!.id, input.startOn, input.endOn)).length) throw overlapConflict();
  const id = await guardOverlap(() =>
    db.transaction(async (tx) => {
      const id = await insertLease(tx, {
        key,
        unitId: unit!.id,
        tenantOrganizationId: tenant!.id,
        startOn: input.startOn,
        endOn: input.endOn,
        monthlyRentJpy: input.monthlyRentJpy,
        depositJpy: input.depositJpy,
        applicationId: input.applicationId ?? null,
        status: 'offered',
      });
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'facility-lease',
        entityId: id,
        entityKey: key,
        changes: {
          after: { unit: unit!.key, tenant: input.tenant, startOn: input.startOn, endOn: input.endOn },
        },
      });
      return id;
    }),
  );
  return toLeaseOut((await getLeaseRow(db, id))!);
}

/**
 * A renewal: a new offer to the same tenant for the same unit, from the day after this lease ends to `endOn`,
 * refused when the whole stay would pass the facility's maximum term.
 */
export async function renewLease(ctx: LeaseCtx, actor: AuthUser, id: string, input: LeaseRenewal) {
  const row = await visibleLease(ctx.db, actor, id);
  if (!isOffice(actor, row.ownerOrganizationId)) throw officeOnly();
  if (row.status !== 'active' && row.status !== 'ending') throw notInStatus(row.status, ['active', 'ending']);
  const start = nextDay(row.endOn);
  if (input.endOn < start)
    throw invalidFields([
      {
        path: 'body.endOn',
        message: say({ ja: '現在の契約の終了日より後にしてください', en: 'must be after the current end' }),
      },
    ]);
  // The stay so far (this lease included) plus the renewal.
  await assertTerm(
    ctx.db,
    { start, end: input.endOn },
    row.tenantOrganizationId,
    row.facilityId,
    row.maxTermMonths,
  );
  const key = `${row.key}-r-${start}`.slice(0, 100);
  const newId = await guardOverlap(() =>
    ctx.db.transaction(async (tx) => {
      const newId = await insertLease(tx, {
        key,
        unitId: row.unitId,
        tenantOrganizationId: row.tenantOrganizationId,
        startOn: start,
        endOn: input.endOn,
        monthlyRentJpy: input.monthlyRentJpy ?? row.monthlyRentJpy,
        depositJpy: input.depositJpy ?? 0,
        renewsLeaseId: row.id,
        status: 'offered',
      });
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'facility-lease',
        entityId: newId,
        entityKey: key,
        changes: { after: { renews: row.key, startOn: start, endOn: input.endOn } },
      });
      return newId;
    }),
  );
  return toLeaseOut((await getLeaseRow(ctx.db, newId))!);
}

function nextDay(day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const notInStatus = (status: string, from: readonly string[]) =>
  new AppError(
    'conflict',
    say({
      ja: `この契約は「${status}」の状態のため、この操作はできません（${from.join('・')}のときだけ）`,
      en: `The lease is ${status}; this needs it ${from.join(' or ')}`,
    }),
    [{ path: 'status', message: status }],
  );

type Transition = { from: readonly string[]; to: string; who: 'tenant' | 'office' | 'either' };
export const leaseTransitions = {
  accept: { from: ['offered'], to: 'active', who: 'tenant' },
  notice: { from: ['active'], to: 'ending', who: 'either' },
  end: { from: ['active', 'ending'], to: 'ended', who: 'office' },
} as const satisfies Record<string, Transition>;
export type LeaseAction = keyof typeof leaseTransitions;

/**
 * One step of the lease's life, guarded in SQL by the status it leaves (and the version, with If-Match):
 * accepting an offer makes it active, which the exclusion constraint refuses when another lease in force
 * on the unit overlaps it, a 409 naming the period.
 */
export async function moveLease(
  ctx: LeaseCtx,
  actor: AuthUser,
  id: string,
  action: LeaseAction,
  ifMatch?: IfMatch,
) {
  const step: Transition = leaseTransitions[action];
  const seen = await visibleLease(ctx.db, actor, id);
  const allowed =
    step.who === 'tenant'
      ? isTenant(actor, seen.tenantOrganizationId)
      : step.who === 'office'
        ? isOffice(actor, seen.ownerOrganizationId)
        : isTenant(actor, seen.tenantOrganizationId) || isOffice(actor, seen.ownerOrganizationId);
  if (!allowed)
    throw forbidden(
      step.who === 'tenant'
        ? {
            ja: '契約を受諾できるのは入居する組織だけです',
            en: 'Only the tenant organisation can accept the offer',
          }
        : undefined,
    );
  await guardOverlap(() =>
    ctx.db.transaction(async (tx) => {
      const row = await lockLeaseRow(tx, id);
      if (!row) throw leaseNotFound();
      checkIfMatch(ifMatch, row.version);
      if (!step.from.includes(row.status)) throw notInStatus(row.status, step.from);
      if (step.to === 'active') {
        if ((await overlappingInForce(tx, row.unitId, row.startOn, row.endOn, row.id)).length)
          throw overlapConflict();
      }
      if (!(await transitionLease(tx, id, step.from, step.to))) throw notInStatus(row.status, step.from);
      await writeAudit(tx, actor, {
        action: 'transition',
        entity: 'facility-lease',
        entityId: id,
        entityKey: row.key,
        changes: { from: row.status, to: step.to },
      });
    }),
  );
  return toLeaseOut((await getLeaseRow(ctx.db, id))!);
}

// ——— Waiting list ———

async function facilityFor(db: Db, user: AuthUser | null, id: string) {
  const row = await facilityOwner(db, id);
  const readable =
    row &&
    ((row.published && row.ownerPublished) ||
      user?.role === 'admin' ||
      user?.organizationId === row.organizationId);
  if (!row || !readable) throw facilityNotFound();
  return row;
}

export async function getWaitlist(ctx: LeaseCtx, facilityId: string) {
  const facility = await facilityFor(ctx.db, ctx.user, facilityId);
  const office = isOffice(ctx.user, facility.organizationId);
  const rows = await waitlistRows(ctx.db, facilityId);
  const kinds = (['factory', 'lab', 'office'] as const).map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    const own = of.findIndex((r) => r.organizationId === ctx.user?.organizationId);
    return {
      kind,
      length: of.length,
      ownPosition: own < 0 ? null : own + 1,
      entries: office
        ? of.map((r, i) => ({
            position: i + 1,
            organization: { id: r.organizationId, key: r.organizationKey, name: r.organizationName },
            joinedAt: r.joinedAt.toISOString(),
          }))
        : [],
    };
  });
  return { facilityId, kinds };
}

function ownOrganization(actor: AuthUser) {
  if (!actor.organizationId)
    throw forbidden({
      ja: '組織に属するアカウントが必要です',
      en: 'An account of an organisation is needed',
    });
  return actor.organizationId;
}

export async function joinFacilityWaitlist(
  ctx: LeaseCtx,
  actor: AuthUser,
  facilityId: string,
  kind: UnitKind,
) {
  await facilityFor(ctx.db, actor, facilityId);
  await joinWaitlist(ctx.db, facilityId, kind, ownOrganization(actor));
  return getWaitlist(ctx, facilityId);
}

export async function leaveFacilityWaitlist(
  ctx: LeaseCtx,
  actor: AuthUser,
  facilityId: string,
  kind: UnitKind,
) {
  await facilityFor(ctx.db, actor, facilityId);
  await leaveWaitlist(ctx.db, facilityId, kind, ownOrganization(actor));
  return getWaitlist(ctx, facilityId);
}

// ——— Occupancy ———

const monthOf = (day: string) => day.slice(0, 7);
const addMonthsToMonth = (month: string, n: number) => monthOf(addMonths(`${month}-01`, n));

/** Leased m² ÷ leasable m², monthly, per facility and in total, with waiting-list lengths. Aggregates only. */
export async function occupancy(ctx: LeaseCtx, q: { from?: string; to?: string; facility?: string }) {
  const to = q.to ?? monthOf(ctx.today);
  const from = q.from ?? addMonthsToMonth(to, -23);
  if (from > to)
    throw invalidFields([
      { path: 'query.from', message: say({ ja: '終了月より前にしてください', en: 'after to' }) },
    ]);
  if (addMonthsToMonth(from, 120) <= to)
    throw invalidFields([
      { path: 'query.from', message: say({ ja: '10年までです', en: 'at most 10 years' }) },
    ]);
  const [input, waitRows] = await Promise.all([
    occupancyInputs(ctx.db, {
      from: `${from}-01`,
      to: `${addMonthsToMonth(to, 1)}-01`,
      facility: q.facility,
      any: ctx.user?.role === 'admin',
      orOrganizationId: ctx.user?.organizationId ?? null,
    }),
    waitlistCounts(ctx.db),
  ]);
  const waits = new Map(waitRows.map((w) => [w.facilityId, w.n]));
  const leasable = new Map(input.facilities.map((f) => [f.id, f.leasable]));
  const { total, groups } = occupancyOfSpans(leasable, input.spans, from, to);
  const facilities = input.facilities.map(({ leasable: _, ...f }) => ({
    ...f,
    months: groups.get(f.id) ?? [],
    waitlist: waits.get(f.id) ?? 0,
  }));
  return { from, to, total, facilities, waitlist: facilities.reduce((s, f) => s + f.waitlist, 0) };
}

/** Each unit's colour on the floor plan today; no tenant, no rent. */
export async function unitStates(ctx: LeaseCtx, facilityId: string) {
  await facilityFor(ctx.db, ctx.user, facilityId);
  const rows = await unitLeaseStates(ctx.db, facilityId);
  const byUnit = new Map<
    string,
    { key: string; leases: { status: 'offered'; start: string; end: string }[] }
  >();
  for (const r of rows) {
    const entry = byUnit.get(r.unitId) ?? { key: r.unitKey, leases: [] };
    if (r.status && r.start && r.end)
      entry.leases.push({ status: r.status as 'offered', start: r.start, end: r.end });
    byUnit.set(r.unitId, entry);
  }
  return {
    today: ctx.today,
    units: [...byUnit].map(([id, e]) => ({ id, key: e.key, state: unitState(e.leases, ctx.today) })),
  };
}

// ——— Graduation ———

async function graduationOut(db: Db, row: GraduationRow, today: string): Promise<GraduationOut> {
  const reports = await reportRowsOf(db, [row.id]);
  const dueYear = followUpYearDue(row.graduatedOn, today);
  return {
    id: row.id,
    leaseId: row.leaseId,
    tenant: { id: row.tenantId, key: row.tenantKey, name: row.tenantName },
    facility: { id: row.facilityId, key: row.facilityKey, name: row.facilityName },
    graduatedOn: row.graduatedOn,
    site: row.siteKey ? { key: row.siteKey, name: row.siteName ?? {} } : null,
    address: row.destinationAddress,
    jobsAtExit: row.jobsAtExit,
    investmentJpy: row.investmentJpy,
    reports: reports.map((r) => ({
      year: r.year,
      employees: r.employees,
      revenueBand: r.revenueBand as (typeof revenueBands)[number],
      inRegion: r.inRegion,
      comment: r.comment,
      submittedAt: r.submittedAt.toISOString(),
    })),
    dueYear,
    missing: dueYear !== null && !reports.some((r) => r.year === dueYear),
  };
}

export async function recordGraduation(
  ctx: LeaseCtx,
  actor: AuthUser,
  leaseId: string,
  input: GraduationInput,
) {
  const row = await visibleLease(ctx.db, actor, leaseId);
  if (!isOffice(actor, row.ownerOrganizationId)) throw officeOnly();
  if (row.status !== 'ending' && row.status !== 'ended') throw notInStatus(row.status, ['ending', 'ended']);
  const siteId = input.site ? await siteIdByKey(ctx.db, input.site) : null;
  if (input.site && !siteId)
    throw invalidFields([{ path: 'body.site', message: unknownValue('site', input.site) }]);
  const id = await ctx.db
    .transaction(async (tx) => {
      const id = await insertGraduation(tx, {
        leaseId,
        graduatedOn: input.graduatedOn,
        destinationSiteId: siteId ?? null,
        destinationAddress: input.address ?? null,
        jobsAtExit: input.jobsAtExit,
        investmentJpy: input.investmentJpy,
      });
      await writeAudit(tx, actor, {
        action: 'create',
        entity: 'lease-graduation',
        entityId: id,
        entityKey: row.key,
        changes: { after: { site: input.site ?? null, jobsAtExit: input.jobsAtExit } },
      });
      return id;
    })
    .catch((err) => {
      const conflict = databaseConflict(err);
      if (conflict)
        throw new AppError(
          'conflict',
          say({ ja: 'この契約の卒業はすでに記録されています', en: 'This lease already has a graduation' }),
          [{ path: 'path.id', message: say({ ja: '記録済み', en: 'already recorded' }) }],
        );
      throw err;
    });
  return graduationOut(ctx.db, (await getGraduationRow(ctx.db, id))!, ctx.today);
}

export async function listGraduations(ctx: LeaseCtx, q: { missing?: 'true' | 'false'; facility?: string }) {
  const rows = await listGraduationRows(ctx.db, scopeOf(ctx.user), q.facility);
  const items = await Promise.all(rows.map((r) => graduationOut(ctx.db, r, ctx.today)));
  const shown = q.missing === undefined ? items : items.filter((g) => g.missing === (q.missing === 'true'));
  return { items: shown, total: shown.length };
}

/** The graduate fills its yearly follow-up; once per year, only for a year already due. */
export async function submitFollowUp(
  ctx: LeaseCtx,
  actor: AuthUser,
  graduationId: string,
  input: FollowUpInput,
) {
  const row = await getGraduationRow(ctx.db, graduationId);
  if (
    !row ||
    !canSee(actor, { tenantOrganizationId: row.tenantId, ownerOrganizationId: row.ownerOrganizationId })
  )
    throw graduationNotFound();
  if (!isTenant(actor, row.tenantId) && actor.role !== 'admin')
    throw forbidden({ ja: '報告できるのは卒業した企業だけです', en: 'Only the graduated company reports' });
  const due = followUpYearDue(row.graduatedOn, ctx.today);
  if (due === null || input.year > due)
    throw invalidFields([
      {
        path: 'body.year',
        message: say({ ja: 'まだ報告の時期ではありません', en: 'this year’s report is not due yet' }),
      },
    ]);
  try {
    await insertReport(ctx.db, { graduationId, ...input });
  } catch (err) {
    if (databaseConflict(err))
      throw new AppError(
        'conflict',
        say({ ja: 'この年の報告は提出済みです', en: 'This year is already reported' }),
        [{ path: 'body.year', message: say({ ja: '提出済み', en: 'already reported' }) }],
      );
    throw err;
  }
  return graduationOut(ctx.db, row, ctx.today);
}
