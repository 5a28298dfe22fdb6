import { z } from '@hono/zod-openapi';
import { unitFileMaxBytes, unitFileTypes } from '../../../core/incubation/index.ts';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonContent,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { unitFileListSchema, unitFileSchema, unitFileUploadQuery } from './media.schemas.ts';
import { deleteUnitFile, listUnitFiles, readUnitFile, uploadUnitFile } from './media.service.ts';

const tags = ['Incubation'];
const binary = { type: 'string', format: 'binary' } as const;

/**
 * The path an upload is sent to, and the app-wide body limit there: only a backstop far above a file's size
 * (absurd bodies are refused unread, before anything else runs). The upload itself refuses anything over
 * `unitFileMaxBytes` with a 413 that names the body, by its declared length before reading or at the first
 * byte past the limit.
 */
export const unitFileUploadPath = /^\/api\/facility-units\/[^/]+\/files$/;
export const unitFileUploadLimitBytes = 64 * 1024 * 1024;

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facility-units/{id}/files',
  operationId: 'listUnitFiles',
  tags,
  summary: "A unit's photos and floor plan (metadata; each has the URL of the file itself)",
  request: { params: idParam },
  responses: {
    200: jsonContent(unitFileListSchema, 'Photos first, in order; then the floor plan'),
    ...errorResponses(400, 404),
  },
});

const uploadRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facility-units/{id}/files',
  operationId: 'uploadUnitFile',
  tags,
  summary:
    'Upload a photo or the floor plan of a unit (the body is the file; admin, or a member of the owner)',
  description:
    `The body is the file itself, at most ${unitFileMaxBytes} bytes: JPEG, PNG or WebP for a photo, those or PDF ` +
    'for a floor plan. Its type is read from its first bytes; a Content-Type that contradicts them is refused. ' +
    'A unit has at most 12 photos; a new floor plan replaces the old one.',
  request: {
    params: idParam,
    query: unitFileUploadQuery,
    body: {
      required: true,
      content: Object.fromEntries(unitFileTypes.map((t) => [t, { schema: binary }])) as never,
    },
  },
  responses: {
    201: jsonContent(unitFileSchema, 'Stored'),
    ...errorResponses(400, 404, 409, 413, 415),
  },
});

const fileParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const getRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/unit-files/{id}',
  operationId: 'getUnitFile',
  tags,
  summary: 'The file itself, for whoever may see its unit',
  request: { params: fileParam },
  responses: {
    200: {
      description: 'The file, with its real type; a PDF comes as an attachment',
      content: Object.fromEntries(unitFileTypes.map((t) => [t, { schema: binary }])) as never,
    },
    304: { description: 'Not modified (If-None-Match matched the ETag)' },
    ...errorResponses(400, 404),
  },
});

const deleteRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'delete',
  path: '/unit-files/{id}',
  operationId: 'deleteUnitFile',
  tags,
  summary: 'Delete a photo or floor plan (admin, or a member of the owner)',
  request: { params: fileParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404) },
});

export function unitMediaRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, user });
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await listUnitFiles(ctx(c.get('user')), c.req.valid('param').id), 200),
    )
    .openapi(uploadRoute, async (c) => {
      const out = await uploadUnitFile(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('query'),
        {
          stream: c.req.raw.body,
          length: c.req.header('content-length'),
          type: c.req.header('content-type'),
        },
      );
      return c.json(out, 201);
    })
    .openapi(getRoute, async (c) => {
      const file = await readUnitFile(ctx(c.get('user')), c.req.valid('param').id);
      const etag = `"${file.sha256}"`;
      const headers = {
        etag,
        'cache-control': file.public ? 'public, max-age=300' : 'private, no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (
        c.req
          .header('if-none-match')
          ?.split(',')
          .some((t) => t.trim().replace(/^W\//, '') === etag)
      )
        return c.body(null, 304, headers) as never;
      return c.body(new Uint8Array(file.content), 200, {
        ...headers,
        'content-type': file.contentType,
        'content-length': String(file.content.byteLength),
        'content-disposition': file.disposition,
      }) as never;
    })
    .openapi(deleteRoute, async (c) => {
      await deleteUnitFile(ctx(c.var.user), c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    });
}
