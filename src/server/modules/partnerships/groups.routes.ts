import { z } from '@hono/zod-openapi';
import {
  groupDocumentMaxBytes,
  groupDocumentMaxCount,
  groupDocumentTypes,
} from '../../../core/partnerships/index.ts';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import { binaryContent, uploadContract } from '../../lib/upload-route.ts';
import {
  documentInputSchema,
  documentUploadQuery,
  groupInputSchema,
  groupListSchema,
  groupMembersSchema,
  groupSchema,
  meetingInputSchema,
} from './groups.schemas.ts';
import {
  addDocument,
  completeAction,
  createGroup,
  deleteDocument,
  deleteMeeting,
  editMeeting,
  getGroup,
  listGroups,
  readDocument,
  recordMeeting,
  setGroupMembers,
  uploadDocument,
} from './groups.service.ts';

const tags = ['Alliance'];

const listGroupsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/alliance/groups',
  operationId: 'listAllianceGroups',
  tags,
  summary: "The alliance's working groups with their member organisations and lead",
  responses: { 200: jsonContent(groupListSchema, 'Working groups') },
});

const getGroupRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/alliance/groups/{id}',
  operationId: 'getAllianceGroup',
  tags,
  summary: 'A working group; meeting records, action items and group documents for its members only',
  request: { params: idParam },
  responses: { 200: jsonContent(groupSchema, 'The group'), ...errorResponses(400, 404) },
});

const createGroupRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/alliance/groups',
  operationId: 'createAllianceGroup',
  tags,
  summary: 'Create a working group with its members and lead',
  request: jsonBody(groupInputSchema),
  responses: { 201: jsonContent(groupSchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const setMembersRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/alliance/groups/{id}/members',
  operationId: 'setAllianceGroupMembers',
  tags,
  summary: "Replace a group's members and lead",
  request: { params: idParam, ...jsonBody(groupMembersSchema) },
  responses: { 200: jsonContent(groupSchema, 'Updated'), ...errorResponses(400, 404, 413) },
});

const recordMeetingRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/alliance/groups/{id}/meetings',
  operationId: 'recordAllianceMeeting',
  tags,
  summary: "Record a meeting and its action items (the lead organisation's accounts, coordinators)",
  request: { params: idParam, ...jsonBody(meetingInputSchema) },
  responses: { 201: jsonContent(groupSchema, 'Recorded'), ...errorResponses(400, 404, 413) },
});

const addDocumentRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/alliance/groups/{id}/documents',
  operationId: 'addAllianceDocument',
  tags,
  summary: 'Share a document (a link) with the group, or with every member',
  request: { params: idParam, ...jsonBody(documentInputSchema) },
  responses: { 201: jsonContent(groupSchema, 'Added'), ...errorResponses(400, 404, 413) },
});

/**
 * The path a group's upload is sent to, and the app-wide body limit there: only a backstop above a file's size;
 * the upload itself refuses anything over `groupDocumentMaxBytes` with a 413 naming the body.
 */
export const groupDocumentUploadPath = /^\/api\/alliance\/groups\/[^/]+\/files$/;
export const groupDocumentUploadLimitBytes = 2 * groupDocumentMaxBytes;

const upload = uploadContract(groupDocumentTypes, groupDocumentMaxBytes);

const uploadDocumentRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/alliance/groups/{id}/files',
  operationId: 'uploadAllianceDocument',
  tags,
  summary: 'Upload a file (the body) for the group, or for every member: group members and coordinators',
  description: `${upload.description} A group holds at most ${groupDocumentMaxCount} files.`,
  request: { params: idParam, query: documentUploadQuery, body: upload.body },
  responses: { 201: jsonContent(groupSchema, 'Stored'), ...upload.errors },
});

const readDocumentRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/alliance/documents/{id}',
  operationId: 'getAllianceDocumentFile',
  tags,
  summary: 'An uploaded document itself, for whoever may see it (404 to anyone else)',
  request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: 'The file, with its real type; a PDF comes as an attachment',
      content: binaryContent(groupDocumentTypes),
    },
    ...errorResponses(400, 404),
  },
});

const deleteDocumentRoute = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/alliance/documents/{id}',
  operationId: 'deleteAllianceDocument',
  tags,
  summary: 'Delete a document, link or file (whoever shared it, the lead organisation, coordinators)',
  request: { params: idParam },
  responses: { 200: jsonContent(groupSchema, 'The group'), ...errorResponses(400, 403, 404) },
});

const editMeetingRoute = defineRoute({
  access: 'signed-in',
  method: 'patch',
  path: '/alliance/meetings/{id}',
  operationId: 'updateAllianceMeeting',
  tags,
  summary:
    "Edit a meeting record and its open action items with If-Match (the lead's accounts, coordinators)",
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(meetingInputSchema) },
  responses: { 200: jsonContent(groupSchema, 'The group'), ...errorResponses(400, 403, 404, 412, 413) },
});

const deleteMeetingRoute = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/alliance/meetings/{id}',
  operationId: 'deleteAllianceMeeting',
  tags,
  summary: "Delete a meeting record and its action items with If-Match (the lead's accounts, coordinators)",
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 200: jsonContent(groupSchema, 'The group'), ...errorResponses(400, 403, 404, 412) },
});

const completeActionRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/alliance/action-items/{id}/done',
  operationId: 'completeAllianceActionItem',
  tags,
  summary: 'Mark an action item done (group members, coordinators); once only',
  request: { params: idParam },
  responses: { 200: jsonContent(groupSchema, 'The group'), ...errorResponses(400, 404, 409) },
});

export function groupsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser) => ({ db: deps.db, user, now: deps.clock?.() ?? new Date() });
  return createRouter()
    .openapi(listGroupsRoute, async (c) => c.json(await listGroups(ctx(c.var.user)), 200))
    .openapi(getGroupRoute, async (c) =>
      c.json(await getGroup(ctx(c.var.user), c.req.valid('param').id), 200),
    )
    .openapi(createGroupRoute, async (c) =>
      c.json(await createGroup(ctx(c.var.user), c.req.valid('json')), 201),
    )
    .openapi(setMembersRoute, async (c) =>
      c.json(await setGroupMembers(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(recordMeetingRoute, async (c) =>
      c.json(await recordMeeting(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(addDocumentRoute, async (c) =>
      c.json(await addDocument(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(completeActionRoute, async (c) =>
      c.json(await completeAction(ctx(c.var.user), c.req.valid('param').id), 200),
    )
    .openapi(uploadDocumentRoute, async (c) => {
      const out = await uploadDocument(ctx(c.var.user), c.req.valid('param').id, c.req.valid('query'), {
        stream: c.req.raw.body,
        length: c.req.header('content-length'),
        type: c.req.header('content-type'),
      });
      return c.json(out, 201);
    })
    .openapi(readDocumentRoute, async (c) => {
      const file = await readDocument(ctx(c.var.user), c.req.valid('param').id);
      return c.body(new Uint8Array(file.content), 200, {
        etag: `"${file.sha256}"`,
        'cache-control': 'private, no-cache',
        'x-content-type-options': 'nosniff',
        'content-type': file.contentType,
        'content-length': String(file.content.byteLength),
        'content-disposition': file.disposition,
      }) as never;
    })
    .openapi(deleteDocumentRoute, async (c) =>
      c.json(await deleteDocument(ctx(c.var.user), c.req.valid('param').id), 200),
    )
    .openapi(editMeetingRoute, async (c) =>
      c.json(
        await editMeeting(
          ctx(c.var.user),
          c.req.valid('param').id,
          c.req.valid('json'),
          parseIfMatch(c.req.valid('header')['if-match']),
        ),
        200,
      ),
    )
    .openapi(deleteMeetingRoute, async (c) =>
      c.json(
        await deleteMeeting(
          ctx(c.var.user),
          c.req.valid('param').id,
          parseIfMatch(c.req.valid('header')['if-match']),
        ),
        200,
      ),
    );
}
