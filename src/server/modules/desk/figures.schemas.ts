import { z } from '@hono/zod-openapi';
import { deskTopicCodes } from '../../../core/desk/index.ts';
import { localizedTextSchema } from '../../lib/http.ts';

const day = z.iso.date();
const topic = z.enum(deskTopicCodes);

export const figuresQuery = z.object({
  from: day.optional().openapi({ description: 'First day (Japan) of the period; default: 12 months back' }),
  to: day.optional().openapi({ description: 'Last day (Japan) of the period; default: today' }),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;

const durations = z.object({
  /** Cases with this step done, whose working days are counted. */
  count: z.number().int(),
  medianDays: z.number().nullable(),
  meanDays: z.number().nullable(),
  onTarget: z.number().int(),
  /** onTarget / count; null when nothing was counted. */
  onTargetShare: z.number().nullable(),
});

export const timingSchema = z.object({
  topic: topic.nullable().openapi({ description: 'null: every topic together' }),
  received: z.number().int(),
  targetDays: z.object({ firstAnswer: z.number().int().nullable(), close: z.number().int().nullable() }),
  firstAnswer: durations,
  close: durations,
});

export const deskFiguresSchema = z
  .object({
    period: z.object({ from: day, to: day, today: day, months: z.array(z.string()) }),
    topics: z.array(
      z.object({
        code: topic,
        label: localizedTextSchema,
        firstAnswerDays: z.number().int(),
        closeDays: z.number().int(),
      }),
    ),
    byMonth: z.array(z.object({ month: z.string(), topic, count: z.number().int() })),
    timing: z.array(timingSchema),
    overdue: z.object({
      asOf: day,
      firstAnswer: z.number().int(),
      close: z.number().int(),
      open: z.number().int(),
      byTopic: z.array(
        z.object({ topic, firstAnswer: z.number().int(), close: z.number().int(), open: z.number().int() }),
      ),
    }),
    referrals: z.array(
      z.object({
        partner: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
        referred: z.number().int(),
        accepted: z.number().int(),
        returned: z.number().int(),
        pending: z.number().int(),
        /** accepted / (accepted + returned); null while none was answered. */
        acceptance: z.number().nullable(),
      }),
    ),
    satisfaction: z.object({
      available: z.boolean().openapi({ description: 'true once a case closed in the period has an answer' }),
      asked: z.number().int().openapi({ description: 'Cases closed in the period whose company was asked' }),
      answered: z.number().int(),
      mean: z.number().nullable().openapi({ description: '5 very satisfied … 1 very dissatisfied' }),
      byScore: z.array(z.object({ score: z.number().int().min(1).max(5), count: z.number().int() })),
    }),
  })
  .openapi('DeskFigures');
export type DeskFigures = z.infer<typeof deskFiguresSchema>;
