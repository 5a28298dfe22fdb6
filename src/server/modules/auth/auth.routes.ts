import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { getCookie } from 'hono/cookie';
import { users } from '../../db/schema/index.ts';
import { writeAudit } from '../../lib/audit.ts';
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  sessionCookie,
  setSessionCookie,
} from '../../lib/auth.ts';
import { AppError } from '../../lib/errors.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  jsonContent,
  orNull,
  type Role,
} from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { sessionUserSchema } from '../users/users.schemas.ts';

const tags = ['Auth'];
const sessionSchema = z
  .object({ user: orNull(sessionUserSchema), csrfToken: z.string().nullable() })
  .openapi('Session');

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  operationId: 'login',
  tags,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ email: z.email().max(200), password: z.string().min(1).max(200) }).strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    200: jsonContent(sessionSchema, 'Signed in; the session cookie is set'),
    ...errorResponses(400, 401, 429),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  operationId: 'logout',
  tags,
  responses: { 204: { description: 'Signed out' }, ...errorResponses(403) },
});

const session = createRoute({
  method: 'get',
  path: '/auth/session',
  operationId: 'getSession',
  tags,
  responses: { 200: jsonContent(sessionSchema, 'The signed-in user, or null') },
});

// Same cost as a real check, so a wrong e-mail and a wrong password take equally long.
const dummyHash = 'scrypt$32768$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function authRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(login, async (c) => {
      const { email, password } = c.req.valid('json');
      const normalized = email.toLowerCase();
      const limitKey = `${c.req.header('x-forwarded-for') ?? 'local'}|${normalized}`;
      const wait = deps.loginLimiter.retryAfter(limitKey);
      if (wait > 0) {
        c.header('retry-after', String(wait));
        throw new AppError(
          'rate_limited',
          say({
            ja: `ログインの試行回数が多すぎます。${wait} 秒後にお試しください`,
            en: `Too many sign-in attempts; try again in ${wait} s`,
          }),
        );
      }
      const [user] = await deps.db.select().from(users).where(eq(users.email, normalized));
      const ok = await verifyPassword(password, user?.passwordHash ?? dummyHash);
      if (!user || !ok) {
        deps.loginLimiter.fail(limitKey);
        throw new AppError(
          'unauthenticated',
          say({ ja: 'メールアドレスまたはパスワードが違います', en: 'Wrong e-mail or password' }),
        );
      }
      deps.loginLimiter.reset(limitKey);
      const s = await createSession(deps.db, deps.config, user.id);
      await writeAudit(deps.db, user, { action: 'login', entity: 'session', entityId: user.id });
      setSessionCookie(c, deps.config, s.token, s.expiresAt);
      const { id, name, role, organizationId } = user;
      return c.json(
        { user: { id, email: user.email, name, role: role as Role, organizationId }, csrfToken: s.csrfToken },
        200,
      );
    })
    .openapi(logout, async (c) => {
      const token = getCookie(c, sessionCookie);
      if (token) await deleteSession(deps.db, token);
      const user = c.get('user');
      if (user) await writeAudit(deps.db, user, { action: 'logout', entity: 'session', entityId: user.id });
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(session, (c) => {
      const user = c.get('user');
      if (!user) return c.json({ user: null, csrfToken: null }, 200);
      const { csrfToken, ...rest } = user;
      return c.json({ user: rest, csrfToken }, 200);
    });
}
