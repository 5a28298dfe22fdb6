import { z } from '@hono/zod-openapi';

// An open factory's tour slots: shapes only; tours.service.ts checks them against the event and names the field.

const instant = z.iso.datetime({ offset: true }).openapi({ example: '2027-05-15T10:00:00+09:00' });

export const tourSlotsInputSchema = z
  .object({
    slots: z
      .array(
        z
          .object({ startsAt: instant, endsAt: instant, capacity: z.number().int().min(1).max(10_000) })
          .strict(),
      )
      .max(100)
      .openapi({ description: 'Several tours a day, each with its places; [] removes them' }),
  })
  .strict()
  .openapi('TourSlotsInput');

export const tourSlotSchema = z
  .object({
    id: z.uuid(),
    startsAt: z.string().openapi({ format: 'date-time' }),
    endsAt: z.string().openapi({ format: 'date-time' }),
    capacity: z.number().int(),
    taken: z.number().int(),
    left: z.number().int(),
  })
  .openapi('TourSlot');

export const tourSlotsSchema = z.object({ items: z.array(tourSlotSchema) }).openapi('TourSlots');
