import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import { type Config, normalizeAddress } from '../env.ts';
import { AppError } from './errors.ts';
import type { AppEnv, AuthUser, Role } from './http.ts';
import { say } from './locale.ts';

export const sessionCookie = 'fch_session';
export const csrfHeader = 'x-csrf-token';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, config: Config, userId: string, userAgent?: string) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export function setSessionCookie(c: Context, config: Config, token: string, expiresAt: Date) {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, sessionCookie, { path: '/' });
}

/** Resolves the cookie to a user once per request; routes read `c.var.user`. */
export function sessionMiddleware(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    const token = getCookie(c, sessionCookie);
    if (token) {
      const [row] = await db
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          organizationId: users.organizationId,
          csrfToken: sessions.csrfToken,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            eq(sessions.tokenHash, hashToken(token)),
            gt(sessions.expiresAt, new Date()),
            // Disabling deletes the sessions too; this covers one opened in the same instant.
            isNull(users.disabledAt),
          ),
        );
      if (row) c.set('user', { ...row, role: row.role as Role });
    }
    await next();
  };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit defence: a signed-in browser must echo the session's CSRF token in a header, which a
 * cross-site form cannot do. Requests without a session are checked by Origin only (e.g. login).
 */
export function csrfMiddleware(config: Pick<Config, 'publicUrl'>): MiddlewareHandler<AppEnv> {
  // Behind a TLS-terminating proxy the request arrives as http://internal:3000 while the browser says
  // Origin: https://cluster.example, so the public origin (PUBLIC_URL) is accepted beside the request's own.
  const publicOrigin = new URL(config.publicUrl).origin;
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== publicOrigin && origin !== new URL(c.req.url).origin) {
      throw new AppError(
        'csrf_failed',
        say({
          ja: `${origin} からのクロスサイトリクエストは受け付けません`,
          en: `Cross-site request from ${origin} refused`,
        }),
      );
    }
    const user = c.get('user');
    if (user && c.req.header(csrfHeader) !== user.csrfToken) {
      throw new AppError(
        'csrf_failed',
        say({
          ja: `${csrfHeader} ヘッダーがないか、正しくありません`,
          en: `Missing or wrong ${csrfHeader} header`,
        }),
      );
    }
    await next();
  };
}

/** The socket's peer address; undefined when there is no socket (`app.request` in tests, other runtimes). */
function peerAddress(c: Context): string | undefined {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who is asking, for rate limits: the socket's address, unless the socket is a configured proxy
 * (TRUSTED_PROXIES), in which case X-Forwarded-For is read from the right, skipping our own proxies, to the
 * first address a proxy of ours saw: the entries left of it are whatever the client chose to send. Without
 * a socket every request is one client, `unknown`, which is strict rather than open.
 */
export function clientAddress(c: Context, config: Pick<Config, 'trustedProxies'>): string {
  const peer = peerAddress(c);
  if (!peer) return 'unknown';
  if (!config.trustedProxies.includes(peer)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter((a) => isIP(a) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!config.trustedProxies.includes(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}

export function requireUser(c: Context<AppEnv>): AuthUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated', say({ ja: 'ログインしてください', en: 'Sign in first' }));
  return user;
}

const roleNames: Record<Role, string> = {
  admin: '管理者',
  member: '会員',
  reviewer: '審査員',
  agency: '支援機関',
  person: '個人',
};

export function requireRole(c: Context<AppEnv>, ...allowed: Role[]): AuthUser {
  const user = requireUser(c);
  if (!allowed.includes(user.role)) {
    throw new AppError(
      'forbidden',
      say({
        ja: `${allowed.map((r) => roleNames[r]).join('または')}の権限が必要です`,
        en: `This needs the ${allowed.join(' or ')} role`,
      }),
    );
  }
  return user;
}
