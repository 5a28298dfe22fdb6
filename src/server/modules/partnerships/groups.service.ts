import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import {
  actionItemById,
  actionItemsOf,
  completeActionItem,
  documentsOf,
  getGroupRow,
  insertDocument,
  insertGroup,
  insertMeeting,
  isGroupMember,
  listGroupRows,
  meetingsOf,
  membersOf,
  replaceMembers,
} from './groups.queries.ts';
import type { DocumentInput, GroupInput, MeetingInput } from './groups.schemas.ts';
import { organizationsByKeys } from './partnerships.queries.ts';

// The alliance's working groups. Who sees what: any signed-in account sees the groups and their members; a
// group's meeting records, action items and group-only documents are its member organisations' and the
// coordinators'; documents marked `members` are every member's (not a private person's).

export type GroupsCtx = { db: Db; now: Date; user: AuthUser };

const groupNotFound = () =>
  new AppError('not_found', say({ ja: 'ワーキンググループが見つかりません', en: 'Working group not found' }));

async function membership(db: Db, user: AuthUser, groupId: string) {
  const admin = user.role === 'admin';
  const member = !!user.organizationId && (await isGroupMember(db, groupId, user.organizationId));
  const lead = !!user.organizationId && (await isGroupMember(db, groupId, user.organizationId, true));
  return { admin, member, inside: admin || member, lead };
}

async function resolveMembers(db: Db, members: string[], lead: string) {
  const found = new Map((await organizationsByKeys(db, members)).map((o) => [o.key, o.id]));
  const bad: ErrorDetail[] = members.flatMap((k, i) =>
    found.has(k) ? [] : [{ path: `body.members[${i}]`, message: unknownValue('organisation', k) }],
  );
  if (!members.includes(lead))
    bad.push({
      path: 'body.lead',
      message: say({
        ja: 'リードは参加組織の中から選んでください',
        en: 'the lead must be one of the members',
      }),
    });
  if (bad.length) throw invalidFields(bad);
  return { ids: [...new Set(members.map((k) => found.get(k)!))], leadId: found.get(lead)! };
}

export async function listGroups(ctx: GroupsCtx) {
  const rows = await listGroupRows(ctx.db);
  const members = await membersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((g) => {
    const own = members.filter((m) => m.groupId === g.id);
    return {
      id: g.id,
      key: g.key,
      name: g.name,
      description: g.description,
      illustrative: g.illustrative,
      members: own.map((m) => ({ id: m.id, key: m.key, name: m.name, lead: m.lead })),
      isMember: own.some((m) => m.id === ctx.user.organizationId),
    };
  });
  return { items, total: items.length };
}

export async function getGroup(ctx: GroupsCtx, id: string) {
  const g = await getGroupRow(ctx.db, id);
  if (!g) throw groupNotFound();
  const who = await membership(ctx.db, ctx.user, id);
  const members = await membersOf(ctx.db, [id]);
  const visibilities = who.inside ? ['group', 'members'] : ctx.user.role === 'person' ? [] : ['members'];
  const [meetings, items, documents] = await Promise.all([
    who.inside ? meetingsOf(ctx.db, id) : [],
    who.inside ? actionItemsOf(ctx.db, id) : [],
    visibilities.length ? documentsOf(ctx.db, id, visibilities) : [],
  ]);
  return {
    id: g.id,
    key: g.key,
    name: g.name,
    description: g.description,
    illustrative: g.illustrative,
    members: members.map((m) => ({ id: m.id, key: m.key, name: m.name, lead: m.lead })),
    isMember: who.member,
    mayRecordMeetings: who.admin || who.lead,
    meetings: meetings.map((m) => ({
      id: m.id,
      heldOn: m.heldOn,
      title: m.title,
      minutes: m.minutes,
      actionItems: items
        .filter((i) => i.item.meetingId === m.id)
        .map((i) => ({
          id: i.item.id,
          text: i.item.text,
          owner: i.ownerKey ? { key: i.ownerKey, name: i.ownerName ?? {} } : null,
          dueOn: i.item.dueOn,
          status: i.item.status as 'open' | 'done',
        })),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      url: d.url,
      visibility: d.visibility as 'group' | 'members',
      createdAt: d.createdAt.toISOString(),
    })),
  };
}

export async function createGroup(ctx: GroupsCtx, input: GroupInput) {
  const id = await ctx.db.transaction(async (tx) => {
    const { ids, leadId } = await resolveMembers(tx, input.members, input.lead);
    const g = await insertGroup(tx, { key: input.key, name: input.name, description: input.description });
    await replaceMembers(tx, g.id, ids, leadId);
    await writeAudit(tx, ctx.user, {
      action: 'create',
      entity: 'alliance-group',
      entityId: g.id,
      entityKey: g.key,
    });
    return g.id;
  });
  return getGroup(ctx, id);
}

export async function setGroupMembers(
  ctx: GroupsCtx,
  id: string,
  input: { members: string[]; lead: string },
) {
  const g = await getGroupRow(ctx.db, id);
  if (!g) throw groupNotFound();
  await ctx.db.transaction(async (tx) => {
    const { ids, leadId } = await resolveMembers(tx, input.members, input.lead);
    await replaceMembers(tx, id, ids, leadId);
    await writeAudit(tx, ctx.user, {
      action: 'update',
      entity: 'alliance-group',
      entityId: id,
      entityKey: g.key,
      changes: { members: input.members, lead: input.lead },
    });
  });
  return getGroup(ctx, id);
}

/** A meeting record with its action items: the lead organisation's accounts and coordinators. */
export async function recordMeeting(ctx: GroupsCtx, id: string, input: MeetingInput) {
  if (!(await getGroupRow(ctx.db, id))) throw groupNotFound();
  const who = await membership(ctx.db, ctx.user, id);
  if (!who.admin && !who.lead)
    throw forbidden({
      ja: '会合記録はリード組織と事務局が登録します',
      en: 'The lead organisation and coordinators record meetings',
    });
  const owners = new Map(
    (
      await organizationsByKeys(
        ctx.db,
        input.actionItems.flatMap((a) => (a.owner ? [a.owner] : [])),
      )
    ).map((o) => [o.key, o.id]),
  );
  const bad = input.actionItems.flatMap((a, i) =>
    a.owner && !owners.has(a.owner)
      ? [{ path: `body.actionItems[${i}].owner`, message: unknownValue('organisation', a.owner) }]
      : [],
  );
  if (bad.length) throw invalidFields(bad);
  await ctx.db.transaction(async (tx) => {
    const m = await insertMeeting(
      tx,
      {
        groupId: id,
        heldOn: input.heldOn,
        title: input.title,
        minutes: input.minutes,
        createdBy: ctx.user.id,
      },
      input.actionItems.map((a) => ({
        text: a.text,
        ownerOrganizationId: a.owner ? owners.get(a.owner)! : null,
        dueOn: a.dueOn,
      })),
    );
    await writeAudit(tx, ctx.user, { action: 'create', entity: 'alliance-meeting', entityId: m.id });
  });
  return getGroup(ctx, id);
}

export async function addDocument(ctx: GroupsCtx, id: string, input: DocumentInput) {
  if (!(await getGroupRow(ctx.db, id))) throw groupNotFound();
  if (!(await membership(ctx.db, ctx.user, id)).inside) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const d = await insertDocument(tx, { groupId: id, ...input, createdBy: ctx.user.id });
    await writeAudit(tx, ctx.user, { action: 'create', entity: 'alliance-document', entityId: d.id });
  });
  return getGroup(ctx, id);
}

/** Marks an action item done, once: a second attempt (or a simultaneous one) is a 409. */
export async function completeAction(ctx: GroupsCtx, itemId: string) {
  const item = await actionItemById(ctx.db, itemId);
  const who = item ? await membership(ctx.db, ctx.user, item.groupId) : null;
  if (!item || !who?.inside)
    throw new AppError(
      'not_found',
      say({ ja: 'アクション項目が見つかりません', en: 'Action item not found' }),
    );
  await ctx.db.transaction(async (tx) => {
    if (!(await completeActionItem(tx, itemId, ctx.now)))
      throw new AppError('conflict', say({ ja: 'すでに完了しています', en: 'Already done' }), [
        { path: 'path.id', message: say({ ja: '完了済み', en: 'already done' }) },
      ]);
    await writeAudit(tx, ctx.user, { action: 'complete', entity: 'alliance-action-item', entityId: itemId });
  });
  return getGroup(ctx, item.groupId);
}
