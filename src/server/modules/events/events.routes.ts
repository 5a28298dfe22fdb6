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
import { type CalendarEntry, checkInQrSvg, eventsCalendar } from './events.export.ts';
import {
  checkInInputSchema,
  checkInResultSchema,
  eventInputSchema,
  eventListQuery,
  eventListSchema,
  eventPatchSchema,
  eventSchema,
  feedTokenParam,
  myRegistrationSchema,
  myRegistrationsSchema,
  registrationInputSchema,
  registrationListSchema,
} from './events.schemas.ts';
import {
  cancelRegistration,
  checkIn,
  checkInToken,
  createEvent,
  feedRegistrations,
  getEvent,
  listEvents,
  listRegistrations,
  myRegistrations,
  ownRegistrationWithEvent,
  patchEvent,
  register,
} from './events.service.ts';
import { meetingFeedEntries } from './meetings.service.ts';

const tags = ['Events'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});
const file = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
  ...errorResponses(400, 404),
});

const listEventsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/events',
  operationId: 'listEvents',
  tags,
  summary: 'Events you may see, upcoming first (public ones to everyone; invited ones only to the invited)',
  request: { query: eventListQuery },
  responses: { 200: jsonContent(eventListSchema, 'Events'), ...errorResponses(400) },
});

const getEventRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/events/{id}',
  operationId: 'getEvent',
  tags,
  summary: 'An event, with your registration if you have one; an invited event is a 404 to the uninvited',
  request: { params: idParam },
  responses: { 200: versioned(eventSchema, 'The event'), ...errorResponses(400, 404) },
});

const createEventRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/events',
  operationId: 'createEvent',
  tags,
  summary: 'Create an event organised by your organisation (an admin: by any organisation)',
  request: jsonBody(eventInputSchema),
  responses: { 201: versioned(eventSchema, 'Created'), ...errorResponses(400, 403, 409, 413) },
});

const patchEventRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/events/{id}',
  operationId: 'updateEvent',
  tags,
  summary: 'Edit an event (organiser and admins; If-Match); more places promote the waiting list in order',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(eventPatchSchema) },
  responses: { 200: versioned(eventSchema, 'Updated'), ...errorResponses(400, 403, 404, 409, 412, 413) },
});

const registerRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/events/{id}/registrations',
  operationId: 'registerForEvent',
  tags,
  summary:
    'Register: a place while there is one, otherwise the waiting list (visitors without an account cannot)',
  request: { params: idParam, ...jsonBody(registrationInputSchema) },
  responses: {
    201: jsonContent(myRegistrationSchema, 'Registered (confirmed or waiting)'),
    ...errorResponses(400, 404, 409, 413),
  },
});

const listRegistrationsRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/events/{id}/registrations',
  operationId: 'listEventRegistrations',
  tags,
  summary: 'Registrations and the waiting list in arrival order, attendance and no-shows (organiser, admins)',
  request: { params: idParam },
  responses: { 200: jsonContent(registrationListSchema, 'Registrations'), ...errorResponses(400, 403, 404) },
});

const checkInRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/events/{id}/check-ins',
  operationId: 'checkInToEvent',
  tags,
  summary: 'Check a person in by the short code or the QR code; each code works once, at its own event only',
  request: { params: idParam, ...jsonBody(checkInInputSchema) },
  responses: {
    200: jsonContent(checkInResultSchema, 'Checked in'),
    ...errorResponses(400, 403, 404, 409, 413),
  },
});

const myRegistrationsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/event-registrations',
  operationId: 'listMyEventRegistrations',
  tags,
  summary: 'Your registrations with their check-in codes',
  responses: { 200: jsonContent(myRegistrationsSchema, 'Your registrations') },
});

const cancelRoute = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/event-registrations/{id}/cancel',
  operationId: 'cancelEventRegistration',
  tags,
  summary: "Cancel your registration until the event's cut-off; the first waiting person gets the place",
  request: { params: idParam },
  responses: { 200: jsonContent(myRegistrationSchema, 'Cancelled'), ...errorResponses(400, 404, 409) },
});

const qrRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/event-registrations/{id}/qr.svg',
  operationId: 'getEventRegistrationQr',
  tags,
  summary: 'The check-in QR code of your confirmed registration',
  request: { params: idParam },
  responses: file('image/svg+xml', 'An SVG image'),
});

const icsRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/event-registrations/{id}/calendar.ics',
  operationId: 'getEventRegistrationIcs',
  tags,
  summary: 'Your registration as an iCalendar file',
  request: { params: idParam },
  responses: file('text/calendar', 'An iCalendar file'),
});

const feedRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/calendar-feeds/{token}/events.ics',
  operationId: 'getEventsCalendarFeed',
  tags,
  summary:
    "An account's event registrations and placed brokerage meetings as an iCalendar feed; the same secret URL as its bookings feed (POST /calendar-feed)",
  request: { params: feedTokenParam },
  responses: file('text/calendar', 'An iCalendar feed'),
});

const host = (c: { req: { url: string } }) => new URL(c.req.url).host;
const calendarHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'private, no-store',
});

type Entry = Parameters<typeof eventsCalendar>[0][number];
const entryOf = (
  reg: { id: string; status: string; createdAt: Date },
  event: Pick<CalendarEntry, 'place' | 'onlineUrl' | 'description'> & CalendarEntry['event'],
): Entry => ({
  registrationId: reg.id,
  status: reg.status,
  createdAt: reg.createdAt,
  event: { id: event.id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt },
  place: event.place,
  onlineUrl: event.onlineUrl,
  description: event.description,
});

export function eventsRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({
    db: deps.db,
    config: deps.config,
    user,
    now: deps.clock?.() ?? new Date(),
  });
  return createRouter()
    .openapi(listEventsRoute, async (c) =>
      c.json(await listEvents(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(getEventRoute, async (c) => {
      const out = await getEvent(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createEventRoute, async (c) => {
      const out = await createEvent(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(patchEventRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await patchEvent(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(registerRoute, async (c) =>
      c.json(await register(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(listRegistrationsRoute, async (c) =>
      c.json(await listRegistrations(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(checkInRoute, async (c) =>
      c.json(
        await checkIn(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json').code),
        200,
      ),
    )
    .openapi(myRegistrationsRoute, async (c) =>
      c.json(await myRegistrations(ctx(c.var.user), c.var.user), 200),
    )
    .openapi(cancelRoute, async (c) =>
      c.json(await cancelRegistration(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(qrRoute, async (c) => {
      const token = await checkInToken(ctx(c.var.user), c.var.user, c.req.valid('param').id);
      return c.body(await checkInQrSvg(token), 200, {
        'content-type': 'image/svg+xml',
        'cache-control': 'private, no-store',
      });
    })
    .openapi(icsRoute, async (c) => {
      const { reg, event } = await ownRegistrationWithEvent(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
      );
      const body = eventsCalendar([entryOf(reg, event)], 'Event', host(c), deps.config.publicUrl);
      return c.body(body, 200, calendarHeaders(`event-${event.key}.ics`));
    })
    .openapi(feedRoute, async (c) => {
      const now = deps.clock?.() ?? new Date();
      const rows = await feedRegistrations(deps.db, c.req.valid('param').token, now);
      const entries = rows.map((x) => entryOf(x.registration, { ...x.event, ...x }));
      // Brokerage meetings placed by the organiser's last scheduling run sit next to the registrations.
      for (const m of await meetingFeedEntries(deps.db, c.req.valid('param').token))
        entries.push({
          registrationId: m.meetingId,
          status: 'confirmed',
          createdAt: m.createdAt,
          event: {
            id: m.eventId,
            title: {
              ja: `商談（テーブル ${m.tableNo}）: ${m.eventTitle.ja ?? m.eventTitle.en ?? ''}`,
              en: `Meeting (table ${m.tableNo}): ${m.eventTitle.en ?? m.eventTitle.ja ?? ''}`,
            },
            startsAt: m.startsAt,
            endsAt: m.endsAt,
          },
          place: m.place,
          onlineUrl: null,
          description: {},
        });
      return c.body(
        eventsCalendar(entries, 'Fusion Cluster Hub events', host(c), deps.config.publicUrl),
        200,
        calendarHeaders('events.ics'),
      );
    });
}
