import type { z } from '@hono/zod-openapi';
import { jstDay } from '../../../core/incubation/index.ts';
import {
  type AppDeps,
  type AuthUser,
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
  followUpInputSchema,
  graduationFilterSchema,
  graduationInputSchema,
  graduationSchema,
  leaseFilterSchema,
  leaseOfferSchema,
  leaseRenewalSchema,
  leaseSchema,
  occupancyQuerySchema,
  occupancySchema,
  unitStatesSchema,
  waitlistJoinSchema,
  waitlistKindParam,
  waitlistSchema,
} from './leases.schemas.ts';
import {
  getLease,
  getWaitlist,
  joinFacilityWaitlist,
  type LeaseAction,
  leaveFacilityWaitlist,
  listGraduations,
  listLeases,
  moveLease,
  occupancy,
  offerLease,
  recordGraduation,
  renewLease,
  submitFollowUp,
  unitStates,
} from './leases.service.ts';

const tags = ['Incubation leases'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});

const listLeasesRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/facility-leases',
  operationId: 'listFacilityLeases',
  tags,
  summary:
    "Leases you may see: your organisation's as tenant, and your facilities' as office (all for an admin)",
  request: { query: leaseFilterSchema },
  responses: { 200: jsonContent(listOf(leaseSchema), 'Leases'), ...errorResponses(400) },
});

const getLeaseRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/facility-leases/{id}',
  operationId: 'getFacilityLease',
  tags,
  summary: 'A lease, to its tenant and its office only',
  request: { params: idParam },
  responses: { 200: versioned(leaseSchema, 'The lease'), ...errorResponses(400, 404) },
});

const offerLeaseRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facility-leases',
  operationId: 'offerFacilityLease',
  tags,
  summary: "Offer a lease of a unit to an organisation (the facility's office)",
  request: jsonBody(leaseOfferSchema),
  responses: { 201: versioned(leaseSchema, 'Offered'), ...errorResponses(400, 403, 409, 413) },
});

const renewLeaseRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facility-leases/{id}/renew',
  operationId: 'renewFacilityLease',
  tags,
  summary: "Offer the tenant a renewal from the day after the lease ends, within the facility's maximum term",
  request: { params: idParam, ...jsonBody(leaseRenewalSchema) },
  responses: { 201: versioned(leaseSchema, 'Renewal offered'), ...errorResponses(400, 403, 404, 409, 413) },
});

const moveRoute = (action: LeaseAction, summary: string) =>
  defineRoute({
    access: ['admin', 'member'],
    method: 'post',
    path: `/facility-leases/{id}/${action}`,
    operationId: `${action}FacilityLease`,
    tags,
    summary,
    request: { params: idParam, headers: ifMatchHeaders },
    responses: { 200: versioned(leaseSchema, 'Moved'), ...errorResponses(400, 403, 404, 409, 412) },
  });
const acceptRoute = moveRoute('accept', 'The tenant accepts the offer: the lease becomes active');
const noticeRoute = moveRoute('notice', 'Tenant or office gives notice: the lease is ending');
const endRoute = moveRoute('end', 'The office ends the lease');

const waitlistRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/facilities/{id}/waitlist',
  operationId: 'getFacilityWaitlist',
  tags,
  summary: 'Waiting-list lengths per kind of unit; the ordered list for the office',
  request: { params: idParam },
  responses: { 200: jsonContent(waitlistSchema, 'The waiting list'), ...errorResponses(400, 404) },
});

const joinWaitlistRoute = defineRoute({
  access: ['member'],
  method: 'post',
  path: '/facilities/{id}/waitlist',
  operationId: 'joinFacilityWaitlist',
  tags,
  summary: 'Your organisation joins the waiting list for a kind of unit',
  request: { params: idParam, ...jsonBody(waitlistJoinSchema) },
  responses: { 200: jsonContent(waitlistSchema, 'The waiting list'), ...errorResponses(400, 403, 404, 413) },
});

const leaveWaitlistRoute = defineRoute({
  access: ['member'],
  method: 'delete',
  path: '/facilities/{id}/waitlist/{kind}',
  operationId: 'leaveFacilityWaitlist',
  tags,
  summary: 'Your organisation leaves the waiting list for a kind of unit',
  request: { params: waitlistKindParam },
  responses: { 200: jsonContent(waitlistSchema, 'The waiting list'), ...errorResponses(400, 403, 404) },
});

const occupancyRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facility-occupancy',
  operationId: 'getFacilityOccupancy',
  tags,
  summary: 'Leased m² ÷ leasable m² per month, per facility and in total, and waiting-list lengths',
  request: { query: occupancyQuerySchema },
  responses: { 200: jsonContent(occupancySchema, 'Occupancy'), ...errorResponses(400) },
});

const unitStatesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facilities/{id}/unit-states',
  operationId: 'getFacilityUnitStates',
  tags,
  summary: "Each unit's state today (free, offered, leased, ending) for the floor plan",
  request: { params: idParam },
  responses: { 200: jsonContent(unitStatesSchema, 'Unit states'), ...errorResponses(400, 404) },
});

const graduateRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facility-leases/{id}/graduation',
  operationId: 'recordLeaseGraduation',
  tags,
  summary: 'Record where an ending tenant went, with jobs and investment at exit (the office)',
  request: { params: idParam, ...jsonBody(graduationInputSchema) },
  responses: { 201: jsonContent(graduationSchema, 'Recorded'), ...errorResponses(400, 403, 404, 409, 413) },
});

const listGraduationsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/lease-graduations',
  operationId: 'listLeaseGraduations',
  tags,
  summary: "Graduations you may see, with this year's follow-up report due and whether it is missing",
  request: { query: graduationFilterSchema },
  responses: { 200: jsonContent(listOf(graduationSchema), 'Graduations'), ...errorResponses(400) },
});

const followUpRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/lease-graduations/{id}/reports',
  operationId: 'submitGraduationReport',
  tags,
  summary: 'The graduated company files its yearly follow-up report',
  request: { params: idParam, ...jsonBody(followUpInputSchema) },
  responses: { 201: jsonContent(graduationSchema, 'Filed'), ...errorResponses(400, 403, 404, 409, 413) },
});

export function leaseRoutes(deps: AppDeps) {
  // Leases run on Japanese calendar days: "today" is the date in Japan on the app's clock.
  const ctx = (user: AuthUser | null) => ({ db: deps.db, user, today: jstDay(deps.clock?.() ?? new Date()) });
  const move = (action: LeaseAction, user: AuthUser, id: string, ifMatch: string | undefined) =>
    moveLease(ctx(user), user, id, action, parseIfMatch(ifMatch));
  return createRouter()
    .openapi(listLeasesRoute, async (c) =>
      c.json(await listLeases(ctx(c.var.user), c.req.valid('query')), 200),
    )
    .openapi(getLeaseRoute, async (c) => {
      const out = await getLease(ctx(c.var.user), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(offerLeaseRoute, async (c) => {
      const out = await offerLease(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(renewLeaseRoute, async (c) => {
      const out = await renewLease(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(acceptRoute, async (c) => {
      const out = await move(
        'accept',
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('header')['if-match'],
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(noticeRoute, async (c) => {
      const out = await move(
        'notice',
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('header')['if-match'],
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(endRoute, async (c) => {
      const out = await move('end', c.var.user, c.req.valid('param').id, c.req.valid('header')['if-match']);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(waitlistRoute, async (c) =>
      c.json(await getWaitlist(ctx(c.var.user), c.req.valid('param').id), 200),
    )
    .openapi(joinWaitlistRoute, async (c) =>
      c.json(
        await joinFacilityWaitlist(
          ctx(c.var.user),
          c.var.user,
          c.req.valid('param').id,
          c.req.valid('json').kind,
        ),
        200,
      ),
    )
    .openapi(leaveWaitlistRoute, async (c) => {
      const { id, kind } = c.req.valid('param');
      return c.json(await leaveFacilityWaitlist(ctx(c.var.user), c.var.user, id, kind), 200);
    })
    .openapi(occupancyRoute, async (c) =>
      c.json(await occupancy(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(unitStatesRoute, async (c) =>
      c.json(await unitStates(ctx(c.get('user')), c.req.valid('param').id), 200),
    )
    .openapi(graduateRoute, async (c) =>
      c.json(
        await recordGraduation(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(listGraduationsRoute, async (c) =>
      c.json(await listGraduations(ctx(c.var.user), c.req.valid('query')), 200),
    )
    .openapi(followUpRoute, async (c) =>
      c.json(
        await submitFollowUp(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    );
}
