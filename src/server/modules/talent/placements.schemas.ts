import { z } from '@hono/zod-openapi';
import { applicationStages } from '../../../core/talent/index.ts';
import { localizedTextSchema, orNull } from '../../lib/http.ts';

const isoDate = z.iso.date();

export const applyInputSchema = z
  .object({ message: z.string().trim().max(5000).default('') })
  .strict()
  .openapi('JobApplyInput');

export const stageInputSchema = z
  .object({
    to: z.enum(applicationStages),
    reason: z.string().trim().min(1).max(2000).optional().openapi({ description: 'Required to decline' }),
    startOn: isoDate
      .optional()
      .openapi({ description: "On hire: the placement's start (the opening's if not given)" }),
  })
  .strict()
  .openapi('JobApplicationStageInput');
export type StageInput = z.infer<typeof stageInputSchema>;

export const applicationFilterSchema = z.object({
  opening: z.uuid().optional(),
  stage: z.enum(applicationStages).optional(),
});

const retention = orNull(z.enum(['retained', 'left']));

export const placementSchema = z
  .object({
    id: z.uuid(),
    startOn: isoDate,
    retention6: retention,
    retention12: retention,
    due6On: isoDate,
    due12On: isoDate,
    remindersSent: z.array(z.number().int()),
  })
  .openapi('Placement');

export const applicationSchema = z
  .object({
    id: z.uuid(),
    opening: z.object({
      id: z.uuid(),
      title: localizedTextSchema,
      organization: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    }),
    applicant: orNull(z.object({ name: z.string(), email: z.string() })),
    message: z.string(),
    stage: z.enum(applicationStages),
    nextStages: z.array(z.enum(applicationStages)),
    declineReason: orNull(z.string()),
    placement: orNull(placementSchema),
    viewerIs: z.enum(['applicant', 'employer', 'admin']),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('JobApplication');
export type ApplicationOut = z.infer<typeof applicationSchema>;

export const retentionInputSchema = z
  .object({ months: z.union([z.literal(6), z.literal(12)]), outcome: z.enum(['retained', 'left']) })
  .strict()
  .openapi('PlacementRetentionInput');
