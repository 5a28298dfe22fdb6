import { type FlagKind, flagsFromAnswers } from '../../../core/desk/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { insertEvent } from './desk.queries.ts';
import { type DeskCtx, visibleCase } from './desk.service.ts';
import {
  claimScan,
  type FlagRow,
  getFlagRow,
  insertFlag,
  insertSurveyFlag,
  listFlagRows,
  resolveFlagRow,
  unscannedResponses,
} from './flags.queries.ts';
import type { FlagListQuery, FlagOut, RaiseFlagInput, ResolveFlagInput } from './flags.schemas.ts';

// Red flags (issue 16): a company planning to expand, to leave, or short of staff. A coordinator flags a
// consultation; survey answers that say so raise flags by themselves (the scan in aftercare.jobs.ts, with the
// answer → flag table in core/desk/aftercare.ts). Only coordinators read flags: the routes are admin-only, and
// the step in a case's log is for the desk's eyes (audience staff), so no member or partner sees a flag, its
// own organisation's included.

const flagNotFound = () =>
  new AppError('not_found', say({ ja: 'フラグが見つかりません', en: 'Flag not found' }));

function flagOut(row: FlagRow): FlagOut {
  return {
    id: row.id,
    kind: row.kind as FlagKind,
    source: row.source as FlagOut['source'],
    status: row.status as FlagOut['status'],
    organization:
      row.organizationId && row.organizationKey && row.organizationName
        ? { id: row.organizationId, key: row.organizationKey, name: row.organizationName }
        : null,
    companyName: row.companyName,
    consultationId: row.consultationId,
    note: row.note,
    evidence: row.evidence,
    raisedBy: row.raisedByName,
    raisedAt: row.raisedAt.toISOString(),
    resolvedBy: row.resolvedByName,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolution: row.resolution,
    version: row.version,
  };
}

export async function raiseFlag(
  ctx: DeskCtx,
  actor: AuthUser,
  consultationId: string,
  input: RaiseFlagInput,
) {
  const { row } = await visibleCase(ctx, actor, consultationId);
  const at = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const flagId = await insertFlag(tx, {
      kind: input.kind,
      source: 'consultation',
      organizationId: row.organizationId,
      companyName: row.companyName,
      consultationId,
      note: input.note,
      raisedBy: actor.id,
      raisedAt: at,
    });
    await insertEvent(tx, {
      consultationId,
      kind: 'flagged',
      audience: 'staff',
      actorId: actor.id,
      actorName: actor.name,
      body: input.note,
      data: { flag: flagId, kind: input.kind },
      at,
    });
    await writeAudit(tx, actor, {
      action: 'flag',
      entity: 'desk-flag',
      entityId: flagId,
      changes: { after: { kind: input.kind, consultation: consultationId } },
    });
    return flagId;
  });
  return flagOut((await getFlagRow(ctx.db, id))!);
}

export async function listFlags(ctx: DeskCtx, query: FlagListQuery) {
  const { rows, total, byKind } = await listFlagRows(ctx.db, {
    ...query,
    consultationId: query.consultation,
  });
  return {
    items: rows.map(flagOut),
    total,
    openByKind: Object.fromEntries(byKind.map((k) => [k.kind, k.n])),
  };
}

export async function resolveFlag(ctx: DeskCtx, actor: AuthUser, id: string, input: ResolveFlagInput) {
  const before = await getFlagRow(ctx.db, id);
  if (!before) throw flagNotFound();
  await ctx.db.transaction(async (tx) => {
    const moved = await resolveFlagRow(tx, id, input.version, {
      resolvedBy: actor.id,
      resolvedAt: ctx.now(),
      resolution: input.resolution ?? null,
    });
    if (!moved)
      throw new AppError(
        'conflict',
        before.status === 'resolved'
          ? say({ ja: 'このフラグは対応済みです', en: 'This flag is already resolved' })
          : say({ ja: '別の人が先に変更しました', en: 'Someone changed this flag first' }),
        [{ path: before.status === 'resolved' ? 'status' : 'body.version', message: before.status }],
      );
    await writeAudit(tx, actor, {
      action: 'resolve',
      entity: 'desk-flag',
      entityId: id,
      changes: { after: { resolution: input.resolution ?? null } },
    });
  });
  return flagOut((await getFlagRow(ctx.db, id))!);
}

// ——— From survey answers (aftercare.jobs.ts) ———

/**
 * Reads the submissions not read yet and raises the flags their answers mean. Each submission is claimed and
 * its flags written in one transaction; the unique (response, kind) index and the claim keep two runs, or
 * the same answer submitted again, from raising a flag twice.
 */
export async function raiseSurveyFlags(db: Db, now: Date, batch = 500) {
  let raised = 0;
  for (const response of await unscannedResponses(db, batch)) {
    const submittedAt = response.submittedAt!;
    raised += await db.transaction(async (tx) => {
      if (!(await claimScan(tx, response.id, submittedAt))) return 0;
      let n = 0;
      for (const flag of flagsFromAnswers(response.answers)) {
        const id = await insertSurveyFlag(tx, {
          kind: flag.kind,
          source: 'survey',
          organizationId: response.organizationId,
          companyName: response.invitee,
          consultationId: response.consultationId,
          surveyResponseId: response.id,
          evidence: { survey: response.surveyKey, question: flag.question, answer: flag.answer },
          raisedAt: now,
        });
        if (!id) continue;
        n++;
        if (response.consultationId)
          await insertEvent(tx, {
            consultationId: response.consultationId,
            kind: 'flagged',
            audience: 'staff',
            actorId: null,
            actorName: 'survey',
            data: { flag: id, kind: flag.kind, question: flag.question, answer: flag.answer },
            at: now,
          });
      }
      return n;
    });
  }
  return raised;
}
