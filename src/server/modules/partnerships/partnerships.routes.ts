import type { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  activityInputSchema,
  agreementInputSchema,
  agreementListSchema,
  agreementPatchSchema,
  agreementSchema,
} from './partnerships.schemas.ts';
import {
  createAgreement,
  deleteActivity,
  editActivity,
  getAgreement,
  listAgreements,
  patchAgreement,
  recordActivity,
} from './partnerships.service.ts';

const tags = ['Partnerships'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});

const listAgreementsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/partnerships',
  operationId: 'listAgreements',
  tags,
  summary: 'Agreements (memoranda, joint statements, partnerships) with their parties and areas',
  responses: { 200: jsonContent(agreementListSchema, 'Agreements') },
});

const getAgreementRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/partnerships/{id}',
  operationId: 'getAgreement',
  tags,
  summary: 'An agreement: activities per area and month, and the areas with nothing in the last year',
  request: { params: idParam },
  responses: { 200: versioned(agreementSchema, 'The agreement'), ...errorResponses(400, 404) },
});

const createAgreementRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/partnerships',
  operationId: 'createAgreement',
  tags,
  summary: 'Record an agreement between directory organisations, with the areas of cooperation it defines',
  request: jsonBody(agreementInputSchema),
  responses: { 201: versioned(agreementSchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const patchAgreementRoute = defineRoute({
  access: ['admin'],
  method: 'patch',
  path: '/partnerships/{id}',
  operationId: 'updateAgreement',
  tags,
  summary: 'Edit an agreement (status, renewal, parties; add areas) with If-Match',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(agreementPatchSchema) },
  responses: { 200: versioned(agreementSchema, 'Updated'), ...errorResponses(400, 404, 409, 412, 413) },
});

const recordActivityRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/partnerships/{id}/activities',
  operationId: 'recordAgreementActivity',
  tags,
  summary: "Record an activity under one of the agreement's areas (coordinators, and the parties' accounts)",
  request: { params: idParam, ...jsonBody(activityInputSchema) },
  responses: {
    201: versioned(agreementSchema, 'The agreement with the activity'),
    ...errorResponses(400, 404, 413),
  },
});

const editActivityRoute = defineRoute({
  access: 'signed-in',
  method: 'patch',
  path: '/partnerships/activities/{id}',
  operationId: 'updateAgreementActivity',
  tags,
  summary: "Edit an activity with If-Match on the activity's version (coordinators, the parties' accounts)",
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(activityInputSchema) },
  responses: {
    200: versioned(agreementSchema, 'The agreement with the activity'),
    ...errorResponses(400, 403, 404, 412, 413),
  },
});

const deleteActivityRoute = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/partnerships/activities/{id}',
  operationId: 'deleteAgreementActivity',
  tags,
  summary: "Delete an activity with If-Match on the activity's version (coordinators, the parties' accounts)",
  request: { params: idParam, headers: ifMatchHeaders },
  responses: {
    200: versioned(agreementSchema, 'The agreement without the activity'),
    ...errorResponses(400, 403, 404, 412),
  },
});

export function partnershipsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, user, now: deps.clock?.() ?? new Date() });
  return createRouter()
    .openapi(listAgreementsRoute, async (c) => c.json(await listAgreements(ctx(c.get('user'))), 200))
    .openapi(getAgreementRoute, async (c) => {
      const out = await getAgreement(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createAgreementRoute, async (c) => {
      const out = await createAgreement(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchAgreementRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await patchAgreement(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(recordActivityRoute, async (c) => {
      const out = await recordActivity(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(editActivityRoute, async (c) => {
      const out = await editActivity(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.valid('header')['if-match']),
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(deleteActivityRoute, async (c) => {
      const out = await deleteActivity(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        parseIfMatch(c.req.valid('header')['if-match']),
      );
      return c.json(out, 200, versionHeaders(out.version));
    });
}
