import { z } from '@hono/zod-openapi';
import { bilingual, localizedTextSchema } from '../../lib/http.ts';

// Brokerage events' shapes; meetings.service.ts checks what needs the database (participants, slots).

const timestamp = z.string().openapi({ format: 'date-time' });

export const brokerageSettingsInput = z
  .object({
    slotMinutes: z.number().int().min(5).max(240).openapi({ example: 20 }),
    tables: z.number().int().min(1).max(1000).openapi({ example: 10 }),
  })
  .strict()
  .openapi('BrokerageSettingsInput');

const item = z
  .object({
    text: bilingual,
    technologyCodes: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    needId: z.uuid().optional().openapi({ description: 'Optionally one of your own needs' }),
    seedId: z.uuid().optional().openapi({ description: 'Optionally one of your own seeds' }),
  })
  .strict();

export const brokerageProfileInput = z
  .object({
    offers: z.array(item).max(10),
    seeks: z.array(item).max(10),
    unavailableSlots: z.array(z.uuid()).max(500).default([]),
  })
  .strict()
  .openapi('BrokerageProfileInput');
export type BrokerageProfileInput = z.infer<typeof brokerageProfileInput>;

export const meetingRequestInput = z
  .object({
    with: z.uuid().openapi({ description: "The other participant's account id" }),
    message: z.string().trim().max(1000).default(''),
  })
  .strict()
  .openapi('MeetingRequestInput');

export const meetingAnswerInput = z
  .object({ answer: z.enum(['accept', 'decline']) })
  .strict()
  .openapi('MeetingAnswerInput');

const itemOut = z.object({
  text: localizedTextSchema,
  technologyCodes: z.array(z.string()),
  needId: z.string().optional(),
  seedId: z.string().optional(),
});
const slotOut = z.object({ id: z.string(), seq: z.number(), startsAt: timestamp, endsAt: timestamp });
const personOut = z.object({ id: z.string(), name: z.string(), organization: localizedTextSchema });
const participantOut = personOut.extend({
  organizationId: z.string(),
  offers: z.array(itemOut),
  seeks: z.array(itemOut),
});

export const meetingSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    status: z.enum(['requested', 'accepted', 'declined', 'held']),
    requester: personOut,
    invitee: personOut,
    message: z.string(),
    mine: z.enum(['outgoing', 'incoming', 'none']),
    slot: slotOut.nullable(),
    table: z.number().nullable(),
    introductionId: z.uuid().nullable().openapi({ description: 'The introduction a held meeting became' }),
    createdAt: timestamp,
  })
  .openapi('BrokerageMeeting');

export const brokerageSchema = z
  .object({
    eventId: z.string(),
    slotMinutes: z.number().nullable(),
    tables: z.number().nullable(),
    slots: z.array(slotOut),
    participant: z.boolean(),
    canManage: z.boolean(),
    me: z
      .object({ offers: z.array(itemOut), seeks: z.array(itemOut), unavailableSlots: z.array(z.string()) })
      .nullable(),
    participants: z.array(participantOut),
    meetings: z.array(meetingSchema).openapi({ description: 'Yours; every meeting for the organiser' }),
    agenda: z.array(meetingSchema).openapi({ description: 'Your placed meetings in time order' }),
  })
  .openapi('Brokerage');

export const suggestionsSchema = z
  .object({
    method: z.literal('shared-technology-codes'),
    explanation: localizedTextSchema,
    items: z.array(
      personOut.extend({
        score: z.number(),
        sharedCodes: z.array(z.string()),
        explanation: localizedTextSchema,
      }),
    ),
  })
  .openapi('BrokerageSuggestions');

export const scheduleResultSchema = z
  .object({
    placed: z.number(),
    bound: z.number(),
    meetings: z.number(),
    unplaced: z.array(
      z.object({ meetingId: z.string(), reason: z.string(), participantId: z.string().optional() }),
    ),
  })
  .openapi('BrokerageScheduleResult');

export const meetingParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
