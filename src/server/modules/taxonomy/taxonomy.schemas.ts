import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../lib/http.ts';

const labelled = z.object({ code: z.string(), label: localizedTextSchema });

export const clusterSchema = z
  .object({ id: z.string(), key: z.string(), name: localizedTextSchema })
  .openapi('Cluster');

export const technologySchema = z
  .object({
    code: z.string(),
    cluster: z.string(),
    parent: z.string().nullable(),
    label: localizedTextSchema,
    scope: localizedTextSchema
      .optional()
      .openapi({ description: 'What the category covers, in everyday words (matching reads codes from it)' }),
    organizations: z
      .number()
      .int()
      .openapi({ description: 'Published organisations with this code or a child code' }),
  })
  .openapi('Technology');

export const clusterQuery = z.object({ cluster: z.string().max(100).optional() });

export const vocabularySchema = z.object({
  kinds: z.array(labelled),
  roles: z.array(labelled),
  applications: z.array(labelled),
  memberships: z.array(z.object({ key: z.string(), name: localizedTextSchema })),
  prefectures: z.array(
    z.object({
      country: z.string().nullable(),
      prefecture: z.string(),
      organizations: z.number().int(),
    }),
  ),
});
