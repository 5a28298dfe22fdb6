import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { organizationKinds, supplyChainRoles } from '../../../core/directory/vocabulary.ts';
import { resultRows } from '../../db/client.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  jsonContent,
  listOf,
  localizedTextSchema,
} from '../../lib/http.ts';
import { assertKnownCluster } from '../../lib/reference-data.ts';
import { defineRoute } from '../../lib/route.ts';

const tags = ['Taxonomy'];
const labelled = z.object({ code: z.string(), label: localizedTextSchema });

const clusterSchema = z
  .object({ id: z.string(), key: z.string(), name: localizedTextSchema })
  .openapi('Cluster');
const technologySchema = z
  .object({
    code: z.string(),
    cluster: z.string(),
    parent: z.string().nullable(),
    label: localizedTextSchema,
    organizations: z
      .number()
      .int()
      .openapi({ description: 'Published organisations with this code or a child code' }),
  })
  .openapi('Technology');

const clustersRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/clusters',
  operationId: 'listClusters',
  tags,
  responses: { 200: jsonContent(listOf(clusterSchema), 'Industry clusters hosted here') },
});

const technologiesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/technologies',
  operationId: 'listTechnologies',
  tags,
  summary: 'The technology taxonomy with organisation counts',
  request: { query: z.object({ cluster: z.string().max(100).optional() }) },
  responses: {
    200: jsonContent(listOf(technologySchema), 'Codes in taxonomy order'),
    ...errorResponses(400),
  },
});

const vocabularyRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/vocabulary',
  operationId: 'getVocabulary',
  tags,
  summary: 'Labels for kinds, roles, application fields, memberships and prefectures in use',
  request: { query: z.object({ cluster: z.string().max(100).optional() }) },
  responses: {
    200: jsonContent(
      z.object({
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
      }),
      'Vocabularies',
    ),
  },
});

export function taxonomyRoutes(deps: AppDeps) {
  const ref = deps.reference;
  return createRouter()
    .openapi(clustersRoute, (c) => {
      const items = ref.clusters.map((k) => ({ id: k.key, key: k.key, name: k.name }));
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(technologiesRoute, async (c) => {
      const { cluster } = c.req.valid('query');
      assertKnownCluster(ref, cluster);
      const counts = await countByTechnology(deps);
      const items = ref.clusters
        .filter((k) => !cluster || k.key === cluster)
        .flatMap((k) => k.technologies)
        .map((t) => ({ ...t, organizations: counts.get(t.code) ?? 0 }));
      return c.json({ items, total: items.length }, 200);
    })
    .openapi(vocabularyRoute, async (c) => {
      const { cluster } = c.req.valid('query');
      assertKnownCluster(ref, cluster);
      const inCluster = cluster ? sql`and clusters @> ARRAY[${cluster}]::text[]` : sql``;
      const toList = (o: Record<string, { ja: string; en: string }>) =>
        Object.entries(o).map(([code, label]) => ({ code, label }));
      const memberships = resultRows<{ key: string; name: { ja?: string; en?: string } }>(
        await deps.db.execute(sql`select key, name from organizations where published and key in
          (select distinct unnest(memberships) from organizations where published ${inCluster}) order by sort_name`),
      );
      const prefectures = resultRows<{ country: string | null; prefecture: string; organizations: number }>(
        await deps.db.execute(sql`select country, prefecture, count(*)::int as organizations from organizations
          where published and prefecture is not null ${inCluster}
          group by country, prefecture order by country, prefecture`),
      );
      return c.json(
        {
          kinds: toList(organizationKinds),
          roles: toList(supplyChainRoles),
          applications: [...ref.applications.values()],
          memberships,
          prefectures,
        },
        200,
      );
    });
}

/** Distinct published organisations per code, a parent counting each organisation under it once. */
async function countByTechnology(deps: AppDeps): Promise<Map<string, number>> {
  const rows = resultRows<{ code: string; n: number }>(
    await deps.db.execute(sql`
      with x as (select o.id, u.code from organizations o, unnest(o.technologies) as u(code) where o.published)
      select code, count(distinct id)::int as n from (
        select id, code from x
        union all
        select x.id, t.parent_code from x join technologies t on t.code = x.code where t.parent_code is not null
      ) y group by code`),
  );
  return new Map(rows.map((r) => [r.code, r.n]));
}
