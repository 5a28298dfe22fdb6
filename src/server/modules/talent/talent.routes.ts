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
  cohortInputSchema,
  cohortSchema,
  programmeFilterSchema,
  programmeInputSchema,
  programmePatchSchema,
  programmeSchema,
  skillQuery,
  skillSchema,
} from './talent.schemas.ts';
import {
  addCohort,
  createProgramme,
  getProgramme,
  listProgrammes,
  listSkills,
  patchProgramme,
} from './talent.service.ts';

const tags = ['Talent'];
const versioned = (description: string) => ({
  ...jsonContent(programmeSchema, description),
  headers: versionHeaderDocs,
});

const skillsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/skills',
  operationId: 'listSkills',
  tags,
  summary: "The skills taxonomy (programmes' fields), per cluster",
  request: { query: skillQuery },
  responses: { 200: jsonContent(listOf(skillSchema), 'Skills in taxonomy order'), ...errorResponses(400) },
});

const listProgrammesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/training-programmes',
  operationId: 'listTrainingProgrammes',
  tags,
  summary: 'Training programmes with their cohorts, places taken and waiting-list lengths',
  request: { query: programmeFilterSchema },
  responses: { 200: jsonContent(listOf(programmeSchema), 'Programmes'), ...errorResponses(400) },
});

const getProgrammeRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/training-programmes/{id}',
  operationId: 'getTrainingProgramme',
  tags,
  summary: 'A training programme with its cohorts',
  request: { params: idParam },
  responses: { 200: versioned('The programme'), ...errorResponses(400, 404) },
});

const createProgrammeRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/training-programmes',
  operationId: 'createTrainingProgramme',
  tags,
  summary: "Offer a programme (the provider's members, or an admin)",
  request: jsonBody(programmeInputSchema),
  responses: { 201: versioned('Created'), ...errorResponses(400, 403, 409, 413) },
});

const patchProgrammeRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/training-programmes/{id}',
  operationId: 'patchTrainingProgramme',
  tags,
  summary: "Edit a programme (the provider's members, or an admin); If-Match the version read",
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(programmePatchSchema) },
  responses: { 200: versioned('Saved'), ...errorResponses(400, 403, 404, 412, 413) },
});

const addCohortRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/training-programmes/{id}/cohorts',
  operationId: 'addTrainingCohort',
  tags,
  summary: "Open a cohort with a start date and a capacity (the programme's default unless given)",
  request: { params: idParam, ...jsonBody(cohortInputSchema) },
  responses: { 201: jsonContent(cohortSchema, 'Opened'), ...errorResponses(400, 403, 404, 413) },
});

export function talentRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, reference: deps.reference, user });
  return createRouter()
    .openapi(skillsRoute, async (c) =>
      c.json(await listSkills(ctx(c.get('user')), c.req.valid('query').cluster), 200),
    )
    .openapi(listProgrammesRoute, async (c) =>
      c.json(await listProgrammes(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(getProgrammeRoute, async (c) => {
      const out = await getProgramme(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createProgrammeRoute, async (c) => {
      const out = await createProgramme(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchProgrammeRoute, async (c) => {
      const out = await patchProgramme(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.valid('header')['if-match']),
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(addCohortRoute, async (c) =>
      c.json(await addCohort(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    );
}
