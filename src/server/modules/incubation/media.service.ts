import { createHash } from 'node:crypto';
import {
  acceptedTypes,
  downloadName,
  sniffType,
  type UnitFileKind,
  type UnitFileType,
  unitFileMaxBytes,
  unitFileMaxCount,
} from '../../../core/incubation/index.ts';
import type { Db } from '../../db/client.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { readUpload } from '../../lib/upload.ts';
import {
  countAndNextOrder,
  deleteUnitFileRow,
  deleteUnitFilesOfKind,
  getUnitFile,
  getUnitOwner,
  insertUnitFile,
  lockUnitOwner,
  type UnitFileMeta,
  type UnitOwner,
  unitFileRows,
} from './media.queries.ts';
import type { UnitFileOut, UnitFileUpload } from './media.schemas.ts';

type Ctx = { db: Db; user: AuthUser | null };
type Owned = Pick<UnitOwner, 'organizationId' | 'published' | 'organizationPublished'>;

// The same rule as the unit itself: public when the facility and its owner are published; always to an admin
// and to the owner's members. Anyone else is told the unit (or file) does not exist.
const canRead = (user: AuthUser | null, o: Owned) =>
  (o.published && o.organizationPublished) ||
  user?.role === 'admin' ||
  (!!user && user.organizationId === o.organizationId);

function assertCanEdit(user: AuthUser, o: Owned) {
  if (user.role === 'admin') return;
  if (user.role === 'member' && user.organizationId === o.organizationId) return;
  throw forbidden({
    ja: '写真や図面を変えられるのは自分の組織の施設だけです',
    en: "You can change the photos and plans of your own organisation's facilities only",
  });
}

export const unitFileUrl = (id: string) => `/api/unit-files/${id}`;

function toOut(row: UnitFileMeta): UnitFileOut {
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind as UnitFileKind,
    contentType: row.contentType as UnitFileType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    caption: row.caption,
    sortOrder: row.sortOrder,
    createdAt: row.createdAt.toISOString(),
    url: unitFileUrl(row.id),
  };
}

export async function listUnitFiles(ctx: Ctx, unitId: string) {
  const owner = await getUnitOwner(ctx.db, unitId);
  if (!owner || !canRead(ctx.user, owner)) throw notFound('Facility unit');
  return { items: (await unitFileRows(ctx.db, unitId)).map(toOut) };
}

// ——— Upload ———

const wrongType = (path: string, message: { ja: string; en: string }) =>
  new AppError(
    'unsupported_media_type',
    say({ ja: 'このファイルの種類は受け付けません', en: 'This kind of file is not accepted' }),
    [{ path, message: say(message) }],
  );

const genericTypes = new Set(['', 'application/octet-stream']);

/**
 * The file's real type, from its first bytes. A declared Content-Type is only a claim: a specific one that
 * the bytes contradict (a text file renamed .png) is refused, as is a type the kind does not take.
 */
function checkedType(bytes: Buffer, kind: UnitFileKind, declared: string | undefined): UnitFileType {
  const real = sniffType(bytes);
  const accepted = acceptedTypes[kind];
  const list = accepted.join(', ');
  if (!real)
    throw wrongType('body', {
      ja: `ファイルの中身が ${list} のいずれでもありません`,
      en: `the file's content is none of ${list}`,
    });
  if (!accepted.includes(real))
    throw wrongType('query.kind', {
      ja: `${kind} には ${list} だけを送れます（このファイルは ${real}）`,
      en: `a ${kind} must be one of ${list} (this file is ${real})`,
    });
  const claimed = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!genericTypes.has(claimed) && claimed !== real)
    throw wrongType('header.content-type', {
      ja: `${claimed} と書かれていますが、中身は ${real} です`,
      en: `says ${claimed} but the file is ${real}`,
    });
  return real;
}

export async function uploadUnitFile(
  ctx: Ctx,
  actor: AuthUser,
  unitId: string,
  query: UnitFileUpload,
  body: { stream: ReadableStream<Uint8Array> | null; length?: string; type?: string },
) {
  // Who may upload is settled before the body is read: an outsider's upload is not read at all.
  const owner = await getUnitOwner(ctx.db, unitId);
  if (!owner || !canRead(actor, owner)) throw notFound('Facility unit');
  assertCanEdit(actor, owner);
  const bytes = await readUpload(body.stream, body.length, unitFileMaxBytes);
  const contentType = checkedType(bytes, query.kind, body.type);
  const caption = {
    ...(query.captionJa ? { ja: query.captionJa } : {}),
    ...(query.captionEn ? { en: query.captionEn } : {}),
  };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return ctx.db.transaction(async (tx) => {
    // Locked: two uploads to one unit are counted one after the other, so the cap holds.
    const locked = await lockUnitOwner(tx, unitId);
    if (!locked || !canRead(actor, locked)) throw notFound('Facility unit');
    const max = unitFileMaxCount[query.kind];
    let replaced: string[] = [];
    if (query.kind === 'floor-plan') {
      replaced = (await deleteUnitFilesOfKind(tx, unitId, 'floor-plan')).map((r) => r.id);
    } else {
      const { count } = await countAndNextOrder(tx, unitId, query.kind);
      if (count >= max)
        throw new AppError(
          'conflict',
          say({ ja: `写真は 1 区画 ${max} 枚までです`, en: `A unit may have at most ${max} photos` }),
          [
            {
              path: 'query.kind',
              message: say({ ja: '先に写真を削除してください', en: 'delete a photo first' }),
            },
          ],
        );
    }
    const { next } = await countAndNextOrder(tx, unitId, query.kind);
    const row = await insertUnitFile(tx, {
      unitId,
      kind: query.kind,
      contentType,
      byteSize: bytes.byteLength,
      sha256,
      caption,
      sortOrder: next,
      content: bytes,
      createdBy: actor.id,
    });
    await writeAudit(tx, actor, {
      action: 'upload',
      entity: 'unit-file',
      entityId: row.id,
      entityKey: locked.unitKey,
      changes: {
        kind: query.kind,
        contentType,
        byteSize: bytes.byteLength,
        sha256,
        ...(replaced.length ? { replaced } : {}),
      },
    });
    return toOut(row);
  });
}

// ——— Serve and delete ———

export async function readUnitFile(ctx: Ctx, id: string) {
  const row = await getUnitFile(ctx.db, id);
  if (!row || !canRead(ctx.user, row)) throw notFound('Unit file');
  const file = row.file;
  const type = file.contentType as UnitFileType;
  return {
    content: file.content,
    contentType: type,
    sha256: file.sha256,
    // Images show in the page; a PDF is offered as a download under a name made only of safe characters.
    disposition:
      type === 'application/pdf'
        ? `attachment; filename="${downloadName(row.unitKey, file.kind as UnitFileKind, type)}"`
        : 'inline',
    // Anyone may cache a public file; an unpublished facility's files stay in the viewer's own cache.
    public: row.published && row.organizationPublished,
  };
}

export async function deleteUnitFile(ctx: Ctx, actor: AuthUser, id: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await getUnitFile(tx, id);
    if (!row || !canRead(actor, row)) throw notFound('Unit file');
    assertCanEdit(actor, row);
    await deleteUnitFileRow(tx, id);
    await writeAudit(tx, actor, {
      action: 'delete',
      entity: 'unit-file',
      entityId: id,
      entityKey: row.unitKey,
      changes: {
        before: { kind: row.file.kind, contentType: row.file.contentType, sha256: row.file.sha256 },
      },
    });
  });
}
