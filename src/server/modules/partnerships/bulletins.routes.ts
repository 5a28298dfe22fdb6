import { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  bulletinInputSchema,
  bulletinListQuery,
  bulletinListSchema,
  bulletinPatchSchema,
  bulletinSchema,
  feedQuery,
  subscriptionsSchema,
} from './bulletins.schemas.ts';
import {
  bulletinFeed,
  getBulletin,
  listBulletins,
  mySubscriptions,
  patchBulletin,
  publishBulletin,
  setSubscriptions,
} from './bulletins.service.ts';

const tags = ['Bulletins'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});

const listBulletinsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/bulletins',
  operationId: 'listBulletins',
  tags,
  summary: 'Information-sharing bulletins you may read, newest first (public; members; partners)',
  request: { query: bulletinListQuery },
  responses: { 200: jsonContent(bulletinListSchema, 'Bulletins'), ...errorResponses(400) },
});

// Registered before /bulletins/{id}, which would otherwise take these paths as an id.
const feedRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/bulletins/feed.atom',
  operationId: 'bulletinFeed',
  tags,
  summary: 'An Atom feed of the public bulletins with a tag (a technology code or area:<agreement>/<area>)',
  request: { query: feedQuery },
  responses: {
    200: { description: 'Atom', content: { 'application/atom+xml': { schema: z.string() } } },
    ...errorResponses(400),
  },
});

const getSubscriptionsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/bulletins/subscriptions',
  operationId: 'getBulletinSubscriptions',
  tags,
  summary: 'The tags you follow (the weekly digest by e-mail brings their bulletins)',
  responses: { 200: jsonContent(subscriptionsSchema, 'Your tags') },
});

const putSubscriptionsRoute = defineRoute({
  access: 'signed-in',
  method: 'put',
  path: '/bulletins/subscriptions',
  operationId: 'setBulletinSubscriptions',
  tags,
  summary: 'Replace the tags you follow',
  request: jsonBody(subscriptionsSchema),
  responses: { 200: jsonContent(subscriptionsSchema, 'Your tags'), ...errorResponses(400, 413) },
});

const getBulletinRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/bulletins/{id}',
  operationId: 'getBulletin',
  tags,
  summary: 'A bulletin; one you may not read is a 404',
  request: { params: idParam },
  responses: { 200: versioned(bulletinSchema, 'The bulletin'), ...errorResponses(400, 404) },
});

const publishRoute = defineRoute({
  access: ['admin', 'agency', 'member'],
  method: 'post',
  path: '/bulletins',
  operationId: 'publishBulletin',
  tags,
  summary: 'Publish a bulletin (coordinators, partner agencies, members of an agreement party)',
  request: jsonBody(bulletinInputSchema),
  responses: { 201: versioned(bulletinSchema, 'Published'), ...errorResponses(400, 413) },
});

const patchRoute = defineRoute({
  access: ['admin', 'agency', 'member'],
  method: 'patch',
  path: '/bulletins/{id}',
  operationId: 'updateBulletin',
  tags,
  summary: "Edit a bulletin (its author's organisation, coordinators) with If-Match",
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(bulletinPatchSchema) },
  responses: { 200: versioned(bulletinSchema, 'Updated'), ...errorResponses(400, 404, 412, 413) },
});

export function bulletinsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({
    db: deps.db,
    config: deps.config,
    reference: deps.reference,
    user,
    now: deps.clock?.() ?? new Date(),
  });
  return createRouter()
    .openapi(listBulletinsRoute, async (c) =>
      c.json(await listBulletins(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(feedRoute, async (c) =>
      c.body(await bulletinFeed(ctx(null), c.req.valid('query').tag), 200, {
        'content-type': 'application/atom+xml; charset=utf-8',
        'cache-control': 'public, max-age=300',
      }),
    )
    .openapi(getSubscriptionsRoute, async (c) =>
      c.json(await mySubscriptions(ctx(c.var.user), c.var.user), 200),
    )
    .openapi(putSubscriptionsRoute, async (c) =>
      c.json(await setSubscriptions(ctx(c.var.user), c.var.user, c.req.valid('json').tags), 200),
    )
    .openapi(getBulletinRoute, async (c) => {
      const out = await getBulletin(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(publishRoute, async (c) => {
      const out = await publishBulletin(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await patchBulletin(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    });
}
