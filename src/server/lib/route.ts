import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { requireRole, requireUser, sessionCookie } from './auth.ts';
import { type AuthUser, errorResponses, type Role } from './http.ts';

/**
 * Who may call a route, declared once on its definition:
 * - `public`: anyone, signed in or not (the service may still show a signed-in caller more);
 * - `signed-in`: any account; record-level rights (own organisation, anonymity, assignment) stay in the service;
 * - a list of roles: only accounts with one of them.
 */
export type Access = 'public' | 'signed-in' | readonly [Role, ...Role[]];

/** The name the OpenAPI document gives the session cookie in `security`. */
export const sessionScheme = 'session';

export const sessionSecurityScheme = {
  type: 'apiKey',
  in: 'cookie',
  name: sessionCookie,
  description: 'The session cookie set by POST /auth/login; writes also send the x-csrf-token header.',
} as const;

/** What a gated route's handler sees: the user is there, so no handler checks for null. */
type SignedInEnv = { Variables: { user: AuthUser } };

type RouteInput = Omit<RouteConfig, 'middleware' | 'security'> & { access: Access };

type Defined<R extends RouteInput> = R['access'] extends 'public'
  ? Omit<R, 'access'>
  : Omit<R, 'access'> & { middleware: MiddlewareHandler<SignedInEnv> };

/**
 * Every module defines its routes with this. The access gate runs before the request is validated (so an
 * anonymous write is a 401 whatever its body, and a member learns nothing from an admin route's validation
 * errors), the OpenAPI document gets the route's `security` and its 401/403 responses, and the handler's
 * `c.var.user` is typed non-null on gated routes.
 */
export function defineRoute<R extends RouteInput>(input: R): Defined<R> {
  const { access, responses, description, ...rest } = input;
  if (access === 'public') {
    return createRoute({
      ...rest,
      responses,
      description: describeAccess(access, description),
      'x-access': 'public',
    } as RouteConfig) as unknown as Defined<R>;
  }
  const roles = access === 'signed-in' ? undefined : access;
  return createRoute({
    ...rest,
    description: describeAccess(access, description),
    middleware: gate(roles),
    security: [{ [sessionScheme]: [] }],
    'x-access': roles ? { roles } : 'signed-in',
    responses: { ...responses, ...errorResponses(401, 403) },
  } as RouteConfig) as unknown as Defined<R>;
}

function gate(roles: readonly Role[] | undefined): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    // The app's env carries `user: AuthUser | null`; the checks below throw 401/403 before the handler runs.
    const context = c as never;
    if (roles) requireRole(context, ...roles);
    else requireUser(context);
    await next();
  };
}

function describeAccess(access: Access, description: string | undefined) {
  const who =
    access === 'public'
      ? 'Access: anyone.'
      : access === 'signed-in'
        ? 'Access: any signed-in account; the record decides the rest.'
        : `Access: ${access.join(' or ')} role.`;
  return description ? `${description}\n\n${who}` : who;
}
