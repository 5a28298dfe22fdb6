import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  matchListSchema,
  matchQuery,
  type PostKind,
  postInputSchema,
  postListQuery,
  postPatchSchema,
  postSchema,
} from './matching.schemas.ts';
import {
  createPost,
  deletePost,
  getPost,
  listPosts,
  matchesFor,
  renewPost,
  updatePostById,
} from './matching.service.ts';

/** The same routes for needs and for seeds, with their own paths, operation ids and schemas. */
function postRoutes(deps: AppDeps, kind: PostKind) {
  const plural = kind === 'need' ? 'needs' : 'seeds';
  const Name = kind === 'need' ? 'Need' : 'Seed';
  const tags = ['Matching'];
  const schema = postSchema(kind);
  const ctx = (user: Parameters<typeof listPosts>[0]['user']) => ({
    db: deps.db,
    reference: deps.reference,
    config: deps.config,
    user,
  });
  const list = defineRoute({
    access: 'public',
    method: 'get',
    path: `/${plural}`,
    operationId: `list${Name}s`,
    tags,
    summary: `${Name}s you may see; anonymous owners withheld`,
    request: { query: postListQuery },
    responses: { 200: jsonContent(listOf(schema), `Page of ${plural}`), ...errorResponses(400) },
  });
  const get = defineRoute({
    access: 'public',
    method: 'get',
    path: `/${plural}/{id}`,
    operationId: `get${Name}`,
    tags,
    request: { params: idParam },
    responses: {
      200: { ...jsonContent(schema, `The ${kind}`), headers: versionHeaderDocs },
      ...errorResponses(400, 404),
    },
  });
  const create = defineRoute({
    access: ['admin', 'member'],
    method: 'post',
    path: `/${plural}`,
    operationId: `create${Name}`,
    tags,
    summary: `Post a ${kind} (members for their organisation, admins for any)`,
    request: jsonBody(postInputSchema(kind)),
    responses: { 201: jsonContent(schema, 'Posted'), ...errorResponses(400, 409, 413) },
  });
  const update = defineRoute({
    access: ['admin', 'member'],
    method: 'patch',
    path: `/${plural}/{id}`,
    operationId: `update${Name}`,
    tags,
    request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(postPatchSchema(kind)) },
    responses: {
      200: { ...jsonContent(schema, 'Updated'), headers: versionHeaderDocs },
      ...errorResponses(400, 404, 412, 413),
    },
  });
  const renew = defineRoute({
    access: ['admin', 'member'],
    method: 'post',
    path: `/${plural}/{id}/renew`,
    operationId: `renew${Name}`,
    tags,
    summary: 'Extend the expiry by the configured period from now',
    request: { params: idParam },
    responses: { 200: jsonContent(schema, 'Renewed'), ...errorResponses(400, 404) },
  });
  const remove = defineRoute({
    access: ['admin', 'member'],
    method: 'delete',
    path: `/${plural}/{id}`,
    operationId: `delete${Name}`,
    tags,
    request: { params: idParam, headers: ifMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404, 412) },
  });
  const matches = defineRoute({
    access: 'public',
    method: 'get',
    path: `/${plural}/{id}/matches`,
    operationId: `match${Name}`,
    tags,
    summary:
      kind === 'need'
        ? 'Organisations and seeds that could meet this need, best first, each with its signals'
        : 'Needs this seed could meet, best first, each with its signals',
    request: { params: idParam, query: matchQuery },
    responses: { 200: jsonContent(matchListSchema, 'Ranked matches'), ...errorResponses(400, 404) },
  });
  return createRouter()
    .openapi(list, async (c) => c.json(await listPosts(ctx(c.get('user')), kind, c.req.valid('query')), 200))
    .openapi(get, async (c) => {
      const { out } = await getPost(ctx(c.get('user')), kind, c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(create, async (c) => {
      const user = c.var.user;
      return c.json(await createPost(ctx(user), user, kind, c.req.valid('json')), 201);
    })
    .openapi(update, async (c) => {
      const user = c.var.user;
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updatePostById(
        ctx(user),
        user,
        kind,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(renew, async (c) => {
      const user = c.var.user;
      const out = await renewPost(ctx(user), user, kind, c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(remove, async (c) => {
      const user = c.var.user;
      await deletePost(
        ctx(user),
        user,
        kind,
        c.req.valid('param').id,
        parseIfMatch(c.req.valid('header')['if-match']),
      );
      return c.body(null, 204);
    })
    .openapi(matches, async (c) =>
      c.json(
        await matchesFor(ctx(c.get('user')), kind, c.req.valid('param').id, c.req.valid('query').limit),
        200,
      ),
    );
}

export function matchingRoutes(deps: AppDeps) {
  const router = createRouter();
  router.route('/', postRoutes(deps, 'need'));
  router.route('/', postRoutes(deps, 'seed'));
  return router;
}
