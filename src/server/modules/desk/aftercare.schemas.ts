import { z } from '@hono/zod-openapi';
import { orNull } from '../../lib/http.ts';

export const aftercareSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        closedAt: z.iso.datetime(),
        followUpOn: z.iso.date(),
        remindedAt: orNull(z.iso.datetime()),
        endedAt: orNull(z.iso.datetime()).openapi({ description: 'Set when the case was reopened' }),
        link: orNull(z.string()).openapi({ description: 'The satisfaction survey’s personal link (path)' }),
        satisfaction: orNull(
          z.object({
            score: orNull(z.number().int().min(1).max(5)),
            choice: orNull(z.string()),
            plans: z.array(z.string()),
            comment: orNull(z.string()),
            submittedAt: z.iso.datetime(),
          }),
        ),
      }),
    ),
  })
  .openapi('ConsultationAftercare');
export type AftercareOut = z.infer<typeof aftercareSchema>;
