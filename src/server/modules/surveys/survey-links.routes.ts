import { z } from '@hono/zod-openapi';
import { type AppDeps, createRouter, errorResponses, jsonBody, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { linkView, mySurveys, saveDraft, submitAnswers } from './survey-links.service.ts';
import { answersSchema, linkViewSchema, mySurveyListSchema, savedAnswersSchema } from './surveys.schemas.ts';

// The respondent's routes: a member's surveys to answer and everything done through a personal link.
// The coordinator's routes are in surveys.routes.ts.

const tags = ['Surveys'];
const tokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

const mineRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/my-surveys',
  operationId: 'listMySurveys',
  tags,
  summary: 'Open surveys your organisation is asked to answer, with its link',
  responses: { 200: jsonContent(mySurveyListSchema, 'Surveys') },
});

const linkRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/survey-links/{token}',
  operationId: 'openSurveyLink',
  tags,
  summary: 'The questionnaire and this organisation’s saved answers (the link is the credential)',
  request: { params: tokenParam },
  responses: { 200: jsonContent(linkViewSchema, 'Questionnaire and answers'), ...errorResponses(403, 404) },
});

const draftRoute = defineRoute({
  access: 'public',
  method: 'put',
  path: '/survey-links/{token}/draft',
  operationId: 'saveSurveyDraft',
  tags,
  summary: 'Save answers as typed; required questions may be empty',
  request: { params: tokenParam, ...jsonBody(answersSchema) },
  responses: { 200: jsonContent(savedAnswersSchema, 'Saved'), ...errorResponses(400, 403, 404, 409, 410) },
});

const submitRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/survey-links/{token}/submit',
  operationId: 'submitSurvey',
  tags,
  summary: 'Submit; editable by submitting again until the survey closes',
  request: { params: tokenParam, ...jsonBody(answersSchema) },
  responses: {
    200: jsonContent(savedAnswersSchema, 'Submitted'),
    ...errorResponses(400, 403, 404, 409, 410),
  },
});

// Links are written for the host the coordinator is using, so they work behind the same name.
const origin = (c: { req: { url: string } }) => new URL(c.req.url).origin;

export function surveyLinksRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(mineRoute, async (c) => c.json(await mySurveys(db, c.var.user, origin(c)), 200))
    .openapi(linkRoute, async (c) => c.json(await linkView(db, c.req.valid('param').token, c.var.user), 200))
    .openapi(draftRoute, async (c) =>
      c.json(await saveDraft(db, c.req.valid('param').token, c.var.user, c.req.valid('json').answers), 200),
    )
    .openapi(submitRoute, async (c) =>
      c.json(
        await submitAnswers(db, c.req.valid('param').token, c.var.user, c.req.valid('json').answers),
        200,
      ),
    );
}
