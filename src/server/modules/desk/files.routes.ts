import { z } from '@hono/zod-openapi';
import { caseFileMaxBytes, caseFileMaxCount, caseFileTypes } from '../../../core/desk/index.ts';
import { type AppDeps, createRouter, errorResponses, idParam, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { binaryContent, uploadContract } from '../../lib/upload-route.ts';
import { caseFileListSchema, caseFileSchema, caseFileUploadQuery } from './files.schemas.ts';
import { listCaseFiles, readCaseFile, uploadCaseFile } from './files.service.ts';

const tags = ['One-stop desk'];
const who = ['admin', 'member', 'agency'] as ['admin', 'member', 'agency'];

/**
 * The path an upload is sent to, and the app-wide body limit there: only a backstop above a file's size; the
 * upload itself refuses anything over `caseFileMaxBytes` with a 413 naming the body.
 */
export const caseFileUploadPath = /^\/api\/desk\/consultations\/[^/]+\/files$/;
export const caseFileUploadLimitBytes = 2 * caseFileMaxBytes;

const listRoute = defineRoute({
  access: who,
  method: 'get',
  path: '/desk/consultations/{id}/files',
  operationId: 'listConsultationFiles',
  tags,
  summary: "A case's files with who added them and when (404 to whoever may not see the case)",
  request: { params: idParam },
  responses: { 200: jsonContent(caseFileListSchema, 'Files, oldest first'), ...errorResponses(400, 404) },
});

const upload = uploadContract(caseFileTypes, caseFileMaxBytes);

const uploadRoute = defineRoute({
  access: who,
  method: 'post',
  path: '/desk/consultations/{id}/files',
  operationId: 'uploadConsultationFile',
  tags,
  summary: 'Add a file to a case (the body is the file): the desk, the company, a partner that accepted',
  description: `${upload.description} A case has at most ${caseFileMaxCount} files.`,
  request: { params: idParam, query: caseFileUploadQuery, body: upload.body },
  responses: { 201: jsonContent(caseFileSchema, 'Stored'), ...upload.errors },
});

const getRoute = defineRoute({
  access: who,
  method: 'get',
  path: '/desk/files/{id}',
  operationId: 'getConsultationFile',
  tags,
  summary: 'The file itself, for whoever may see its case',
  request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: 'The file, with its real type; a PDF comes as an attachment',
      content: binaryContent(caseFileTypes),
    },
    ...errorResponses(400, 404),
  },
});

export function deskFilesRoutes(deps: AppDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const ctx = { db: deps.db, now, config: deps.config };
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await listCaseFiles(ctx, c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(uploadRoute, async (c) => {
      const file = await uploadCaseFile(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query').name, {
        stream: c.req.raw.body,
        length: c.req.header('content-length'),
        type: c.req.header('content-type'),
      });
      return c.json(file, 201);
    })
    .openapi(getRoute, async (c) => {
      const file = await readCaseFile(ctx, c.var.user, c.req.valid('param').id);
      return c.body(new Uint8Array(file.content), 200, {
        etag: `"${file.sha256}"`,
        'cache-control': 'private, no-cache',
        'x-content-type-options': 'nosniff',
        'content-type': file.contentType,
        'content-length': String(file.content.byteLength),
        'content-disposition': file.disposition,
      }) as never;
    });
}
