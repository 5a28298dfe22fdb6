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
  brokerageProfileInput,
  brokerageSchema,
  brokerageSettingsInput,
  meetingAnswerInput,
  meetingParams,
  meetingRequestInput,
  meetingSchema,
  scheduleResultSchema,
  suggestionsSchema,
} from './meetings.schemas.ts';
import {
  answerMeeting,
  configureBrokerage,
  getBrokerage,
  markHeld,
  requestMeeting,
  runSchedule,
  saveProfile,
  suggestions,
} from './meetings.service.ts';

const tags = ['Brokerage'];

const getBrokerageRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/events/{id}/brokerage',
  operationId: 'getBrokerage',
  tags,
  summary:
    "A brokerage event's slots; to participants and the organiser also offers, seeks, meetings, agenda",
  request: { params: idParam },
  responses: { 200: jsonContent(brokerageSchema, 'Brokerage'), ...errorResponses(400, 404, 409) },
});

const configureRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'put',
  path: '/events/{id}/brokerage',
  operationId: 'configureBrokerage',
  tags,
  summary: 'Set the slot length and table count (organiser); slots are generated from the start and end',
  request: { params: idParam, ...jsonBody(brokerageSettingsInput) },
  responses: { 200: jsonContent(brokerageSchema, 'Brokerage'), ...errorResponses(400, 403, 404, 409, 413) },
});

const profileRoute = defineRoute({
  access: 'signed-in',
  method: 'put',
  path: '/events/{id}/brokerage/profile',
  operationId: 'saveBrokerageProfile',
  tags,
  summary: 'Your offers, seeks and unavailable slots at this event (confirmed participants)',
  request: { params: idParam, ...jsonBody(brokerageProfileInput) },
  responses: { 200: jsonContent(brokerageSchema, 'Brokerage'), ...errorResponses(400, 403, 404, 409, 413) },
});

const suggestionsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/events/{id}/brokerage/suggestions',
  operationId: 'brokerageSuggestions',
  tags,
  summary: 'Whom to meet: other organisations ranked by shared technology codes, with the reason',
  request: { params: idParam },
  responses: { 200: jsonContent(suggestionsSchema, 'Suggestions'), ...errorResponses(400, 403, 404, 409) },
});

const requestRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/events/{id}/meetings',
  operationId: 'requestBrokerageMeeting',
  tags,
  summary: 'Ask another organisation’s participant for a meeting; one open request per pair (409)',
  request: { params: idParam, ...jsonBody(meetingRequestInput) },
  responses: { 201: jsonContent(meetingSchema, 'Requested'), ...errorResponses(400, 403, 404, 409, 413) },
});

const scheduleRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/events/{id}/brokerage/schedule',
  operationId: 'scheduleBrokerageMeetings',
  tags,
  summary: 'Schedule accepted meetings into slots and tables, replacing the previous run (organiser)',
  request: { params: idParam },
  responses: {
    200: jsonContent(scheduleResultSchema, 'Placed vs bound'),
    ...errorResponses(400, 403, 404, 409),
  },
});

const answerRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/brokerage-meetings/{id}/answer',
  operationId: 'answerBrokerageMeeting',
  tags,
  summary: 'Accept or decline a meeting request made to you',
  request: { params: meetingParams, ...jsonBody(meetingAnswerInput) },
  responses: { 200: jsonContent(meetingSchema, 'Answered'), ...errorResponses(400, 403, 404, 409, 413) },
});

const heldRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/brokerage-meetings/{id}/held',
  operationId: 'markBrokerageMeetingHeld',
  tags,
  summary: 'Record that an accepted meeting took place (organiser)',
  request: { params: meetingParams },
  responses: { 200: jsonContent(meetingSchema, 'Held'), ...errorResponses(400, 403, 404, 409) },
});

export function meetingsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({
    db: deps.db,
    config: deps.config,
    reference: deps.reference,
    user,
    now: deps.clock?.() ?? new Date(),
  });
  return createRouter()
    .openapi(getBrokerageRoute, async (c) =>
      c.json(await getBrokerage(ctx(c.get('user')), c.req.valid('param').id), 200),
    )
    .openapi(configureRoute, async (c) =>
      c.json(
        await configureBrokerage(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(profileRoute, async (c) =>
      c.json(
        await saveProfile(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(suggestionsRoute, async (c) =>
      c.json(await suggestions(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(requestRoute, async (c) =>
      c.json(
        await requestMeeting(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(scheduleRoute, async (c) =>
      c.json(await runSchedule(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(answerRoute, async (c) =>
      c.json(
        await answerMeeting(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json').answer),
        200,
      ),
    )
    .openapi(heldRoute, async (c) =>
      c.json(await markHeld(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    );
}
