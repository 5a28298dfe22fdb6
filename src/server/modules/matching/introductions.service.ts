import {
  canTransition,
  type IntroductionState,
  introductionStates,
  revealingState,
  transitions,
} from '../../../core/matching/index.ts';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/index.ts';
import type { Config } from '../../env.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { type Notice, notifyOrganizations, sendMail } from '../../lib/notify.ts';
import {
  getIntroductionRow,
  getPostRow,
  type IntroRow,
  insertAppNotices,
  insertIntroduction,
  insertIntroductionEvent,
  insertIntroductionTask,
  introductionEventsOf,
  introductionLink,
  introductionTasksOf,
  moveIntroduction,
  openIntroductionBetween,
  openIntroductionId,
  organizationName,
  organizationRefs,
  organizationsWithAccounts,
  organizationTarget,
  type PostRow,
  postHeads,
  postOfOrganization,
  requestsUntold,
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
  const answerable = await organizationsWithAccounts(
    db,
    rows.map((r) => r.toOrganizationId),
  );
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
      recipientHasAccount: answerable.has(r.toOrganizationId),
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

/** What the recipient is told of a request: when it is made, or when one of its accounts first signs in. */
function requestNotice(id: string, requester: LocalizedText | undefined, title: LocalizedText): Notice {
  return {
    kind: 'introduction.requested',
    title: { ja: '紹介の依頼が届きました', en: 'You have an introduction request' },
    body: {
      ja: `${requester?.ja ?? requester?.en ?? ''}：「${title.ja ?? title.en ?? ''}」`,
      en: `${requester?.en ?? requester?.ja ?? ''}: "${title.en ?? title.ja ?? ''}"`,
    },
    link: introductionLink(id),
  };
}

/** What the requester is told when nobody at the other organisation can answer in the app. */
const noAccountNotice = (id: string) => ({
  kind: 'introduction.no-account',
  title: {
    ja: '紹介先の組織にはまだアカウントがありません',
    en: 'The organisation you asked has no account yet',
  },
  body: {
    ja: '事務局が先方に直接連絡して取り次ぎます。返事はこの紹介のページと通知でお知らせします。',
    en: 'The coordinator will contact them and follow up by hand; the answer will show on this introduction and in your notices.',
  },
  link: introductionLink(id),
});

/**
 * At sign-in: a notice (in the app, no mail: the mail went to whoever had an account then) for each request
 * to the user's organisation still awaiting an answer that this user was not told of, because its account
 * did not exist yet. Idempotent: a notice once given is found again by its link.
 */
export async function noticeRequestsAtSignIn(
  db: Db,
  user: { id: string; role: string; organizationId: string | null },
  now = new Date(),
) {
  const org = actingOrganization(user as AuthUser);
  if (!org) return 0;
  const untold = await requestsUntold(db, user.id, org, now);
  if (untold.length === 0) return 0;
  const heads = new Map(
    (
      await postHeads(
        db,
        untold.map((r) => r.fromPostId),
      )
    ).map((p) => [p.id, p.title]),
  );
  const names = await organizationRefs(
    db,
    untold.map((r) => r.fromOrganizationId),
  );
  await insertAppNotices(
    db,
    untold.map((r) => ({
      userId: user.id,
      ...requestNotice(r.id, names.get(r.fromOrganizationId)?.name, heads.get(r.fromPostId) ?? {}),
      link: introductionLink(r.id),
    })),
  );
  return untold.length;
}

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
    const mails = await notifyOrganizations(
      tx,
      ctx.config,
      [target.organizationId],
      requestNotice(row.id, requester, from.title),
    );
    // Nobody there to tell: the requester hears so now, and the request is on the coordinator's list
    // (GET /api/home, noAccount) to follow up by hand.
    const answerable = await organizationsWithAccounts(tx, [target.organizationId]);
    if (!answerable.has(target.organizationId)) {
      await insertAppNotices(tx, [{ userId: actor.id, ...noAccountNotice(row.id) }]);
    }
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

/** The moves from `from` to the meeting state, by the workflow's own transitions (breadth first). */
function pathToMeeting(from: IntroductionState): IntroductionState[] | null {
  const seen = new Map<IntroductionState, IntroductionState[]>([[from, []]]);
  const queue: IntroductionState[] = [from];
  while (queue.length) {
    const s = queue.shift()!;
    if (s === 'meeting') return seen.get(s)!;
    for (const next of transitions[s])
      if (next !== 'closed' && next !== 'expired' && next !== 'declined' && !seen.has(next)) {
        seen.set(next, [...seen.get(s)!, next]);
        queue.push(next);
      }
  }
  return null;
}

/**
 * A one-to-one meeting held at a brokerage event, recorded as an introduction that reached "meeting held",
 * so the introductions funnel counts it (issue 17). The requesting organisation's open introduction to the
 * other, if it has one, moves on by the workflow's transitions (requested → accepted → meeting: the other side
 * accepted the meeting request, and the meeting took place); one already past the meeting is left as it is.
 * Otherwise a new introduction starts from a need or seed of the requesting organisation (the post its
 * participant named for the event, else its latest open one) to the other organisation, with each step
 * recorded at `at`. Without any post to start from, there is nothing the workflow can hold: null.
 * Runs in the caller's transaction.
 */
export async function introductionFromMeeting(
  tx: Db,
  config: Pick<Config, 'introductionExpiryDays'>,
  actor: AuthUser,
  input: {
    fromOrganizationId: string;
    toOrganizationId: string;
    posts: { kind: PostKind; id: string }[];
    message: string;
    note: string;
    at: Date;
  },
): Promise<{ id: string; created: boolean } | null> {
  const open = await openIntroductionBetween(tx, input.fromOrganizationId, input.toOrganizationId);
  if (open) {
    let state = open.state as IntroductionState;
    for (const to of pathToMeeting(state) ?? []) {
      const moved = await moveIntroduction(tx, open.id, state, { state: to, stateChangedAt: input.at });
      if (!moved) break;
      await insertIntroductionEvent(tx, {
        introductionId: open.id,
        fromState: state,
        toState: to,
        note: input.note,
        actorId: actor.id,
        at: input.at,
      });
      state = to;
    }
    return { id: open.id, created: false };
  }
  const from = await postOfOrganization(tx, input.fromOrganizationId, input.posts, input.at);
  if (!from) return null;
  const target = await organizationTarget(tx, input.toOrganizationId);
  const row = await insertIntroduction(tx, {
    fromOrganizationId: input.fromOrganizationId,
    fromKind: from.kind,
    fromPostId: from.id,
    toType: 'organization',
    toId: input.toOrganizationId,
    toOrganizationId: input.toOrganizationId,
    technologies: [...new Set([...from.technologies, ...(target?.technologies ?? [])])],
    message: input.message,
    state: 'meeting',
    expiresAt: new Date(input.at.getTime() + config.introductionExpiryDays * DAY),
    createdBy: actor.id,
    createdAt: input.at,
    stateChangedAt: input.at,
  });
  if (!row) return null;
  let previous: IntroductionState | null = null;
  for (const to of ['requested', 'accepted', 'meeting'] as const) {
    await insertIntroductionEvent(tx, {
      introductionId: row.id,
      fromState: previous,
      toState: to,
      note: input.note,
      actorId: actor.id,
      at: input.at,
    });
    previous = to;
  }
  await writeAudit(tx, actor, {
    action: 'request',
    entity: 'introduction',
    entityId: row.id,
    changes: { source: 'brokerage-meeting', state: 'meeting' },
  });
  return { id: row.id, created: true };
}
