import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  candidateFilterSchema,
  candidateSchema,
  openingFilterSchema,
  openingInputSchema,
  openingPatchSchema,
  openingSchema,
  profileInputSchema,
  profileSchema,
} from './openings.schemas.ts';
import {
  createOpening,
  getMyProfile,
  getOpening,
  listOpenings,
  openingCandidates,
  patchOpening,
  putMyProfile,
} from './openings.service.ts';

const tags = ['Talent placement'];
const versioned = (description: string) => ({
  ...jsonContent(openingSchema, description),
  headers: versionHeaderDocs,
});

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/job-openings',
  operationId: 'listJobOpenings',
  tags,
  summary: "Member companies' job openings: skills, level, place and start",
  request: { query: openingFilterSchema },
  responses: { 200: jsonContent(listOf(openingSchema), 'Openings'), ...errorResponses(400) },
});

const getRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/job-openings/{id}',
  operationId: 'getJobOpening',
  tags,
  summary: 'A job opening',
  request: { params: idParam },
  responses: { 200: versioned('The opening'), ...errorResponses(400, 404) },
});

const createRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/job-openings',
  operationId: 'createJobOpening',
  tags,
  summary: "Post an opening (the company's members, or an admin)",
  request: jsonBody(openingInputSchema),
  responses: { 201: versioned('Posted'), ...errorResponses(400, 403, 413) },
});

const patchRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/job-openings/{id}',
  operationId: 'patchJobOpening',
  tags,
  summary: "Edit or close an opening (the company's members, or an admin); If-Match the version read",
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(openingPatchSchema) },
  responses: { 200: versioned('Saved'), ...errorResponses(400, 403, 404, 412, 413) },
});

const candidatesRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/job-openings/{id}/candidates',
  operationId: 'listJobOpeningCandidates',
  tags,
  summary:
    'Trainees and graduates who opted in to be seen by employers and fit the opening, with each signal’s share',
  request: { params: idParam, query: candidateFilterSchema },
  responses: {
    200: jsonContent(listOf(candidateSchema), 'Candidates, best first'),
    ...errorResponses(400, 403, 404),
  },
});

const getProfileRoute = defineRoute({
  access: ['person'],
  method: 'get',
  path: '/my-training/profile',
  operationId: 'getMyTalentProfile',
  tags,
  summary: 'Whether you are visible to employers as a candidate, and where you are',
  responses: { 200: jsonContent(profileSchema, 'Your profile') },
});

const putProfileRoute = defineRoute({
  access: ['person'],
  method: 'put',
  path: '/my-training/profile',
  operationId: 'putMyTalentProfile',
  tags,
  summary: 'Opt in (or out) of being shown to employers, with your prefecture and municipality',
  request: jsonBody(profileInputSchema),
  responses: { 200: jsonContent(profileSchema, 'Saved'), ...errorResponses(400, 413) },
});

export function openingRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, reference: deps.reference, user });
  return createRouter()
    .openapi(listRoute, async (c) =>
      c.json(await listOpenings(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(getRoute, async (c) => {
      const out = await getOpening(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createRoute, async (c) => {
      const out = await createOpening(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchRoute, async (c) => {
      const out = await patchOpening(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.valid('header')['if-match']),
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(candidatesRoute, async (c) =>
      c.json(await openingCandidates(ctx(c.var.user), c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(getProfileRoute, async (c) => c.json(await getMyProfile(ctx(c.var.user), c.var.user), 200))
    .openapi(putProfileRoute, async (c) =>
      c.json(await putMyProfile(ctx(c.var.user), c.var.user, c.req.valid('json')), 200),
    );
}
