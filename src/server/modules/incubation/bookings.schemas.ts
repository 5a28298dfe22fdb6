import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { localizedTextSchema } from '../../lib/http.ts';
import { keyFormat, sayError } from '../../lib/messages.ts';

export const bookingStatusCodes = ['requested', 'confirmed', 'declined', 'cancelled'] as const;

const instant = z.iso.datetime({ offset: true }).openapi({
  description: 'An instant with its offset, e.g. 2027-04-01T09:00:00+09:00',
  example: '2027-04-01T09:00:00+09:00',
});
const month = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    sayError({ ja: 'YYYY-MM の形式で指定してください', en: 'must be YYYY-MM' }),
  )
  .openapi({ description: 'A calendar month in Japan time', example: '2027-04' });
const day = z.iso.date().openapi({ example: '2027-04-01' });

export const bookingInputSchema = z
  .object({
    start: instant,
    end: instant,
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('BookingInput');
export type BookingInput = z.infer<typeof bookingInputSchema>;

export const declineSchema = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('BookingDecline');

export const monthQuery = z.object({ month });
export const bookingListQuery = z.object({
  status: z.enum(bookingStatusCodes).optional(),
  month: month.optional(),
});

const ref = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });

export const bookingSchema = z
  .object({
    id: z.uuid(),
    equipment: ref.extend({ bookingUnit: z.string() }),
    facility: z.object({ id: z.uuid(), name: localizedTextSchema }),
    organization: ref,
    start: z.string(),
    end: z.string(),
    status: z.enum(bookingStatusCodes),
    units: z.number().int(),
    feeJpy: z.number().int().nullable(),
    quotaId: z.uuid().nullable(),
    note: z.string(),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    /** Whether the caller may still cancel it (its organisation's, before the cut-off). */
    cancellable: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Booking');
export type BookingOut = z.infer<typeof bookingSchema>;

export const bookingListSchema = z.object({ items: z.array(bookingSchema) }).openapi('BookingList');

export const availabilitySchema = z
  .object({
    month: z.string(),
    from: z.string(),
    to: z.string(),
    bookingUnit: z.string(),
    cancelCutoffHours: z.number().int(),
    slots: z.array(
      z.object({
        start: z.string(),
        end: z.string(),
        /** confirmed: busy; requested: asked for, awaiting the owner. */
        status: z.enum(['requested', 'confirmed']),
        /** Only on the caller's own bookings, or for the equipment's owner and admins. */
        bookingId: z.uuid().optional(),
        mine: z.boolean(),
        organization: z.object({ id: z.uuid(), name: localizedTextSchema }).optional(),
      }),
    ),
  })
  .openapi('EquipmentAvailability');

export const quotaInputSchema = z
  .object({
    organization: z.string().regex(keyPattern, keyFormat).openapi({ description: 'The organisation key' }),
    hours: z.number().positive().max(100_000),
    validFrom: day,
    validTo: day,
    source: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((v) => v.validTo >= v.validFrom, {
    ...sayError({ ja: '開始日以降にしてください', en: 'must not be before validFrom' }),
    path: ['validTo'],
  })
  .openapi('BookingQuotaInput');
export type QuotaInput = z.infer<typeof quotaInputSchema>;

export const quotaSchema = z
  .object({
    id: z.uuid(),
    equipmentId: z.uuid(),
    organization: ref,
    hours: z.number(),
    usedHours: z.number(),
    remainingHours: z.number(),
    validFrom: z.string(),
    validTo: z.string(),
    source: z.string().nullable(),
  })
  .openapi('BookingQuota');

export const bookingSettingsSchema = z
  .object({
    cancelCutoffHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 365),
  })
  .strict()
  .openapi('BookingSettings');

export const usageSchema = z
  .object({
    month: z.string(),
    rows: z.array(
      z.object({
        organization: ref,
        equipment: ref,
        facilityName: localizedTextSchema,
        bookingUnit: z.string(),
        bookings: z.number().int(),
        units: z.number(),
        hours: z.number(),
        feeJpy: z.number(),
      }),
    ),
    totalFeeJpy: z.number(),
  })
  .openapi('BookingUsage');

export const feedStateSchema = z
  .object({ active: z.boolean(), createdAt: z.string().nullable() })
  .openapi('CalendarFeedState');
export const feedCreatedSchema = z
  .object({ url: z.string(), token: z.string(), createdAt: z.string() })
  .openapi('CalendarFeed');
export const feedTokenParam = z.object({
  token: z
    .string()
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});
