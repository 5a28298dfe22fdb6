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
  applicationInputSchema,
  applicationListQuery,
  applicationListSchema,
  applicationPatchSchema,
  applicationSchema,
  assignSchema,
  callInputSchema,
  callListSchema,
  callPatchSchema,
  callSchema,
  conflictSchema,
  decisionSchema,
  panelSchema,
  reviewerListSchema,
  scoreSheetSchema,
} from './calls.schemas.ts';
import {
  assignReviewer,
  createApplication,
  createCall,
  decide,
  declareConflict,
  getApplication,
  getCall,
  listApplications,
  listCalls,
  listReviewers,
  panel,
  scoreApplication,
  submitApplication,
  updateApplication,
  updateCall,
} from './calls.service.ts';

const tags = ['Incubation calls'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});

// ——— Calls ———

const listCallsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/incubation-calls',
  operationId: 'listIncubationCalls',
  tags,
  summary: "Public calls for tenancy and joint use, with the caller's own application to each",
  responses: { 200: jsonContent(callListSchema, 'Every call') },
});

const getCallRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/incubation-calls/{id}',
  operationId: 'getIncubationCall',
  tags,
  request: { params: idParam },
  responses: { 200: versioned(callSchema, 'The call'), ...errorResponses(400, 404) },
});

const createCallRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/incubation-calls',
  operationId: 'createIncubationCall',
  tags,
  summary: 'Open a call: window, eligibility, offer, form, rubric (the office)',
  request: jsonBody(callInputSchema),
  responses: { 201: versioned(callSchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const updateCallRoute = defineRoute({
  access: ['admin'],
  method: 'patch',
  path: '/incubation-calls/{id}',
  operationId: 'updateIncubationCall',
  tags,
  summary: 'Change a call, or release its scores to applicants (the office)',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(callPatchSchema) },
  responses: { 200: versioned(callSchema, 'Updated'), ...errorResponses(400, 404, 409, 412, 413) },
});

const panelRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/incubation-calls/{id}/panel',
  operationId: 'getIncubationPanel',
  tags,
  summary: "The panel sheet: each applicant's weighted score, the reviewers' spread, the ranking",
  request: { params: idParam },
  responses: { 200: jsonContent(panelSchema, 'The panel sheet'), ...errorResponses(400, 404) },
});

const listReviewersRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/incubation-reviewers',
  operationId: 'listIncubationReviewers',
  tags,
  summary: 'Active reviewer accounts, to assign',
  responses: { 200: jsonContent(reviewerListSchema, 'Reviewer accounts') },
});

// ——— Applications ———

const createApplicationRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/incubation-calls/{id}/applications',
  operationId: 'createIncubationApplication',
  tags,
  summary: "Start a draft for one's organisation (or, the office, enter a paper application)",
  request: { params: idParam, ...jsonBody(applicationInputSchema) },
  responses: { 201: versioned(applicationSchema, 'The draft'), ...errorResponses(400, 403, 404, 409, 413) },
});

const listApplicationsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/incubation-applications',
  operationId: 'listIncubationApplications',
  tags,
  summary: "Members: their organisation's applications; reviewers: those assigned to them; the office: all",
  request: { query: applicationListQuery },
  responses: { 200: jsonContent(applicationListSchema, 'Applications'), ...errorResponses(400) },
});

const getApplicationRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/incubation-applications/{id}',
  operationId: 'getIncubationApplication',
  tags,
  summary: 'An application, to its applicant, its assigned reviewers and the office (404 to anyone else)',
  request: { params: idParam },
  responses: { 200: versioned(applicationSchema, 'The application'), ...errorResponses(400, 404) },
});

const updateApplicationRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/incubation-applications/{id}',
  operationId: 'updateIncubationApplication',
  tags,
  summary: 'Save a draft',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(applicationPatchSchema) },
  responses: { 200: versioned(applicationSchema, 'Saved'), ...errorResponses(400, 403, 404, 409, 412, 413) },
});

const submitApplicationRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/incubation-applications/{id}/submit',
  operationId: 'submitIncubationApplication',
  tags,
  summary: 'Submit, once, before the deadline (a late submission is refused naming the deadline)',
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 200: versioned(applicationSchema, 'Submitted'), ...errorResponses(400, 403, 404, 409, 412) },
});

const assignRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/incubation-applications/{id}/reviewers',
  operationId: 'assignIncubationReviewer',
  tags,
  summary: 'Assign a reviewer account to an application',
  request: { params: idParam, ...jsonBody(assignSchema) },
  responses: { 200: jsonContent(applicationSchema, 'The application'), ...errorResponses(400, 404, 409) },
});

const conflictRoute = defineRoute({
  access: ['reviewer'],
  method: 'post',
  path: '/incubation-applications/{id}/conflict',
  operationId: 'declareIncubationConflict',
  tags,
  summary: 'Declare a conflict of interest: the reviewer is unassigned and no longer sees the file',
  request: { params: idParam, ...jsonBody(conflictSchema) },
  responses: { 204: { description: 'Unassigned' }, ...errorResponses(400, 404) },
});

const scoreRoute = defineRoute({
  access: ['reviewer'],
  method: 'put',
  path: '/incubation-applications/{id}/review',
  operationId: 'scoreIncubationApplication',
  tags,
  summary: 'Score criteria 1–5 with a comment (the assigned reviewer)',
  request: { params: idParam, ...jsonBody(scoreSheetSchema) },
  responses: { 200: jsonContent(applicationSchema, 'The application'), ...errorResponses(400, 404, 409) },
});

const decideRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/incubation-applications/{id}/decision',
  operationId: 'decideIncubationApplication',
  tags,
  summary: 'Record the decision (admitted, waitlisted, rejected) with a reason',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(decisionSchema) },
  responses: { 200: versioned(applicationSchema, 'Decided'), ...errorResponses(400, 404, 409, 412) },
});

export function callsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser) => ({ db: deps.db, user, now: () => deps.clock?.() ?? new Date() });
  return createRouter()
    .openapi(listCallsRoute, async (c) => c.json(await listCalls(ctx(c.var.user)), 200))
    .openapi(getCallRoute, async (c) => {
      const out = await getCall(ctx(c.var.user), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createCallRoute, async (c) => {
      const out = await createCall(ctx(c.var.user), c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(updateCallRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateCall(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json'), ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(panelRoute, async (c) => c.json(await panel(ctx(c.var.user), c.req.valid('param').id), 200))
    .openapi(listReviewersRoute, async (c) => c.json(await listReviewers(ctx(c.var.user)), 200))
    .openapi(createApplicationRoute, async (c) => {
      const out = await createApplication(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(listApplicationsRoute, async (c) =>
      c.json(await listApplications(ctx(c.var.user), c.req.valid('query').call), 200),
    )
    .openapi(getApplicationRoute, async (c) => {
      const out = await getApplication(ctx(c.var.user), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(updateApplicationRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateApplication(
        ctx(c.var.user),
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(submitApplicationRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await submitApplication(ctx(c.var.user), c.req.valid('param').id, ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(assignRoute, async (c) =>
      c.json(
        await assignReviewer(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json').reviewer),
        200,
      ),
    )
    .openapi(conflictRoute, async (c) => {
      await declareConflict(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json').reason);
      return c.body(null, 204);
    })
    .openapi(scoreRoute, async (c) =>
      c.json(await scoreApplication(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(decideRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await decide(ctx(c.var.user), c.req.valid('param').id, c.req.valid('json'), ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    });
}
