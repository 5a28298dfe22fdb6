import { japanDay } from '../../../core/japan-time.ts';
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
  hiringPlanInputSchema,
  hiringPlanSchema,
  plannedFacilityInputSchema,
  plannedFacilitySchema,
  profileKeyParam,
  staffingInputSchema,
  staffingSchema,
  workforceQuery,
  workforceSchema,
} from './workforce.schemas.ts';
import {
  addHiringPlan,
  addPlannedFacility,
  getStaffing,
  getWorkforceGap,
  putStaffing,
  removePlannedFacility,
} from './workforce.service.ts';

const tags = ['Talent workforce'];

const workforceRoute = defineRoute({
  // Coordinators (admins), members and agencies: aggregates only, nobody is named.
  access: ['admin', 'member', 'agency'],
  method: 'get',
  path: '/talent/workforce',
  operationId: 'getWorkforceGap',
  tags,
  summary:
    'Workforce demand against supply by skill and year, the skills shortest first, with the ids behind each figure',
  request: { query: workforceQuery },
  responses: { 200: jsonContent(workforceSchema, 'The gap'), ...errorResponses(400) },
});

const getStaffingRoute = defineRoute({
  access: ['admin', 'member', 'agency'],
  method: 'get',
  path: '/talent/staffing/{profile}',
  operationId: 'getFacilityStaffing',
  tags,
  summary: "A siting profile's staffing table (people in post by skill, level and year from construction)",
  request: { params: profileKeyParam },
  responses: {
    200: { ...jsonContent(staffingSchema, 'The table'), headers: versionHeaderDocs },
    ...errorResponses(400, 404),
  },
});

const putStaffingRoute = defineRoute({
  access: ['admin'],
  method: 'put',
  path: '/talent/staffing/{profile}',
  operationId: 'putFacilityStaffing',
  tags,
  summary: "Replace a siting profile's staffing table; every row states its basis",
  request: { params: profileKeyParam, headers: ifMatchHeaders, ...jsonBody(staffingInputSchema) },
  responses: {
    200: { ...jsonContent(staffingSchema, 'Saved'), headers: versionHeaderDocs },
    ...errorResponses(400, 404, 412, 413),
  },
});

const addFacilityRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/talent/planned-facilities',
  operationId: 'addPlannedFacility',
  tags,
  summary: 'Plan a facility on a candidate site: a siting profile and the year construction starts',
  request: jsonBody(plannedFacilityInputSchema),
  responses: { 201: jsonContent(plannedFacilitySchema, 'Planned'), ...errorResponses(400, 413) },
});

const removeFacilityRoute = defineRoute({
  access: ['admin'],
  method: 'delete',
  path: '/talent/planned-facilities/{id}',
  operationId: 'removePlannedFacility',
  tags,
  summary: 'Drop a planned facility',
  request: { params: idParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 404) },
});

const addHiringPlanRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/talent/hiring-plans',
  operationId: 'addHiringPlan',
  tags,
  summary: "State an incubation tenant's hiring plan (its members, or an admin)",
  request: jsonBody(hiringPlanInputSchema),
  responses: { 201: jsonContent(hiringPlanSchema, 'Stated'), ...errorResponses(400, 413) },
});

export function workforceRoutes(deps: AppDeps) {
  // "This year" and which cohorts have ended follow the app's clock, in Japan time.
  const ctx = (user: AuthUser | null) => ({
    db: deps.db,
    reference: deps.reference,
    user,
    today: japanDay(deps.clock?.() ?? new Date()),
  });
  return createRouter()
    .openapi(workforceRoute, async (c) =>
      c.json(await getWorkforceGap(ctx(c.var.user), c.req.valid('query')), 200),
    )
    .openapi(getStaffingRoute, async (c) => {
      const out = await getStaffing(ctx(c.var.user), c.req.valid('param').profile);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(putStaffingRoute, async (c) => {
      const { profile } = c.req.valid('param');
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await putStaffing(ctx(c.var.user), c.var.user, profile, c.req.valid('json'), ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(addFacilityRoute, async (c) =>
      c.json(await addPlannedFacility(ctx(c.var.user), c.var.user, c.req.valid('json')), 201),
    )
    .openapi(removeFacilityRoute, async (c) => {
      await removePlannedFacility(ctx(c.var.user), c.var.user, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(addHiringPlanRoute, async (c) =>
      c.json(await addHiringPlan(ctx(c.var.user), c.var.user, c.req.valid('json')), 201),
    );
}
