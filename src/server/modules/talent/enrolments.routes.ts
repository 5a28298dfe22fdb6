import { japanDay } from '../../../core/japan-time.ts';
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
import { defineRoute } from '../../lib/route.ts';
import {
  completionInputSchema,
  enrolInputSchema,
  enrolmentFilterSchema,
  enrolmentSchema,
  erasureSchema,
  hoursInputSchema,
  myDataSchema,
  reviewInputSchema,
  withdrawInputSchema,
} from './enrolments.schemas.ts';
import {
  addReview,
  complete,
  confirmSponsorship,
  enrol,
  eraseMyData,
  exportMyData,
  getEnrolment,
  listEnrolments,
  logHours,
  signPlan,
  withdraw,
} from './enrolments.service.ts';

const tags = ['Talent enrolments'];
const enrolment = (description: string) => jsonContent(enrolmentSchema, description);

const enrolRoute = defineRoute({
  access: ['person'],
  method: 'post',
  path: '/training-cohorts/{id}/enrolments',
  operationId: 'enrolInTrainingCohort',
  tags,
  summary: 'Ask for a place: enrolled while places are free, otherwise on the waiting list in order',
  request: { params: idParam, ...jsonBody(enrolInputSchema) },
  responses: { 201: enrolment('Enrolled or waiting'), ...errorResponses(400, 404, 409, 413) },
});

const listRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/training-enrolments',
  operationId: 'listTrainingEnrolments',
  tags,
  summary:
    "Enrolments you may see: your own (trainee), those you sponsor (employer), your programmes' (provider)",
  request: { query: enrolmentFilterSchema },
  responses: { 200: jsonContent(listOf(enrolmentSchema), 'Enrolments'), ...errorResponses(400) },
});

const getRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/training-enrolments/{id}',
  operationId: 'getTrainingEnrolment',
  tags,
  summary: 'An enrolment with its plan, reviews and hours, to its parties only',
  request: { params: idParam },
  responses: { 200: enrolment('The enrolment'), ...errorResponses(400, 404) },
});

const withdrawRoute = defineRoute({
  access: ['person', 'member', 'admin'],
  method: 'post',
  path: '/training-enrolments/{id}/withdraw',
  operationId: 'withdrawTrainingEnrolment',
  tags,
  summary: 'Withdraw with a reason; a freed place goes to the first on the waiting list',
  request: { params: idParam, ...jsonBody(withdrawInputSchema) },
  responses: { 200: enrolment('Withdrawn'), ...errorResponses(400, 403, 404, 409, 413) },
});

const sponsorRoute = defineRoute({
  access: ['member'],
  method: 'post',
  path: '/training-enrolments/{id}/sponsorship',
  operationId: 'confirmTrainingSponsorship',
  tags,
  summary: 'The named employer confirms it sponsors the trainee',
  request: { params: idParam },
  responses: { 200: enrolment('Confirmed'), ...errorResponses(400, 403, 404) },
});

const signRoute = defineRoute({
  access: ['person', 'member'],
  method: 'post',
  path: '/training-enrolments/{id}/plan-signatures',
  operationId: 'signTrainingPlan',
  tags,
  summary: 'Sign the training plan as the party you are (trainee, employer, provider)',
  request: { params: idParam },
  responses: { 200: enrolment('Signed'), ...errorResponses(400, 403, 404, 409) },
});

const reviewRoute = defineRoute({
  access: ['member', 'admin'],
  method: 'post',
  path: '/training-enrolments/{id}/reviews',
  operationId: 'addTrainingReview',
  tags,
  summary: 'Record a progress review with its red/amber/green status (the provider)',
  request: { params: idParam, ...jsonBody(reviewInputSchema) },
  responses: { 201: enrolment('Recorded'), ...errorResponses(400, 403, 404, 409, 413) },
});

const hoursRoute = defineRoute({
  access: ['person', 'member', 'admin'],
  method: 'post',
  path: '/training-enrolments/{id}/hours',
  operationId: 'logTrainingHours',
  tags,
  summary: 'Log off-the-job training hours (the trainee or the provider)',
  request: { params: idParam, ...jsonBody(hoursInputSchema) },
  responses: { 201: enrolment('Logged'), ...errorResponses(400, 403, 404, 409, 413) },
});

const completeRoute = defineRoute({
  access: ['member', 'admin'],
  method: 'post',
  path: '/training-enrolments/{id}/completion',
  operationId: 'completeTrainingEnrolment',
  tags,
  summary: 'Record completion with the qualification gained (the provider)',
  request: { params: idParam, ...jsonBody(completionInputSchema) },
  responses: { 200: enrolment('Completed'), ...errorResponses(400, 403, 404, 409, 413) },
});

const myDataRoute = defineRoute({
  access: ['person'],
  method: 'get',
  path: '/my-training/data',
  operationId: 'downloadMyTrainingData',
  tags,
  summary: 'Everything the platform holds on your training, as a JSON download',
  responses: { 200: jsonContent(myDataSchema, 'Your data') },
});

const eraseRoute = defineRoute({
  access: ['person'],
  method: 'post',
  path: '/my-training/erasure',
  operationId: 'eraseMyTrainingData',
  tags,
  summary: 'Erase your name, email and notes from your enrolments; they stay in counts, anonymised',
  responses: { 200: jsonContent(erasureSchema, 'Erased') },
});

export function enrolmentRoutes(deps: AppDeps) {
  // Review cadence and dates run on Japanese calendar days, on the app's clock.
  const ctx = (user: AuthUser | null) => {
    const now = deps.clock?.() ?? new Date();
    return { db: deps.db, config: deps.config, user, now, today: japanDay(now) };
  };
  return createRouter()
    .openapi(enrolRoute, async (c) =>
      c.json(await enrol(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(listRoute, async (c) => c.json(await listEnrolments(ctx(c.var.user), c.req.valid('query')), 200))
    .openapi(getRoute, async (c) => c.json(await getEnrolment(ctx(c.var.user), c.req.valid('param').id), 200))
    .openapi(withdrawRoute, async (c) =>
      c.json(
        await withdraw(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
    )
    .openapi(sponsorRoute, async (c) =>
      c.json(await confirmSponsorship(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(signRoute, async (c) =>
      c.json(await signPlan(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(reviewRoute, async (c) =>
      c.json(await addReview(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(hoursRoute, async (c) =>
      c.json(await logHours(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(completeRoute, async (c) =>
      c.json(await complete(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(myDataRoute, async (c) => {
      const data = await exportMyData(ctx(c.var.user), c.var.user);
      return c.json(data, 200, {
        'content-disposition': 'attachment; filename="my-training-data.json"',
        'cache-control': 'no-store',
      });
    })
    .openapi(eraseRoute, async (c) => c.json(await eraseMyData(ctx(c.var.user), c.var.user), 200));
}
