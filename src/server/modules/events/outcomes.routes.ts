import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  feedbackInputSchema,
  feedbackSchema,
  figuresQuery,
  figuresSchema,
  outcomesSchema,
} from './outcomes.schemas.ts';
import {
  eventFigures,
  eventOutcomes,
  giveFeedback,
  myFeedback,
  openFeedbackNow,
} from './outcomes.service.ts';

const tags = ['Events'];

const outcomesRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/events/{id}/outcomes',
  operationId: 'getEventOutcomes',
  tags,
  summary:
    'After the event: attendance, the feedback summary, and introductions attendees requested within 30 days (organiser, admins)',
  request: { params: idParam },
  responses: { 200: jsonContent(outcomesSchema, 'Outcomes'), ...errorResponses(400, 403, 404) },
});

const feedbackRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/events/{id}/feedback',
  operationId: 'getEventFeedback',
  tags,
  summary: 'The feedback form, whether you may answer it, and your answers',
  request: { params: idParam },
  responses: { 200: jsonContent(feedbackSchema, 'Feedback'), ...errorResponses(400, 404) },
});

const giveFeedbackRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/events/{id}/feedback',
  operationId: 'giveEventFeedback',
  tags,
  summary:
    'Answer the feedback survey if you were checked in, once it is open; submitting again replaces your answers while it is open',
  request: { params: idParam, ...jsonBody(feedbackInputSchema) },
  responses: {
    201: jsonContent(feedbackSchema, 'Recorded'),
    ...errorResponses(400, 403, 404, 409, 413),
  },
});

const openFeedbackRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/events/{id}/feedback-survey',
  operationId: 'openEventFeedbackSurvey',
  tags,
  summary:
    "Open the attendees' feedback survey now, once the event has started (organiser, admins); otherwise it opens when the event ends",
  request: { params: idParam },
  responses: { 201: jsonContent(outcomesSchema, 'Opened'), ...errorResponses(400, 403, 404, 409) },
});

const figuresRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/event-figures',
  operationId: 'getEventFigures',
  tags,
  summary:
    "The coordinator's figures by month: events by kind, registrations, attendance rate, companies reached and newly reached",
  request: { query: figuresQuery },
  responses: { 200: jsonContent(figuresSchema, 'Figures'), ...errorResponses(400) },
});

export function outcomesRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser) => ({
    db: deps.db,
    config: deps.config,
    user,
    now: deps.clock?.() ?? new Date(),
  });
  return createRouter()
    .openapi(outcomesRoute, async (c) =>
      c.json(await eventOutcomes(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(feedbackRoute, async (c) =>
      c.json(await myFeedback(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(giveFeedbackRoute, async (c) =>
      c.json(
        await giveFeedback(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(openFeedbackRoute, async (c) =>
      c.json(await openFeedbackNow(ctx(c.var.user), c.var.user, c.req.valid('param').id), 201),
    )
    .openapi(figuresRoute, async (c) =>
      c.json(await eventFigures(ctx(c.var.user), c.req.valid('query')), 200),
    );
}
