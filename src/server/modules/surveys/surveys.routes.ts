import fs from 'node:fs';
import path from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../../lib/auth.ts';
import { type AppDeps, type AppEnv, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import { dataRoot } from '../../lib/reference-data.ts';
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
  openedSchema,
  profileFromSurveySchema,
  progressSchema,
  remindedSchema,
  resultsSchema,
  surveyInputSchema,
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
  listSurveys,
  openSurvey,
  reissueLink,
  replaceSurvey,
  surveyLinks,
  surveyOut,
  surveyProgress,
  surveyRow,
} from './surveys.service.ts';

const tags = ['Surveys'];
const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const admin = errorResponses(400, 401, 403, 404, 409);
const file = (type: string) => ({
  200: { description: 'A file', content: { [type]: { schema: z.string() } } },
  ...admin,
});

const r = {
  list: createRoute({
    method: 'get',
    path: '/surveys',
    operationId: 'listSurveys',
    tags,
    summary: 'Surveys with their response counts (admin)',
    responses: { 200: jsonContent(surveyListSchema, 'Surveys'), ...admin },
  }),
  templates: createRoute({
    method: 'get',
    path: '/survey-templates',
    operationId: 'listSurveyTemplates',
    tags,
    summary: 'Questionnaires the platform ships (admin)',
    responses: { 200: jsonContent(templateListSchema, 'Templates'), ...admin },
  }),
  create: createRoute({
    method: 'post',
    path: '/surveys',
    operationId: 'createSurvey',
    tags,
    summary: 'Create a questionnaire (admin)',
    request: json(surveyInputSchema),
    responses: { 201: jsonContent(surveySchema, 'Created'), ...admin },
  }),
  get: createRoute({
    method: 'get',
    path: '/surveys/{id}',
    operationId: 'getSurvey',
    tags,
    request: { params: idParam },
    responses: { 200: jsonContent(surveySchema, 'The survey'), ...admin },
  }),
  replace: createRoute({
    method: 'put',
    path: '/surveys/{id}',
    operationId: 'replaceSurvey',
    tags,
    summary: 'Change a questionnaire; a change that would break stored answers is a 409 naming the question',
    request: { params: idParam, ...json(surveyInputSchema) },
    responses: { 200: jsonContent(surveySchema, 'Changed'), ...admin },
  }),
  open: createRoute({
    method: 'post',
    path: '/surveys/{id}/open',
    operationId: 'openSurvey',
    tags,
    summary: 'Open and invite the population: one personal link per organisation',
    request: { params: idParam },
    responses: { 200: jsonContent(openedSchema, 'Invitations and their links'), ...admin },
  }),
  close: createRoute({
    method: 'post',
    path: '/surveys/{id}/close',
    operationId: 'closeSurvey',
    tags,
    request: { params: idParam },
    responses: { 200: jsonContent(surveySchema, 'Closed'), ...admin },
  }),
  progress: createRoute({
    method: 'get',
    path: '/surveys/{id}/progress',
    operationId: 'getSurveyProgress',
    tags,
    summary: 'Response rate, by kind, over time, and who has not answered',
    request: { params: idParam },
    responses: { 200: jsonContent(progressSchema, 'Progress'), ...admin },
  }),
  remind: createRoute({
    method: 'post',
    path: '/surveys/{id}/remind',
    operationId: 'remindSurvey',
    tags,
    summary: 'Remind everyone who has not submitted (mail to their member accounts)',
    request: { params: idParam },
    responses: { 200: jsonContent(remindedSchema, 'Reminded'), ...admin },
  }),
  reissue: createRoute({
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
  }),
  results: createRoute({
    method: 'get',
    path: '/surveys/{id}/results',
    operationId: 'getSurveyResults',
    tags,
    summary: 'Per-question counts and shares with the base stated',
    request: { params: idParam, query: analysisQuery },
    responses: { 200: jsonContent(resultsSchema, 'Results'), ...admin },
  }),
  crosstab: createRoute({
    method: 'get',
    path: '/surveys/{id}/crosstab',
    operationId: 'getSurveyCrossTab',
    tags,
    summary: 'Cross-tab by a choice question; anonymous surveys withhold small cells',
    request: { params: idParam, query: crossTabQuery },
    responses: { 200: jsonContent(crossTabSchema, 'Cross-tab'), ...admin },
  }),
  responses: createRoute({
    method: 'get',
    path: '/surveys/{id}/responses',
    operationId: 'listSurveyResponses',
    tags,
    summary: 'Who answered what (named surveys only)',
    request: { params: idParam },
    responses: { 200: jsonContent(surveyResponseListSchema, 'Responses'), ...admin },
  }),
  weights: createRoute({
    method: 'get',
    path: '/surveys/{id}/weights',
    operationId: 'getSurveyWeights',
    tags,
    summary: 'Siting weights from an importance matrix, per group',
    request: { params: idParam, query: weightsQuery },
    responses: { 200: jsonContent(weightSetsSchema, 'Weights'), ...admin },
  }),
  profile: createRoute({
    method: 'post',
    path: '/surveys/{id}/siting-profile',
    operationId: 'createProfileFromSurvey',
    tags,
    summary: 'Keep a group’s survey-derived weights as a siting profile',
    request: { params: idParam, ...json(profileFromSurveySchema) },
    responses: { 201: jsonContent(profileSchema, 'The profile'), ...admin },
  }),
  csv: createRoute({
    method: 'get',
    path: '/surveys/{id}/export.csv',
    operationId: 'exportSurveyCsv',
    tags,
    request: { params: idParam },
    responses: file('text/csv'),
  }),
  xlsx: createRoute({
    method: 'get',
    path: '/surveys/{id}/export.xlsx',
    operationId: 'exportSurveyXlsx',
    tags,
    request: { params: idParam },
    responses: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  }),
  links: createRoute({
    method: 'get',
    path: '/surveys/{id}/links',
    operationId: 'listSurveyLinks',
    tags,
    summary: 'Every invitation’s personal link (admin)',
    request: { params: idParam },
    responses: { 200: jsonContent(invitationLinkListSchema, 'Links'), ...admin },
  }),
};

const templateDir = path.join(dataRoot, 'surveys');
export function surveyTemplates() {
  return fs
    .readdirSync(templateDir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(templateDir, f), 'utf8')));
}

const origin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

export function surveysRoutes(deps: AppDeps) {
  const { db } = deps;
  const isAdmin = (c: Context<AppEnv>) => requireRole(c, 'admin');
  return createRouter()
    .openapi(r.list, async (c) => (isAdmin(c), c.json(await listSurveys(db), 200)))
    .openapi(r.templates, (c) => {
      isAdmin(c);
      const items = surveyTemplates();
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(r.create, async (c) => c.json(await createSurvey(db, isAdmin(c), c.req.valid('json')), 201))
    .openapi(
      r.get,
      async (c) => (isAdmin(c), c.json(surveyOut(await surveyRow(db, c.req.valid('param').id)), 200)),
    )
    .openapi(r.replace, async (c) =>
      c.json(await replaceSurvey(db, isAdmin(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(r.open, async (c) =>
      c.json(await openSurvey(db, isAdmin(c), c.req.valid('param').id, origin(c)), 200),
    )
    .openapi(r.close, async (c) => c.json(await closeSurvey(db, isAdmin(c), c.req.valid('param').id), 200))
    .openapi(
      r.progress,
      async (c) => (isAdmin(c), c.json(await surveyProgress(db, c.req.valid('param').id), 200)),
    )
    .openapi(
      r.remind,
      async (c) => (
        isAdmin(c), c.json(await remind(db, deps.config, c.req.valid('param').id, origin(c)), 200)
      ),
    )
    .openapi(r.reissue, async (c) => {
      const { id, invitationId } = c.req.valid('param');
      return c.json(await reissueLink(db, isAdmin(c), id, invitationId, origin(c)), 200);
    })
    .openapi(
      r.results,
      async (c) => (
        isAdmin(c), c.json(await surveyResults(db, c.req.valid('param').id, c.req.valid('query').base), 200)
      ),
    )
    .openapi(r.crosstab, async (c) => {
      isAdmin(c);
      const { row, column } = c.req.valid('query');
      return c.json(await surveyCrossTab(db, c.req.valid('param').id, row, column), 200);
    })
    .openapi(
      r.responses,
      async (c) => (isAdmin(c), c.json(await surveyResponsesList(db, c.req.valid('param').id), 200)),
    )
    .openapi(
      r.weights,
      async (c) => (
        isAdmin(c), c.json(await surveyWeightSets(db, c.req.valid('param').id, c.req.valid('query')), 200)
      ),
    )
    .openapi(r.profile, async (c) =>
      c.json(await profileFromSurvey(db, isAdmin(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(r.csv, async (c) => {
      isAdmin(c);
      c.header('content-disposition', 'attachment; filename="survey-responses.csv"');
      return c.body(await surveyCsv(db, c.req.valid('param').id), 200, {
        'content-type': 'text/csv; charset=utf-8',
      });
    })
    .openapi(r.xlsx, async (c) => {
      isAdmin(c);
      c.header('content-disposition', 'attachment; filename="survey.xlsx"');
      return c.body((await surveyXlsx(db, c.req.valid('param').id)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    })
    .openapi(
      r.links,
      async (c) => (isAdmin(c), c.json(await surveyLinks(db, c.req.valid('param').id, origin(c)), 200)),
    );
}
