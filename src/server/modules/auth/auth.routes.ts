import { getCookie } from 'hono/cookie';
import { clearSessionCookie, clientAddress, sessionCookie, setSessionCookie } from '../../lib/auth.ts';
import { type AppDeps, createRouter, errorResponses, jsonBody, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { loginInputSchema, sessionSchema } from './auth.schemas.ts';
import { describeSession, signIn, signOut } from './auth.service.ts';

const tags = ['Auth'];

const login = defineRoute({
  access: 'public',
  method: 'post',
  path: '/auth/login',
  operationId: 'login',
  tags,
  request: jsonBody(loginInputSchema),
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; the session cookie is set'),
    ...errorResponses(400, 401, 403, 429),
  },
});

const logout = defineRoute({
  access: 'public',
  method: 'post',
  path: '/auth/logout',
  operationId: 'logout',
  tags,
  responses: { 204: { description: 'Signed out' }, ...errorResponses(403) },
});

const session = defineRoute({
  access: 'public',
  method: 'get',
  path: '/auth/session',
  operationId: 'getSession',
  tags,
  responses: { 200: jsonContent(sessionSchema, 'The signed-in user, or null') },
});

export function authRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(login, async (c) => {
      const client = clientAddress(c, deps.config);
      const { session, body } = await signIn(deps, c.req.valid('json'), client, c.req.header('user-agent'));
      setSessionCookie(c, deps.config, session.token, session.expiresAt);
      return c.json(body, 200);
    })
    .openapi(logout, async (c) => {
      await signOut(deps, getCookie(c, sessionCookie), c.var.user);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(session, (c) => c.json(describeSession(c.var.user), 200));
}
