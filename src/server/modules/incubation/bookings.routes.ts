import { z } from '@hono/zod-openapi';
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
import { bookingsCalendar, usageXlsx } from './bookings.export.ts';
import {
  availabilitySchema,
  bookingInputSchema,
  bookingListQuery,
  bookingListSchema,
  bookingSchema,
  bookingSettingsSchema,
  declineSchema,
  feedCreatedSchema,
  feedStateSchema,
  feedTokenParam,
  monthQuery,
  quotaInputSchema,
  quotaSchema,
  usageSchema,
} from './bookings.schemas.ts';
import {
  approveBooking,
  availability,
  bookingForCalendar,
  bookingSettings,
  cancelBooking,
  createBooking,
  declineBooking,
  feedBookings,
  feedState,
  getBooking,
  grantQuotaAs,
  managedBookings,
  myBookings,
  quotasOf,
  regenerateFeed,
  revokeFeed,
  setBookingSettings,
  usage,
} from './bookings.service.ts';

const tags = ['Incubation bookings'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});
const file = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
  ...errorResponses(400, 404),
});
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const createBookingRoute = defineRoute({
  access: ['member'],
  method: 'post',
  path: '/equipment/{id}/bookings',
  operationId: 'createBooking',
  tags,
  summary: "Book a slot of shared equipment for the caller's organisation",
  description:
    'Confirmed at once, or `requested` where the equipment needs approval. A slot overlapping a confirmed ' +
    'booking is a 409 (the database refuses it); over the organisation’s quota, a 409 naming `quota`.',
  request: { params: idParam, ...jsonBody(bookingInputSchema) },
  responses: { 201: versioned(bookingSchema, 'Booked'), ...errorResponses(400, 404, 409, 413) },
});

const availabilityRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/equipment/{id}/bookings',
  operationId: 'equipmentAvailability',
  tags,
  summary: 'Busy slots of an equipment item in a month (Japan time); who booked only for its owner',
  request: { params: idParam, query: monthQuery },
  responses: { 200: jsonContent(availabilitySchema, 'The month'), ...errorResponses(400, 404) },
});

const myBookingsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/bookings',
  operationId: 'listMyBookings',
  tags,
  summary: "The caller's organisation's bookings",
  request: { query: bookingListQuery },
  responses: { 200: jsonContent(bookingListSchema, 'Bookings'), ...errorResponses(400) },
});

const managedRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/booking-requests',
  operationId: 'listBookingRequests',
  tags,
  summary: 'Bookings of the equipment the caller owns; by default those awaiting approval',
  request: { query: bookingListQuery },
  responses: { 200: jsonContent(bookingListSchema, 'Bookings'), ...errorResponses(400) },
});

const getBookingRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/bookings/{id}',
  operationId: 'getBooking',
  tags,
  summary: "A booking: the booker's organisation and the equipment's owner see it",
  request: { params: idParam },
  responses: { 200: versioned(bookingSchema, 'The booking'), ...errorResponses(400, 404) },
});

const bookingIcsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/bookings/{id}/calendar.ics',
  operationId: 'bookingCalendar',
  tags,
  summary: 'A booking as an iCalendar event',
  request: { params: idParam },
  responses: file('text/calendar', 'An iCalendar file'),
});

const decisionResponses = {
  200: versioned(bookingSchema, 'Decided'),
  ...errorResponses(400, 404, 409, 412),
};

const approveRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/bookings/{id}/approve',
  operationId: 'approveBooking',
  tags,
  summary: 'Approve a requested booking (the equipment’s owner or an admin); 409 if the slot was taken',
  request: { params: idParam, headers: ifMatchHeaders },
  responses: decisionResponses,
});

const declineRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/bookings/{id}/decline',
  operationId: 'declineBooking',
  tags,
  summary: 'Decline a requested booking with a reason',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(declineSchema) },
  responses: decisionResponses,
});

const cancelRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/bookings/{id}/cancel',
  operationId: 'cancelBooking',
  tags,
  summary: 'Cancel a booking (its organisation, until the cut-off before the slot)',
  request: { params: idParam, headers: ifMatchHeaders },
  responses: decisionResponses,
});

const usageRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/booking-usage',
  operationId: 'bookingUsage',
  tags,
  summary: 'Confirmed use and fees per organisation and equipment in a month',
  description: "An admin sees all; a member its own bookings and others' use of equipment it owns.",
  request: { query: monthQuery },
  responses: { 200: jsonContent(usageSchema, 'The usage log'), ...errorResponses(400) },
});

const usageXlsxRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/booking-usage/export.xlsx',
  operationId: 'bookingUsageXlsx',
  tags,
  summary: 'The usage log of a month as a spreadsheet',
  request: { query: monthQuery },
  responses: file(xlsxType, 'A spreadsheet file'),
});

const grantQuotaRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/equipment/{id}/booking-quotas',
  operationId: 'grantBookingQuota',
  tags,
  summary: 'Grant an organisation hours of the equipment for a period (its owner or an admin)',
  request: { params: idParam, ...jsonBody(quotaInputSchema) },
  responses: { 201: jsonContent(quotaSchema, 'Granted'), ...errorResponses(400, 404, 413) },
});

const listQuotasRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/equipment/{id}/booking-quotas',
  operationId: 'listBookingQuotas',
  tags,
  summary: 'Quotas on the equipment: all for its owner, the own organisation’s for a member',
  request: { params: idParam },
  responses: {
    200: jsonContent(z.object({ items: z.array(quotaSchema) }), 'Quotas'),
    ...errorResponses(400, 404),
  },
});

const getSettingsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/equipment/{id}/booking-settings',
  operationId: 'getBookingSettings',
  tags,
  request: { params: idParam },
  responses: { 200: versioned(bookingSettingsSchema, 'Settings'), ...errorResponses(400, 404) },
});

const putSettingsRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'put',
  path: '/equipment/{id}/booking-settings',
  operationId: 'setBookingSettings',
  tags,
  summary: 'Set the cancellation cut-off (hours before the slot) of the equipment',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(bookingSettingsSchema) },
  responses: { 200: versioned(bookingSettingsSchema, 'Settings'), ...errorResponses(400, 404, 412, 413) },
});

const feedStateRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/calendar-feed',
  operationId: 'calendarFeedState',
  tags,
  summary: 'Whether the caller has a calendar feed URL',
  responses: { 200: jsonContent(feedStateSchema, 'State') },
});

const feedCreateRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/calendar-feed',
  operationId: 'regenerateCalendarFeed',
  tags,
  summary: "A new secret URL for the caller's bookings calendar; the old one stops working",
  responses: { 201: jsonContent(feedCreatedSchema, 'The feed URL, shown once') },
});

const feedRevokeRoute = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/calendar-feed',
  operationId: 'revokeCalendarFeed',
  tags,
  summary: "Revoke the caller's calendar feed URL",
  responses: { 204: { description: 'Revoked' } },
});

const feedRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/calendar-feeds/{token}/bookings.ics',
  operationId: 'calendarFeed',
  tags,
  summary: "A member's bookings as an iCalendar feed; the secret in the URL is the only credential",
  request: { params: feedTokenParam },
  responses: file('text/calendar', 'An iCalendar feed'),
});

const origin = (c: { req: { url: string } }) => new URL(c.req.url).origin;
const host = (c: { req: { url: string } }) => new URL(c.req.url).host;
const calendarHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'private, no-store',
});

export function bookingsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, user, now: deps.clock?.() ?? new Date() });
  return createRouter()
    .openapi(createBookingRoute, async (c) => {
      const out = await createBooking(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(availabilityRoute, async (c) =>
      c.json(
        await availability(ctx(c.get('user')), c.req.valid('param').id, c.req.valid('query').month),
        200,
      ),
    )
    .openapi(myBookingsRoute, async (c) =>
      c.json(await myBookings(ctx(c.var.user), c.var.user, c.req.valid('query')), 200),
    )
    .openapi(managedRoute, async (c) =>
      c.json(await managedBookings(ctx(c.var.user), c.var.user, c.req.valid('query')), 200),
    )
    .openapi(getBookingRoute, async (c) => {
      const out = await getBooking(ctx(c.var.user), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(bookingIcsRoute, async (c) => {
      const row = await bookingForCalendar(ctx(c.var.user), c.req.valid('param').id);
      return c.body(
        bookingsCalendar([row], 'Booking', host(c)),
        200,
        calendarHeaders(`booking-${row.id}.ics`),
      );
    })
    .openapi(approveRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await approveBooking(ctx(c.var.user), c.var.user, c.req.valid('param').id, ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(declineRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const { reason } = c.req.valid('json');
      const out = await declineBooking(ctx(c.var.user), c.var.user, c.req.valid('param').id, reason, ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(cancelRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await cancelBooking(ctx(c.var.user), c.var.user, c.req.valid('param').id, ifMatch);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(usageRoute, async (c) =>
      c.json(await usage(ctx(c.var.user), c.var.user, c.req.valid('query').month), 200),
    )
    .openapi(usageXlsxRoute, async (c) => {
      const { month } = c.req.valid('query');
      const out = await usage(ctx(c.var.user), c.var.user, month);
      const body = await usageXlsx(month, out.rows);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': xlsxType,
        'content-disposition': `attachment; filename="booking-usage-${month}.xlsx"`,
      });
    })
    .openapi(grantQuotaRoute, async (c) =>
      c.json(
        await grantQuotaAs(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(listQuotasRoute, async (c) =>
      c.json(await quotasOf(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(getSettingsRoute, async (c) => {
      const out = await bookingSettings(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out.settings, 200, versionHeaders(out.version));
    })
    .openapi(putSettingsRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await setBookingSettings(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out.settings, 200, versionHeaders(out.version));
    })
    .openapi(feedStateRoute, async (c) => c.json(await feedState(ctx(c.var.user), c.var.user), 200))
    .openapi(feedCreateRoute, async (c) =>
      c.json(await regenerateFeed(ctx(c.var.user), c.var.user, origin(c)), 201),
    )
    .openapi(feedRevokeRoute, async (c) => {
      await revokeFeed(ctx(c.var.user), c.var.user);
      return c.body(null, 204);
    })
    .openapi(feedRoute, async (c) => {
      const rows = await feedBookings(deps.db, c.req.valid('param').token);
      return c.body(
        bookingsCalendar(rows, 'Fusion Cluster Hub bookings', host(c)),
        200,
        calendarHeaders('bookings.ics'),
      );
    });
}
