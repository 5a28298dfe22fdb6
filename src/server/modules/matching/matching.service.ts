import { randomUUID } from 'node:crypto';
import { postQuery, revealingState, withholdOwnerDetails } from '../../../core/matching/index.ts';
import { parseQuery } from '../../../core/text/index.ts';
import type { Db } from '../../db/client.ts';
import type { Config } from '../../env.ts';
import { diffFields, writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, invalidFields, keyTaken, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import { listIntroductions } from './introductions.board.ts';
import {
  bumpVersion,
  deletePostRow,
  getPostRow,
  insertPost,
  listPostRows,
  lockPostRow,
  type OrgRef,
  organizationExists,
  organizationProfile,
  organizationRefs,
  type PostRow,
  postTitles,
  revealedPostIds,
  searchTermsFor,
  updatePost,
} from './matching.queries.ts';
import type { PostInput, PostKind, PostOut, PostPatch, postListQuery } from './matching.schemas.ts';
import { matchingRuntime } from './matching.search-index.ts';

export type Ctx = { db: Db; reference: ReferenceData; config: Config; user: AuthUser | null };

/**
 * The organisation an account acts for: a member's (or a coordinator's, if tied to one). Agency, reviewer and
 * person accounts may be tied to an organisation but do not act for it.
 */
export function actingOrganization(user: AuthUser | null): string | null {
  if (!user || (user.role !== 'member' && user.role !== 'admin')) return null;
  return user.organizationId ?? null;
}

const isOwner = (user: AuthUser | null, row: { organizationId: string }) =>
  user !== null && user.organizationId === row.organizationId;

/** Who may read a post at all: public ones anyone; members-only and anonymous ones signed-in users. */
function canRead(user: AuthUser | null, row: PostRow, now = new Date()) {
  if (user?.role === 'admin' || isOwner(user, row)) return true;
  if (row.status !== 'open' || row.expiresAt <= now) return false;
  return row.visibility === 'public' || user !== null;
}

function canEdit(user: AuthUser, row: PostRow) {
  return user.role === 'admin' || (user.role === 'member' && isOwner(user, row));
}

/**
 * Which of these anonymous posts have their owner revealed to this viewer: those whose owner accepted an
 * introduction that the organisation the viewer acts for asked for, whatever became of it since.
 */
export async function revealedPosts(db: Db, user: AuthUser | null, ids: string[]): Promise<Set<string>> {
  const org = actingOrganization(user);
  if (!org || ids.length === 0) return new Set();
  return revealedPostIds(db, ids, org, revealingState);
}

export function ownerShown(
  user: AuthUser | null,
  row: { visibility: string; organizationId: string; id: string },
  revealed: Set<string>,
) {
  return (
    row.visibility !== 'anonymous' || user?.role === 'admin' || isOwner(user, row) || revealed.has(row.id)
  );
}

function toOut(
  row: PostRow,
  user: AuthUser | null,
  orgs: Map<string, OrgRef>,
  revealed: Set<string>,
): PostOut {
  const shown = ownerShown(user, row, revealed);
  return {
    id: row.id,
    key: shown ? row.key : null,
    kind: row.kind,
    organization: shown ? (orgs.get(row.organizationId) ?? null) : null,
    mine: isOwner(user, row),
    category: row.category,
    title: row.title,
    body: row.body,
    technologies: row.technologies,
    seeksRoles: row.seeksRoles ?? [],
    quantity: row.quantity,
    timeline: row.timeline,
    location: row.location ?? null,
    trl: row.trl,
    visibility: row.visibility as PostOut['visibility'],
    status: row.status as PostOut['status'],
    expired: row.expiresAt <= new Date(),
    expiresAt: row.expiresAt.toISOString(),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  } as PostOut;
}

async function present(ctx: Ctx, rows: PostRow[]) {
  const orgs = await organizationRefs(
    ctx.db,
    rows.map((r) => r.organizationId),
  );
  const revealed = await revealedPosts(
    ctx.db,
    ctx.user,
    rows.filter((r) => r.visibility === 'anonymous').map((r) => r.id),
  );
  return rows.map((r) => toOut(r, ctx.user, orgs, revealed));
}

export async function listPosts(ctx: Ctx, kind: PostKind, q: ReturnType<typeof postListQuery.parse>) {
  const user = ctx.user;
  if (q.technology && !ctx.reference.technologies.has(q.technology)) {
    throw invalidFields([{ path: 'query.technology', message: unknownValue('code', q.technology) }]);
  }
  if (q.mine === 'true' && !user?.organizationId) {
    throw invalidFields([
      {
        path: 'query.mine',
        message: say({ ja: 'このアカウントは組織に属していません', en: 'your account has no organisation' }),
      },
    ]);
  }
  const { rows, total } = await listPostRows(
    ctx.db,
    kind,
    {
      groups: parseQuery(q.q ?? '', ctx.reference.glossary),
      key: q.key,
      technologies: q.technology ? ctx.reference.withDescendants(q.technology) : [],
      organizationId: q.mine === 'true' ? user!.organizationId! : undefined,
      status: user?.role === 'admin' || q.mine === 'true' ? q.status : 'open',
      visibilities: user ? ['public', 'members', 'anonymous'] : ['public'],
      ownOrganizationId: user?.organizationId ?? null,
      all: user?.role === 'admin',
    },
    q.limit,
    q.offset,
  );
  // Expired posts stay listed for their owners (to renew) and the coordinator, not for others.
  const now = new Date();
  const visible = rows.filter((r) => canRead(user, r, now));
  // A key filter on an anonymous post must not confirm who owns it: such a filter matches nothing.
  const items = (await present(ctx, visible)).filter((p) => !q.key || p.key !== null);
  return { items, total: total - (rows.length - items.length) };
}

export async function getPost(ctx: Ctx, kind: PostKind, id: string) {
  const row = await getPostRow(ctx.db, kind, id);
  if (!row || !canRead(ctx.user, row)) throw notFound(kind === 'need' ? 'Need' : 'Seed');
  return { row, out: (await present(ctx, [row]))[0]! };
}

function ownerFor(actor: AuthUser, organizationId: string | undefined): string {
  if (actor.role === 'admin') {
    if (!organizationId)
      throw invalidFields([
        {
          path: 'body.organizationId',
          message: say({ ja: '管理者は指定が必要です', en: 'required for a coordinator' }),
        },
      ]);
    return organizationId;
  }
  if (actor.role !== 'member' || !actor.organizationId)
    throw forbidden({
      ja: '投稿できるのは組織の会員だけです',
      en: 'Only members of an organisation can post',
    });
  if (organizationId && organizationId !== actor.organizationId) {
    throw forbidden({
      ja: '会員は自分の組織としてだけ投稿できます',
      en: 'Members post for their own organisation only',
    });
  }
  return actor.organizationId;
}

function columns(ctx: Ctx, p: Omit<PostInput, 'key' | 'organizationId'> & { status?: string }) {
  return {
    category: p.category,
    title: p.title,
    body: p.body ?? {},
    technologies: p.technologies ?? [],
    seeksRoles: p.seeksRoles ?? [],
    quantity: p.quantity ?? null,
    timeline: p.timeline ?? null,
    location: p.location ?? null,
    trl: p.trl ?? null,
    visibility: p.visibility ?? 'public',
    status: p.status ?? 'open',
    searchTerms: searchTermsFor(
      { title: p.title, body: p.body ?? {}, technologies: p.technologies ?? [] },
      ctx.reference,
    ),
  };
}

export async function createPost(ctx: Ctx, actor: AuthUser, kind: PostKind, input: PostInput) {
  const organizationId = ownerFor(actor, input.organizationId);
  // Keys are unique across all posts, including those a member cannot see (closed, expired, anonymous ones
  // whose key is withheld): a member choosing keys could probe for them, since any answer but 201 confirms
  // one. So a key is the coordinator's to choose (bundles use them); a member's post is given a fresh one.
  if (input.key !== undefined && actor.role !== 'admin') {
    throw new AppError(
      'forbidden',
      say({
        ja: '投稿のキーを指定できるのは事務局（管理者）だけです',
        en: 'Only a coordinator can choose a post key',
      }),
      [{ path: 'body.key', message: say({ ja: '自動で付きます', en: 'given by the platform' }) }],
    );
  }
  const errors = unknownTechnologies(ctx.reference, input.technologies, 'body.technologies');
  if (errors.length) throw invalidFields(errors);
  return ctx.db.transaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId)))
      throw invalidFields([
        {
          path: 'body.organizationId',
          message: say({ ja: 'その組織はありません', en: 'unknown organisation' }),
        },
      ]);
    const key = input.key ?? `${kind}-${randomUUID().slice(0, 8)}`;
    // A taken key is refused by the insert (the unique index decides, so simultaneous creations of one key
    // cannot both pass); the version bump then rolls back with the transaction.
    const revision = await bumpVersion(tx);
    const row = await insertPost(tx, kind, {
      key,
      organizationId,
      ...columns(ctx, input),
      expiresAt: new Date(Date.now() + ctx.config.postExpiryDays * 86_400_000),
      revision,
      createdBy: actor.id,
    });
    if (!row) throw keyTaken(key);
    await writeAudit(tx, actor, {
      action: 'create',
      entity: kind,
      entityId: row.id,
      entityKey: key,
      changes: { after: input },
    });
    return (await present({ ...ctx, db: tx, user: actor }, [row]))[0]!;
  });
}

export async function updatePostById(
  ctx: Ctx,
  actor: AuthUser,
  kind: PostKind,
  id: string,
  patch: PostPatch,
  ifMatch?: IfMatch,
) {
  const errors = unknownTechnologies(ctx.reference, patch.technologies ?? [], 'body.technologies');
  if (errors.length) throw invalidFields(errors);
  return ctx.db.transaction(async (tx) => {
    const row = await lockPostRow(tx, kind, id);
    if (!row || !canRead(actor, row)) throw notFound(kind === 'need' ? 'Need' : 'Seed');
    if (!canEdit(actor, row))
      throw forbidden({
        ja: '変更できるのは自分の組織の投稿だけです',
        en: 'You can change only your own organisation’s posts',
      });
    checkIfMatch(ifMatch, row.version);
    const before = { ...row };
    const merged = {
      category: patch.category ?? row.category,
      title: patch.title ?? row.title,
      body: patch.body ?? row.body,
      technologies: patch.technologies ?? row.technologies,
      seeksRoles: patch.seeksRoles ?? row.seeksRoles,
      quantity: patch.quantity === undefined ? row.quantity : patch.quantity,
      timeline: patch.timeline === undefined ? row.timeline : patch.timeline,
      location: patch.location === undefined ? row.location : patch.location,
      trl: patch.trl === undefined ? row.trl : patch.trl,
      visibility: patch.visibility ?? row.visibility,
      status: patch.status ?? row.status,
    };
    const revision = await bumpVersion(tx);
    const updated = await updatePost(tx, kind, id, {
      ...columns(ctx, merged as Parameters<typeof columns>[1]),
      revision,
    });
    await writeAudit(tx, actor, {
      action: 'update',
      entity: kind,
      entityId: id,
      entityKey: row.key,
      changes: diffFields(before as Record<string, unknown>, merged),
    });
    return (await present({ ...ctx, db: tx, user: actor }, [updated!]))[0]!;
  });
}

export async function renewPost(ctx: Ctx, actor: AuthUser, kind: PostKind, id: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockPostRow(tx, kind, id);
    if (!row || !canRead(actor, row)) throw notFound(kind === 'need' ? 'Need' : 'Seed');
    if (!canEdit(actor, row))
      throw forbidden({
        ja: '更新できるのは自分の組織の投稿だけです',
        en: 'You can renew only your own organisation’s posts',
      });
    const expiresAt = new Date(Date.now() + ctx.config.postExpiryDays * 86_400_000);
    const revision = await bumpVersion(tx);
    const updated = await updatePost(tx, kind, id, { expiresAt, remindedAt: null, revision });
    await writeAudit(tx, actor, {
      action: 'renew',
      entity: kind,
      entityId: id,
      entityKey: row.key,
      changes: { expiresAt: { from: row.expiresAt.toISOString(), to: expiresAt.toISOString() } },
    });
    return (await present({ ...ctx, db: tx, user: actor }, [updated!]))[0]!;
  });
}

export async function deletePost(ctx: Ctx, actor: AuthUser, kind: PostKind, id: string, ifMatch?: IfMatch) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockPostRow(tx, kind, id);
    if (!row || !canRead(actor, row)) throw notFound(kind === 'need' ? 'Need' : 'Seed');
    if (!canEdit(actor, row))
      throw forbidden({
        ja: '削除できるのは自分の組織の投稿だけです',
        en: 'You can delete only your own organisation’s posts',
      });
    checkIfMatch(ifMatch, row.version);
    await bumpVersion(tx);
    await deletePostRow(tx, kind, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: kind,
      entityId: id,
      entityKey: row.key,
      changes: {},
    });
  });
}

/** Ranked matches for a post: organisations and seeds for a need, needs for a seed. */
export async function matchesFor(ctx: Ctx, kind: PostKind, id: string, limit: number) {
  const { row } = await getPost(ctx, kind, id);
  const runtime = matchingRuntime(ctx.db, ctx.reference);
  await runtime.refresh();
  const owner = await organizationProfile(ctx.db, row.organizationId);
  const query = postQuery(
    {
      ...row,
      kind,
      visibility: row.visibility as 'public',
      seeksRoles: row.seeksRoles,
    },
    { roles: owner?.roles ?? [], clusters: owner?.clusters ?? [], country: owner?.country ?? null },
  );
  const results = runtime.index.match(query, {
    types: kind === 'need' ? ['organization', 'seed'] : ['need'],
    limit,
    viewer: ctx.user ? (ctx.user.role === 'admin' ? 'admin' : 'member') : 'public',
    excludeIds: [row.id],
  });
  const postIds = results.filter((r) => r.type !== 'organization').map((r) => r.id);
  const titles = await postTitles(ctx.db, postIds);
  const orgs = await organizationRefs(
    ctx.db,
    results.map((r) => r.organizationId),
  );
  const revealed = await revealedPosts(ctx.db, ctx.user, [
    ...results.filter((r) => r.visibility === 'anonymous').map((r) => r.id),
    ...(row.visibility === 'anonymous' ? [row.id] : []),
  ]);
  // The querying post's owner may be withheld from this viewer too: its roles and what it offers or seeks
  // are then left out of every match's explanation.
  const queryHidden = !ownerShown(ctx.user, row, revealed);
  return {
    items: results.map((r) => {
      const shown = ownerShown(ctx.user, r, revealed);
      const org = orgs.get(r.organizationId);
      return {
        type: r.type,
        id: r.id,
        key: shown ? r.key : null,
        score: r.score,
        signals: withholdOwnerDetails(r.signals, { result: !shown, query: queryHidden }),
        title: r.type === 'organization' ? (org?.name ?? {}) : (titles.get(r.id) ?? {}),
        organization: shown ? (org ?? null) : null,
      };
    }),
  };
}

/**
 * An organisation's open needs or seeds, for its profile: what this viewer may read (public ones, and
 * members-only ones for a signed-in viewer), never anonymous ones, whoever asks, since the profile names the owner.
 */
export async function organizationPosts(ctx: Ctx, kind: PostKind, organizationId: string, limit = 50) {
  const { rows } = await listPostRows(
    ctx.db,
    kind,
    {
      groups: [],
      technologies: [],
      organizationId,
      status: 'open',
      visibilities: ctx.user ? ['public', 'members'] : ['public'],
      ownOrganizationId: null,
      all: false,
    },
    limit,
    0,
  );
  const now = new Date();
  return present(
    ctx,
    rows.filter((r) => r.visibility !== 'anonymous' && r.expiresAt > now),
  );
}

/**
 * The introductions an organisation is a side of, for its profile: only for its own members and the
 * coordinators (anyone else gets null). They are listed as the organisation sees them, so each is marked
 * requester or recipient and an anonymous counterpart stays hidden until it has accepted, even from a
 * coordinator reading the profile (the coordinator's board shows everything).
 */
export async function organizationIntroductions(ctx: Ctx, organizationId: string, limit = 50) {
  const user = ctx.user;
  if (!user || (user.role !== 'admin' && actingOrganization(user) !== organizationId)) return null;
  const asTheOrganization: AuthUser = { ...user, role: 'member', organizationId };
  return (await listIntroductions(ctx, asTheOrganization, { limit, offset: 0 })).items;
}
