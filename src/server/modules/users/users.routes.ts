import { createRoute, z } from '@hono/zod-openapi';
import { requireRole, signedInForWrites } from '../../lib/auth.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  jsonContent,
  listOf,
  paginationQuery,
} from '../../lib/http.ts';
import { sessionUserSchema, userInputSchema } from './users.schemas.ts';
import { createUser, listUsers } from './users.service.ts';

const tags = ['Users'];

const list = createRoute({
  method: 'get',
  path: '/users',
  operationId: 'listUsers',
  tags,
  summary: 'Accounts (admin)',
  request: { query: z.object(paginationQuery) },
  responses: { 200: jsonContent(listOf(sessionUserSchema), 'Accounts'), ...errorResponses(400, 401, 403) },
});

const create = createRoute({
  method: 'post',
  path: '/users',
  operationId: 'createUser',
  tags,
  summary: 'Create an account (admin)',
  request: { body: { content: { 'application/json': { schema: userInputSchema } }, required: true } },
  responses: { 201: jsonContent(sessionUserSchema, 'Created'), ...errorResponses(400, 401, 403, 409) },
});

export function usersRoutes(deps: AppDeps) {
  const router = createRouter();
  // Accounts are admin business before any validation: others learn nothing from error details.
  router.use('/users', async (c, next) => {
    requireRole(c, 'admin');
    await next();
  });
  router.use('/users', signedInForWrites());
  return router
    .openapi(list, async (c) => {
      const { limit, offset } = c.req.valid('query');
      return c.json(await listUsers(deps.db, limit, offset), 200);
    })
    .openapi(create, async (c) => {
      const user = requireRole(c, 'admin');
      return c.json(await createUser(deps.db, user, c.req.valid('json')), 201);
    });
}
