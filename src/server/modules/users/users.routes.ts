import { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  jsonBody,
  jsonContent,
  listOf,
  paginationQuery,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { sessionUserSchema, userInputSchema } from './users.schemas.ts';
import { createUser, listUsers } from './users.service.ts';

const tags = ['Users'];

const list = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/users',
  operationId: 'listUsers',
  tags,
  summary: 'Accounts (admin)',
  request: { query: z.object(paginationQuery) },
  responses: { 200: jsonContent(listOf(sessionUserSchema), 'Accounts'), ...errorResponses(400) },
});

const create = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/users',
  operationId: 'createUser',
  tags,
  summary: 'Create an account (admin)',
  request: jsonBody(userInputSchema),
  responses: { 201: jsonContent(sessionUserSchema, 'Created'), ...errorResponses(400, 409) },
});

export function usersRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) => {
      const { limit, offset } = c.req.valid('query');
      return c.json(await listUsers(deps.db, limit, offset), 200);
    })
    .openapi(create, async (c) => c.json(await createUser(deps.db, c.var.user, c.req.valid('json')), 201));
}
