import { z } from '@hono/zod-openapi';
import { flagKinds, flagSources, flagStatuses } from '../../../core/desk/index.ts';
import { listOf, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const raiseFlagSchema = z
  .object({ kind: z.enum(flagKinds), note: text(5_000) })
  .strict()
  .openapi('DeskFlagInput');
export type RaiseFlagInput = z.infer<typeof raiseFlagSchema>;

export const resolveFlagSchema = z
  .object({
    resolution: text(5_000).optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version read; a stale one is a 409' }),
  })
  .strict()
  .openapi('DeskFlagResolve');
export type ResolveFlagInput = z.infer<typeof resolveFlagSchema>;

export const flagListQuery = z
  .object({
    status: z.enum(flagStatuses).optional(),
    kind: z.enum(flagKinds).optional(),
    consultation: z.uuid().optional(),
    ...paginationQuery,
  })
  .strict();
export type FlagListQuery = z.infer<typeof flagListQuery>;

export const flagSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(flagKinds),
    source: z.enum(flagSources),
    status: z.enum(flagStatuses),
    organization: orNull(z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema })),
    companyName: z.string(),
    consultationId: orNull(z.uuid()),
    note: orNull(z.string()),
    evidence: z.record(z.string(), z.unknown()).openapi({
      description: 'For a survey flag: the survey, question and answer that raised it',
    }),
    raisedBy: orNull(z.string()),
    raisedAt: z.iso.datetime(),
    resolvedBy: orNull(z.string()),
    resolvedAt: orNull(z.iso.datetime()),
    resolution: orNull(z.string()),
    version: z.number().int(),
  })
  .openapi('DeskFlag');
export type FlagOut = z.infer<typeof flagSchema>;

export const flagListSchema = listOf(flagSchema)
  .extend({
    openByKind: z.record(z.string(), z.number().int()).openapi({ description: 'Open flags per kind' }),
  })
  .openapi('DeskFlagList');
