import { z } from '@hono/zod-openapi';
import { eventKinds } from '../../../core/events/index.ts';
import { localizedTextSchema, orNull } from '../../lib/http.ts';
import { surveyDefinitionSchema } from '../surveys/index.ts';

// After an event and the coordinator's figures: shapes only.

const timestamp = z.string().openapi({ format: 'date-time' });
const answers = z
  .record(
    z.string().max(64),
    z.union([z.string().max(20_000), z.number(), z.array(z.string().max(64)).max(60)]),
  )
  .openapi({ description: 'Question key → answer, as in surveys' });

export const feedbackInputSchema = z.object({ answers }).strict().openapi('EventFeedbackInput');

export const feedbackSchema = z
  .object({
    form: surveyDefinitionSchema,
    mayAnswer: z
      .boolean()
      .openapi({ description: 'Invited (checked in), the feedback survey is open, not yet submitted' }),
    answers: orNull(z.record(z.string(), z.unknown())).openapi({ description: 'Your submitted answers' }),
    link: orNull(z.string()).openapi({
      description: 'Your personal survey link (/s/…), once the feedback survey is open and you are invited',
    }),
    closesAt: orNull(timestamp),
  })
  .openapi('EventFeedback');
export type FeedbackOut = z.infer<typeof feedbackSchema>;

export const outcomesSchema = z
  .object({
    attendance: z.object({
      confirmed: z.number().int(),
      checkedIn: z.number().int(),
      noShows: orNull(z.number().int()),
      rate: orNull(z.number()).openapi({ description: 'Checked in / confirmed, once the event has ended' }),
    }),
    feedback: z.object({
      surveyId: orNull(z.uuid()).openapi({
        description: 'The feedback survey in the surveys module (origin event-feedback), once opened',
      }),
      invited: z.number().int().openapi({ description: 'Attendees invited to answer' }),
      rate: orNull(z.number()).openapi({ description: 'Submitted / invited' }),
      responses: z.number().int(),
      overallMean: orNull(z.number()),
      overall: z.array(z.number().int()).openapi({ description: 'Responses per rating 1–5' }),
      followUpYes: z.number().int(),
      comments: z.array(z.string()),
    }),
    introductions: z.object({
      from: timestamp,
      to: timestamp.openapi({ description: '30 days after the end' }),
      items: z.array(
        z.object({
          id: z.uuid(),
          state: z.string(),
          requestedBy: z.string(),
          from: z.object({ key: z.string(), name: localizedTextSchema }).nullable(),
          to: z.object({ key: z.string(), name: localizedTextSchema }).nullable(),
          createdAt: timestamp,
        }),
      ),
    }),
  })
  .openapi('EventOutcomes');

export const figuresQuery = z.object({
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional()
    .openapi({ description: 'First month (Japan time); default 11 months before this one' }),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional()
    .openapi({ description: 'Last month; default 6 months after this one' }),
});

export const figuresSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        events: z.record(z.enum(eventKinds), z.number().int()),
        registrations: z.number().int(),
        confirmed: z.number().int(),
        attendanceRate: orNull(z.number()),
        companies: z.number().int(),
        newCompanies: z.number().int(),
        newMembers: z.number().int().openapi({
          description: 'Organisations reached that month which joined a cluster that month (membership date)',
        }),
      }),
    ),
    totals: z.object({
      events: z.number().int(),
      registrations: z.number().int(),
      attendanceRate: orNull(z.number()),
      companies: z.number().int(),
    }),
  })
  .openapi('EventFigures');
