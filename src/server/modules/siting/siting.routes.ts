import { z } from '@hono/zod-openapi';
import { ahp, evaluate, McdaError } from '../../../core/mcda/index.ts';
import { invalidFields } from '../../lib/errors.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { defineRoute } from '../../lib/route.ts';
import { studyXlsx } from './siting.report.ts';
import {
  ahpBodySchema,
  ahpResultSchema,
  evaluateBodySchema,
  evaluationSchema,
  profileInputSchema,
  profileSchema,
  siteInputSchema,
  siteListQuery,
  siteSchema,
  studyBodySchema,
  studyCopySchema,
  studySchema,
  studySharingSchema,
  studySummarySchema,
} from './siting.schemas.ts';
import {
  createProfile,
  createSite,
  createStudy,
  deleteProfile,
  deleteSite,
  deleteStudy,
  duplicateStudy,
  getProfile,
  getSite,
  getStudy,
  listProfiles,
  listSites,
  listStudies,
  replaceProfile,
  replaceSite,
  shareStudy,
} from './siting.service.ts';

const tags = ['Siting'];

const evaluateRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/siting/evaluate',
  operationId: 'evaluateSites',
  tags,
  summary: 'Rank alternatives by WSM, WPM, TOPSIS or PROMETHEE II (a calculator: no sign-in needed)',
  request: jsonBody(evaluateBodySchema),
  responses: {
    200: jsonContent(evaluationSchema, 'Ranked alternatives, best first'),
    ...errorResponses(400, 413),
  },
});

const ahpRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/siting/ahp',
  operationId: 'weighCriteriaByAhp',
  tags,
  summary: "Weights from pairwise judgements, with Saaty's consistency ratio",
  request: jsonBody(ahpBodySchema),
  responses: { 200: jsonContent(ahpResultSchema, 'Weights and consistency'), ...errorResponses(400, 413) },
});

/** The engine's own error names the field; say it the way every other route does. */
function engine<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof McdaError)) throw err;
    throw invalidFields([{ path: `body.${err.path}`, message: say(err.text) }]);
  }
}

/** The five routes of a stored collection that admins curate and everyone reads. */
function collectionRoutes<I extends z.ZodType, O extends z.ZodType, Q extends z.ZodObject>(
  path: string,
  name: string,
  schemas: { input: I; output: O; listQuery: Q; listSummary: string },
) {
  const { input, output, listQuery, listSummary } = schemas;
  const item = `${path}/{id}`;
  const op = (verb: string) => `${verb}${name.replaceAll(' ', '')}`;
  return {
    list: defineRoute({
      access: 'public',
      method: 'get',
      path,
      operationId: `list${name.replaceAll(' ', '')}s`,
      tags,
      summary: listSummary,
      request: { query: listQuery },
      responses: { 200: jsonContent(listOf(output), `${name}s`), ...errorResponses(400) },
    }),
    get: defineRoute({
      access: 'public',
      method: 'get',
      path: item,
      operationId: op('get'),
      tags,
      request: { params: idParam },
      responses: { 200: jsonContent(output, name), ...errorResponses(400, 404) },
    }),
    create: defineRoute({
      access: ['admin'],
      method: 'post',
      path,
      operationId: op('create'),
      tags,
      summary: `Add a ${name.toLowerCase()} (admin)`,
      request: jsonBody(input),
      responses: { 201: jsonContent(output, 'Created'), ...errorResponses(400, 409, 413) },
    }),
    replace: defineRoute({
      access: ['admin'],
      method: 'put',
      path: item,
      operationId: op('replace'),
      tags,
      summary: `Replace a ${name.toLowerCase()} (admin)`,
      request: { params: idParam, ...jsonBody(input) },
      responses: { 200: jsonContent(output, 'Replaced'), ...errorResponses(400, 404, 409, 413) },
    }),
    remove: defineRoute({
      access: ['admin'],
      method: 'delete',
      path: item,
      operationId: op('delete'),
      tags,
      summary: `Delete a ${name.toLowerCase()} (admin)`,
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404) },
    }),
  };
}

const siteRoutes = collectionRoutes('/sites', 'Site', {
  input: siteInputSchema,
  output: siteSchema,
  listQuery: siteListQuery,
  listSummary: 'Candidate sites with their attributes and sources (public)',
});
const profileRoutes = collectionRoutes('/siting/profiles', 'Siting profile', {
  input: profileInputSchema,
  output: profileSchema,
  listQuery: siteListQuery.pick({ key: true }),
  listSummary: 'All siting profiles',
});

const createStudyRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/siting/studies',
  operationId: 'createSitingStudy',
  tags,
  summary: 'Run and keep a study of stored sites against a profile (signed in)',
  request: jsonBody(studyBodySchema),
  responses: {
    201: jsonContent(studySchema, 'The study with its outcome'),
    ...errorResponses(400, 413),
  },
});

const listStudiesRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/siting/studies',
  operationId: 'listSitingStudies',
  tags,
  summary: "Your studies and the shared ones, newest first (an admin's: all)",
  responses: {
    200: jsonContent(listOf(studySummarySchema), 'Studies, newest first'),
  },
});

const getStudyRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/siting/studies/{id}',
  operationId: 'getSitingStudy',
  tags,
  request: { params: idParam },
  responses: { 200: jsonContent(studySchema, 'The study'), ...errorResponses(400, 404) },
});

const studyReportRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/siting/studies/{id}/report.xlsx',
  operationId: 'getSitingStudyReport',
  tags,
  summary: 'The study as a workbook: summary, ranking, exclusions, sensitivity, acceptability, sources',
  request: { params: idParam },
  responses: {
    200: {
      description: 'An xlsx workbook',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
      },
    },
    ...errorResponses(400, 404),
  },
});

const deleteStudyRoute = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/siting/studies/{id}',
  operationId: 'deleteSitingStudy',
  tags,
  summary: 'Delete a study (its author or an admin)',
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 403, 404) },
});

const copyStudyRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/siting/studies/{id}/copy',
  operationId: 'copySitingStudy',
  tags,
  summary: 'Copy a study you can read into a new one of yours (not shared)',
  request: { params: idParam, ...jsonBody(studyCopySchema) },
  responses: { 201: jsonContent(studySchema, 'The copy'), ...errorResponses(400, 404) },
});

const shareStudyRoute = defineRoute({
  access: 'signed-in',
  method: 'patch',
  path: '/siting/studies/{id}',
  operationId: 'shareSitingStudy',
  tags,
  summary: 'Share a study with every signed-in user, or stop sharing it (its author or an admin)',
  request: { params: idParam, ...jsonBody(studySharingSchema) },
  responses: { 200: jsonContent(studySchema, 'The study'), ...errorResponses(400, 403, 404) },
});

export function sitingRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(evaluateRoute, (c) =>
      c.json(
        engine(() => evaluate(c.req.valid('json'))),
        200,
      ),
    )
    .openapi(ahpRoute, (c) => {
      const { criteria, matrix } = c.req.valid('json');
      return c.json(
        engine(() => ahp(criteria, matrix)),
        200,
      );
    })
    .openapi(siteRoutes.list, async (c) => c.json(await listSites(db, c.req.valid('query')), 200))
    .openapi(siteRoutes.get, async (c) => c.json(await getSite(db, c.req.valid('param').id), 200))
    .openapi(siteRoutes.create, async (c) =>
      c.json(await createSite(db, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(siteRoutes.replace, async (c) =>
      c.json(await replaceSite(db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(siteRoutes.remove, async (c) => {
      await deleteSite(db, c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(profileRoutes.list, async (c) => c.json(await listProfiles(db, c.req.valid('query')), 200))
    .openapi(profileRoutes.get, async (c) => c.json(await getProfile(db, c.req.valid('param').id), 200))
    .openapi(profileRoutes.create, async (c) =>
      c.json(await createProfile(db, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(profileRoutes.replace, async (c) =>
      c.json(await replaceProfile(db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(profileRoutes.remove, async (c) => {
      await deleteProfile(db, c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(createStudyRoute, async (c) =>
      c.json(await createStudy(db, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(listStudiesRoute, async (c) => c.json(await listStudies(db, c.var.user), 200))
    .openapi(getStudyRoute, async (c) => c.json(await getStudy(db, c.var.user, c.req.valid('param').id), 200))
    .openapi(studyReportRoute, async (c) => {
      const study = await getStudy(db, c.var.user, c.req.valid('param').id);
      c.header(
        'content-disposition',
        `attachment; filename="siting-study-${study.createdAt.slice(0, 10)}.xlsx"`,
      );
      return c.body((await studyXlsx(db, study)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    })
    .openapi(deleteStudyRoute, async (c) => {
      await deleteStudy(db, c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(copyStudyRoute, async (c) =>
      c.json(await duplicateStudy(db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(shareStudyRoute, async (c) =>
      c.json(await shareStudy(db, c.var.user, c.req.valid('param').id, c.req.valid('json').shared), 200),
    );
}
