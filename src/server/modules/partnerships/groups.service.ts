import { createHash } from 'node:crypto';
import {
  type GroupDocumentType,
  groupDocumentMaxBytes,
  groupDocumentMaxCount,
  groupDocumentName,
  groupDocumentType,
  groupDocumentTypes,
} from '../../../core/partnerships/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, type ErrorDetail, forbidden, invalidFields } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { unknownValue } from '../../lib/messages.ts';
import { checkIfMatch, type IfMatch } from '../../lib/preconditions.ts';
import { readUpload, uploadType } from '../../lib/upload.ts';
import {
  actionItemById,
  actionItemsOf,
  completeActionItem,
  deleteDocumentRow,
  deleteMeetingRow,
  documentById,
  documentsOf,
  getGroupRow,
  insertDocument,
  insertGroup,
  insertMeeting,
  isGroupMember,
  listGroupRows,
  lockGroupForFiles,
  lockMeeting,
  meetingById,
  meetingsOf,
  membersOf,
  replaceMembers,
  replaceOpenActionItems,
  updateMeeting,
} from './groups.queries.ts';
import type { DocumentInput, GroupInput, MeetingInput } from './groups.schemas.ts';
import { organizationsByKeys } from './partnerships.queries.ts';

// The alliance's working groups. Who sees what: any signed-in account sees the groups and their members; a
// group's meeting records, action items and group-only documents are its member organisations' and the
// coordinators'; documents marked `members` are every member's (not a private person's).

export type GroupsCtx = { db: Db; now: Date; user: AuthUser };

const groupNotFound = () =>
  new AppError('not_found', say({ ja: 'ワーキンググループが見つかりません', en: 'Working group not found' }));

export const documentUrl = (id: string) => `/api/alliance/documents/${id}`;

/** Which documents a viewer may see: the group's and coordinators all; other accounts but private persons' the members-wide ones. */
const visibilitiesFor = (user: AuthUser, inside: boolean) =>
  inside ? ['group', 'members'] : user.role === 'person' ? [] : ['members'];

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
  const visibilities = visibilitiesFor(ctx.user, who.inside);
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
      version: m.version,
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
      kind: d.fileName ? ('file' as const) : ('link' as const),
      title: d.title,
      url: d.url ?? documentUrl(d.id),
      visibility: d.visibility as 'group' | 'members',
      fileName: d.fileName,
      contentType: d.contentType as GroupDocumentType | null,
      byteSize: d.byteSize,
      createdAt: d.createdAt.toISOString(),
      mayDelete: who.admin || who.lead || (who.inside && d.createdBy === ctx.user.id),
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

/** The action items' rows, their owners resolved by key; an unknown owner is a 400 naming the item. */
async function actionItemValues(db: Db, input: MeetingInput) {
  const owners = new Map(
    (
      await organizationsByKeys(
        db,
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
  return input.actionItems.map((a) => ({
    text: a.text,
    ownerOrganizationId: a.owner ? owners.get(a.owner)! : null,
    dueOn: a.dueOn,
  }));
}

const mayNotRecord = () =>
  forbidden({
    ja: '会合記録はリード組織と事務局が登録します',
    en: 'The lead organisation and coordinators record meetings',
  });

const meetingNotFound = () =>
  new AppError('not_found', say({ ja: '会合記録が見つかりません', en: 'Meeting record not found' }));

/** A meeting record with its action items: the lead organisation's accounts and coordinators. */
export async function recordMeeting(ctx: GroupsCtx, id: string, input: MeetingInput) {
  if (!(await getGroupRow(ctx.db, id))) throw groupNotFound();
  const who = await membership(ctx.db, ctx.user, id);
  if (!who.admin && !who.lead) throw mayNotRecord();
  const items = await actionItemValues(ctx.db, input);
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
      items,
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

/** Who may change a meeting record: as for recording one. Outsiders are told it does not exist. */
async function meetingForChange(ctx: GroupsCtx, meetingId: string) {
  const m = await meetingById(ctx.db, meetingId);
  const who = m ? await membership(ctx.db, ctx.user, m.groupId) : null;
  if (!m || !who?.inside) throw meetingNotFound();
  if (!who.admin && !who.lead) throw mayNotRecord();
  return m;
}

/**
 * Edits a meeting record under If-Match (its version): date, title, minutes, and its open action items, which the
 * given list replaces (items already done stay as they were).
 */
export async function editMeeting(ctx: GroupsCtx, meetingId: string, input: MeetingInput, ifMatch: IfMatch) {
  const m = await meetingForChange(ctx, meetingId);
  const items = await actionItemValues(ctx.db, input);
  await ctx.db.transaction(async (tx) => {
    const before = await lockMeeting(tx, meetingId);
    if (!before) throw meetingNotFound();
    checkIfMatch(ifMatch, before.version);
    await updateMeeting(tx, meetingId, { heldOn: input.heldOn, title: input.title, minutes: input.minutes });
    await replaceOpenActionItems(tx, meetingId, m.groupId, items);
    await writeAudit(tx, ctx.user, {
      action: 'update',
      entity: 'alliance-meeting',
      entityId: meetingId,
      changes: {
        before: { heldOn: before.heldOn, title: before.title },
        after: { heldOn: input.heldOn, title: input.title },
      },
    });
  });
  return getGroup(ctx, m.groupId);
}

/** Deletes a meeting record and its action items, under If-Match. */
export async function deleteMeeting(ctx: GroupsCtx, meetingId: string, ifMatch: IfMatch) {
  const m = await meetingForChange(ctx, meetingId);
  await ctx.db.transaction(async (tx) => {
    const before = await lockMeeting(tx, meetingId);
    if (!before) throw meetingNotFound();
    checkIfMatch(ifMatch, before.version);
    await deleteMeetingRow(tx, meetingId);
    await writeAudit(tx, ctx.user, {
      action: 'delete',
      entity: 'alliance-meeting',
      entityId: meetingId,
      changes: { before: { heldOn: before.heldOn, title: before.title } },
    });
  });
  return getGroup(ctx, m.groupId);
}

// ——— Uploaded documents ———

const documentNotFound = () =>
  new AppError('not_found', say({ ja: '資料が見つかりません', en: 'Document not found' }));

/**
 * A file shared with the group or with every member: a group member or a coordinator uploads it (settled before
 * the body is read, so an outsider's upload is not read at all); the type comes from its first bytes.
 */
export async function uploadDocument(
  ctx: GroupsCtx,
  id: string,
  q: { name: string; titleJa?: string; titleEn?: string; visibility: 'group' | 'members' },
  body: { stream: ReadableStream<Uint8Array> | null; length?: string; type?: string },
) {
  if (!(await getGroupRow(ctx.db, id))) throw groupNotFound();
  if (!(await membership(ctx.db, ctx.user, id)).inside) throw forbidden();
  const bytes = await readUpload(body.stream, body.length, groupDocumentMaxBytes);
  const contentType = uploadType(bytes, body.type, groupDocumentType, groupDocumentTypes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = groupDocumentName(q.name, contentType);
  const title =
    q.titleJa || q.titleEn
      ? { ...(q.titleJa ? { ja: q.titleJa } : {}), ...(q.titleEn ? { en: q.titleEn } : {}) }
      : { ja: fileName, en: fileName };
  await ctx.db.transaction(async (tx) => {
    const count = await lockGroupForFiles(tx, id);
    if (count === undefined) throw groupNotFound();
    if (count >= groupDocumentMaxCount)
      throw new AppError(
        'conflict',
        say({
          ja: `1 つのグループに置けるファイルは ${groupDocumentMaxCount} 件までです`,
          en: `A group may hold at most ${groupDocumentMaxCount} files`,
        }),
        [{ path: 'body', message: say({ ja: '上限に達しました', en: 'limit reached' }) }],
      );
    const d = await insertDocument(tx, {
      groupId: id,
      title,
      visibility: q.visibility,
      fileName,
      contentType,
      byteSize: bytes.byteLength,
      sha256,
      content: bytes,
      createdBy: ctx.user.id,
      createdAt: ctx.now,
    });
    await writeAudit(tx, ctx.user, {
      action: 'upload',
      entity: 'alliance-document',
      entityId: d.id,
      changes: {
        after: { group: id, visibility: q.visibility, contentType, byteSize: bytes.byteLength, sha256 },
      },
    });
  });
  return getGroup(ctx, id);
}

/** The file itself, for whoever may see the document; to anyone else it does not exist (404). */
export async function readDocument(ctx: GroupsCtx, documentId: string) {
  const doc = await documentById(ctx.db, documentId);
  if (!doc?.content || !doc.fileName) throw documentNotFound();
  const who = await membership(ctx.db, ctx.user, doc.groupId);
  if (!visibilitiesFor(ctx.user, who.inside).includes(doc.visibility)) throw documentNotFound();
  const type = doc.contentType as GroupDocumentType;
  return {
    content: doc.content,
    contentType: type,
    sha256: doc.sha256 ?? '',
    // A PDF is offered as a download; images show inline. The name was made safe on upload.
    disposition: type === 'application/pdf' ? `attachment; filename="${doc.fileName}"` : 'inline',
  };
}

/**
 * Deletes a document (a link or a file): whoever shared it, the lead organisation's accounts, coordinators.
 * Whoever may not see it is told it does not exist.
 */
export async function deleteDocument(ctx: GroupsCtx, documentId: string) {
  const doc = await documentById(ctx.db, documentId);
  if (!doc) throw documentNotFound();
  const who = await membership(ctx.db, ctx.user, doc.groupId);
  if (!visibilitiesFor(ctx.user, who.inside).includes(doc.visibility)) throw documentNotFound();
  if (!who.admin && !who.lead && !(who.inside && doc.createdBy === ctx.user.id))
    throw forbidden({
      ja: '資料を削除できるのは共有した人、リード組織と事務局です',
      en: 'Whoever shared a document, the lead organisation and coordinators delete it',
    });
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteDocumentRow(tx, documentId))) throw documentNotFound();
    await writeAudit(tx, ctx.user, {
      action: 'delete',
      entity: 'alliance-document',
      entityId: documentId,
      changes: {
        before: {
          group: doc.groupId,
          title: doc.title,
          fileName: doc.fileName,
          url: doc.url,
          sha256: doc.sha256,
        },
      },
    });
  });
  return getGroup(ctx, doc.groupId);
}
