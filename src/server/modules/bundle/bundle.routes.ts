import { z } from '@hono/zod-openapi';
import { type AppDeps, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import { assertKnownCluster } from '../../lib/reference-data.ts';
import { defineRoute } from '../../lib/route.ts';
import { bundleBody, importResultSchema, jobSchema } from './bundle.schemas.ts';
import { exportBundle, getImportJob, importBundle, startImportJob } from './bundle.service.ts';

const tags = ['Data bundle'];

const importRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/import',
  operationId: 'importBundle',
  tags,
  summary: 'Import a data bundle (admin): all-or-nothing, idempotent by key',
  request: {
    query: z.object({
      async: z
        .enum(['true', 'false'])
        .default('false')
        .openapi({ description: 'Return 202 and a job to poll for progress' }),
    }),
    body: { content: { 'application/json': { schema: bundleBody } }, required: true },
  },
  responses: {
    200: jsonContent(importResultSchema, 'Imported'),
    202: jsonContent(jobSchema, 'Started; poll the job for progress'),
    ...errorResponses(400, 413, 422),
  },
});

const jobRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/import/jobs/{id}',
  operationId: 'getImportJob',
  tags,
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: { 200: jsonContent(jobSchema, 'The job'), ...errorResponses(404) },
});

const exportRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/export',
  operationId: 'exportBundle',
  tags,
  summary: 'Export the data bundle (everything for an admin, published profiles otherwise)',
  request: {
    query: z.object({
      cluster: z.string().max(100).optional().openapi({ description: "Only this cluster's organisations" }),
    }),
  },
  responses: { 200: jsonContent(bundleBody, 'The bundle'), ...errorResponses(400) },
});

export function bundleRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(importRoute, async (c) => {
      const bundle = c.req.valid('json');
      if (c.req.valid('query').async === 'true')
        return c.json(startImportJob(deps, c.var.user, bundle) as z.infer<typeof jobSchema>, 202);
      const { db, reference, config, engine } = deps;
      return c.json(
        await importBundle(db, reference, c.var.user, bundle, undefined, config.postExpiryDays, {
          staged: engine === 'pglite',
        }),
        200,
      );
    })
    .openapi(jobRoute, async (c) =>
      c.json(getImportJob(deps, c.var.user, c.req.valid('param').id) as z.infer<typeof jobSchema>, 200),
    )
    .openapi(exportRoute, async (c) => {
      c.header('content-disposition', 'attachment; filename="fusion-cluster-bundle.json"');
      const { cluster } = c.req.valid('query');
      assertKnownCluster(deps.reference, cluster);
      return c.json(await exportBundle(deps.db, c.var.user, cluster), 200);
    });
}
