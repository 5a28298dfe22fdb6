import { OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { Db, Engine } from '../db/client.ts';
import type { Config } from '../env.ts';
import type { DirectoryFacets } from './directory-snapshot.ts';
import { type ErrorDetail, formatPath, invalidFields, issuesToDetails } from './errors.ts';
import type { JobStore } from './jobs.ts';
import { isJsonContentType, jsonBodyGuard } from './json-body.ts';
import { say } from './locale.ts';
import { sayError } from './messages.ts';
import type { LoginLimiter } from './rate-limit.ts';
import type { ReferenceData } from './reference-data.ts';

export type Role = 'admin' | 'member' | 'reviewer' | 'agency' | 'person';
export const roles = ['admin', 'member', 'reviewer', 'agency', 'person'] as const satisfies readonly Role[];

export type AuthUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  csrfToken: string;
};

/** What the app is built from; tests build it with their own database. */
export type AppDeps = {
  db: Db;
  engine: Engine;
  config: Config;
  reference: ReferenceData;
  loginLimiter: LoginLimiter;
  jobs: JobStore;
  /** The directory's facets in memory, for whole-directory views (industry map, map points). */
  directory: DirectoryFacets;
  webRoot?: string;
  /**
   * The time now, for rules that depend on it (a call's window, booking slots in the past, cancellation
   * cut-offs); tests set it. Unset: the wall clock.
   */
  clock?: () => Date;
};

export type AppEnv = { Variables: { user: AuthUser | null } };

// Error paths name the part of the request a client knows: body.name.ja, query.limit, path.id.
const targetNames: Record<string, string> = { json: 'body', param: 'path', query: 'query', header: 'header' };

/**
 * Every module builds its routes on this, so invalid input always becomes the same 400 body, and every route
 * with a JSON body gets `jsonBodyGuard` after its access gate: a wrong Content-Type is a 415 and a body nested
 * too deep a 400, before any validator parses it.
 */
export function createRouter() {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) {
        const bad = findUnstorableText(result.data, [targetNames[result.target] ?? result.target]);
        if (bad) throw invalidFields([bad]);
      }
      if (!result.success) {
        const where = targetNames[result.target] ?? result.target;
        const details = issuesToDetails(result.error.issues.map((i) => ({ ...i, path: [where, ...i.path] })));
        throw invalidFields(details);
      }
    },
  });
  const openapi = router.openapi;
  router.openapi = ((route: RouteConfig, ...rest: unknown[]) =>
    (openapi as (...args: unknown[]) => unknown)(withJsonBodyGuard(route), ...rest)) as typeof openapi;
  return router;
}

function withJsonBodyGuard<R extends RouteConfig>(route: R): R {
  const content = route.request?.body?.content ?? {};
  if (!Object.keys(content).some((type) => isJsonContentType(type))) return route;
  const own = route.middleware
    ? Array.isArray(route.middleware)
      ? route.middleware
      : [route.middleware]
    : [];
  return {
    ...route,
    middleware: [...own, jsonBodyGuard()],
    responses: { ...errorResponses(400, 415), ...route.responses },
  };
}

// PostgreSQL refuses NUL characters and lone surrogates in text and jsonb; catch them as bad input
// for every route here, instead of as a database error (a 500) deep inside a service.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function findUnstorableText(value: unknown, path: PropertyKey[]): ErrorDetail | undefined {
  if (typeof value === 'string') {
    return unstorable.test(value)
      ? {
          path: formatPath(path),
          message: say({
            ja: 'NUL 文字または壊れたサロゲートが含まれています',
            en: 'contains a NUL character or a broken surrogate',
          }),
        }
      : undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findUnstorableText(v, [...path, Array.isArray(value) ? Number(k) : k]);
      if (found) return found;
    }
  }
  return undefined;
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');

/** The error responses a route declares, by status. */
export function errorResponses(
  ...statuses: Array<400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 429>
) {
  const descriptions: Record<number, string> = {
    400: 'Invalid input; details name each bad field',
    401: 'Not signed in',
    403: 'Not allowed, or CSRF token missing',
    404: 'Not found',
    409: 'Conflicts with existing data',
    410: 'No longer valid (an expired link)',
    412: 'precondition_failed: If-Match names a version the record has moved on from (someone else changed it)',
    413: 'Request body too large',
    415: 'The body is not sent as JSON (Content-Type: application/json)',
    422: 'Bundle rejected; details list every error by path',
    429: 'Too many attempts',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: descriptions[s]!, content: { 'application/json': { schema: errorBodySchema } } },
    ]),
  );
}

/**
 * A named schema or null. `.nullable()` on a schema named with `.openapi('Name')` makes the shared component
 * itself nullable in the document, for every use; a union leaves the component as it is.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** `{ items, total }`: the list shape every list route returns. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** The `{id}` path parameter every record route takes. */
export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
};

export const localizedTextSchema = z
  .object({
    ja: z.string().trim().min(1).max(10_000).optional(),
    en: z.string().trim().min(1).max(10_000).optional(),
  })
  .strict()
  .openapi('LocalizedText');

/** A text that must carry at least one language. */
export const bilingual = localizedTextSchema.refine(
  (t) => t.ja !== undefined || t.en !== undefined,
  sayError({ ja: '日本語・英語の少なくとも一方が必要です', en: 'needs ja, en or both' }),
);

/** Where a fact comes from, and as of when (DESIGN.md: demo data is true where it claims to be). */
export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    asOf: z.iso.date().optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();
