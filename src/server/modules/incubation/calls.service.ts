import {
  type Criterion,
  panelSheet,
  type ReviewerScores,
  weightedScore,
} from '../../../core/incubation/index.ts';
import { breakingChanges, checkAnswers, checkDefinition } from '../../../core/surveys/index.ts';
import type { Answers, SurveyDefinition, SurveyIssue } from '../../../core/surveys/types.ts';
import type { Db } from '../../db/client.ts';
import type { RubricCriterion } from '../../db/schema/incubation-calls.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { grantQuota, revokeQuotasFrom } from './bookings.service.ts';
import {
  type ApplicationRow,
  allApplications,
  applicationsOfCall,
  applicationsOfOrganization,
  applicationsOfReviewer,
  type CallRow,
  type CallValues,
  callUsage,
  equipmentByKey,
  equipmentOf,
  equipmentRef,
  getApplicationRow,
  getCallRow,
  insertApplication,
  insertCall,
  insertReview,
  listCallRows,
  lockApplicationRow,
  lockCallRow,
  markConflict,
  organizationRef,
  ownApplications,
  type ReviewWithReviewer,
  reviewerAccounts,
  reviewOf,
  reviewsOf,
  saveScores,
  submitDraft,
  submittedCounts,
  unitRef,
  unitsByKey,
  unitsOf,
  updateApplicationRow,
  updateCallRow,
  userById,
} from './calls.queries.ts';
import type {
  ApplicationInput,
  ApplicationOut,
  ApplicationPatch,
  CallInput,
  CallOut,
  CallPatch,
  DecisionInput,
  ScoreSheet,
} from './calls.schemas.ts';

// Public calls (公募 → 審査 → 入居): the office's calls, companies' applications, reviewers' scores, the panel
// sheet and decisions. Who sees what is decided here: an application is visible to the office, to its own
// organisation's members, and to reviewers assigned to it; to anyone else it does not exist (404).

export type CallsCtx = { db: Db; user: AuthUser; now: () => Date };

const callNotFound = () =>
  new AppError('not_found', say({ ja: '公募が見つかりません', en: 'Call not found' }));
const applicationNotFound = () =>
  new AppError('not_found', say({ ja: '応募が見つかりません', en: 'Application not found' }));

const at = (prefix: string, issues: SurveyIssue[]): ErrorDetail[] =>
  issues.map((i) => ({ path: `${prefix}.${i.path}`, message: say(i.message) }));

const definitionOf = (form: { questions: unknown[] } | null): SurveyDefinition =>
  ({ questions: form?.questions ?? [] }) as SurveyDefinition;

const isOpen = (call: Pick<CallRow, 'opensAt' | 'closesAt'>, now: Date) =>
  call.opensAt.getTime() <= now.getTime() && now.getTime() < call.closesAt.getTime();

const criteriaOf = (rubric: RubricCriterion[]): Criterion[] =>
  rubric.map((c) => ({ id: c.key, weight: c.weight }));

// ——— Calls ———

/** What spans fields: the window, the weights, criterion keys, the offer and the form. */
async function callValues(db: Db, input: CallInput): Promise<CallValues> {
  const issues: ErrorDetail[] = [];
  const opens = new Date(input.opensAt);
  const closes = new Date(input.closesAt);
  if (closes.getTime() <= opens.getTime())
    issues.push({
      path: 'body.closesAt',
      message: say({ ja: '受付開始（opensAt）より後にしてください', en: 'must be after opensAt' }),
    });
  const sum = input.rubric.reduce((s, c) => s + c.weight, 0);
  if (Math.abs(sum - 100) > 1e-6)
    issues.push({
      path: 'body.rubric',
      message: say({
        ja: `重みの合計が ${round(sum)} です。合計 100 にしてください`,
        en: `weights sum to ${round(sum)}; they must sum to 100`,
      }),
    });
  const seen = new Set<string>();
  input.rubric.forEach((c, i) => {
    if (seen.has(c.key))
      issues.push({
        path: `body.rubric[${i}].key`,
        message: say({ ja: `「${c.key}」が2回使われています`, en: `"${c.key}" is used twice` }),
      });
    seen.add(c.key);
  });
  if (input.kind === 'tenancy') {
    if (!input.units.length)
      issues.push({
        path: 'body.units',
        message: say({
          ja: '入居公募には区画が1つ以上必要です',
          en: 'a tenancy call offers at least one unit',
        }),
      });
    if (input.equipment.length)
      issues.push({
        path: 'body.equipment',
        message: say({ ja: '設備は共同利用公募で募集します', en: 'equipment is offered by joint-use calls' }),
      });
  } else {
    if (!input.equipment.length)
      issues.push({
        path: 'body.equipment',
        message: say({
          ja: '共同利用公募には設備が1つ以上必要です',
          en: 'a joint-use call offers at least one equipment item',
        }),
      });
    if (input.units.length)
      issues.push({
        path: 'body.units',
        message: say({ ja: '区画は入居公募で募集します', en: 'units are offered by tenancy calls' }),
      });
  }
  const units = new Map((await unitsByKey(db, input.units)).map((u) => [u.key, u.id]));
  input.units.forEach((k, i) => {
    if (!units.has(k)) issues.push({ path: `body.units[${i}]`, message: unknown('区画', 'unit', k) });
  });
  const equipment = new Map((await equipmentByKey(db, input.equipment)).map((e) => [e.key, e.id]));
  input.equipment.forEach((k, i) => {
    if (!equipment.has(k))
      issues.push({ path: `body.equipment[${i}]`, message: unknown('設備', 'equipment', k) });
  });
  if (input.form) issues.push(...at('body.form', checkDefinition(input.form as SurveyDefinition)));
  if (issues.length) throw invalidFields(issues);
  return {
    key: input.key,
    kind: input.kind,
    title: input.title,
    eligibility: input.eligibility,
    opensAt: opens,
    closesAt: closes,
    unitIds: [...new Set(input.units.map((k) => units.get(k)!))],
    equipmentIds: [...new Set(input.equipment.map((k) => equipment.get(k)!))],
    form: input.form ?? { questions: [] },
    rubric: input.rubric,
    disagreementThreshold: input.disagreementThreshold,
    scoresReleased: input.scoresReleased,
    illustrative: input.illustrative,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const unknown = (ja: string, en: string, key: string) =>
  say({ ja: `${ja}「${key}」はありません`, en: `unknown ${en} "${key}"` });

async function callForm(db: Db, row: CallRow): Promise<CallInput> {
  const units = await unitsOf(db, row.unitIds);
  const equipment = await equipmentOf(db, row.equipmentIds);
  return {
    key: row.key,
    kind: row.kind as CallInput['kind'],
    title: row.title,
    eligibility: row.eligibility,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    units: units.map((u) => u.key),
    equipment: equipment.map((e) => e.key),
    ...(row.form.questions.length ? { form: row.form as NonNullable<CallInput['form']> } : {}),
    rubric: row.rubric,
    disagreementThreshold: row.disagreementThreshold,
    scoresReleased: row.scoresReleased,
    illustrative: row.illustrative,
  };
}

async function callOut(
  db: Db,
  row: CallRow,
  now: Date,
  extra: { applications?: number; mine?: CallOut['myApplication'] } = {},
): Promise<CallOut> {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind as CallOut['kind'],
    title: row.title,
    eligibility: row.eligibility,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    open: isOpen(row, now),
    units: await unitsOf(db, row.unitIds),
    equipment: await equipmentOf(db, row.equipmentIds),
    ...(row.form.questions.length ? { form: row.form as NonNullable<CallOut['form']> } : {}),
    rubric: row.rubric,
    disagreementThreshold: row.disagreementThreshold,
    scoresReleased: row.scoresReleased,
    illustrative: row.illustrative,
    version: row.version,
    ...(extra.applications !== undefined ? { applications: extra.applications } : {}),
    myApplication: extra.mine ?? null,
  };
}

async function mineFor(ctx: CallsCtx) {
  if (ctx.user.role !== 'member' || !ctx.user.organizationId)
    return new Map<string, CallOut['myApplication']>();
  const rows = await ownApplications(ctx.db, ctx.user.organizationId);
  return new Map(
    rows.map((r) => [
      r.callId,
      {
        id: r.id,
        status: r.status as 'draft' | 'submitted',
        decision: r.decision as NonNullable<CallOut['myApplication']>['decision'],
      },
    ]),
  );
}

export async function listCalls(ctx: CallsCtx) {
  const rows = await listCallRows(ctx.db);
  const counts = ctx.user.role === 'admin' ? await submittedCounts(ctx.db) : undefined;
  const mine = await mineFor(ctx);
  const now = ctx.now();
  const items = [];
  for (const row of rows)
    items.push(
      await callOut(ctx.db, row, now, {
        ...(counts ? { applications: counts.get(row.id) ?? 0 } : {}),
        mine: mine.get(row.id) ?? null,
      }),
    );
  return { items, total: items.length };
}

export async function getCall(ctx: CallsCtx, id: string) {
  const row = await getCallRow(ctx.db, id);
  if (!row) throw callNotFound();
  const mine = await mineFor(ctx);
  return callOut(ctx.db, row, ctx.now(), { mine: mine.get(row.id) ?? null });
}

export async function createCall(ctx: CallsCtx, input: CallInput) {
  return ctx.db.transaction(async (tx) => {
    const values = await callValues(tx, input);
    const row = await insertCall(tx, values).catch((err) => {
      throw databaseConflict(err) ?? err;
    });
    await writeAudit(tx, ctx.user, {
      action: 'create',
      entity: 'incubation_call',
      entityId: row.id,
      entityKey: row.key,
      changes: { after: input },
    });
    return callOut(tx, row, ctx.now());
  });
}

export async function updateCall(ctx: CallsCtx, id: string, patch: CallPatch, ifMatch?: IfMatch) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockCallRow(tx, id);
    if (!row) throw callNotFound();
    checkIfMatch(ifMatch, row.version);
    const before = await callForm(tx, row);
    const after = { ...before, ...patch } as CallInput;
    await assertKeepsApplications(tx, id, before, after);
    const values = await callValues(tx, after);
    const updated = await updateCallRow(tx, id, values).catch((err) => {
      throw databaseConflict(err) ?? err;
    });
    await writeAudit(tx, ctx.user, {
      action: 'update',
      entity: 'incubation_call',
      entityId: id,
      entityKey: updated.key,
      changes: diffFields(before, after),
    });
    return callOut(tx, updated, ctx.now());
  });
}

/**
 * Once companies have applied, the kind stays and the form changes only in ways their answers survive (the
 * surveys' rule); once reviewers have scored, the criteria stay (weights and wording may change).
 */
async function assertKeepsApplications(db: Db, id: string, before: CallInput, after: CallInput) {
  const usage = await callUsage(db, id);
  const issues: ErrorDetail[] = [];
  if (usage.applications && after.kind !== before.kind)
    issues.push({
      path: 'body.kind',
      message: say({
        ja: '応募があるため種類を変更できません',
        en: 'cannot change once companies have applied',
      }),
    });
  if (usage.applications && before.form)
    issues.push(
      ...at('body.form', breakingChanges(before.form as SurveyDefinition, definitionOf(after.form ?? null))),
    );
  const keys = (r: CallInput['rubric']) =>
    r
      .map((c) => c.key)
      .sort()
      .join();
  if (usage.scored && keys(after.rubric) !== keys(before.rubric))
    issues.push({
      path: 'body.rubric',
      message: say({
        ja: '採点済みのため評価項目を追加・削除できません（重みと表記は変更できます）',
        en: 'criteria cannot be added or removed once reviewers have scored (weights and wording can change)',
      }),
    });
  if (issues.length)
    throw new AppError(
      'conflict',
      say({ ja: '応募・採点のある公募は変更が制限されます', en: 'This call has applications or scores' }),
      issues,
    );
}

// ——— Applications ———

type Visible = { row: ApplicationRow; call: CallRow; review?: ReviewWithReviewer };

/** The application if the caller may see it; 404 otherwise, so its existence is not disclosed. */
async function visibleApplication(
  ctx: CallsCtx,
  id: string,
  db: Db = ctx.db,
  lock = false,
): Promise<Visible> {
  const row = lock ? await lockApplicationRow(db, id) : await getApplicationRow(db, id);
  if (!row) throw applicationNotFound();
  const call = (await getCallRow(db, row.callId))!;
  const { user } = ctx;
  if (user.role === 'admin') return { row, call };
  if (user.role === 'member' && user.organizationId === row.organizationId) return { row, call };
  if (user.role === 'reviewer') {
    const review = await reviewOf(db, id, user.id);
    if (review?.state === 'assigned') return { row, call, review };
  }
  throw applicationNotFound();
}

const isApplicant = (user: AuthUser, row: ApplicationRow) =>
  user.role === 'member' && user.organizationId === row.organizationId;

function closedError(call: CallRow, now: Date) {
  const notYet = now.getTime() < call.opensAt.getTime();
  const when = (notYet ? call.opensAt : call.closesAt).toISOString();
  return new AppError(
    'conflict',
    notYet
      ? say({ ja: `この公募の受付は ${when} からです`, en: `The call opens at ${when}` })
      : say({
          ja: `この公募は ${when} に締め切られました（締切後の提出はできません）`,
          en: `The call closed at ${when}: the deadline has passed`,
        }),
    [
      {
        path: notYet ? 'call.opensAt' : 'call.closesAt',
        message: notYet
          ? say({ ja: `受付開始 ${when}`, en: `opens ${when}` })
          : say({ ja: `締切 ${when}`, en: `deadline ${when}` }),
      },
    ],
  );
}

type Fields = {
  answers: Answers;
  unitId: string | null;
  researchPlan: string | null;
  hoursRequested: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  equipmentId: string | null;
};

/** The stored fields from a body, checked against the call: answers, the unit or the joint-use proposal. */
async function applicationFields(
  db: Db,
  call: CallRow,
  body: { answers?: Answers; unit?: string | null; jointUse?: ApplicationInput['jointUse'] },
  before: Fields,
): Promise<Fields> {
  const issues: ErrorDetail[] = [];
  const out = { ...before };
  if (body.answers !== undefined) {
    const checked = checkAnswers(definitionOf(call.form), body.answers, false);
    issues.push(...at('body', checked.issues));
    out.answers = checked.answers;
  }
  if (body.unit !== undefined) {
    if (call.kind !== 'tenancy' && body.unit !== null)
      issues.push({
        path: 'body.unit',
        message: say({ ja: '共同利用公募では区画を選べません', en: 'a joint-use call offers no units' }),
      });
    else if (body.unit === null) out.unitId = null;
    else {
      const [unit] = await unitsByKey(db, [body.unit]);
      if (!unit || !call.unitIds.includes(unit.id))
        issues.push({
          path: 'body.unit',
          message: say({
            ja: `区画「${body.unit}」はこの公募の対象ではありません`,
            en: `unit "${body.unit}" is not on offer in this call`,
          }),
        });
      else out.unitId = unit.id;
    }
  }
  const j = body.jointUse;
  if (j !== undefined) {
    if (call.kind !== 'joint-use')
      issues.push({
        path: 'body.jointUse',
        message: say({
          ja: '共同利用の提案は共同利用公募に出してください',
          en: 'only a joint-use call takes a proposal',
        }),
      });
    else {
      if (j.researchPlan !== undefined) out.researchPlan = j.researchPlan;
      if (j.hoursRequested !== undefined) out.hoursRequested = j.hoursRequested;
      if (j.from !== undefined) out.periodFrom = j.from;
      if (j.to !== undefined) out.periodTo = j.to;
      if (j.equipment !== undefined) {
        const [item] = await equipmentByKey(db, [j.equipment]);
        if (!item || !call.equipmentIds.includes(item.id))
          issues.push({
            path: 'body.jointUse.equipment',
            message: say({
              ja: `設備「${j.equipment}」はこの公募の対象ではありません`,
              en: `equipment "${j.equipment}" is not offered in this call`,
            }),
          });
        else out.equipmentId = item.id;
      }
      if (out.periodFrom && out.periodTo && out.periodTo < out.periodFrom)
        issues.push({
          path: 'body.jointUse.to',
          message: say({ ja: '開始日（from）以降にしてください', en: 'must not be before from' }),
        });
    }
  }
  if (issues.length) throw invalidFields(issues);
  return out;
}

const emptyFields = (): Fields => ({
  answers: {},
  unitId: null,
  researchPlan: null,
  hoursRequested: null,
  periodFrom: null,
  periodTo: null,
  equipmentId: null,
});

const fieldsOf = (row: ApplicationRow): Fields => ({
  answers: row.answers as Answers,
  unitId: row.unitId,
  researchPlan: row.researchPlan,
  hoursRequested: row.hoursRequested,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  equipmentId: row.equipmentId,
});

/** A draft for the caller's organisation, or (the office) a paper application for the organisation named. */
export async function createApplication(ctx: CallsCtx, callId: string, input: ApplicationInput) {
  const { user } = ctx;
  return ctx.db.transaction(async (tx) => {
    const call = await getCallRow(tx, callId);
    if (!call) throw callNotFound();
    let organizationId: string;
    if (user.role === 'admin') {
      if (!input.organization)
        throw invalidFields([
          {
            path: 'body.organization',
            message: say({
              ja: '紙の応募は応募者の組織を指定してください',
              en: "a paper application names the applicant's organisation",
            }),
          },
        ]);
      const org = await organizationRef(tx, input.organization);
      if (!org)
        throw invalidFields([
          { path: 'body.organization', message: unknown('組織', 'organisation', input.organization) },
        ]);
      organizationId = org.id;
    } else {
      if (!user.organizationId)
        throw forbidden({
          ja: '組織に所属するアカウントで応募してください',
          en: 'Apply from an account of your organisation',
        });
      if (input.organization !== undefined)
        throw invalidFields([
          {
            path: 'body.organization',
            message: say({
              ja: '自分の組織としてのみ応募できます',
              en: 'members apply for their own organisation',
            }),
          },
        ]);
      organizationId = user.organizationId;
    }
    const now = ctx.now();
    if (now.getTime() >= call.closesAt.getTime()) throw closedError(call, now);
    const fields = await applicationFields(tx, call, input, emptyFields());
    const id = await insertApplication(tx, {
      callId,
      organizationId,
      channel: user.role === 'admin' ? 'paper' : 'web',
      ...fields,
    }).catch((err) => {
      const conflict = databaseConflict(err);
      if (!conflict) throw err;
      throw new AppError(
        'conflict',
        say({
          ja: 'この組織はこの公募にすでに応募しています',
          en: 'This organisation has already applied to this call',
        }),
        [{ path: 'body.organization', message: say({ ja: '応募済み', en: 'already applied' }) }],
      );
    });
    await writeAudit(tx, user, {
      action: 'create',
      entity: 'incubation_application',
      entityId: id,
      entityKey: call.key,
      changes: { after: { ...input, organizationId } },
    });
    return applicationOut(tx, ctx, { row: (await getApplicationRow(tx, id))!, call });
  });
}

function assertMayEdit(ctx: CallsCtx, row: ApplicationRow) {
  if (ctx.user.role !== 'admin' && !isApplicant(ctx.user, row))
    throw forbidden({
      ja: '応募を編集できるのは応募者と事務局だけです',
      en: 'Only the applicant and the office edit an application',
    });
}

/** A 409 for what only a submitted application can have (reviewers, scores, a decision). */
const notSubmitted = (text: { ja: string; en: string }) =>
  new AppError('conflict', say(text), [{ path: 'status', message: say({ ja: '下書き', en: 'draft' }) }]);

const alreadySubmitted = () =>
  new AppError(
    'conflict',
    say({ ja: 'この応募は提出済みです', en: 'This application has already been submitted' }),
    [{ path: 'status', message: say({ ja: '提出済み', en: 'submitted' }) }],
  );

export async function updateApplication(
  ctx: CallsCtx,
  id: string,
  patch: ApplicationPatch,
  ifMatch?: IfMatch,
) {
  return ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx, true);
    assertMayEdit(ctx, found.row);
    checkIfMatch(ifMatch, found.row.version);
    if (found.row.status !== 'draft') throw alreadySubmitted();
    const now = ctx.now();
    if (now.getTime() >= found.call.closesAt.getTime()) throw closedError(found.call, now);
    const fields = await applicationFields(tx, found.call, patch, fieldsOf(found.row));
    await updateApplicationRow(tx, id, fields);
    await writeAudit(tx, ctx.user, {
      action: 'update',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
      changes: diffFields(fieldsOf(found.row), fields),
    });
    return applicationOut(tx, ctx, { row: (await getApplicationRow(tx, id))!, call: found.call });
  });
}

/** Once, inside the window, with every required answer (and a whole proposal for joint use). */
export async function submitApplication(ctx: CallsCtx, id: string, ifMatch?: IfMatch) {
  return ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx);
    assertMayEdit(ctx, found.row);
    checkIfMatch(ifMatch, found.row.version);
    if (found.row.status !== 'draft') throw alreadySubmitted();
    const now = ctx.now();
    if (!isOpen(found.call, now)) throw closedError(found.call, now);
    const issues: ErrorDetail[] = checkAnswers(
      definitionOf(found.call.form),
      found.row.answers as Answers,
      true,
    ).issues.map((i) => ({ path: i.path, message: say(i.message) }));
    const need = say({ ja: '提出には必要です', en: 'required to submit' });
    if (found.call.kind === 'joint-use') {
      const r = found.row;
      if (!r.researchPlan) issues.push({ path: 'jointUse.researchPlan', message: need });
      if (!r.hoursRequested) issues.push({ path: 'jointUse.hoursRequested', message: need });
      if (!r.periodFrom) issues.push({ path: 'jointUse.from', message: need });
      if (!r.periodTo) issues.push({ path: 'jointUse.to', message: need });
      if (!r.equipmentId) issues.push({ path: 'jointUse.equipment', message: need });
    }
    if (issues.length) throw invalidFields(issues);
    // The statement is the guard: status still draft and the window still open at `now`.
    if (!(await submitDraft(tx, id, now))) {
      const again = (await getApplicationRow(tx, id))!;
      if (again.status !== 'draft') throw alreadySubmitted();
      throw closedError(found.call, now);
    }
    await writeAudit(tx, ctx.user, {
      action: 'submit',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
    });
    return applicationOut(tx, ctx, { row: (await getApplicationRow(tx, id))!, call: found.call });
  });
}

export async function getApplication(ctx: CallsCtx, id: string) {
  return applicationOut(ctx.db, ctx, await visibleApplication(ctx, id));
}

/** Members: their organisation's; reviewers: those assigned to them; the office: all (of one call). */
export async function listApplications(ctx: CallsCtx, callId?: string) {
  const { user, db } = ctx;
  let rows: ApplicationRow[];
  if (user.role === 'admin') rows = await allApplications(db, callId);
  else if (user.role === 'reviewer') rows = await applicationsOfReviewer(db, user.id, callId);
  else if (user.role === 'member' && user.organizationId)
    rows = await applicationsOfOrganization(db, user.organizationId, callId);
  else rows = [];
  const calls = new Map<string, CallRow>();
  const items = [];
  for (const row of rows) {
    if (!calls.has(row.callId)) calls.set(row.callId, (await getCallRow(db, row.callId))!);
    const call = calls.get(row.callId)!;
    const review = user.role === 'reviewer' ? await reviewOf(db, row.id, user.id) : undefined;
    items.push(await applicationOut(db, ctx, { row, call, ...(review ? { review } : {}) }));
  }
  return { items, total: items.length };
}

function reviewOut(call: CallRow, r: ReviewWithReviewer) {
  return {
    reviewer: { id: r.reviewerId, name: r.reviewerName, email: r.reviewerEmail },
    state: r.state as 'assigned' | 'conflict',
    scores: r.scores,
    comments: r.comments,
    total: r.state === 'assigned' ? weightedScore(criteriaOf(call.rubric), r.scores) : null,
    conflictReason: r.conflictReason,
  };
}

/** The applicant's view of the panel: the mean weighted score and each criterion's mean. */
function releasedScores(call: CallRow, reviews: ReviewWithReviewer[]) {
  const criteria = criteriaOf(call.rubric);
  const complete = reviews.filter(
    (r) => r.state === 'assigned' && weightedScore(criteria, r.scores) !== null,
  );
  const [row] = panelSheet(criteria, new Map([['self', complete.map(toScores)]]));
  return {
    mean: row?.mean ?? null,
    reviewers: complete.length,
    criteria: call.rubric.map((c) => ({
      criterion: c.key,
      mean: complete.length ? complete.reduce((s, r) => s + r.scores[c.key]!, 0) / complete.length : null,
    })),
  };
}

const toScores = (r: ReviewWithReviewer): ReviewerScores => ({ reviewerId: r.reviewerId, scores: r.scores });

async function applicationOut(db: Db, ctx: CallsCtx, v: Visible): Promise<ApplicationOut> {
  const { row, call } = v;
  const { user } = ctx;
  const unitRow = row.unitId ? ((await unitRef(db, row.unitId)) ?? null) : null;
  const unit = unitRow && { id: unitRow.id, key: unitRow.key, name: unitRow.name };
  const equipment = row.equipmentId ? ((await equipmentRef(db, row.equipmentId)) ?? null) : null;
  const reviews =
    user.role === 'admin' || (isApplicant(user, row) && call.scoresReleased)
      ? await reviewsOf(db, [row.id])
      : [];
  const decided = row.decision as ApplicationOut['decision'];
  return {
    id: row.id,
    call: {
      id: call.id,
      key: call.key,
      kind: call.kind as ApplicationOut['call']['kind'],
      title: call.title,
    },
    organization: { id: row.organizationId, key: row.organizationKey, name: row.organizationName },
    channel: row.channel as 'web' | 'paper',
    status: row.status as 'draft' | 'submitted',
    answers: row.answers,
    unit,
    jointUse:
      call.kind === 'joint-use'
        ? {
            researchPlan: row.researchPlan,
            hoursRequested: row.hoursRequested,
            from: row.periodFrom,
            to: row.periodTo,
            equipment,
          }
        : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    // A reviewer scores the file; the decision is the office's and the applicant's business.
    decision: user.role === 'reviewer' ? null : decided,
    decisionReason: user.role === 'reviewer' ? null : row.decisionReason,
    decidedAt: user.role === 'reviewer' ? null : (row.decidedAt?.toISOString() ?? null),
    leaseOffer:
      user.role !== 'reviewer' && decided === 'admitted' && call.kind === 'tenancy'
        ? {
            applicationId: row.id,
            organizationId: row.organizationId,
            unitId: row.unitId,
            // Where the office makes the offer: the facility page's lease form, filled from this application.
            facilityId: unitRow?.facilityId ?? null,
          }
        : null,
    waitlisted: user.role !== 'reviewer' && decided === 'waitlisted',
    scores:
      isApplicant(user, row) && call.scoresReleased && row.status === 'submitted'
        ? releasedScores(call, reviews)
        : user.role === 'admin'
          ? releasedScores(call, reviews)
          : null,
    ...(user.role === 'admin' ? { reviews: reviews.map((r) => reviewOut(call, r)) } : {}),
    ...(user.role === 'reviewer' ? { myReview: v.review ? reviewOut(call, v.review) : null } : {}),
    version: row.version,
  };
}

// ——— Reviewing ———

export async function listReviewers(ctx: CallsCtx) {
  return { items: await reviewerAccounts(ctx.db) };
}

export async function assignReviewer(ctx: CallsCtx, id: string, reviewerId: string) {
  return ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx, true);
    if (found.row.status !== 'submitted')
      throw notSubmitted({
        ja: '提出前の応募には審査員を割り当てられません',
        en: 'Reviewers are assigned to submitted applications',
      });
    const reviewer = await userById(tx, reviewerId);
    if (reviewer?.role !== 'reviewer' || reviewer.disabledAt)
      throw invalidFields([
        {
          path: 'body.reviewer',
          message: say({ ja: '有効な審査員アカウントではありません', en: 'not an active reviewer account' }),
        },
      ]);
    if (!(await insertReview(tx, id, reviewerId))) {
      const existing = await reviewOf(tx, id, reviewerId);
      if (existing?.state === 'conflict')
        throw new AppError(
          'conflict',
          say({
            ja: 'この審査員は利益相反を申告しています',
            en: 'This reviewer has declared a conflict of interest with this application',
          }),
          [{ path: 'body.reviewer', message: say({ ja: '利益相反', en: 'conflict of interest' }) }],
        );
    }
    await writeAudit(tx, ctx.user, {
      action: 'assign',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
      changes: { reviewerId },
    });
    return getApplication({ ...ctx, db: tx }, id);
  });
}

export async function declareConflict(ctx: CallsCtx, id: string, reason: string) {
  await ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx);
    if (!(await markConflict(tx, id, ctx.user.id, reason))) throw applicationNotFound();
    await writeAudit(tx, ctx.user, {
      action: 'declare_conflict',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
      changes: { reason },
    });
  });
}

export async function scoreApplication(ctx: CallsCtx, id: string, sheet: ScoreSheet) {
  return ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx);
    if (!found.review) throw applicationNotFound();
    if (found.row.status !== 'submitted')
      throw notSubmitted({ ja: '提出前の応募は採点できません', en: 'A draft cannot be scored' });
    const keys = new Set(found.call.rubric.map((c) => c.key));
    const issues: ErrorDetail[] = [];
    const scores = { ...found.review.scores };
    const comments = { ...found.review.comments };
    const seen = new Set<string>();
    sheet.scores.forEach((s, i) => {
      if (!keys.has(s.criterion))
        issues.push({
          path: `body.scores[${i}].criterion`,
          message: say({
            ja: `評価項目「${s.criterion}」はありません`,
            en: `unknown criterion "${s.criterion}"`,
          }),
        });
      else if (seen.has(s.criterion))
        issues.push({
          path: `body.scores[${i}].criterion`,
          message: say({ ja: `「${s.criterion}」が2回あります`, en: `"${s.criterion}" is given twice` }),
        });
      seen.add(s.criterion);
      scores[s.criterion] = s.score;
      if (s.comment) comments[s.criterion] = s.comment;
      else delete comments[s.criterion];
    });
    if (issues.length) throw invalidFields(issues);
    if (!(await saveScores(tx, id, ctx.user.id, scores, comments))) throw applicationNotFound();
    await writeAudit(tx, ctx.user, {
      action: 'score',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
      changes: { scores },
    });
    return getApplication({ ...ctx, db: tx }, id);
  });
}

/** The panel sheet of a call: every submitted application's mean weighted score, spread, flag and rank. */
export async function panel(ctx: CallsCtx, callId: string) {
  const call = await getCallRow(ctx.db, callId);
  if (!call) throw callNotFound();
  const apps = (await applicationsOfCall(ctx.db, callId)).filter((a) => a.status === 'submitted');
  const reviews = await reviewsOf(
    ctx.db,
    apps.map((a) => a.id),
  );
  const criteria = criteriaOf(call.rubric);
  const by = new Map<string, ReviewerScores[]>(apps.map((a) => [a.id, []]));
  const assigned = new Map<string, number>();
  for (const r of reviews) {
    if (r.state !== 'assigned') continue;
    by.get(r.applicationId)!.push(toScores(r));
    assigned.set(r.applicationId, (assigned.get(r.applicationId) ?? 0) + 1);
  }
  const sheet = new Map(
    panelSheet(criteria, by, call.disagreementThreshold).map((r) => [r.applicationId, r]),
  );
  const rows = apps.map((a) => {
    const p = sheet.get(a.id)!;
    return {
      application: a.id,
      organization: { id: a.organizationId, key: a.organizationKey, name: a.organizationName },
      reviewers: p.reviewers,
      assigned: assigned.get(a.id) ?? 0,
      totals: by
        .get(a.id)!
        .map((r) => weightedScore(criteria, r.scores))
        .filter((s): s is number => s !== null),
      mean: p.mean,
      spread: p.spread,
      disagreement: p.disagreement,
      rank: p.rank,
      decision: a.decision as ApplicationOut['decision'],
    };
  });
  rows.sort((x, y) => (x.rank ?? Number.POSITIVE_INFINITY) - (y.rank ?? Number.POSITIVE_INFINITY));
  return {
    call: {
      id: call.id,
      key: call.key,
      title: call.title,
      disagreementThreshold: call.disagreementThreshold,
    },
    rows,
  };
}

export async function decide(ctx: CallsCtx, id: string, input: DecisionInput, ifMatch?: IfMatch) {
  return ctx.db.transaction(async (tx) => {
    const found = await visibleApplication(ctx, id, tx, true);
    checkIfMatch(ifMatch, found.row.version);
    if (found.row.status !== 'submitted')
      throw notSubmitted({
        ja: '提出前の応募には決定できません',
        en: 'Only a submitted application can be decided',
      });
    const now = ctx.now();
    await updateApplicationRow(tx, id, {
      decision: input.decision,
      decisionReason: input.reason,
      decidedAt: now,
    });
    await settleJointUseQuota(tx, id, found.row.decision, input.decision, ctx.user.id);
    await writeAudit(tx, ctx.user, {
      action: 'decide',
      entity: 'incubation_application',
      entityId: id,
      entityKey: found.call.key,
      changes: { from: found.row.decision, to: input.decision, reason: input.reason },
    });
    return getApplication({ ...ctx, db: tx }, id);
  });
}

/** The words a quota granted from a joint-use proposal carries, so it can be found again if the decision changes. */
const jointUseSource = (applicationId: string) => `joint-use application ${applicationId}`;

/**
 * A joint-use proposal's approved hours follow its decision, in the decision's transaction: admitting it grants
 * them as a booking quota; taking the admission back takes them back.
 */
async function settleJointUseQuota(tx: Db, id: string, before: string | null, after: string, userId: string) {
  if (before === after) return;
  if (before === 'admitted') await revokeQuotasFrom(tx, jointUseSource(id));
  if (after !== 'admitted') return;
  const approved = await approvedJointUse(tx, id);
  if (approved)
    await grantQuota(tx, {
      equipmentId: approved.equipmentId,
      organizationId: approved.organizationId,
      hours: approved.hours,
      validFrom: approved.from,
      validTo: approved.to,
      source: jointUseSource(id),
      grantedBy: userId,
    });
}

/**
 * An admitted joint-use proposal as a booking quota: the equipment, the proposer, the approved hours and
 * the period. Undefined for any other application. The bookings side turns this into its quota.
 */
export async function approvedJointUse(db: Db, applicationId: string) {
  const row = await getApplicationRow(db, applicationId);
  if (row?.decision !== 'admitted' || !row.equipmentId || !row.hoursRequested) return undefined;
  const call = await getCallRow(db, row.callId);
  if (call?.kind !== 'joint-use' || !row.periodFrom || !row.periodTo) return undefined;
  return {
    equipmentId: row.equipmentId,
    organizationId: row.organizationId,
    hours: row.hoursRequested,
    from: row.periodFrom,
    to: row.periodTo,
  };
}
