import {
  type ApplicationStage,
  canMoveStage,
  nextStages,
  retentionDueOn,
} from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { notifyOrganizations, notifyUsers, sendMail } from '../../lib/notify.ts';
import { accountOf } from './enrolments.queries.ts';
import { getOpeningRow, hasEnrolment } from './openings.queries.ts';
import { openingNotFound } from './openings.service.ts';
import {
  type ApplicationRow,
  type ApplicationScope,
  applicationIdOfPlacement,
  confirmRetention,
  getApplicationRow,
  insertApplication,
  insertPlacement,
  listApplicationRows,
  moveStage,
} from './placements.queries.ts';
import type { ApplicationOut, StageInput } from './placements.schemas.ts';

export type PlacementCtx = { db: Db; config: Config; user: AuthUser | null; today: string; now: Date };
type Viewer = ApplicationOut['viewerIs'];

const applicationNotFound = () =>
  new AppError('not_found', say({ ja: '応募が見つかりません', en: 'Application not found' }));
const conflict = (field: string, ja: string, en: string) =>
  new AppError('conflict', say({ ja, en }), [{ path: field, message: say({ ja, en }) }]);

function viewerOf(user: AuthUser | null, row: ApplicationRow): Viewer | null {
  if (!user) return null;
  if (user.role === 'admin') return 'admin';
  if (user.role === 'person' && row.applicantUserId === user.id) return 'applicant';
  if (user.role === 'member' && user.organizationId === row.organizationId) return 'employer';
  return null;
}

function scopeOf(user: AuthUser): ApplicationScope | null {
  if (user.role === 'admin') return { all: true };
  if (user.role === 'person') return { applicantUserId: user.id };
  if (user.role === 'member' && user.organizationId) return { organizationId: user.organizationId };
  return null;
}

/** An application is personal data: to anyone but the applicant and the hiring company it does not exist. */
async function visible(db: Db, user: AuthUser | null, id: string) {
  const row = await getApplicationRow(db, id);
  const viewer = row ? viewerOf(user, row) : null;
  if (!row || !viewer) throw applicationNotFound();
  return { row, viewer };
}

function toOut(row: ApplicationRow, viewer: Viewer): ApplicationOut {
  const stage = row.stage as ApplicationStage;
  return {
    id: row.id,
    opening: {
      id: row.openingId,
      title: row.openingTitle,
      organization: { id: row.organizationId, key: row.organizationKey, name: row.organizationName },
    },
    applicant: row.applicantUserId ? { name: row.applicantName, email: row.applicantEmail } : null,
    message: row.message,
    stage,
    nextStages: viewer === 'applicant' ? [] : [...nextStages(stage)],
    declineReason: row.declineReason,
    placement:
      row.placementId && row.placementStartOn
        ? {
            id: row.placementId,
            startOn: row.placementStartOn,
            retention6: row.retention6 as 'retained' | 'left' | null,
            retention12: row.retention12 as 'retained' | 'left' | null,
            due6On: retentionDueOn(row.placementStartOn, 6),
            due12On: retentionDueOn(row.placementStartOn, 12),
            remindersSent: row.remindersSent ?? [],
          }
        : null,
    viewerIs: viewer,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export async function getApplication(ctx: PlacementCtx, id: string) {
  const { row, viewer } = await visible(ctx.db, ctx.user, id);
  return toOut(row, viewer);
}

export async function listApplications(
  ctx: PlacementCtx,
  user: AuthUser,
  filter: { opening?: string; stage?: string },
) {
  const scope = scopeOf(user);
  const rows = scope ? await listApplicationRows(ctx.db, scope, filter) : [];
  const items = rows.map((r) => toOut(r, viewerOf(user, r)!));
  return { items, total: items.length };
}

/** A trainee or graduate applies to an open opening, once; the company's members are told. */
export async function apply(
  ctx: PlacementCtx,
  user: AuthUser,
  openingId: string,
  input: { message: string },
) {
  const opening = await getOpeningRow(ctx.db, openingId);
  if (!opening) throw openingNotFound();
  if (!(await hasEnrolment(ctx.db, user.id)))
    throw forbidden({
      ja: '応募できるのは研修の受講者・修了者だけです',
      en: 'Only trainees and graduates of a programme can apply',
    });
  if (opening.status !== 'open')
    throw conflict('path.id', 'この求人は締め切られました', 'The opening is closed');
  const account = await accountOf(ctx.db, user.id);
  let id: string;
  let mails: Awaited<ReturnType<typeof notifyOrganizations>> = [];
  try {
    id = await ctx.db.transaction(async (tx) => {
      const row = await insertApplication(tx, {
        openingId,
        applicantUserId: user.id,
        applicantName: account?.name ?? user.name,
        applicantEmail: account?.email ?? user.email,
        message: input.message,
      });
      await writeAudit(tx, user, { action: 'apply', entity: 'job-application', entityId: row.id });
      mails = await notifyOrganizations(tx, ctx.config, [opening.organizationId], {
        kind: 'job_application',
        title: { ja: '求人に応募がありました', en: 'A new application to your opening' },
        body: {
          ja: `「${opening.title.ja ?? opening.title.en}」に${account?.name ?? user.name}さんが応募しました。`,
          en: `${account?.name ?? user.name} applied to "${opening.title.en ?? opening.title.ja}".`,
        },
        link: `/talent/openings/${openingId}`,
      });
      return row.id;
    });
  } catch (err) {
    if (databaseConflict(err))
      throw conflict(
        'path.id',
        'この求人にはすでに応募しています',
        'You have already applied to this opening',
      );
    throw err;
  }
  await sendMail(ctx.db, ctx.config, mails);
  return getApplication({ ...ctx, user }, id);
}

/**
 * The company moves an application one stage on, or declines it with a reason. The move is one update guarded
 * by the stage it was read in: a concurrent move makes this one a 409, never a skipped stage. Hired creates the
 * placement in the same transaction, and the applicant is told of every move.
 */
export async function changeStage(ctx: PlacementCtx, user: AuthUser, id: string, input: StageInput) {
  const { row, viewer } = await visible(ctx.db, user, id);
  if (viewer === 'applicant')
    throw forbidden({ ja: '選考は企業が進めます', en: 'Only the hiring company moves an application' });
  const from = row.stage as ApplicationStage;
  if (!canMoveStage(from, input.to))
    throw conflict(
      'body.to',
      `「${from}」から「${input.to}」へは進めません`,
      `Cannot move from ${from} to ${input.to}`,
    );
  if (input.to === 'declined' && !input.reason)
    throw invalidFields([
      {
        path: 'body.reason',
        message: say({ ja: '見送りには理由が必要です', en: 'a decline needs a reason' }),
      },
    ]);
  const mails = await ctx.db.transaction(async (tx) => {
    const moved = await moveStage(tx, id, from, input.to, input.to === 'declined' ? input.reason! : null);
    if (!moved)
      throw conflict(
        'body.to',
        '他の操作で選考が進みました。読み直してください',
        'The stage changed meanwhile; reload',
      );
    if (input.to === 'hired') await insertPlacement(tx, id, input.startOn ?? row.openingStartOn);
    await writeAudit(tx, user, {
      action: 'move_stage',
      entity: 'job-application',
      entityId: id,
      changes: { from, to: input.to },
    });
    if (!row.applicantUserId) return [];
    return notifyUsers(tx, ctx.config, [{ id: row.applicantUserId, email: row.applicantEmail }], {
      kind: 'job_application_stage',
      title: { ja: '応募の選考状況が変わりました', en: 'Your application moved on' },
      body: {
        ja: `「${row.openingTitle.ja ?? row.openingTitle.en}」への応募: ${input.to}`,
        en: `Your application to "${row.openingTitle.en ?? row.openingTitle.ja}": ${input.to}`,
      },
      link: '/talent/applications',
    });
  });
  await sendMail(ctx.db, ctx.config, mails);
  return getApplication({ ...ctx, user }, id);
}

/** The employer confirms whether the person is still there at 6 or 12 months, once the check has come due. */
export async function confirmPlacementRetention(
  ctx: PlacementCtx,
  user: AuthUser,
  placementId: string,
  input: { months: 6 | 12; outcome: 'retained' | 'left' },
) {
  const applicationId = await applicationIdOfPlacement(ctx.db, placementId);
  if (!applicationId)
    throw new AppError('not_found', say({ ja: '就職の記録が見つかりません', en: 'Placement not found' }));
  const { row, viewer } = await visible(ctx.db, user, applicationId);
  if (viewer === 'applicant')
    throw forbidden({ ja: '定着の確認は雇用主が行います', en: 'The employer confirms retention' });
  const dueOn = retentionDueOn(row.placementStartOn!, input.months);
  if (ctx.today < dueOn)
    throw conflict('body.months', `この確認は${dueOn}からです`, `This check is due from ${dueOn}`);
  if (input.months === 12 && row.retention6 === 'left')
    throw conflict('body.months', '6か月時点で離職しています', 'The person left before 6 months');
  await ctx.db.transaction(async (tx) => {
    if (!(await confirmRetention(tx, placementId, input.months, input.outcome, ctx.now)))
      throw conflict('body.months', 'この確認は済んでいます', 'This check is already confirmed');
    await writeAudit(tx, user, {
      action: 'confirm_retention',
      entity: 'placement',
      entityId: placementId,
      changes: { ...input },
    });
  });
  return getApplication({ ...ctx, user }, applicationId);
}
