import {
  canTransition,
  type IntroductionState,
  introductionStates,
  revealingState,
  transitions,
} from '../../../core/matching/index.ts';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { type Notice, notifyOrganizations, sendMail } from '../../lib/notify.ts';
import {
  getIntroductionRow,
  getPostRow,
  type IntroRow,
  insertIntroduction,
  insertIntroductionEvent,
  insertIntroductionTask,
  introductionEventsOf,
  introductionTasksOf,
  moveIntroduction,
  openIntroductionId,
  organizationName,
  organizationRefs,
  organizationTarget,
  type PostRow,
  postHeads,
} from './matching.queries.ts';
import type { IntroductionOut, PostKind } from './matching.schemas.ts';
import { actingOrganization, type Ctx } from './matching.service.ts';

// The introduction workflow: request, move through the states, read one. The list, tasks and board are in
// introductions.board.ts, notices in notifications.service.ts, expiry and reminders in matching.jobs.ts.

type Side = 'requester' | 'recipient' | 'coordinator';
export const terminal = (s: string) => transitions[s as IntroductionState].length === 0;
export const DAY = 86_400_000;
export const STALLED_DAYS = 14;

/** The follow-up each step calls for; added as a task so the coordinator can see what is pending. */
const followUps: Partial<Record<IntroductionState, LocalizedText>> = {
  accepted: { ja: '面談を設定する', en: 'Arrange a first meeting' },
  meeting: { ja: 'NDA の要否を決める', en: 'Decide whether an NDA is needed' },
  nda: { ja: 'PoC の範囲を合意する', en: 'Agree the scope of a proof of concept' },
  poc: { ja: 'PoC の結果を評価する', en: 'Review the proof-of-concept results' },
};

/**
 * An account is a side of an introduction when it acts for one of the two organisations: a member of it (or
 * a coordinator tied to it). An agency, reviewer or person account tied to an organisation is an outsider.
 */
function sideOf(user: AuthUser, row: IntroRow): Side | undefined {
  const org = actingOrganization(user);
  if (org && org === row.fromOrganizationId) return 'requester';
  if (org && org === row.toOrganizationId) return 'recipient';
  if (user.role === 'admin') return 'coordinator';
  return undefined;
}

/** Moves a side may make now: the recipient answers a request; after acceptance both record progress. */
export function allowedMoves(side: Side, state: IntroductionState): IntroductionState[] {
  return transitions[state].filter((to) => {
    if (to === 'expired') return false; // the system's move
    if (to === 'accepted' || to === 'declined') return side === 'recipient' || side === 'coordinator';
    return true;
  });
}

async function targetOf(db: Db, type: string, id: string) {
  if (type === 'organization') {
    const o = await organizationTarget(db, id);
    return o
      ? {
          organizationId: o.id,
          title: o.name,
          technologies: o.technologies,
          anonymous: false,
          readable: o.published,
        }
      : undefined;
  }
  const row = await getPostRow(db, type as PostKind, id);
  return row
    ? {
        organizationId: row.organizationId,
        title: row.title,
        technologies: row.technologies,
        anonymous: row.visibility === 'anonymous',
        readable: row.status === 'open' && row.expiresAt > new Date(),
      }
    : undefined;
}

export async function present(db: Db, user: AuthUser, rows: IntroRow[]): Promise<IntroductionOut[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const orgs = await organizationRefs(
    db,
    rows.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]),
  );
  const postIds = rows.flatMap((r) => [r.fromPostId, ...(r.toType === 'organization' ? [] : [r.toId])]);
  const posts = new Map<string, { title: LocalizedText; visibility: string }>();
  for (const p of await postHeads(db, postIds)) posts.set(p.id, p);
  const events = await introductionEventsOf(db, ids);
  const tasks = await introductionTasksOf(db, ids);
  return rows.map((r) => {
    const side = sideOf(user, r) ?? 'coordinator';
    const target = r.toType === 'organization' ? undefined : posts.get(r.toId);
    // The owner of an anonymous post stays hidden from the requester until it accepts; once accepted, it
    // stays revealed to that side, closed or not (what was told cannot be untold).
    const hidden =
      target?.visibility === 'anonymous' &&
      side === 'requester' &&
      !events.some((e) => e.introductionId === r.id && e.toState === revealingState);
    return {
      id: r.id,
      state: r.state as IntroductionState,
      from: {
        organization: orgs.get(r.fromOrganizationId)!,
        kind: r.fromKind as PostKind,
        id: r.fromPostId,
        title: posts.get(r.fromPostId)?.title ?? {},
      },
      to: {
        organization: hidden ? null : (orgs.get(r.toOrganizationId) ?? null),
        type: r.toType as 'organization',
        id: r.toId,
        title: r.toType === 'organization' ? (orgs.get(r.toId)?.name ?? {}) : (target?.title ?? {}),
      },
      side,
      allowed: allowedMoves(side, r.state as IntroductionState),
      technologies: r.technologies,
      message: r.message,
      reason: r.reason,
      outcome: r.outcome,
      expiresAt: r.expiresAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
      stateChangedAt: r.stateChangedAt.toISOString(),
      events: events
        .filter((e) => e.introductionId === r.id)
        .map((e) => ({ from: e.fromState, to: e.toState, note: e.note, at: e.at.toISOString() })),
      tasks: tasks
        .filter((t) => t.introductionId === r.id)
        .map((t) => ({
          id: t.id,
          title: t.title,
          dueAt: t.dueAt?.toISOString() ?? null,
          doneAt: t.doneAt?.toISOString() ?? null,
        })),
    };
  });
}

export async function readable(db: Db, user: AuthUser, id: string) {
  const row = await getIntroductionRow(db, id);
  // Outsiders get 404: an introduction's existence is the two parties' business.
  if (!row || !sideOf(user, row)) throw notFound('Introduction');
  return row;
}

const label = (s: IntroductionState) => introductionStates[s];

export async function requestIntroduction(
  ctx: Ctx,
  actor: AuthUser,
  input: {
    fromKind: PostKind;
    fromId: string;
    toType: 'organization' | PostKind;
    toId: string;
    message: string;
  },
) {
  const result = await ctx.db.transaction(async (tx) => {
    const from: PostRow | undefined = await getPostRow(tx, input.fromKind, input.fromId);
    if (!from)
      throw new AppError('validation_failed', say({ ja: '投稿がありません', en: 'Unknown post' }), [
        { path: 'body.fromId', message: say({ ja: 'その投稿はありません', en: 'no such post' }) },
      ]);
    if (actor.role !== 'admin' && actingOrganization(actor) !== from.organizationId) {
      throw forbidden({
        ja: '紹介を依頼できるのは自分の組織の投稿からだけです',
        en: 'You can ask for introductions from your own organisation’s posts only',
      });
    }
    const target = await targetOf(tx, input.toType, input.toId);
    if (!target?.readable) {
      throw new AppError('validation_failed', say({ ja: 'マッチ先がありません', en: 'Unknown match' }), [
        { path: 'body.toId', message: say({ ja: 'そのレコードはありません', en: 'no such record' }) },
      ]);
    }
    if (target.organizationId === from.organizationId) {
      throw new AppError(
        'validation_failed',
        say({ ja: '自分の組織です', en: 'That is your own organisation' }),
        [
          {
            path: 'body.toId',
            message: say({ ja: '依頼元の組織のものです', en: 'belongs to the requesting organisation' }),
          },
        ],
      );
    }
    const row = await insertIntroduction(tx, {
      fromOrganizationId: from.organizationId,
      fromKind: input.fromKind,
      fromPostId: from.id,
      toType: input.toType,
      toId: input.toId,
      toOrganizationId: target.organizationId,
      technologies: [...new Set([...from.technologies, ...target.technologies])],
      message: input.message,
      expiresAt: new Date(Date.now() + ctx.config.introductionExpiryDays * DAY),
      createdBy: actor.id,
    });
    // The unique index refused it: the pair has an open introduction (perhaps made a moment ago by a
    // simultaneous request), so say which.
    if (!row) {
      const open = await openIntroductionId(tx, from.id, input.toId);
      throw new AppError(
        'conflict',
        say({
          ja: 'この組み合わせの紹介はすでに進行中です',
          en: 'An introduction for this pair is already open',
        }),
        [
          {
            path: 'body.toId',
            message: open
              ? say({ ja: `進行中の紹介 ${open}`, en: `open introduction ${open}` })
              : say({ ja: '進行中の紹介があります', en: 'an open introduction exists' }),
          },
        ],
      );
    }
    await insertIntroductionEvent(tx, {
      introductionId: row.id,
      fromState: null,
      toState: 'requested',
      actorId: actor.id,
    });
    await writeAudit(tx, actor, {
      action: 'request',
      entity: 'introduction',
      entityId: row.id,
      changes: { ...input },
    });
    const requester = await organizationName(tx, from.organizationId);
    const mails = await notifyOrganizations(tx, ctx.config, [target.organizationId], {
      kind: 'introduction.requested',
      title: { ja: '紹介の依頼が届きました', en: 'You have an introduction request' },
      body: {
        ja: `${requester?.ja ?? requester?.en ?? ''}：「${from.title.ja ?? from.title.en ?? ''}」`,
        en: `${requester?.en ?? requester?.ja ?? ''}: "${from.title.en ?? from.title.ja ?? ''}"`,
      },
      link: `/introductions/${row.id}`,
    });
    return { row, mails };
  });
  await sendMail(ctx.db, ctx.config, result.mails);
  return (await present(ctx.db, actor, [result.row]))[0]!;
}

export async function transitionIntroduction(
  ctx: Ctx,
  actor: AuthUser,
  id: string,
  input: { to: IntroductionState; reason?: string; outcome?: string; note?: string },
) {
  const result = await ctx.db.transaction(async (tx) => {
    const row = await readable(tx, actor, id);
    const from = row.state as IntroductionState;
    const side = sideOf(actor, row)!;
    if (!canTransition(from, input.to) || input.to === 'expired') {
      const next = transitions[from].filter((s) => s !== 'expired');
      const ja = (s: IntroductionState) => label(s).ja;
      throw new AppError(
        'conflict',
        say({
          ja: `紹介を「${ja(from)}」から「${ja(input.to)}」に進めることはできません`,
          en: `An introduction cannot go from ${from} to ${input.to}`,
        }),
        [
          {
            path: 'body.to',
            message: say({
              ja: `「${ja(from)}」から進める先：${next.map((s) => `「${ja(s)}」`).join('、') || 'なし'}`,
              en: `allowed from ${from}: ${next.join(', ') || 'none'}`,
            }),
          },
        ],
      );
    }
    if (!allowedMoves(side, from).includes(input.to))
      throw forbidden({
        ja: '承諾・辞退できるのは依頼を受けた側だけです',
        en: 'Only the other side can accept or decline',
      });
    if (input.to === 'declined' && !input.reason) {
      throw new AppError(
        'validation_failed',
        say({ ja: '理由を入力してください', en: 'A reason is required' }),
        [
          {
            path: 'body.reason',
            message: say({ ja: '辞退するときは必須です', en: 'required when declining' }),
          },
        ],
      );
    }
    if (input.to === 'closed' && !input.outcome) {
      throw new AppError(
        'validation_failed',
        say({ ja: '結果を入力してください', en: 'An outcome is required' }),
        [
          {
            path: 'body.outcome',
            message: say({ ja: '終了するときは必須です', en: 'required when closing' }),
          },
        ],
      );
    }
    // Guarded by the state read above: if the expiry sweep or the other side moved it meanwhile, their move
    // stands and this one is refused, rather than both being recorded.
    const updated = await moveIntroduction(tx, id, from, {
      state: input.to,
      stateChangedAt: new Date(),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.outcome ? { outcome: input.outcome } : {}),
    });
    if (!updated)
      throw new AppError(
        'conflict',
        say({
          ja: 'この紹介は直前に別の操作で変更されました。最新の状態を確認してください',
          en: 'The introduction was changed meanwhile; reload it to see its current state',
        }),
      );
    await insertIntroductionEvent(tx, {
      introductionId: id,
      fromState: from,
      toState: input.to,
      note: input.note ?? input.reason ?? input.outcome ?? null,
      actorId: actor.id,
    });
    const followUp = followUps[input.to];
    if (followUp) {
      await insertIntroductionTask(tx, {
        introductionId: id,
        title: `${followUp.ja} / ${followUp.en}`,
        dueAt: new Date(Date.now() + STALLED_DAYS * DAY),
        createdBy: actor.id,
      });
    }
    await writeAudit(tx, actor, {
      action: 'transition',
      entity: 'introduction',
      entityId: id,
      changes: { from, ...input },
    });
    const others = [row.fromOrganizationId, row.toOrganizationId].filter((o) => o !== actor.organizationId);
    const notice: Notice = {
      kind: `introduction.${input.to}`,
      title: { ja: `紹介：${label(input.to).ja}`, en: `Introduction: ${label(input.to).en}` },
      body: {
        ja: input.reason ?? input.outcome ?? input.note ?? '',
        en: input.reason ?? input.outcome ?? input.note ?? '',
      },
      link: `/introductions/${id}`,
    };
    const mails = await notifyOrganizations(tx, ctx.config, others, notice);
    return { row: updated, mails };
  });
  await sendMail(ctx.db, ctx.config, result.mails);
  return (await present(ctx.db, actor, [result.row]))[0]!;
}

export async function getIntroduction(ctx: Ctx, actor: AuthUser, id: string) {
  return (await present(ctx.db, actor, [await readable(ctx.db, actor, id)]))[0]!;
}
