import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  flagListQuery,
  flagListSchema,
  flagSchema,
  raiseFlagSchema,
  resolveFlagSchema,
} from './flags.schemas.ts';
import { listFlags, raiseFlag, resolveFlag } from './flags.service.ts';

const tags = ['One-stop desk'];

const raiseRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/desk/consultations/{id}/flags',
  operationId: 'flagConsultation',
  tags,
  summary: 'Flag a consultation: the company plans to expand, to leave, or is short of staff',
  request: { params: idParam, ...jsonBody(raiseFlagSchema) },
  responses: { 201: jsonContent(flagSchema, 'Raised'), ...errorResponses(400, 404) },
});

const listRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/desk/flags',
  operationId: 'listDeskFlags',
  tags,
  summary: "The coordinator's red flags, from consultations and survey answers, newest first",
  request: { query: flagListQuery },
  responses: { 200: jsonContent(flagListSchema, 'Flags'), ...errorResponses(400) },
});

const resolveRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/desk/flags/{id}/resolve',
  operationId: 'resolveDeskFlag',
  tags,
  summary: 'Mark a flag as dealt with (once; a stale version is a 409)',
  request: { params: idParam, ...jsonBody(resolveFlagSchema) },
  responses: { 200: jsonContent(flagSchema, 'Resolved'), ...errorResponses(400, 404, 409) },
});

export function deskFlagsRoutes(deps: AppDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const ctx = { db: deps.db, now, config: deps.config };
  return createRouter()
    .openapi(raiseRoute, async (c) =>
      c.json(await raiseFlag(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(listRoute, async (c) => c.json(await listFlags(ctx, c.req.valid('query')), 200))
    .openapi(resolveRoute, async (c) =>
      c.json(await resolveFlag(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
