import { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { addTask, completeTask, introductionBoard, listIntroductions } from './introductions.board.ts';
import { getIntroduction, requestIntroduction, transitionIntroduction } from './introductions.service.ts';
import { sweepMatching } from './matching.jobs.ts';
import {
  boardSchema,
  introductionInputSchema,
  introductionListQuery,
  introductionSchema,
  notificationSchema,
  outboxSchema,
  taskInputSchema,
  transitionInputSchema,
} from './matching.schemas.ts';
import { listNotifications, listOutbox, markNotificationRead } from './notifications.service.ts';

const tags = ['Introductions'];
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

const request = defineRoute({
  // Acting for an organisation is a member's right (the coordinator's too); other accounts tied to one are not.
  access: ['admin', 'member'],
  method: 'post',
  path: '/introductions',
  operationId: 'requestIntroduction',
  tags,
  summary: 'Ask for an introduction to a match, from one of your needs or seeds',
  request: jsonBody(introductionInputSchema),
  responses: { 201: jsonContent(introductionSchema, 'Requested'), ...errorResponses(400, 409) },
});
const list = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/introductions',
  operationId: 'listIntroductions',
  tags,
  summary: "Your organisation's introductions (all of them for a coordinator), latest change first",
  request: { query: introductionListQuery },
  responses: { 200: jsonContent(listOf(introductionSchema), 'Introductions'), ...errorResponses(400) },
});
const board = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/introductions/board',
  operationId: 'getIntroductionBoard',
  tags,
  summary: "The coordinator's board: by state, age and technology; stalled ones; conversion by month",
  responses: { 200: jsonContent(boardSchema, 'Board') },
});
const get = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/introductions/{id}',
  operationId: 'getIntroduction',
  tags,
  request: { params: idParam },
  responses: { 200: jsonContent(introductionSchema, 'The introduction'), ...errorResponses(400, 404) },
});
const transition = defineRoute({
  // Acting for an organisation is a member's right (the coordinator's too); other accounts tied to one are not.
  access: ['admin', 'member'],
  method: 'post',
  path: '/introductions/{id}/transition',
  operationId: 'transitionIntroduction',
  tags,
  summary:
    'Move to the next state; a move outside the workflow is 409, declining needs a reason, closing an outcome',
  request: { params: idParam, ...jsonBody(transitionInputSchema) },
  responses: { 200: jsonContent(introductionSchema, 'Moved'), ...errorResponses(400, 404, 409) },
});
const task = defineRoute({
  // Acting for an organisation is a member's right (the coordinator's too); other accounts tied to one are not.
  access: ['admin', 'member'],
  method: 'post',
  path: '/introductions/{id}/tasks',
  operationId: 'addIntroductionTask',
  tags,
  request: { params: idParam, ...jsonBody(taskInputSchema) },
  responses: { 201: jsonContent(introductionSchema, 'Added'), ...errorResponses(400, 404) },
});
const taskDone = defineRoute({
  // Acting for an organisation is a member's right (the coordinator's too); other accounts tied to one are not.
  access: ['admin', 'member'],
  method: 'patch',
  path: '/introduction-tasks/{id}',
  operationId: 'updateIntroductionTask',
  tags,
  request: {
    params: idParam,
    ...jsonBody(z.object({ done: z.boolean() }).strict()),
  },
  responses: { 200: jsonContent(introductionSchema, 'Updated'), ...errorResponses(400, 404) },
});
const notificationsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/notifications',
  operationId: 'listNotifications',
  tags,
  summary: 'Your notifications, latest first, with the unread count',
  request: { query: limitQuery },
  responses: {
    200: jsonContent(listOf(notificationSchema).extend({ unread: z.number().int() }), 'Notifications'),
    ...errorResponses(400),
  },
});
const readRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/notifications/{id}/read',
  operationId: 'markNotificationRead',
  tags,
  request: { params: idParam },
  responses: { 204: { description: 'Marked read' }, ...errorResponses(400, 404) },
});
const outbox = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/outbox',
  operationId: 'listOutbox',
  tags,
  summary: 'Mail kept locally (no SMTP configured) or that failed to send (admin)',
  request: { query: limitQuery },
  responses: { 200: jsonContent(listOf(outboxSchema), 'Mail'), ...errorResponses(400) },
});
const sweep = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/matching/sweep',
  operationId: 'sweepMatching',
  tags,
  summary: 'Expire unanswered requests and send reminders now (the server also does it hourly; admin)',
  responses: {
    200: jsonContent(
      z.object({ expired: z.number().int(), reminded: z.number().int(), postsReminded: z.number().int() }),
      'What was done',
    ),
  },
});

export function introductionsRoutes(deps: AppDeps) {
  const ctx = (user: Parameters<typeof getIntroduction>[1]) => ({
    db: deps.db,
    reference: deps.reference,
    config: deps.config,
    user,
  });
  return createRouter()
    .openapi(request, async (c) => {
      const user = c.var.user;
      return c.json(await requestIntroduction(ctx(user), user, c.req.valid('json')), 201);
    })
    .openapi(list, async (c) => {
      const user = c.var.user;
      return c.json(await listIntroductions(ctx(user), user, c.req.valid('query')), 200);
    })
    .openapi(board, async (c) => {
      const user = c.var.user;
      return c.json(await introductionBoard(ctx(user)), 200);
    })
    .openapi(get, async (c) => {
      const user = c.var.user;
      return c.json(await getIntroduction(ctx(user), user, c.req.valid('param').id), 200);
    })
    .openapi(transition, async (c) => {
      const user = c.var.user;
      return c.json(
        await transitionIntroduction(ctx(user), user, c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    })
    .openapi(task, async (c) => {
      const user = c.var.user;
      return c.json(await addTask(ctx(user), user, c.req.valid('param').id, c.req.valid('json')), 201);
    })
    .openapi(taskDone, async (c) => {
      const user = c.var.user;
      return c.json(
        await completeTask(ctx(user), user, c.req.valid('param').id, c.req.valid('json').done),
        200,
      );
    })
    .openapi(notificationsRoute, async (c) => {
      const user = c.var.user;
      return c.json(await listNotifications(ctx(user), user, c.req.valid('query').limit), 200);
    })
    .openapi(readRoute, async (c) => {
      const user = c.var.user;
      await markNotificationRead(ctx(user), user, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(outbox, async (c) => {
      const user = c.var.user;
      return c.json(await listOutbox(ctx(user), c.req.valid('query').limit), 200);
    })
    .openapi(sweep, async (c) => {
      const user = c.var.user;
      return c.json(await sweepMatching(ctx(user)), 200);
    });
}
