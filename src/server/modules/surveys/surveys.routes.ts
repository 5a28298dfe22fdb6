import { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import { profileSchema } from '../siting/index.ts';
import {
  profileFromSurvey,
  surveyCrossTab,
  surveyCsv,
  surveyResponsesList,
  surveyResults,
  surveyWeightSets,
  surveyXlsx,
} from './surveys.analysis.ts';
import { remind } from './surveys.jobs.ts';
import {
  analysisQuery,
  crossTabQuery,
  crossTabSchema,
  invitationLinkListSchema,
  invitationLinkSchema,
  inviteeListSchema,
  openedSchema,
  populationQuerySchema,
  profileFromSurveySchema,
  progressSchema,
  remindedSchema,
  resultsSchema,
  surveyInputSchema,
  surveyListQuery,
  surveyListSchema,
  surveyResponseListSchema,
  surveySchema,
  templateListSchema,
  weightSetsSchema,
  weightsQuery,
} from './surveys.schemas.ts';
import {
  closeSurvey,
  createSurvey,
  editStamp,
  listSurveys,
  listSurveyTemplates,
  openSurvey,
  previewInvitees,
  reissueLink,
  replaceSurvey,
  surveyLinks,
  surveyOut,
  surveyProgress,
  surveyRow,
} from './surveys.service.ts';

const tags = ['Surveys'];
const admin = errorResponses(400, 404, 409);
const file = (type: string) => ({
  200: { description: 'A file', content: { [type]: { schema: z.string() } } },
  ...admin,
});

// The ETag of a survey is its edit stamp (last edit in ms), not `version`, which counts definition changes.
const stampHeaderDocs = {
  ETag: {
    description: 'The survey’s edit stamp, "<ms>"; send it back in If-Match when saving',
    schema: { type: 'string' as const, example: '"1764979200000"' },
  },
};

const listSurveysRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys',
  operationId: 'listSurveys',
  tags,
  summary:
    "Surveys with their response counts (admin); the coordinator's own unless another origin is asked for",
  request: { query: surveyListQuery },
  responses: { 200: jsonContent(surveyListSchema, 'Surveys'), ...admin },
});

const templatesRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/survey-templates',
  operationId: 'listSurveyTemplates',
  tags,
  summary: 'Questionnaires the platform ships (admin)',
  responses: { 200: jsonContent(templateListSchema, 'Templates'), ...admin },
});

const inviteesRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/survey-invitees',
  operationId: 'previewSurveyInvitees',
  tags,
  summary: 'Who a population would invite, and how many accounts each invitation mail reaches (admin)',
  request: jsonBody(populationQuerySchema),
  responses: { 200: jsonContent(inviteeListSchema, 'The organisations that would be invited'), ...admin },
});

const createSurveyRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys',
  operationId: 'createSurvey',
  tags,
  summary: 'Create a questionnaire (admin)',
  request: jsonBody(surveyInputSchema),
  responses: { 201: jsonContent(surveySchema, 'Created'), ...admin },
});

const getSurveyRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}',
  operationId: 'getSurvey',
  tags,
  request: { params: idParam },
  responses: { 200: { ...jsonContent(surveySchema, 'The survey'), headers: stampHeaderDocs }, ...admin },
});

const replaceRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/surveys/{id}',
  operationId: 'replaceSurvey',
  tags,
  summary: 'Change a questionnaire; a change that would break stored answers is a 409 naming the question',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(surveyInputSchema) },
  responses: {
    200: { ...jsonContent(surveySchema, 'Changed'), headers: stampHeaderDocs },
    ...errorResponses(400, 404, 409, 412),
  },
});

const openRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys/{id}/open',
  operationId: 'openSurvey',
  tags,
  summary: 'Open and invite the population: one personal link per organisation, mailed to its accounts',
  request: { params: idParam },
  responses: { 200: jsonContent(openedSchema, 'Invitations and their links'), ...admin },
});

const closeRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys/{id}/close',
  operationId: 'closeSurvey',
  tags,
  request: { params: idParam },
  responses: { 200: jsonContent(surveySchema, 'Closed'), ...admin },
});

const progressRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/progress',
  operationId: 'getSurveyProgress',
  tags,
  summary: 'Response rate, by kind, over time, and who has not answered',
  request: { params: idParam },
  responses: { 200: jsonContent(progressSchema, 'Progress'), ...admin },
});

const remindRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys/{id}/remind',
  operationId: 'remindSurvey',
  tags,
  summary: 'Remind everyone who has not submitted (mail to their member accounts)',
  request: { params: idParam },
  responses: { 200: jsonContent(remindedSchema, 'Reminded'), ...admin },
});

const reissueRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys/{id}/invitations/{invitationId}/link',
  operationId: 'reissueSurveyLink',
  tags,
  summary: 'A new personal link; the old one stops working',
  request: {
    params: idParam.extend({
      invitationId: z.uuid().openapi({ param: { name: 'invitationId', in: 'path' } }),
    }),
  },
  responses: { 200: jsonContent(invitationLinkSchema, 'The new link'), ...admin },
});

const resultsRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/results',
  operationId: 'getSurveyResults',
  tags,
  summary: 'Per-question counts and shares with the base stated',
  request: { params: idParam, query: analysisQuery },
  responses: { 200: jsonContent(resultsSchema, 'Results'), ...admin },
});

const crosstabRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/crosstab',
  operationId: 'getSurveyCrossTab',
  tags,
  summary: 'Cross-tab by a choice question; anonymous surveys withhold small cells',
  request: { params: idParam, query: crossTabQuery },
  responses: { 200: jsonContent(crossTabSchema, 'Cross-tab'), ...admin },
});

const responsesRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/responses',
  operationId: 'listSurveyResponses',
  tags,
  summary: 'Who answered what (named surveys only)',
  request: { params: idParam },
  responses: { 200: jsonContent(surveyResponseListSchema, 'Responses'), ...admin },
});

const weightsRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/weights',
  operationId: 'getSurveyWeights',
  tags,
  summary: 'Siting weights from an importance matrix, per group',
  request: { params: idParam, query: weightsQuery },
  responses: { 200: jsonContent(weightSetsSchema, 'Weights'), ...admin },
});

const profileRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/surveys/{id}/siting-profile',
  operationId: 'createProfileFromSurvey',
  tags,
  summary: 'Keep a group’s survey-derived weights as a siting profile',
  request: { params: idParam, ...jsonBody(profileFromSurveySchema) },
  responses: { 201: jsonContent(profileSchema, 'The profile'), ...admin },
});

const csvRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/export.csv',
  operationId: 'exportSurveyCsv',
  tags,
  request: { params: idParam },
  responses: file('text/csv'),
});

const xlsxRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/export.xlsx',
  operationId: 'exportSurveyXlsx',
  tags,
  request: { params: idParam },
  responses: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
});

const linksRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/surveys/{id}/links',
  operationId: 'listSurveyLinks',
  tags,
  summary: 'Every invitation’s personal link (admin)',
  request: { params: idParam },
  responses: { 200: jsonContent(invitationLinkListSchema, 'Links'), ...admin },
});

// Links are written for the host the coordinator is using, so they work behind the same name.
const origin = (c: { req: { url: string } }) => new URL(c.req.url).origin;

export function surveysRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(listSurveysRoute, async (c) => c.json(await listSurveys(db, c.req.valid('query').origin), 200))
    .openapi(templatesRoute, (c) => c.json(listSurveyTemplates(), 200))
    .openapi(inviteesRoute, async (c) =>
      c.json(await previewInvitees(db, c.req.valid('json').population), 200),
    )
    .openapi(createSurveyRoute, async (c) =>
      c.json(await createSurvey(db, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(getSurveyRoute, async (c) => {
      const out = surveyOut(await surveyRow(db, c.req.valid('param').id));
      return c.json(out, 200, versionHeaders(editStamp(out)));
    })
    .openapi(replaceRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await replaceSurvey(db, c.var.user, c.req.valid('param').id, c.req.valid('json'), ifMatch);
      return c.json(out, 200, versionHeaders(editStamp(out)));
    })
    .openapi(openRoute, async (c) =>
      c.json(await openSurvey(db, deps.config, c.var.user, c.req.valid('param').id, origin(c)), 200),
    )
    .openapi(closeRoute, async (c) => c.json(await closeSurvey(db, c.var.user, c.req.valid('param').id), 200))
    .openapi(progressRoute, async (c) => c.json(await surveyProgress(db, c.req.valid('param').id), 200))
    .openapi(remindRoute, async (c) => c.json(await remind(db, deps.config, c.req.valid('param').id), 200))
    .openapi(reissueRoute, async (c) => {
      const { id, invitationId } = c.req.valid('param');
      return c.json(await reissueLink(db, c.var.user, id, invitationId, origin(c)), 200);
    })
    .openapi(resultsRoute, async (c) =>
      c.json(await surveyResults(db, c.req.valid('param').id, c.req.valid('query').base), 200),
    )
    .openapi(crosstabRoute, async (c) => {
      const { row, column } = c.req.valid('query');
      return c.json(await surveyCrossTab(db, c.req.valid('param').id, row, column), 200);
    })
    .openapi(responsesRoute, async (c) => c.json(await surveyResponsesList(db, c.req.valid('param').id), 200))
    .openapi(weightsRoute, async (c) =>
      c.json(await surveyWeightSets(db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(profileRoute, async (c) =>
      c.json(await profileFromSurvey(db, c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(csvRoute, async (c) => {
      c.header('content-disposition', 'attachment; filename="survey-responses.csv"');
      return c.body(await surveyCsv(db, c.req.valid('param').id), 200, {
        'content-type': 'text/csv; charset=utf-8',
      });
    })
    .openapi(xlsxRoute, async (c) => {
      c.header('content-disposition', 'attachment; filename="survey.xlsx"');
      return c.body((await surveyXlsx(db, c.req.valid('param').id)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    })
    .openapi(linksRoute, async (c) => c.json(await surveyLinks(db, c.req.valid('param').id, origin(c)), 200));
}
