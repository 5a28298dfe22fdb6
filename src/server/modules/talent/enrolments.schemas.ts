import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { localizedTextSchema, orNull } from '../../lib/http.ts';
import { keyFormat, sayError } from '../../lib/messages.ts';

const isoDate = z.iso.date();
const at = orNull(z.string());
export const enrolmentStatuses = ['enrolled', 'waiting', 'withdrawn', 'completed'] as const;
export const ragCodes = ['red', 'amber', 'green'] as const;

export const enrolInputSchema = z
  .object({
    employer: z
      .string()
      .regex(keyPattern, keyFormat)
      .optional()
      .openapi({ description: "The sponsoring employer's key in the directory; its member confirms" }),
  })
  .strict()
  .openapi('TrainingEnrolInput');

export const withdrawInputSchema = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('TrainingWithdrawInput');

export const reviewInputSchema = z
  .object({
    reviewedOn: isoDate,
    rag: z.enum(ragCodes),
    note: z.string().trim().max(5000).default(''),
  })
  .strict()
  .openapi('TrainingReviewInput');
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const hoursInputSchema = z
  .object({
    workedOn: isoDate,
    hours: z
      .number()
      .positive()
      .max(24)
      .refine(
        (h) => Math.abs(h * 10 - Math.round(h * 10)) < 1e-9,
        sayError({ ja: '0.1時間単位で入力してください', en: 'in tenths of an hour' }),
      ),
    activity: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('TrainingHoursInput');
export type HoursInput = z.infer<typeof hoursInputSchema>;

export const completionInputSchema = z
  .object({ qualification: z.string().trim().min(1).max(500), endedOn: isoDate })
  .strict()
  .openapi('TrainingCompletionInput');

export const enrolmentFilterSchema = z.object({
  cohort: z.uuid().optional(),
  status: z.enum(enrolmentStatuses).optional(),
});

const party = z.enum(['trainee', 'employer', 'provider', 'admin']);

export const enrolmentSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(enrolmentStatuses),
    waitingPosition: orNull(z.number().int()),
    cohort: z.object({ id: z.uuid(), startOn: isoDate, capacity: z.number().int() }),
    programme: z.object({
      id: z.uuid(),
      key: z.string(),
      title: localizedTextSchema,
      level: z.number().int(),
      provider: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    }),
    trainee: orNull(z.object({ name: z.string(), email: z.string() })),
    employer: orNull(z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema })),
    sponsorConfirmedAt: at,
    plan: z.object({
      traineeSignedAt: at,
      employerSignedAt: at,
      providerSignedAt: at,
      agreed: z.boolean(),
    }),
    reviews: z.array(
      z.object({ id: z.uuid(), reviewedOn: isoDate, rag: z.enum(ragCodes), note: z.string() }),
    ),
    reviewDue: z.object({
      from: isoDate,
      dueFrom: isoDate,
      dueBy: isoDate,
      state: z.enum(['not-due', 'due', 'overdue', 'not-started']),
    }),
    hours: z.array(z.object({ id: z.uuid(), workedOn: isoDate, hours: z.number(), activity: z.string() })),
    totalHours: z.number(),
    qualification: orNull(z.string()),
    withdrawalReason: orNull(z.string()),
    endedOn: orNull(isoDate),
    erased: z.boolean(),
    illustrative: z.boolean(),
    viewerIs: z.array(party),
    version: z.number().int(),
  })
  .openapi('TrainingEnrolment');
export type EnrolmentOut = z.infer<typeof enrolmentSchema>;

export const myDataSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({ name: z.string(), email: z.string() }),
    enrolments: z.array(enrolmentSchema),
  })
  .openapi('MyTrainingData');

export const erasureSchema = z.object({ erasedEnrolments: z.number().int() }).openapi('TrainingErasure');
