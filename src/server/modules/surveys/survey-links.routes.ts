import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireUser } from '../../lib/auth.ts';
import { type AppDeps, type AppEnv, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
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
const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const r = {
  mine: createRoute({
    method: 'get',
    path: '/my-surveys',
    operationId: 'listMySurveys',
    tags,
    summary: 'Open surveys your organisation is asked to answer, with its link',
    responses: { 200: jsonContent(mySurveyListSchema, 'Surveys'), ...errorResponses(401) },
  }),
  link: createRoute({
    method: 'get',
    path: '/survey-links/{token}',
    operationId: 'openSurveyLink',
    tags,
    summary: 'The questionnaire and this organisation’s saved answers (the link is the credential)',
    request: { params: tokenParam },
    responses: { 200: jsonContent(linkViewSchema, 'Questionnaire and answers'), ...errorResponses(403, 404) },
  }),
  draft: createRoute({
    method: 'put',
    path: '/survey-links/{token}/draft',
    operationId: 'saveSurveyDraft',
    tags,
    summary: 'Save answers as typed; required questions may be empty',
    request: { params: tokenParam, ...json(answersSchema) },
    responses: { 200: jsonContent(savedAnswersSchema, 'Saved'), ...errorResponses(400, 403, 404, 409, 410) },
  }),
  submit: createRoute({
    method: 'post',
    path: '/survey-links/{token}/submit',
    operationId: 'submitSurvey',
    tags,
    summary: 'Submit; editable by submitting again until the survey closes',
    request: { params: tokenParam, ...json(answersSchema) },
    responses: {
      200: jsonContent(savedAnswersSchema, 'Submitted'),
      ...errorResponses(400, 403, 404, 409, 410),
    },
  }),
};

const origin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

export function surveyLinksRoutes(deps: AppDeps) {
  const { db } = deps;
  return createRouter()
    .openapi(r.mine, async (c) => c.json(await mySurveys(db, requireUser(c), origin(c)), 200))
    .openapi(r.link, async (c) => c.json(await linkView(db, c.req.valid('param').token, c.get('user')), 200))
    .openapi(r.draft, async (c) =>
      c.json(
        await saveDraft(db, c.req.valid('param').token, c.get('user'), c.req.valid('json').answers),
        200,
      ),
    )
    .openapi(r.submit, async (c) =>
      c.json(
        await submitAnswers(db, c.req.valid('param').token, c.get('user'), c.req.valid('json').answers),
        200,
      ),
    );
}
