import { z } from '@hono/zod-openapi';

const countsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
});
export const importResultSchema = z
  .object({
    organizations: countsSchema,
    relations: countsSchema,
    sites: countsSchema,
    sitingProfiles: countsSchema,
    needs: countsSchema,
    seeds: countsSchema,
    facilities: countsSchema,
    units: countsSchema,
    equipment: countsSchema,
    leases: countsSchema,
    ignored: z.array(z.string()),
  })
  .openapi('ImportResult');
export const jobSchema = z
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

export const bundleBody = z.looseObject({}).openapi('Bundle', {
  description:
    'A fusion-cluster-bundle (DESIGN.md §4): { format, version, organizations: [...], relations: [{ from, to, type, since, source }] }',
});
