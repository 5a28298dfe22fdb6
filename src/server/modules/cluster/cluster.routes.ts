import { z } from '@hono/zod-openapi';
import { fiscalYearRange } from '../../../core/cluster/index.ts';
import { japanDay } from '../../../core/japan-time.ts';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import { reportXlsx } from './cluster.export.ts';
import {
  clusterListSchema,
  clusterParam,
  compareQuery,
  compareSchema,
  dashboardQuery,
  dashboardSchema,
  indicatorParam,
  membershipInputSchema,
  milestoneInputSchema,
  milestoneParam,
  milestonePatchSchema,
  milestoneSchema,
  noteInputSchema,
  noteSchema,
  phaseInputSchema,
  planSchema,
  recordListSchema,
  recordsQuery,
  targetsInputSchema,
  targetsSchema,
  yearParam,
} from './cluster.schemas.ts';
import {
  compareClusters,
  createMilestone,
  getDashboard,
  getIndicatorRecords,
  getPlan,
  listClusters,
  patchMilestone,
  putMembershipDate,
  putNote,
  putTargets,
  setPhase,
} from './cluster.service.ts';

const tags = ['Cluster'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});
// The figures are for the coordinators and the support agencies (prefecture office, QST liaison): the officials
// the issue names. The records behind a figure name companies in confidential workflows (introductions,
// consultations, leases), so only coordinators open them. Phases and milestones are public plan facts.
const readers = ['admin', 'agency'] as const;

const listRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/clusters/overview',
  operationId: 'listClusterStandings',
  tags,
  summary:
    'The clusters on the platform with their number of phases and current phase (GET /clusters: the taxonomy)',
  responses: { 200: jsonContent(clusterListSchema, 'Clusters') },
});
const compareRoute = defineRoute({
  access: readers,
  method: 'get',
  path: '/clusters/compare',
  operationId: 'compareClusters',
  tags,
  summary: "The clusters' indicators side by side, as of a date",
  request: { query: compareQuery },
  responses: { 200: jsonContent(compareSchema, 'Comparison'), ...errorResponses(400) },
});
const planRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/clusters/{key}/plan',
  operationId: 'getClusterPlan',
  tags,
  summary: "A cluster's phases, milestones, current phase with its history, and context facts",
  request: { params: clusterParam },
  responses: { 200: jsonContent(planSchema, 'The plan'), ...errorResponses(400, 404) },
});
const dashboardRoute = defineRoute({
  access: readers,
  method: 'get',
  path: '/clusters/{key}/dashboard',
  operationId: 'getClusterDashboard',
  tags,
  summary:
    'Where a cluster stands: each indicator per month as of a date, its target for the current phase and status',
  request: { params: clusterParam, query: dashboardQuery },
  responses: { 200: jsonContent(dashboardSchema, 'The dashboard'), ...errorResponses(400, 404) },
});
const recordsRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/clusters/{key}/indicators/{indicator}/records',
  operationId: 'listClusterIndicatorRecords',
  tags,
  summary: "The records behind one month's figure of an indicator (anonymous needs never name their owner)",
  request: { params: indicatorParam, query: recordsQuery },
  responses: { 200: jsonContent(recordListSchema, 'Records'), ...errorResponses(400, 404) },
});
const targetsRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/clusters/{key}/targets',
  operationId: 'putClusterTargets',
  tags,
  summary: 'Set (or with null remove) targets per indicator and phase',
  request: { params: clusterParam, ...jsonBody(targetsInputSchema) },
  responses: { 200: jsonContent(targetsSchema, 'All targets of the cluster'), ...errorResponses(400, 404) },
});
const phaseRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/clusters/{key}/phase',
  operationId: 'setClusterPhase',
  tags,
  summary: 'Record the current phase with a dated note (every setting is kept)',
  request: { params: clusterParam, ...jsonBody(phaseInputSchema) },
  responses: { 201: jsonContent(planSchema, 'The plan'), ...errorResponses(400, 404) },
});
const createMilestoneRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/clusters/{key}/milestones',
  operationId: 'createClusterMilestone',
  tags,
  summary: 'Add a regional milestone',
  request: { params: clusterParam, ...jsonBody(milestoneInputSchema) },
  responses: { 201: versioned(milestoneSchema, 'Created'), ...errorResponses(400, 404, 409) },
});
const patchMilestoneRoute = defineRoute({
  access: ['admin'],
  method: 'patch',
  path: '/clusters/{key}/milestones/{id}',
  operationId: 'updateClusterMilestone',
  tags,
  summary: "Record a milestone's actual date (or edit a regional one) with If-Match",
  request: { params: milestoneParam, headers: ifMatchHeaders, ...jsonBody(milestonePatchSchema) },
  responses: { 200: versioned(milestoneSchema, 'Updated'), ...errorResponses(400, 404, 412) },
});
const noteRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/clusters/{key}/notes/{year}',
  operationId: 'putClusterNote',
  tags,
  summary: "The coordinator's note for a year's report, with If-Match when it exists",
  request: { params: yearParam, headers: ifMatchHeaders, ...jsonBody(noteInputSchema) },
  responses: { 200: versioned(noteSchema, 'Saved'), ...errorResponses(400, 404, 412) },
});
const membershipRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/clusters/{key}/members/{id}',
  operationId: 'putClusterMembershipDate',
  tags,
  summary: 'Correct the day an organisation joined the cluster (its real membership date)',
  request: { params: milestoneParam, ...jsonBody(membershipInputSchema) },
  responses: { 200: jsonContent(membershipInputSchema.extend({}), 'Saved'), ...errorResponses(400, 404) },
});

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reportXlsxRoute = defineRoute({
  access: readers,
  method: 'get',
  path: '/clusters/{key}/report.xlsx',
  operationId: 'clusterReportXlsx',
  tags,
  summary: "The yearly report's figures as a spreadsheet (Japan's fiscal year, April to March)",
  request: {
    params: clusterParam,
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  },
  responses: {
    200: { description: 'A spreadsheet file', content: { [xlsxType]: { schema: z.string() } } },
    ...errorResponses(400, 404),
  },
});

export function clusterRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({
    db: deps.db,
    user,
    reference: deps.reference,
    now: deps.clock?.() ?? new Date(),
  });
  return createRouter()
    .openapi(listRoute, async (c) => c.json(await listClusters(ctx(c.get('user'))), 200))
    .openapi(compareRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await compareClusters(ctx(c.var.user), q.clusters, q.asOf), 200);
    })
    .openapi(planRoute, async (c) => c.json(await getPlan(ctx(c.get('user')), c.req.valid('param').key), 200))
    .openapi(dashboardRoute, async (c) =>
      c.json(await getDashboard(ctx(c.var.user), c.req.valid('param').key, c.req.valid('query')), 200),
    )
    .openapi(reportXlsxRoute, async (c) => {
      const { key } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const context = ctx(c.var.user);
      const board = await getDashboard(context, key, fiscalYearRange(year, japanDay(context.now)));
      const body = await reportXlsx(board, year);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': xlsxType,
        'content-disposition': `attachment; filename="${key}-report-${year}.xlsx"`,
      });
    })
    .openapi(recordsRoute, async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await getIndicatorRecords(ctx(c.var.user), p.key, p.indicator, c.req.valid('query')),
        200,
      );
    })
    .openapi(targetsRoute, async (c) =>
      c.json(
        await putTargets(ctx(c.var.user), c.var.user, c.req.valid('param').key, c.req.valid('json')),
        200,
      ),
    )
    .openapi(phaseRoute, async (c) =>
      c.json(await setPhase(ctx(c.var.user), c.var.user, c.req.valid('param').key, c.req.valid('json')), 201),
    )
    .openapi(createMilestoneRoute, async (c) => {
      const out = await createMilestone(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').key,
        c.req.valid('json'),
      );
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchMilestoneRoute, async (c) => {
      const p = c.req.valid('param');
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await patchMilestone(
        ctx(c.var.user),
        c.var.user,
        p.key,
        p.id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(noteRoute, async (c) => {
      const p = c.req.valid('param');
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await putNote(
        ctx(c.var.user),
        c.var.user,
        p.key,
        p.year,
        c.req.valid('json').body,
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(membershipRoute, async (c) => {
      const p = c.req.valid('param');
      const out = await putMembershipDate(
        ctx(c.var.user),
        c.var.user,
        p.key,
        p.id,
        c.req.valid('json').joinedOn,
      );
      return c.json({ joinedOn: out.joinedOn }, 200);
    });
}
