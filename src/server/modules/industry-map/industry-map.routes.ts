import { z } from '@hono/zod-openapi';
import { type AppDeps, createRouter, errorResponses, jsonContent, listOf } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { organizationSchema } from '../organizations/index.ts';
import { shortlistXlsx } from './industry-map.export.ts';
import {
  drillDownQuery,
  gapsQuery,
  gapsSchema,
  heatmapQuery,
  heatmapSchema,
  networkQuery,
  networkSchema,
  shortlistQuery,
  shortlistSchema,
  supplyChainQuery,
  supplyChainSchema,
} from './industry-map.schemas.ts';
import {
  getGaps,
  getHeatmap,
  getNetwork,
  getShortlist,
  getSupplyChain,
  listMapOrganizations,
} from './industry-map.service.ts';

const tags = ['Industry map'];

const heatmap = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/heatmap',
  operationId: 'getIndustryHeatmap',
  tags,
  summary: 'Technology × region: distinct organisations per code (a parent covers its children) and region',
  request: { query: heatmapQuery },
  responses: { 200: jsonContent(heatmapSchema, 'The grid'), ...errorResponses(400) },
});

const drillDown = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/organizations',
  operationId: 'listIndustryMapOrganizations',
  tags,
  summary: 'The organisations behind a figure (a heat-map cell: technology + region), in name order',
  request: { query: drillDownQuery },
  responses: {
    200: jsonContent(listOf(organizationSchema), 'A page of organisations'),
    ...errorResponses(400),
  },
});

const supplyChain = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/supply-chain',
  operationId: 'getSupplyChain',
  tags,
  summary: 'Organisations with a capability, by supply-chain role (developer → … → public)',
  request: { query: supplyChainQuery },
  responses: { 200: jsonContent(supplyChainSchema, 'Columns by role'), ...errorResponses(400) },
});

const network = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/network',
  operationId: 'getRelationNetwork',
  tags,
  summary: 'Organisations linked by relations and memberships, for a force-directed graph',
  request: { query: networkQuery },
  responses: { 200: jsonContent(networkSchema, 'Nodes and links'), ...errorResponses(400) },
});

const gaps = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/gaps',
  operationId: 'getSupplyGaps',
  tags,
  summary: 'Demand against national and local supply per technology; demand without local supply first',
  request: { query: gapsQuery },
  responses: { 200: jsonContent(gapsSchema, 'Rows, gaps first'), ...errorResponses(400) },
});

const shortlist = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/shortlist',
  operationId: 'getSupplierShortlist',
  tags,
  summary: 'Capable organisations for chosen technologies, ranked and explained, local ones first on ties',
  request: { query: shortlistQuery },
  responses: { 200: jsonContent(shortlistSchema, 'Ranked list'), ...errorResponses(400) },
});

const shortlistFile = defineRoute({
  access: 'public',
  method: 'get',
  path: '/industry-map/shortlist.xlsx',
  operationId: 'exportSupplierShortlist',
  tags,
  summary: 'The same shortlist as an Excel workbook',
  request: { query: shortlistQuery },
  responses: {
    200: {
      description: 'An xlsx workbook',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
      },
    },
    ...errorResponses(400),
  },
});

export function industryMapRoutes(deps: AppDeps) {
  const ctx = (user: Parameters<typeof getHeatmap>[0]['user']) => ({
    db: deps.db,
    reference: deps.reference,
    directory: deps.directory,
    user,
  });
  return createRouter()
    .openapi(heatmap, async (c) => c.json(await getHeatmap(ctx(c.get('user')), c.req.valid('query')), 200))
    .openapi(drillDown, async (c) =>
      c.json(await listMapOrganizations(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(supplyChain, async (c) =>
      c.json(await getSupplyChain(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(network, async (c) => c.json(await getNetwork(ctx(c.get('user')), c.req.valid('query')), 200))
    .openapi(gaps, async (c) => c.json(await getGaps(ctx(c.get('user')), c.req.valid('query')), 200))
    .openapi(shortlist, async (c) =>
      c.json(await getShortlist(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(shortlistFile, async (c) => {
      const list = await getShortlist(ctx(c.get('user')), c.req.valid('query'));
      const stamp = new Date().toISOString().slice(0, 10);
      c.header('content-disposition', `attachment; filename="supplier-shortlist-${stamp}.xlsx"`);
      return c.body((await shortlistXlsx(list)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    });
}
