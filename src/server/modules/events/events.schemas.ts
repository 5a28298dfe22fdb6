import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { eventAudiences, eventKinds } from '../../../core/events/index.ts';
import { bilingual, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';
import { keyFormat, latLngTogether, nothingToChange } from '../../lib/messages.ts';
import { surveyDefinitionSchema } from '../surveys/index.ts';
import { tourSlotSchema } from './tours.schemas.ts';

// Shapes only: events.service.ts checks what spans fields (start before end, the registration window, invited
// organisations and accounts that exist, the questions through the surveys' core) and names the field.

export { eventAudiences, eventKinds };

const key = z.string().regex(keyPattern, keyFormat);
const instant = z.iso.datetime({ offset: true }).openapi({
  description: 'An instant with its offset, e.g. 2027-06-10T12:00:00+09:00 (Japan time)',
  example: '2027-06-10T12:00:00+09:00',
});
const timestamp = z.string().openapi({ format: 'date-time' });

const eventFields = {
  key,
  kind: z.enum(eventKinds),
  title: bilingual,
  description: localizedTextSchema,
  agenda: localizedTextSchema,
  place: localizedTextSchema.openapi({ description: 'Where it is held, in words (address, room)' }),
  lat: z.number().finite().min(-90).max(90).nullable(),
  lng: z.number().finite().min(-180).max(180).nullable(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  organizer: key.openapi({ description: "The organising organisation's key" }),
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(100_000),
  registrationOpensAt: instant.nullable(),
  registrationClosesAt: instant
    .nullable()
    .openapi({ description: 'Unset: registration closes at the start' }),
  cancelCutoffHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 90),
  audience: z.enum(eventAudiences),
  invitedOrganizations: z.array(key).max(500).openapi({ description: 'Organisation keys (invited events)' }),
  invitedAccounts: z
    .array(z.email().max(320))
    .max(500)
    .openapi({ description: 'Account e-mails (invited events)' }),
  fee: localizedTextSchema.openapi({ description: 'Fee, if any, in words (e.g. 1,000 円 lunch)' }),
  safetyRules: localizedTextSchema.openapi({ description: "An open factory's safety rules for visitors" }),
  questions: surveyDefinitionSchema
    .nullable()
    .openapi({ description: 'Registration questions, in the surveys model' }),
};

const bothOrNeither = (e: { lat?: number | null; lng?: number | null }) =>
  (e.lat === undefined || e.lat === null) === (e.lng === undefined || e.lng === null);

export const eventInputSchema = z
  .object({
    ...eventFields,
    description: eventFields.description.default({}),
    agenda: eventFields.agenda.default({}),
    place: eventFields.place.default({}),
    lat: eventFields.lat.default(null),
    lng: eventFields.lng.default(null),
    onlineUrl: eventFields.onlineUrl.default(null),
    registrationOpensAt: eventFields.registrationOpensAt.default(null),
    registrationClosesAt: eventFields.registrationClosesAt.default(null),
    cancelCutoffHours: eventFields.cancelCutoffHours.default(24),
    audience: eventFields.audience.default('public'),
    invitedOrganizations: eventFields.invitedOrganizations.default([]),
    invitedAccounts: eventFields.invitedAccounts.default([]),
    fee: eventFields.fee.default({}),
    safetyRules: eventFields.safetyRules.default({}),
    questions: eventFields.questions.default(null),
  })
  .strict()
  .refine(bothOrNeither, { ...latLngTogether, path: ['lat'] })
  .openapi('EventInput');

export type EventInput = z.infer<typeof eventInputSchema>;

export const eventPatchSchema = z
  .object(eventFields)
  .omit({ key: true })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('EventPatch');

export type EventPatch = z.infer<typeof eventPatchSchema>;

export const eventListQuery = z.object({
  kind: z.enum(eventKinds).optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  organizing: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: "true: only your organisation's events (all for an admin)" }),
  key: key.optional(),
  ...paginationQuery,
});

const registrationStatus = z.enum(['confirmed', 'waiting', 'cancelled']);

export const myRegistrationSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    status: registrationStatus,
    position: orNull(z.number().int()).openapi({ description: 'Place on the waiting list (1 = next)' }),
    checkinToken: orNull(z.string()).openapi({ description: 'What the QR code holds; confirmed only' }),
    shortCode: orNull(z.string()).openapi({ description: 'ABCD-EFGH, typed at check-in; confirmed only' }),
    checkedInAt: orNull(timestamp),
    cancelDeadline: timestamp,
    mayCancel: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    tourSlotId: orNull(z.uuid()).openapi({ description: "An open factory's tour slot" }),
    createdAt: timestamp,
  })
  .openapi('MyEventRegistration');

export const eventSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    kind: z.enum(eventKinds),
    title: localizedTextSchema,
    description: localizedTextSchema,
    agenda: localizedTextSchema,
    place: localizedTextSchema,
    lat: orNull(z.number()),
    lng: orNull(z.number()),
    onlineUrl: orNull(z.string()),
    organizer: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    startsAt: timestamp,
    endsAt: timestamp,
    capacity: z.number().int(),
    confirmed: z.number().int(),
    waiting: z.number().int(),
    registrationOpensAt: orNull(timestamp),
    registrationClosesAt: orNull(timestamp),
    registrationOpen: z.boolean(),
    cancelCutoffHours: z.number().int(),
    audience: z.enum(eventAudiences),
    invitedOrganizations: z.array(z.string()).openapi({ description: 'Organiser and admins only' }),
    invitedAccounts: z.array(z.string()).openapi({ description: 'Organiser and admins only' }),
    fee: localizedTextSchema,
    safetyRules: localizedTextSchema,
    tourSlots: z.array(tourSlotSchema).openapi({ description: "An open factory's tours; register for one" }),
    questions: orNull(surveyDefinitionSchema),
    illustrative: z.boolean(),
    canManage: z.boolean(),
    myRegistration: orNull(myRegistrationSchema),
    version: z.number().int(),
  })
  .openapi('Event');

export const eventListSchema = z
  .object({ items: z.array(eventSchema), total: z.number().int() })
  .openapi('EventList');

export const registrationInputSchema = z
  .object({
    answers: z
      .record(
        z.string().max(64),
        z.union([
          z.string().max(20_000),
          z.number(),
          z.array(z.string().max(64)).max(60),
          z.record(z.string(), z.string()),
        ]),
      )
      .default({})
      .openapi({ description: 'Question key → answer, as in surveys' }),
    tourSlotId: z.uuid().optional().openapi({ description: 'Required when the event has tour slots' }),
  })
  .strict()
  .openapi('EventRegistrationInput');

export const registrationRowSchema = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    status: registrationStatus,
    position: orNull(z.number().int()),
    account: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    organization: orNull(z.object({ key: z.string(), name: localizedTextSchema })),
    answers: z.record(z.string(), z.unknown()),
    tourSlotId: orNull(z.uuid()),
    checkedInAt: orNull(timestamp),
    createdAt: timestamp,
  })
  .openapi('EventRegistration');

export const registrationListSchema = z
  .object({
    items: z.array(registrationRowSchema),
    total: z.number().int(),
    summary: z.object({
      capacity: z.number().int(),
      confirmed: z.number().int(),
      waiting: z.number().int(),
      cancelled: z.number().int(),
      checkedIn: z.number().int(),
      noShows: orNull(z.number().int()).openapi({
        description: 'Confirmed but not checked in; counted once the event has ended',
      }),
    }),
  })
  .openapi('EventRegistrations');

export const checkInInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: 'The short code (ABCD-EFGH) or what the QR code holds' }),
  })
  .strict()
  .openapi('EventCheckIn');

export const checkInResultSchema = z
  .object({
    registrationId: z.uuid(),
    account: z.object({ name: z.string() }),
    organization: orNull(z.object({ key: z.string(), name: localizedTextSchema })),
    checkedInAt: timestamp,
  })
  .openapi('EventCheckInResult');

export const myRegistrationsSchema = z
  .object({
    items: z.array(
      myRegistrationSchema.extend({
        event: z.object({
          id: z.uuid(),
          key: z.string(),
          kind: z.enum(eventKinds),
          title: localizedTextSchema,
          startsAt: timestamp,
          endsAt: timestamp,
        }),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('MyEventRegistrations');

export const feedTokenParam = z.object({
  token: z
    .string()
    .min(16)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});
