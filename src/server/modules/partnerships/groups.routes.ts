import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  documentInputSchema,
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
  getGroup,
  listGroups,
  recordMeeting,
  setGroupMembers,
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
    );
}
