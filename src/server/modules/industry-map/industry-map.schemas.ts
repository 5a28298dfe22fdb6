import { z } from '@hono/zod-openapi';
import { relationTypes, supplyChainOrder } from '../../../core/industry-map/index.ts';
import { localizedTextSchema, paginationQuery, sourceSchema } from '../../lib/http.ts';

/** A list parameter given repeated (`technology=A&technology=B`), comma-separated, or both. */
const listParam = (description: string, example?: string) =>
  z
    .union([z.string().max(2000), z.array(z.string().max(2000)).max(100)])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v ? [v] : [])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .openapi({ description, example, type: 'string' });

const regionDescription =
  'A heat-map column (aomori, iwate, miyagi, akita, yamagata, fukushima, hokkaido, kanto, chubu, kinki, ' +
  'chugoku, shikoku, kyushu-okinawa, a country code such as GB, japan-unspecified, unspecified) or a scope ' +
  '(tohoku, japan)';

/** Filters every industry-map view takes; the counting rules are in docs/api.md. */
const scopeFields = {
  cluster: z.string().max(100).optional().openapi({ description: 'Only organisations of this cluster' }),
  kind: listParam('Organisation kinds'),
  membership: z.string().max(100).optional().openapi({ description: 'Key of an association' }),
  status: z.enum(['published', 'all']).default('published').openapi({
    description: 'Admins may count unpublished profiles too (`all`); everyone else sees published ones only',
  }),
};

export const heatmapQuery = z.object({ ...scopeFields, role: listParam('Supply-chain roles') });

export const drillDownQuery = z.object({
  ...scopeFields,
  technology: listParam('Technology codes; a parent includes its children', 'MAG'),
  region: z.string().max(100).optional().openapi({ description: regionDescription, example: 'aomori' }),
  role: listParam('Supply-chain roles'),
  ...paginationQuery,
});

export const supplyChainQuery = z.object({
  ...scopeFields,
  technology: z
    .string()
    .max(100)
    .openapi({ description: 'A technology code; a parent includes its children' }),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({
    description: 'Organisations listed per role (each role also reports its full count)',
  }),
});

export const networkQuery = z.object({
  ...scopeFields,
  type: listParam(`Relation types: ${relationTypes.join(', ')}`),
  technology: listParam('Technology codes; a link is drawn when either end has one of them'),
  limit: z.coerce.number().int().min(1).max(5000).default(500).openapi({
    description: 'Links drawn at most (a force layout in a browser slows down past a few hundred)',
  }),
});

export const gapsQuery = z.object({
  ...scopeFields,
  region: z
    .string()
    .max(100)
    .default('aomori')
    .openapi({
      description: `Where supply counts as local: aomori, tohoku, japan, or any ${regionDescription}`,
    }),
});

export const shortlistQuery = z.object({
  ...scopeFields,
  technology: listParam('Technology codes the buyer needs (at least one)', 'MAG.hts'),
  region: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: `Organisations here rank first. ${regionDescription}` }),
  role: listParam('Supply-chain roles'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const scope = z
  .enum(['published', 'all'])
  .openapi({ description: 'What was counted: published profiles only, or all (admins asking for it)' });

const regionSchema = z
  .object({
    key: z.string(),
    group: z.enum(['tohoku', 'japan', 'abroad', 'unspecified']),
    label: localizedTextSchema,
  })
  .openapi('MapRegion');

const technologyRef = z.object({
  code: z.string(),
  cluster: z.string(),
  parent: z.string().nullable(),
  label: localizedTextSchema,
});

export const mapOrganizationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: localizedTextSchema,
    kind: z.string(),
    roles: z.array(z.string()),
    technologies: z.array(z.string()),
    location: z.object({
      country: z.string().optional(),
      prefecture: z.string().optional(),
      city: z.string().optional(),
    }),
    region: z.string().openapi({ description: 'Heat-map column the organisation counts in' }),
  })
  .openapi('MapOrganization');

export const heatmapSchema = z
  .object({
    scope,
    regions: z.array(regionSchema.extend({ total: z.number().int() })).openapi({
      description: 'Columns; `total` counts organisations there with any code in the rows',
    }),
    rows: z
      .array(technologyRef.extend({ cells: z.array(z.number().int()), total: z.number().int() }))
      .openapi({
        description: 'Taxonomy order, parents before their children; `cells` follow `regions`',
      }),
    max: z.number().int(),
    total: z.number().int(),
  })
  .openapi('Heatmap');

export const supplyChainSchema = z
  .object({
    scope,
    technology: technologyRef,
    codes: z.array(z.string()).openapi({ description: 'The code and the codes below it that were matched' }),
    roles: z.array(
      z.object({
        role: z.enum(supplyChainOrder),
        label: localizedTextSchema,
        total: z.number().int(),
        organizations: z.array(mapOrganizationSchema),
      }),
    ),
    organizations: z.number().int().openapi({ description: 'Distinct organisations with the capability' }),
    multiRole: z
      .number()
      .int()
      .openapi({ description: 'Of these, how many have several roles and so appear in several columns' }),
    note: z.string(),
  })
  .openapi('SupplyChain');

export const networkSchema = z
  .object({
    scope,
    nodes: z.array(
      z.object({
        id: z.uuid(),
        key: z.string(),
        name: localizedTextSchema,
        kind: z.string(),
        region: z.string(),
        degree: z.number().int().openapi({ description: 'Links drawn to or from this organisation' }),
        matched: z.boolean().openapi({ description: 'The organisation itself passes the filters' }),
      }),
    ),
    links: z.array(
      z.object({
        from: z.uuid(),
        to: z.uuid(),
        type: z.enum(relationTypes),
        since: z.string().nullable(),
        source: sourceSchema.nullable(),
        origin: z.enum(['relation', 'membership']),
      }),
    ),
    total: z.number().int(),
    truncated: z.boolean(),
  })
  .openapi('Network');

export const gapsSchema = z
  .object({
    scope,
    region: regionSchema,
    needsCounted: z.boolean().openapi({
      description: 'Whether posted needs (open, unexpired, every visibility) count as demand',
    }),
    rows: z.array(
      technologyRef.extend({
        developers: z.number().int(),
        needs: z.number().int(),
        demand: z.number().int(),
        supply: z.number().int(),
        national: z.number().int(),
        local: z.number().int(),
        gap: z.boolean().openapi({ description: 'Demand and no supplier in the region' }),
      }),
    ),
  })
  .openapi('Gaps');

export const shortlistItemSchema = z
  .object({
    rank: z.number().int(),
    id: z.uuid(),
    key: z.string(),
    name: localizedTextSchema,
    kind: z.string(),
    roles: z.array(z.string()),
    technologies: z.array(z.string()),
    description: localizedTextSchema,
    location: mapOrganizationSchema.shape.location,
    region: z.string(),
    local: z.boolean(),
    distanceKm: z.number().nullable().openapi({
      description: 'Great-circle km from the region’s reference point; null without a region or coordinates',
    }),
    matches: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(['exact', 'narrower', 'broader']),
        via: z.array(z.string()),
      }),
    ),
    matched: z.number().int(),
    exact: z.number().int(),
    website: z.string().optional(),
    sources: z.array(sourceSchema),
    illustrative: z.boolean(),
  })
  .openapi('ShortlistItem');

export const shortlistSchema = z
  .object({
    scope,
    technologies: z.array(z.string()),
    region: regionSchema.nullable(),
    items: z.array(shortlistItemSchema),
    total: z
      .number()
      .int()
      .openapi({ description: 'Capable organisations in all; `items` is the top `limit`' }),
    local: z.number().int().nullable().openapi({
      description: 'Capable organisations inside the region (null without a region): 0 means none there',
    }),
    reference: z
      .object({ lat: z.number(), lng: z.number(), label: localizedTextSchema })
      .nullable()
      .openapi({ description: 'Where distances are measured from (a region abroad has none)' }),
    nearest: z
      .array(
        z.object({
          id: z.uuid(),
          key: z.string(),
          name: localizedTextSchema,
          location: mapOrganizationSchema.shape.location,
          distanceKm: z.number(),
          matched: z.number().int(),
        }),
      )
      .openapi({
        description: 'When no capable organisation is in the region: the five nearest to its reference point',
      }),
  })
  .openapi('Shortlist');

export type ShortlistOut = z.infer<typeof shortlistSchema>;
export type MapOrganization = z.infer<typeof mapOrganizationSchema>;
