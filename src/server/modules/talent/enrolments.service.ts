import { reviewCadence, totalHours } from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { notifyOrganizations, notifyUsers, sendMail } from '../../lib/notify.ts';
import {
  accountOf,
  type EnrolmentRow,
  type EnrolmentScope,
  eraseTrainee,
  firstWaiting,
  freeSeat,
  getEnrolmentRow,
  hourRows,
  insertEnrolment,
  insertHours,
  insertReview,
  listEnrolmentRows,
  lockCohort,
  lockEnrolment,
  reviewRows,
  takeSeat,
  updateEnrolment,
} from './enrolments.queries.ts';
import type { EnrolmentOut, HoursInput, ReviewInput } from './enrolments.schemas.ts';
import { eraseApplicant } from './placements.queries.ts';
import { organizationIdByKey } from './talent.queries.ts';

export type EnrolmentCtx = { db: Db; config: Config; user: AuthUser | null; today: string; now: Date };
type Party = EnrolmentOut['viewerIs'][number];

const enrolmentNotFound = () =>
  new AppError('not_found', say({ ja: '受講の記録が見つかりません', en: 'Enrolment not found' }));
const cohortNotFound = () =>
  new AppError('not_found', say({ ja: 'コホートが見つかりません', en: 'Cohort not found' }));
const wrongState = (field: string) =>
  new AppError(
    'conflict',
    say({
      ja: 'この受講の状態ではこの操作はできません',
      en: 'The enrolment is not in a state that allows this',
    }),
    [{ path: field, message: say({ ja: '状態が合いません', en: 'wrong state' }) }],
  );

// ——— Access: who is what to an enrolment ———

function partiesOf(user: AuthUser | null, row: EnrolmentRow): Party[] {
  if (!user) return [];
  const out: Party[] = [];
  if (user.role === 'admin') out.push('admin');
  if (user.role === 'person' && row.traineeUserId === user.id) out.push('trainee');
  if (user.role === 'member' && user.organizationId) {
    if (row.employerOrganizationId === user.organizationId) out.push('employer');
    if (row.providerId === user.organizationId) out.push('provider');
  }
  return out;
}

function scopeOf(user: AuthUser | null): EnrolmentScope {
  if (user?.role === 'admin') return { all: true };
  if (user?.role === 'person') return { traineeUserId: user.id };
  if (user?.role === 'member' && user.organizationId) return { organizationId: user.organizationId };
  return { none: true };
}

/** An enrolment is personal data: to anyone who is not a party it does not exist (404). */
async function visible(db: Db, user: AuthUser | null, id: string) {
  const row = await getEnrolmentRow(db, id);
  if (!row) throw enrolmentNotFound();
  const parties = partiesOf(user, row);
  if (parties.length === 0) throw enrolmentNotFound();
  return { row, parties };
}

const needs = (parties: Party[], allowed: Party[]) => {
  if (!parties.some((p) => allowed.includes(p)))
    throw forbidden({
      ja: 'この操作は受講の当事者（受講者・雇用主・研修提供機関）のうち決まった者だけが行えます',
      en: 'Only a particular party to this enrolment can do this',
    });
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function toOut(ctx: EnrolmentCtx, rows: EnrolmentRow[]): Promise<EnrolmentOut[]> {
  const ids = rows.map((r) => r.id);
  const [reviews, hours] = await Promise.all([reviewRows(ctx.db, ids), hourRows(ctx.db, ids)]);
  return rows.map((row) => {
    const mine = reviews.filter((r) => r.enrolmentId === row.id);
    const logged = hours.filter((h) => h.enrolmentId === row.id);
    return {
      id: row.id,
      status: row.status as EnrolmentOut['status'],
      waitingPosition: row.waitingPosition,
      cohort: { id: row.cohortId, startOn: row.cohortStartOn, capacity: row.cohortCapacity },
      programme: {
        id: row.programmeId,
        key: row.programmeKey,
        title: row.programmeTitle,
        level: row.programmeLevel,
        provider: { id: row.providerId, key: row.providerKey, name: row.providerName },
      },
      trainee: row.erasedAt ? null : { name: row.traineeName, email: row.traineeEmail },
      employer:
        row.employerOrganizationId && row.employerKey
          ? { id: row.employerOrganizationId, key: row.employerKey, name: row.employerName ?? {} }
          : null,
      sponsorConfirmedAt: iso(row.sponsorConfirmedAt),
      plan: {
        traineeSignedAt: iso(row.planTraineeSignedAt),
        employerSignedAt: iso(row.planEmployerSignedAt),
        providerSignedAt: iso(row.planProviderSignedAt),
        agreed:
          !!row.planTraineeSignedAt &&
          !!row.planProviderSignedAt &&
          (!row.employerOrganizationId || !!row.planEmployerSignedAt),
      },
      reviews: mine.map((r) => ({
        id: r.id,
        reviewedOn: r.reviewedOn,
        rag: r.rag as 'red' | 'amber' | 'green',
        note: r.note,
      })),
      reviewDue: reviewCadence(
        row.cohortStartOn,
        mine.map((r) => r.reviewedOn),
        ctx.today,
      ),
      hours: logged.map((h) => ({ id: h.id, workedOn: h.workedOn, hours: h.hours, activity: h.activity })),
      totalHours: totalHours(logged),
      qualification: row.qualification,
      withdrawalReason: row.withdrawalReason,
      endedOn: row.endedOn,
      erased: !!row.erasedAt,
      illustrative: row.illustrative,
      viewerIs: partiesOf(ctx.user, row),
      version: row.version,
    };
  });
}

export async function getEnrolment(ctx: EnrolmentCtx, id: string) {
  const { row } = await visible(ctx.db, ctx.user, id);
  return (await toOut(ctx, [row]))[0]!;
}

export async function listEnrolments(ctx: EnrolmentCtx, filter: { cohort?: string; status?: string }) {
  const rows = await listEnrolmentRows(ctx.db, scopeOf(ctx.user), filter);
  return { items: await toOut(ctx, rows), total: rows.length };
}

// ——— Enrolment and the waiting list ———

/**
 * A person asks for a place: with the cohort row locked, a free seat is taken by one guarded update, or the
 * person joins the waiting list. Asking twice while a place or an entry is live is refused by a partial
 * unique index (409).
 */
export async function enrol(
  ctx: EnrolmentCtx,
  user: AuthUser,
  cohortId: string,
  input: { employer?: string },
) {
  const employerId = input.employer ? await organizationIdByKey(ctx.db, input.employer) : null;
  if (input.employer && !employerId)
    throw invalidFields([{ path: 'body.employer', message: unknownValue('organisation', input.employer) }]);
  const account = await accountOf(ctx.db, user.id);
  let id: string;
  let mails: Awaited<ReturnType<typeof notifyUsers>> = [];
  try {
    id = await ctx.db.transaction(async (tx) => {
      const cohort = await lockCohort(tx, cohortId);
      if (!cohort) throw cohortNotFound();
      const seated = await takeSeat(tx, cohortId);
      const row = await insertEnrolment(tx, {
        cohortId,
        traineeUserId: user.id,
        traineeName: account?.name ?? '',
        traineeEmail: account?.email ?? user.email,
        employerOrganizationId: employerId,
        status: seated ? 'enrolled' : 'waiting',
      });
      await writeAudit(tx, user, {
        action: seated ? 'enrol' : 'join_waitlist',
        entity: 'training-enrolment',
        entityId: row.id,
        entityKey: cohort.programmeKey,
      });
      // The named employer is asked to confirm it sponsors the trainee (nothing is shared until it does sign).
      if (employerId)
        mails = await notifyOrganizations(tx, ctx.config, [employerId], {
          kind: 'training_sponsorship',
          title: { ja: '研修スポンサーの確認依頼', en: 'Please confirm a training sponsorship' },
          body: {
            ja: `${account?.name ?? user.name} さんが、貴社をスポンサーとして研修に申し込みました。確認してください。`,
            en: `${account?.name ?? user.name} enrolled on a training programme naming your organisation as sponsor. Please confirm.`,
          },
          link: '/talent/my',
        });
      return row.id;
    });
    await sendMail(ctx.db, ctx.config, mails);
  } catch (err) {
    const conflict = databaseConflict(err, 'path');
    if (conflict)
      throw new AppError(
        'conflict',
        say({
          ja: 'このコホートにはすでに申し込んでいます',
          en: 'You already have a place or a waiting-list entry in this cohort',
        }),
        [{ path: 'path.id', message: say({ ja: '申込済みです', en: 'already enrolled' }) }],
      );
    throw err;
  }
  return getEnrolment({ ...ctx, user }, id);
}

/**
 * Withdrawal frees a place; in the same transaction the first on the waiting list takes it and is told.
 * The trainee, the provider or an admin may withdraw; the reason is the recorded outcome.
 */
export async function withdraw(ctx: EnrolmentCtx, user: AuthUser, id: string, reason: string) {
  const { row, parties } = await visible(ctx.db, user, id);
  needs(parties, ['trainee', 'provider', 'admin']);
  const mails = await ctx.db.transaction(async (tx) => {
    await lockCohort(tx, row.cohortId);
    const current = await lockEnrolment(tx, id);
    if (!current || !['enrolled', 'waiting'].includes(current.status)) throw wrongState('path.id');
    await updateEnrolment(tx, id, { status: 'withdrawn', withdrawalReason: reason, endedOn: ctx.today });
    await writeAudit(tx, user, { action: 'withdraw', entity: 'training-enrolment', entityId: id });
    if (current.status !== 'enrolled') return [];
    const next = await firstWaiting(tx, row.cohortId);
    if (!next) {
      await freeSeat(tx, row.cohortId);
      return [];
    }
    await updateEnrolment(tx, next.id, { status: 'enrolled' }, ['waiting']);
    await writeAudit(tx, null, { action: 'promote', entity: 'training-enrolment', entityId: next.id });
    if (!next.traineeUserId || !next.email) return [];
    return notifyUsers(tx, ctx.config, [{ id: next.traineeUserId, email: next.email }], {
      kind: 'training_place',
      title: { ja: '研修の受講枠が空きました', en: 'A training place is yours' },
      body: {
        ja: `キャンセル待ちから「${row.programmeTitle.ja ?? row.programmeTitle.en}」（${row.cohortStartOn} 開始）の受講が決まりました。`,
        en: `You moved up from the waiting list: you have a place on "${row.programmeTitle.en ?? row.programmeTitle.ja}" starting ${row.cohortStartOn}.`,
      },
      link: '/talent/my',
    });
  });
  await sendMail(ctx.db, ctx.config, mails);
  return getEnrolment({ ...ctx, user }, id);
}

/** The sponsoring employer's member confirms the sponsorship the trainee named. */
export async function confirmSponsorship(ctx: EnrolmentCtx, user: AuthUser, id: string) {
  const { parties } = await visible(ctx.db, user, id);
  needs(parties, ['employer']);
  await ctx.db.transaction(async (tx) => {
    await updateEnrolment(tx, id, { sponsorConfirmedAt: ctx.now });
    await writeAudit(tx, user, { action: 'confirm_sponsorship', entity: 'training-enrolment', entityId: id });
  });
  return getEnrolment({ ...ctx, user }, id);
}

/** Each party signs the training plan for itself; the employer only once it has confirmed the sponsorship. */
export async function signPlan(ctx: EnrolmentCtx, user: AuthUser, id: string) {
  const { row, parties } = await visible(ctx.db, user, id);
  const signing = parties.filter((p) => p !== 'admin');
  needs(signing, ['trainee', 'employer', 'provider']);
  if (signing.includes('employer') && !row.sponsorConfirmedAt)
    throw new AppError(
      'conflict',
      say({ ja: '先にスポンサーを確認してください', en: 'Confirm the sponsorship before signing the plan' }),
      [{ path: 'path.id', message: say({ ja: 'スポンサー未確認', en: 'sponsorship not confirmed' }) }],
    );
  await ctx.db.transaction(async (tx) => {
    await updateEnrolment(tx, id, {
      ...(signing.includes('trainee') ? { planTraineeSignedAt: ctx.now } : {}),
      ...(signing.includes('employer') ? { planEmployerSignedAt: ctx.now } : {}),
      ...(signing.includes('provider') ? { planProviderSignedAt: ctx.now } : {}),
    });
    await writeAudit(tx, user, {
      action: 'sign_plan',
      entity: 'training-enrolment',
      entityId: id,
      changes: { as: signing },
    });
  });
  return getEnrolment({ ...ctx, user }, id);
}

const placeOnly = (row: EnrolmentRow) => {
  if (row.status !== 'enrolled') throw wrongState('path.id');
};

export async function addReview(ctx: EnrolmentCtx, user: AuthUser, id: string, input: ReviewInput) {
  const { row, parties } = await visible(ctx.db, user, id);
  needs(parties, ['provider', 'admin']);
  placeOnly(row);
  if (input.reviewedOn > ctx.today)
    throw invalidFields([
      { path: 'body.reviewedOn', message: say({ ja: '未来の日付です', en: 'in the future' }) },
    ]);
  await ctx.db.transaction(async (tx) => {
    await insertReview(tx, { enrolmentId: id, ...input });
    await writeAudit(tx, user, { action: 'review', entity: 'training-enrolment', entityId: id });
  });
  return getEnrolment({ ...ctx, user }, id);
}

export async function logHours(ctx: EnrolmentCtx, user: AuthUser, id: string, input: HoursInput) {
  const { row, parties } = await visible(ctx.db, user, id);
  needs(parties, ['trainee', 'provider', 'admin']);
  placeOnly(row);
  if (input.workedOn > ctx.today || input.workedOn < row.cohortStartOn)
    throw invalidFields([
      {
        path: 'body.workedOn',
        message: say({ ja: '開始日から今日までの日付にしてください', en: 'between the start and today' }),
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    await insertHours(tx, { enrolmentId: id, ...input });
    await writeAudit(tx, user, { action: 'log_hours', entity: 'training-enrolment', entityId: id });
  });
  return getEnrolment({ ...ctx, user }, id);
}

/** The provider records completion with the qualification gained; the place stays counted. */
export async function complete(
  ctx: EnrolmentCtx,
  user: AuthUser,
  id: string,
  input: { qualification: string; endedOn: string },
) {
  const { row, parties } = await visible(ctx.db, user, id);
  needs(parties, ['provider', 'admin']);
  if (input.endedOn < row.cohortStartOn)
    throw invalidFields([
      { path: 'body.endedOn', message: say({ ja: '開始日より前です', en: 'before the start' }) },
    ]);
  await ctx.db.transaction(async (tx) => {
    const moved = await updateEnrolment(tx, id, { status: 'completed', ...input }, ['enrolled']);
    if (!moved) throw wrongState('path.id');
    await writeAudit(tx, user, { action: 'complete', entity: 'training-enrolment', entityId: id });
  });
  return getEnrolment({ ...ctx, user }, id);
}

// ——— The trainee's own data ———

export async function exportMyData(ctx: EnrolmentCtx, user: AuthUser) {
  const account = await accountOf(ctx.db, user.id);
  const rows = await listEnrolmentRows(ctx.db, { traineeUserId: user.id }, {});
  return {
    exportedAt: ctx.now.toISOString(),
    account: { name: account?.name ?? '', email: account?.email ?? user.email },
    enrolments: await toOut({ ...ctx, user }, rows),
  };
}

/**
 * Erasure: the person's enrolments and job applications lose their name, email and free text, and the opt-in
 * to employers goes; the rows stay for the counts.
 */
export async function eraseMyData(ctx: EnrolmentCtx, user: AuthUser) {
  const erased = await ctx.db.transaction(async (tx) => {
    const n = await eraseTrainee(tx, user.id, ctx.now);
    const applications = await eraseApplicant(tx, user.id);
    await writeAudit(tx, user, {
      action: 'erase',
      entity: 'training-enrolment',
      changes: { enrolments: n, applications },
    });
    return n;
  });
  return { erasedEnrolments: erased };
}
