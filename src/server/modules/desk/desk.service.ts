import { addWorkingDays, type EventAudience, japanDay } from '../../../core/desk/index.ts';
import { indexTerms } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/directory.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, databaseConflict, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { notifyOrganizations, sendMail } from '../../lib/notify.ts';
import { admitPublicSubmission } from '../../lib/public-form.ts';
import type { RateLimiter } from '../../lib/rate-limit.ts';
import { aftercareStarter, endAftercare } from './aftercare.service.ts';
import {
  answerReferral,
  type ConsultationRow,
  type ConsultationScope,
  coordinatorById,
  eventRows,
  getConsultationRow,
  getReferralRow,
  getTopicRow,
  insertConsultation,
  insertEvent,
  insertReferral,
  listConsultationRows,
  listTopicRows,
  markFirstAnswer,
  organizationsByKey,
  partnerReferrals,
  referralRows,
  updateConsultation,
  updateTopicRow,
} from './desk.queries.ts';
import type {
  CloseInput,
  ConsultationListQuery,
  ConsultationOut,
  ConsultationSummary,
  NoteInput,
  PublicConsultationInput,
  ReferInput,
  StaffConsultationInput,
  TopicPatch,
  TriageInput,
} from './desk.schemas.ts';
import { addSearchTerms } from './search.queries.ts';

// The one-stop desk (テクまど-style): consultations in, triage with working-day targets, referral to partner
// organisations, answers, close and reopen, each step an event with who and when. Who sees a case is decided
// here: coordinators (admin) all; a member its own organisation's; a partner (agency) only the cases referred
// to its organisation. To anyone else a case does not exist (404, never 403, so its existence does not leak).

export type DeskCtx = { db: Db; now: () => Date; config: Config };

/** How a caller sees one case; undefined: not at all. */
type View = { as: 'staff' } | { as: 'company' } | { as: 'partner'; partnerId: string; accepted: boolean };

const audiencesFor: Record<View['as'], EventAudience[]> = {
  staff: ['staff', 'partners', 'company'],
  partner: ['partners', 'company'],
  company: ['company'],
};

const consultationNotFound = () =>
  new AppError('not_found', say({ ja: '相談が見つかりません', en: 'Consultation not found' }));
const referralNotFound = () =>
  new AppError('not_found', say({ ja: '紹介が見つかりません', en: 'Referral not found' }));
const wrongStatus = (status: string, needs: string) =>
  new AppError(
    'conflict',
    say({
      ja: `この相談は「${status}」のため、この操作はできません（${needs}のときだけ）`,
      en: `The consultation is ${status}; this needs it ${needs}`,
    }),
    [{ path: 'status', message: status }],
  );

const actorName = (user: AuthUser | null) => user?.name ?? 'web form';

// ——— Topics ———

export async function listTopics(ctx: DeskCtx) {
  const rows = await listTopicRows(ctx.db);
  return { items: rows.map(topicOut) };
}

const topicOut = (row: Awaited<ReturnType<typeof listTopicRows>>[number]) => ({
  code: row.code as ConsultationSummary['topic'],
  label: row.label,
  firstAnswerDays: row.firstAnswerDays,
  closeDays: row.closeDays,
});

export async function updateTopic(ctx: DeskCtx, actor: AuthUser, code: string, patch: TopicPatch) {
  if (patch.closeDays < patch.firstAnswerDays)
    throw invalidFields([
      {
        path: 'body.closeDays',
        message: say({ ja: '初回回答の目標以上にしてください', en: 'must be at least firstAnswerDays' }),
      },
    ]);
  return ctx.db.transaction(async (tx) => {
    const before = await getTopicRow(tx, code);
    const row = await updateTopicRow(tx, code, patch);
    if (!before || !row) throw consultationNotFound();
    await writeAudit(tx, actor, {
      action: 'update',
      entity: 'desk-topic',
      entityKey: code,
      changes: {
        before: { firstAnswerDays: before.firstAnswerDays, closeDays: before.closeDays },
        after: patch,
      },
    });
    return topicOut(row);
  });
}

// ——— Opening ———

/** The public form: limited per client, with a honeypot (lib/public-form.ts says why it answers as it does). */
export async function submitPublicConsultation(
  ctx: DeskCtx,
  limiter: RateLimiter,
  client: string,
  input: PublicConsultationInput,
) {
  const receivedAt = ctx.now();
  if (!admitPublicSubmission(limiter, client, input.website))
    return { received: true as const, receivedAt: receivedAt.toISOString() };
  const { website: _trap, ...fields } = input;
  await openConsultation(ctx, null, { ...fields, channel: 'web', organizationId: null });
  return { received: true as const, receivedAt: receivedAt.toISOString() };
}

/** Staff take one down (phone, visit, e-mail) or a member opens one for its organisation in the app. */
export async function createConsultation(ctx: DeskCtx, actor: AuthUser, input: StaffConsultationInput) {
  const { organization, channel, ...fields } = input;
  let organizationId: string | null = null;
  if (actor.role === 'member') {
    if (!actor.organizationId)
      throw forbidden({ ja: '組織に所属するアカウントが必要です', en: 'Your account has no organisation' });
    organizationId = actor.organizationId;
  } else if (organization) {
    const [org] = await organizationsByKey(ctx.db, [organization]);
    if (!org)
      throw invalidFields([
        { path: 'body.organization', message: unknownValue('organisation', organization) },
      ]);
    organizationId = org.id;
  }
  const id = await openConsultation(ctx, actor, {
    ...fields,
    channel: actor.role === 'member' ? 'app' : (channel ?? 'phone'),
    organizationId,
  });
  return getConsultation(ctx, actor, id);
}

async function openConsultation(
  ctx: DeskCtx,
  actor: AuthUser | null,
  input: Omit<PublicConsultationInput, 'website'> & { channel: string; organizationId: string | null },
) {
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const id = await insertConsultation(tx, {
      channel: input.channel,
      organizationId: input.organizationId,
      companyName: input.companyName,
      contactName: input.contactName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      topic: input.topic,
      message: input.message,
      language: input.language,
      receivedAt: at,
      createdBy: actor?.id ?? null,
    });
    await insertEvent(tx, {
      consultationId: id,
      kind: 'opened',
      audience: 'company',
      actorId: actor?.id ?? null,
      actorName: actorName(actor),
      data: { channel: input.channel, topic: input.topic },
      at,
    });
    // No contact details in the audit row: the log is read more widely than the case.
    await writeAudit(tx, actor, {
      action: 'create',
      entity: 'consultation',
      entityId: id,
      changes: { after: { channel: input.channel, topic: input.topic } },
    });
    return id;
  });
}

// ——— Reading ———

async function viewOf(db: Db, user: AuthUser, row: ConsultationRow): Promise<View | undefined> {
  if (user.role === 'admin') return { as: 'staff' };
  if (user.role === 'member' && user.organizationId && user.organizationId === row.organizationId)
    return { as: 'company' };
  if (user.role === 'agency' && user.organizationId) {
    const mine = await partnerReferrals(db, user.organizationId, [row.id]);
    if (mine.length)
      return {
        as: 'partner',
        partnerId: user.organizationId,
        accepted: mine.some((r) => r.state === 'accepted'),
      };
  }
  return undefined;
}

export async function visibleCase(ctx: DeskCtx, user: AuthUser, id: string) {
  const row = await getConsultationRow(ctx.db, id);
  const view = row && (await viewOf(ctx.db, user, row));
  if (!row || !view) throw consultationNotFound();
  return { row, view };
}

function scopeOf(user: AuthUser): ConsultationScope | undefined {
  if (user.role === 'admin') return { all: true };
  if (!user.organizationId) return undefined;
  if (user.role === 'member') return { organizationId: user.organizationId };
  if (user.role === 'agency') return { partnerId: user.organizationId };
  return undefined;
}

export async function listConsultations(ctx: DeskCtx, user: AuthUser, query: ConsultationListQuery) {
  const scope = scopeOf(user);
  if (!scope) return { items: [], total: 0 };
  const today = japanDay(ctx.now());
  const { rows, total } = await listConsultationRows(
    ctx.db,
    scope,
    { ...query, overdue: query.overdue === undefined ? undefined : query.overdue === 'true' },
    today,
  );
  const mine =
    'partnerId' in scope
      ? await partnerReferrals(
          ctx.db,
          scope.partnerId,
          rows.map((r) => r.id),
        )
      : [];
  return {
    items: rows.map((row) => {
      // The latest referral to this partner speaks for it (a returned one may have been sent again).
      const own = mine.filter((m) => m.consultationId === row.id).at(-1);
      return summaryOut(row, today, own ? { id: own.id, state: own.state } : null);
    }),
    total,
  };
}

const ref = (id: string | null, key: string | null, name: LocalizedText | null) =>
  id && key && name ? { id, key, name } : null;

function summaryOut(
  row: ConsultationRow,
  today: string,
  myReferral: { id: string; state: string } | null,
): ConsultationSummary {
  const open = row.status !== 'closed';
  return {
    id: row.id,
    channel: row.channel as ConsultationSummary['channel'],
    organization: ref(row.organizationId, row.organizationKey, row.organizationName),
    companyName: row.companyName,
    topic: row.topic as ConsultationSummary['topic'],
    excerpt: row.message.length > 140 ? `${row.message.slice(0, 139)}…` : row.message,
    language: row.language as ConsultationSummary['language'],
    status: row.status as ConsultationSummary['status'],
    priority: row.priority as ConsultationSummary['priority'],
    owner: row.ownerId && row.ownerName ? { id: row.ownerId, name: row.ownerName } : null,
    receivedAt: row.receivedAt.toISOString(),
    firstAnswerDue: row.firstAnswerDue,
    closeDue: row.closeDue,
    firstAnsweredAt: row.firstAnsweredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    followUpOn: row.followUpOn,
    overdue: {
      firstAnswer: open && !row.firstAnsweredAt && !!row.firstAnswerDue && row.firstAnswerDue < today,
      close: open && !!row.closeDue && row.closeDue < today,
    },
    myReferral: myReferral as ConsultationSummary['myReferral'],
    illustrative: row.illustrative,
  };
}

export async function getConsultation(ctx: DeskCtx, user: AuthUser, id: string): Promise<ConsultationOut> {
  const { row, view } = await visibleCase(ctx, user, id);
  const today = japanDay(ctx.now());
  const referrals = await referralRows(ctx.db, id);
  const events = await eventRows(ctx.db, id, audiencesFor[view.as]);
  const shown =
    view.as === 'partner' ? referrals.filter((r) => r.organizationId === view.partnerId) : referrals;
  const own = view.as === 'partner' ? shown.at(-1) : undefined;
  const seesContact = view.as !== 'partner' || view.accepted;
  return {
    ...summaryOut(row, today, own ? { id: own.id, state: own.state } : null),
    message: row.message,
    contact: seesContact ? { name: row.contactName, email: row.email, phone: row.phone } : null,
    referrals: shown.map((r) => ({
      id: r.id,
      partner: { id: r.organizationId, key: r.partnerKey, name: r.partnerName },
      state: r.state as 'referred',
      // Why a partner handed it back is between the desk and its partners.
      reason: view.as === 'company' ? null : r.reason,
      referredAt: r.referredAt.toISOString(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
    })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as 'note',
      audience: e.audience as EventAudience,
      actorName: e.actorName,
      partner: ref(e.organizationId, e.partnerKey, e.partnerName),
      body: e.body,
      data: e.data,
      at: e.at.toISOString(),
    })),
    version: row.version,
  };
}

// ——— Coordinator's steps ———

/** Owner, priority and the targets: the topic's working days after the day it was received (Japan). */
export async function triageConsultation(ctx: DeskCtx, actor: AuthUser, id: string, input: TriageInput) {
  const { row } = await visibleCase(ctx, actor, id);
  const issues: ErrorDetail[] = [];
  const owner = await coordinatorById(ctx.db, input.owner ?? actor.id);
  if (!owner)
    issues.push({
      path: 'body.owner',
      message: say({ ja: '有効な管理者のアカウントではありません', en: 'not an active coordinator account' }),
    });
  const topic = await getTopicRow(ctx.db, input.topic ?? row.topic);
  if (!topic)
    issues.push({ path: 'body.topic', message: say({ ja: '相談分野がありません', en: 'unknown topic' }) });
  if (issues.length || !owner || !topic) throw invalidFields(issues);
  const received = japanDay(row.receivedAt);
  const firstAnswerDue = addWorkingDays(received, topic.firstAnswerDays);
  const closeDue = addWorkingDays(received, topic.closeDays);
  await ctx.db.transaction(async (tx) => {
    const moved = await updateConsultation(tx, id, ['new', 'triaged'], {
      status: 'triaged',
      ownerId: owner.id,
      priority: input.priority,
      topic: topic.code,
      firstAnswerDue,
      closeDue,
    });
    if (!moved) throw wrongStatus(row.status, 'new or triaged');
    await step(tx, actor, id, 'triaged', 'partners', {
      at: ctx.now(),
      data: { owner: owner.name, priority: input.priority, topic: topic.code, firstAnswerDue, closeDue },
    });
    await writeAudit(tx, actor, {
      action: 'triage',
      entity: 'consultation',
      entityId: id,
      changes: {
        after: { owner: owner.id, priority: input.priority, topic: topic.code, firstAnswerDue, closeDue },
      },
    });
  });
  return getConsultation(ctx, actor, id);
}

async function step(
  tx: Db,
  actor: AuthUser | null,
  consultationId: string,
  kind: string,
  audience: EventAudience,
  extra: { at: Date; body?: string | null; organizationId?: string | null; data?: Record<string, unknown> },
) {
  await insertEvent(tx, {
    consultationId,
    kind,
    audience,
    actorId: actor?.id ?? null,
    actorName: actorName(actor),
    organizationId: extra.organizationId ?? null,
    body: extra.body ?? null,
    data: extra.data ?? {},
    at: extra.at,
  });
}

export async function referConsultation(ctx: DeskCtx, actor: AuthUser, id: string, input: ReferInput) {
  const { row } = await visibleCase(ctx, actor, id);
  const partners = await organizationsByKey(ctx.db, input.partners);
  const byKey = new Map(partners.map((p) => [p.key, p]));
  const issues: ErrorDetail[] = [];
  input.partners.forEach((key, i) => {
    if (!byKey.has(key))
      issues.push({ path: `body.partners[${i}]`, message: unknownValue('organisation', key) });
    else if (input.partners.indexOf(key) !== i)
      issues.push({
        path: `body.partners[${i}]`,
        message: say({ ja: '重複しています', en: 'listed twice' }),
      });
  });
  if (issues.length) throw invalidFields(issues);
  const at = ctx.now();
  let mails: Awaited<ReturnType<typeof notifyOrganizations>> = [];
  try {
    await ctx.db.transaction(async (tx) => {
      // Locks the case and checks it is still open; the version records the step.
      const moved = await updateConsultation(tx, id, ['new', 'triaged'], {});
      if (!moved) throw wrongStatus(row.status, 'new or triaged');
      for (const key of input.partners) {
        const partner = byKey.get(key)!;
        const referralId = await insertReferral(tx, {
          consultationId: id,
          organizationId: partner.id,
          referredBy: actor.id,
          referredAt: at,
        });
        await step(tx, actor, id, 'referred', 'partners', {
          organizationId: partner.id,
          body: input.note ?? null,
          data: { referral: referralId },
          at,
        });
        await writeAudit(tx, actor, {
          action: 'refer',
          entity: 'consultation-referral',
          entityId: referralId,
          entityKey: key,
          changes: { after: { consultation: id, partner: key } },
        });
      }
      // The partner's accounts hear of it in the app (and by mail); the notice names the company, not the contact.
      mails = await notifyOrganizations(
        tx,
        ctx.config,
        partners.map((p) => p.id),
        {
          kind: 'desk.referred',
          title: {
            ja: 'ワンストップ窓口から相談が紹介されました',
            en: 'The desk referred a consultation to you',
          },
          body: { ja: row.companyName, en: row.companyName },
          link: `/desk/consultations/${id}`,
        },
      );
    });
  } catch (err) {
    const conflict = databaseConflict(err);
    if (!conflict) throw err;
    // The open-referral index: this partner already has the case (referred or accepted).
    throw new AppError(
      'conflict',
      say({ ja: 'すでにこの機関に紹介中です', en: 'Already referred to this partner' }),
      [
        {
          path: 'body.partners',
          message: say({ ja: '紹介中の機関があります', en: 'a partner already has it' }),
        },
      ],
    );
  }
  await sendMail(ctx.db, ctx.config, mails);
  return getConsultation(ctx, actor, id);
}

// ——— Partner's steps ———

async function ownReferral(ctx: DeskCtx, actor: AuthUser, referralId: string) {
  const referral = await getReferralRow(ctx.db, referralId);
  // Another partner's referral does not exist for this one.
  if (!referral || !actor.organizationId || referral.organizationId !== actor.organizationId)
    throw referralNotFound();
  return referral;
}

/** Accept or return: `update … where state = 'referred'`, so of two answers at once exactly one lands. */
export async function respondToReferral(
  ctx: DeskCtx,
  actor: AuthUser,
  referralId: string,
  answer: { state: 'accepted' } | { state: 'returned'; reason: string },
) {
  const referral = await ownReferral(ctx, actor, referralId);
  const at = ctx.now();
  const reason = answer.state === 'returned' ? answer.reason : null;
  await ctx.db.transaction(async (tx) => {
    const moved = await answerReferral(tx, referralId, {
      state: answer.state,
      reason,
      respondedBy: actor.id,
      respondedAt: at,
    });
    if (!moved)
      throw new AppError(
        'conflict',
        say({ ja: 'この紹介にはすでに回答済みです', en: 'This referral has already been answered' }),
        [{ path: 'state', message: referral.state }],
      );
    if (answer.state === 'accepted') {
      await step(tx, actor, referral.consultationId, 'accepted', 'company', {
        organizationId: referral.organizationId,
        at,
      });
      await writeAudit(tx, actor, {
        action: 'accept',
        entity: 'consultation-referral',
        entityId: referralId,
      });
    } else {
      await step(tx, actor, referral.consultationId, 'returned', 'partners', {
        organizationId: referral.organizationId,
        body: reason,
        at,
      });
      await writeAudit(tx, actor, {
        action: 'return',
        entity: 'consultation-referral',
        entityId: referralId,
        changes: { after: { reason } },
      });
    }
  });
  return getConsultation(ctx, actor, referral.consultationId);
}

// ——— Notes, answers, close, reopen ———

/**
 * A note or an answer. Coordinators write either; a partner once it has accepted; the company's members
 * may add a note (a reply), which only they and the desk read. An answer is for the company, and the first
 * one stops the first-answer clock.
 */
export async function addNote(ctx: DeskCtx, actor: AuthUser, id: string, input: NoteInput) {
  const { row, view } = await visibleCase(ctx, actor, id);
  if (view.as === 'partner' && !view.accepted)
    throw forbidden({ ja: '紹介を受けてから記録できます', en: 'Accept the referral first' });
  if (view.as === 'company' && input.kind === 'answer')
    throw invalidFields([
      {
        path: 'body.kind',
        message: say({ ja: '回答は窓口と支援機関が書きます', en: 'answers come from the desk' }),
      },
    ]);
  const audience: EventAudience =
    input.kind === 'answer' || view.as === 'company' ? 'company' : (input.audience ?? 'partners');
  if (view.as === 'partner' && audience === 'staff')
    throw invalidFields([
      {
        path: 'body.audience',
        message: say({ ja: '窓口専用のメモは書けません', en: 'staff notes are the desk’s' }),
      },
    ]);
  const at = ctx.now();
  const mails = await ctx.db.transaction(async (tx) => {
    await step(tx, actor, id, input.kind, audience, {
      body: input.body,
      organizationId: view.as === 'partner' ? view.partnerId : null,
      at,
    });
    if (input.kind === 'answer') {
      await markFirstAnswer(tx, id, at);
      await addSearchTerms(tx, id, indexTerms([input.body]));
    }
    await writeAudit(tx, actor, {
      action: 'note',
      entity: 'consultation',
      entityId: id,
      changes: { after: { kind: input.kind, audience } },
    });
    // A member company hears of an answer; a company without an account is answered by the desk directly.
    if (input.kind !== 'answer' || !row.organizationId) return [];
    return notifyOrganizations(tx, ctx.config, [row.organizationId], {
      kind: 'desk.answered',
      title: { ja: 'ご相談に回答がありました', en: 'Your consultation has an answer' },
      body: { ja: row.companyName, en: row.companyName },
      link: `/desk/consultations/${id}`,
    });
  });
  await sendMail(ctx.db, ctx.config, mails);
  return getConsultation(ctx, actor, id);
}

export async function closeConsultation(ctx: DeskCtx, actor: AuthUser, id: string, input: CloseInput) {
  const { row } = await visibleCase(ctx, actor, id);
  const at = ctx.now();
  if (input.followUpOn < japanDay(at))
    throw invalidFields([
      {
        path: 'body.followUpOn',
        message: say({ ja: '今日以降の日付にしてください', en: 'must be today or later' }),
      },
    ]);
  const aftercare = await aftercareStarter(ctx);
  const mails = await ctx.db.transaction(async (tx) => {
    const moved = await updateConsultation(tx, id, ['new', 'triaged'], {
      status: 'closed',
      closedAt: at,
      followUpOn: input.followUpOn,
    });
    if (!moved) throw wrongStatus(row.status, 'new or triaged');
    await step(tx, actor, id, 'closed', 'company', {
      body: input.summary ?? null,
      data: { followUpOn: input.followUpOn },
      at,
    });
    await writeAudit(tx, actor, {
      action: 'close',
      entity: 'consultation',
      entityId: id,
      changes: { after: { followUpOn: input.followUpOn } },
    });
    return aftercare(tx, actor, row, at, input.followUpOn);
  });
  await sendMail(ctx.db, ctx.config, mails);
  return getConsultation(ctx, actor, id);
}

/** Back to work with everything it had: referrals, notes and steps stay; only the close is undone. */
export async function reopenConsultation(ctx: DeskCtx, actor: AuthUser, id: string, reason: string) {
  const { row } = await visibleCase(ctx, actor, id);
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const moved = await updateConsultation(tx, id, ['closed'], {
      status: row.firstAnswerDue ? 'triaged' : 'new',
      closedAt: null,
      followUpOn: null,
    });
    if (!moved) throw wrongStatus(row.status, 'closed');
    await endAftercare(tx, id, at);
    await step(tx, actor, id, 'reopened', 'company', { body: reason, at });
    await writeAudit(tx, actor, {
      action: 'reopen',
      entity: 'consultation',
      entityId: id,
      changes: { after: { reason } },
    });
  });
  return getConsultation(ctx, actor, id);
}
