import { z } from '@hono/zod-openapi';
import { clientAddress } from '../../lib/auth.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { createPublicFormLimiter } from '../../lib/public-form.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  answerInputSchema,
  askQuestionSchema,
  explainerInputSchema,
  explainerListSchema,
  explainerSchema,
  faqEntrySchema,
  faqInputSchema,
  faqListSchema,
  faqPatchSchema,
  faqQuery,
  followSchema,
  followTokenParam,
  mergeSchema,
  moderatedQuestionListSchema,
  moderatedQuestionSchema,
  moderationQuery,
  publicQuestionListSchema,
  publicQuestionQuery,
  publicQuestionSchema,
  publishSchema,
  receivedSchema,
  rejectSchema,
  slugParam,
} from './public.schemas.ts';
import {
  answerQuestion,
  askQuestion,
  createExplainer,
  createFaq,
  followQuestion,
  getExplainer,
  getPublicQuestion,
  listExplainers,
  listFaq,
  listModeration,
  listPublicQuestions,
  mergeQuestion,
  publicFeed,
  publishQuestion,
  rejectQuestion,
  unfollow,
  updateExplainer,
  updateFaq,
} from './public.service.ts';

const tags = ['Public face'];
const moderated = { 200: jsonContent(moderatedQuestionSchema, 'The question as the coordinator sees it') };

const listExplainersRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/explainers',
  operationId: 'listExplainers',
  tags,
  summary: 'Explainer pages: the published ones; a coordinator also sees drafts',
  responses: { 200: jsonContent(explainerListSchema, 'Explainer pages') },
});

const getExplainerRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/explainers/{slug}',
  operationId: 'getExplainer',
  tags,
  summary: 'One explainer page with its Markdown rendered and sanitised, and its sources',
  request: { params: slugParam },
  responses: { 200: jsonContent(explainerSchema, 'The page'), ...errorResponses(400, 404) },
});

const createExplainerRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/public/explainers',
  operationId: 'createExplainer',
  tags,
  summary: 'Write a new explainer page (Markdown, both languages)',
  request: jsonBody(explainerInputSchema),
  responses: { 201: jsonContent(explainerSchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const updateExplainerRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/public/explainers/{id}',
  operationId: 'updateExplainer',
  tags,
  summary: 'Replace an explainer page (a new version; the feed shows the update once published)',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(explainerInputSchema) },
  responses: {
    200: { ...jsonContent(explainerSchema, 'Updated'), headers: versionHeaderDocs },
    ...errorResponses(400, 404, 409, 412, 413),
  },
});

const askRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/public/questions',
  operationId: 'askPublicQuestion',
  tags,
  summary: 'Ask a question without an account (rate-limited per client); it waits for moderation',
  description: 'The answer says only that it was received.',
  request: jsonBody(askQuestionSchema),
  responses: { 202: jsonContent(receivedSchema, 'Received'), ...errorResponses(400, 413, 429) },
});

const listQuestionsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/questions',
  operationId: 'listPublicQuestions',
  tags,
  summary: 'Published questions with their answers, newest first; `q` searches questions and answers (JA/EN)',
  request: { query: publicQuestionQuery },
  responses: { 200: jsonContent(publicQuestionListSchema, 'Questions'), ...errorResponses(400) },
});

const getQuestionRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/questions/{id}',
  operationId: 'getPublicQuestion',
  tags,
  summary: 'One published question',
  request: { params: idParam },
  responses: { 200: jsonContent(publicQuestionSchema, 'The question'), ...errorResponses(400, 404) },
});

const followRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/public/questions/{id}/follows',
  operationId: 'followPublicQuestion',
  tags,
  summary: 'Be told by e-mail when a published question is answered (rate-limited per client)',
  request: { params: idParam, ...jsonBody(followSchema) },
  responses: { 202: jsonContent(receivedSchema, 'Received'), ...errorResponses(400, 404, 413, 429) },
});

const unfollowRoute = defineRoute({
  access: 'public',
  method: 'delete',
  path: '/public/follows/{token}',
  operationId: 'unfollowPublicQuestion',
  tags,
  summary: 'Stop the mails: the token comes in each mail',
  request: { params: followTokenParam },
  responses: { 204: { description: 'Unfollowed' }, ...errorResponses(400, 404) },
});

const moderationRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/public/moderation/questions',
  operationId: 'listQuestionsToModerate',
  tags,
  summary: 'Every question with its state and private contact, for the coordinator',
  request: { query: moderationQuery },
  responses: { 200: jsonContent(moderatedQuestionListSchema, 'Questions'), ...errorResponses(400) },
});

const step = (path: string, operationId: string, summary: string) => ({
  access: ['admin'] as ['admin'],
  method: 'post' as const,
  path: `/public/questions/{id}/${path}`,
  operationId,
  tags,
  summary,
});

const publishRoute = defineRoute({
  ...step('publish', 'publishPublicQuestion', 'Publish a pending question, with an answer if ready'),
  request: { params: idParam, ...jsonBody(publishSchema) },
  responses: { ...moderated, ...errorResponses(400, 404, 409) },
});

const answerRoute = defineRoute({
  ...step(
    'answer',
    'answerPublicQuestion',
    'Answer a published question on the record, naming the organisation',
  ),
  request: { params: idParam, ...jsonBody(answerInputSchema) },
  responses: { ...moderated, ...errorResponses(400, 404, 409) },
});

const mergeRoute = defineRoute({
  ...step(
    'merge',
    'mergePublicQuestion',
    'Merge a pending question into a published one; its followers move',
  ),
  request: { params: idParam, ...jsonBody(mergeSchema) },
  responses: { ...moderated, ...errorResponses(400, 404, 409) },
});

const rejectRoute = defineRoute({
  ...step('reject', 'rejectPublicQuestion', 'Reject a pending question with a reason'),
  request: { params: idParam, ...jsonBody(rejectSchema) },
  responses: { ...moderated, ...errorResponses(400, 404, 409) },
});

const listFaqRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/faq',
  operationId: 'listFaq',
  tags,
  summary: 'The FAQ (JA/EN); `q` searches it',
  request: { query: faqQuery },
  responses: { 200: jsonContent(faqListSchema, 'Entries'), ...errorResponses(400) },
});

const createFaqRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/public/faq',
  operationId: 'createFaqEntry',
  tags,
  summary: "Publish a consultation's answer as a FAQ entry, in its own words and without the company",
  request: jsonBody(faqInputSchema),
  responses: { 201: jsonContent(faqEntrySchema, 'Created'), ...errorResponses(400, 413) },
});

const updateFaqRoute = defineRoute({
  access: ['admin'],
  method: 'patch',
  path: '/public/faq/{id}',
  operationId: 'updateFaqEntry',
  tags,
  summary: 'Edit a FAQ entry or take it off the public pages; If-Match the version read',
  description:
    'An entry made from a consultation is refused (400 on the text) if it names the company or contact.',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(faqPatchSchema) },
  responses: {
    200: { ...jsonContent(faqEntrySchema, 'Saved'), headers: versionHeaderDocs },
    ...errorResponses(400, 404, 412, 413),
  },
});

const feedRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/public/feed.atom',
  operationId: 'publicFeed',
  tags,
  summary: 'An Atom feed of new answers and explainer updates',
  responses: { 200: { description: 'Atom', content: { 'application/atom+xml': { schema: z.string() } } } },
});

export function publicRoutes(deps: AppDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const ctx = { db: deps.db, now, config: deps.config, reference: deps.reference };
  // One count per form, like the desk's: asking and following are the anonymous writes here.
  const askLimiter = createPublicFormLimiter(now);
  const followLimiter = createPublicFormLimiter(now);
  const client = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, deps.config);
  return createRouter()
    .openapi(listExplainersRoute, async (c) => c.json(await listExplainers(ctx, c.var.user), 200))
    .openapi(getExplainerRoute, async (c) =>
      c.json(await getExplainer(ctx, c.var.user, c.req.valid('param').slug), 200),
    )
    .openapi(createExplainerRoute, async (c) =>
      c.json(await createExplainer(ctx, c.var.user, c.req.valid('json')), 201),
    )
    .openapi(updateExplainerRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateExplainer(
        ctx,
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(askRoute, async (c) =>
      c.json(await askQuestion(ctx, askLimiter, client(c), c.req.valid('json')), 202),
    )
    .openapi(listQuestionsRoute, async (c) =>
      c.json(await listPublicQuestions(ctx, c.req.valid('query')), 200),
    )
    .openapi(getQuestionRoute, async (c) =>
      c.json(await getPublicQuestion(ctx, c.req.valid('param').id), 200),
    )
    .openapi(followRoute, async (c) =>
      c.json(
        await followQuestion(ctx, followLimiter, client(c), c.req.valid('param').id, c.req.valid('json')),
        202,
      ),
    )
    .openapi(unfollowRoute, async (c) => {
      await unfollow(ctx, c.req.valid('param').token);
      return c.body(null, 204);
    })
    .openapi(moderationRoute, async (c) => c.json(await listModeration(ctx, c.req.valid('query')), 200))
    .openapi(publishRoute, async (c) =>
      c.json(await publishQuestion(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(answerRoute, async (c) =>
      c.json(await answerQuestion(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json').answer), 200),
    )
    .openapi(mergeRoute, async (c) =>
      c.json(await mergeQuestion(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json').into), 200),
    )
    .openapi(rejectRoute, async (c) =>
      c.json(await rejectQuestion(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json').reason), 200),
    )
    .openapi(listFaqRoute, async (c) => c.json(await listFaq(ctx, c.var.user, c.req.valid('query')), 200))
    .openapi(createFaqRoute, async (c) => c.json(await createFaq(ctx, c.var.user, c.req.valid('json')), 201))
    .openapi(updateFaqRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateFaq(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json'), ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(feedRoute, async (c) =>
      c.body(await publicFeed(ctx), 200, {
        'content-type': 'application/atom+xml; charset=utf-8',
        'cache-control': 'public, max-age=300',
      }),
    );
}
