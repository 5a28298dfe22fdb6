import { createHash } from 'node:crypto';
import {
  type CaseFileType,
  caseFileMaxBytes,
  caseFileMaxCount,
  caseFileType,
  caseFileTypes,
  safeFileName,
} from '../../../core/desk/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import { AppError, forbidden } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { readUpload, uploadType } from '../../lib/upload.ts';
import { insertEvent } from './desk.queries.ts';
import { type DeskCtx, visibleCase } from './desk.service.ts';
import {
  type CaseFileMeta,
  caseFileById,
  caseFileRows,
  insertCaseFile,
  lockCaseForFiles,
} from './files.queries.ts';
import type { CaseFileOut } from './files.schemas.ts';

// Files on a consultation (issue 16), kept in the database like a facility unit's photos, with who and
// when, each upload a step in the case's log. The case's own rule decides who sees them: the coordinator,
// the company's members and the partners it was referred to; to anyone else the case and its files do not
// exist (404). Uploading is for those who may write on the case: the desk, the company, a partner that accepted.

const fileNotFound = () =>
  new AppError('not_found', say({ ja: 'ファイルが見つかりません', en: 'File not found' }));

export const caseFileUrl = (id: string) => `/api/desk/files/${id}`;

const out = (row: CaseFileMeta): CaseFileOut => ({
  id: row.id,
  consultationId: row.consultationId,
  name: row.name,
  contentType: row.contentType as CaseFileType,
  byteSize: row.byteSize,
  sha256: row.sha256,
  uploadedBy: row.uploaderName,
  createdAt: row.createdAt.toISOString(),
  url: caseFileUrl(row.id),
});

export async function listCaseFiles(ctx: DeskCtx, user: AuthUser, consultationId: string) {
  await visibleCase(ctx, user, consultationId);
  return { items: (await caseFileRows(ctx.db, consultationId)).map(out) };
}

export async function uploadCaseFile(
  ctx: DeskCtx,
  actor: AuthUser,
  consultationId: string,
  name: string,
  body: { stream: ReadableStream<Uint8Array> | null; length?: string; type?: string },
) {
  // Who may upload is settled before the body is read: an outsider's upload is not read at all.
  const { view } = await visibleCase(ctx, actor, consultationId);
  if (view.as === 'partner' && !view.accepted)
    throw forbidden({ ja: '紹介を受けてから添付できます', en: 'Accept the referral first' });
  const bytes = await readUpload(body.stream, body.length, caseFileMaxBytes);
  const contentType = uploadType(bytes, body.type, caseFileType, caseFileTypes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const count = await lockCaseForFiles(tx, consultationId);
    if (count === undefined) throw fileNotFound();
    if (count >= caseFileMaxCount)
      throw new AppError(
        'conflict',
        say({
          ja: `1 件の相談に添付できるのは ${caseFileMaxCount} 件までです`,
          en: `A case may have at most ${caseFileMaxCount} files`,
        }),
        [{ path: 'body', message: say({ ja: '上限に達しました', en: 'limit reached' }) }],
      );
    const partnerId = view.as === 'partner' ? view.partnerId : null;
    const row = await insertCaseFile(tx, {
      consultationId,
      name: safeFileName(name, contentType),
      contentType,
      byteSize: bytes.byteLength,
      sha256,
      content: bytes,
      uploadedBy: actor.id,
      uploaderName: actor.name,
      organizationId: partnerId,
      createdAt: at,
    });
    // The company audience: the desk, the partners and the company all read this step, as they see the file.
    await insertEvent(tx, {
      consultationId,
      kind: 'file',
      audience: 'company',
      actorId: actor.id,
      actorName: actor.name,
      organizationId: partnerId,
      body: row.name,
      data: { file: row.id, contentType, byteSize: bytes.byteLength },
      at,
    });
    await writeAudit(tx, actor, {
      action: 'upload',
      entity: 'consultation-file',
      entityId: row.id,
      changes: { after: { consultation: consultationId, contentType, byteSize: bytes.byteLength, sha256 } },
    });
    return out(row);
  });
}

export async function readCaseFile(ctx: DeskCtx, user: AuthUser, id: string) {
  const file = await caseFileById(ctx.db, id);
  if (!file) throw fileNotFound();
  try {
    await visibleCase(ctx, user, file.consultationId);
  } catch (err) {
    // Whoever may not see the case is told the file does not exist.
    if (err instanceof AppError && err.code === 'not_found') throw fileNotFound();
    throw err;
  }
  const type = file.contentType as CaseFileType;
  return {
    content: file.content,
    contentType: type,
    sha256: file.sha256,
    // A PDF is offered as a download; images show inline. The name was made safe on upload.
    disposition: type === 'application/pdf' ? `attachment; filename="${file.name}"` : 'inline',
  };
}
