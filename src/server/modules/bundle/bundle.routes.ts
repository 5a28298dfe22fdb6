import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../../lib/auth.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { type AppDeps, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import type { Job } from '../../lib/jobs.ts';
import { say } from '../../lib/locale.ts';
import { assertKnownCluster } from '../../lib/reference-data.ts';
import { exportBundle, importBundle } from './bundle.service.ts';

const tags = ['Data bundle'];

const countsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
});
const importResultSchema = z
  .object({
    organizations: countsSchema,
    relations: countsSchema,
    sites: countsSchema,
    sitingProfiles: countsSchema,
    needs: countsSchema,
    seeds: countsSchema,
    ignored: z.array(z.string()),
  })
  .openapi('ImportResult');
const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    state: z.enum(['running', 'succeeded', 'failed']),
    phase: z.string(),
    processed: z.number().int(),
    total: z.number().int(),
    result: importResultSchema.optional(),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        details: z.array(z.object({ path: z.string(), message: z.string() })),
      })
      .optional(),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
  })
  .openapi('Job');

const bundleBody = z.looseObject({}).openapi('Bundle', {
  description:
    'A fusion-cluster-bundle (DESIGN.md §4): { format, version, organizations: [...], relations: [{ from, to, type, since, source }] }',
});

const importRoute = createRoute({
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
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

const jobRoute = createRoute({
  method: 'get',
  path: '/import/jobs/{id}',
  operationId: 'getImportJob',
  tags,
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: { 200: jsonContent(jobSchema, 'The job'), ...errorResponses(401, 403, 404) },
});

const exportRoute = createRoute({
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

const publicJob = ({ ownerId: _owner, ...job }: Job) => job as z.infer<typeof jobSchema>;

export function bundleRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(importRoute, async (c) => {
      const user = requireRole(c, 'admin');
      const bundle = c.req.valid('json');
      if (c.req.valid('query').async === 'false') {
        return c.json(
          await importBundle(deps.db, deps.reference, user, bundle, undefined, deps.config.postExpiryDays),
          200,
        );
      }
      const job = deps.jobs.start('import', user.id);
      importBundle(
        deps.db,
        deps.reference,
        user,
        bundle,
        (phase, processed, total) => {
          Object.assign(job, { phase, processed, total });
        },
        deps.config.postExpiryDays,
      )
        .then((result) =>
          Object.assign(job, { state: 'succeeded', result, finishedAt: new Date().toISOString() }),
        )
        .catch((err: unknown) => {
          const error =
            err instanceof AppError
              ? err
              : new AppError('internal', say({ ja: '取り込みに失敗しました', en: 'The import failed' }));
          if (!(err instanceof AppError)) console.error(err);
          Object.assign(job, {
            state: 'failed',
            error: error.toBody().error,
            finishedAt: new Date().toISOString(),
          });
        });
      return c.json(publicJob(job), 202);
    })
    .openapi(jobRoute, async (c) => {
      const user = requireRole(c, 'admin');
      const job = deps.jobs.get(c.req.valid('param').id);
      if (!job || job.ownerId !== user.id) throw notFound('Job');
      return c.json(publicJob(job), 200);
    })
    .openapi(exportRoute, async (c) => {
      c.header('content-disposition', 'attachment; filename="fusion-cluster-bundle.json"');
      const { cluster } = c.req.valid('query');
      assertKnownCluster(deps.reference, cluster);
      return c.json(await exportBundle(deps.db, c.get('user'), cluster), 200);
    });
}
