import { z } from '@hono/zod-openapi';
import { localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    entityKey: z.string().nullable(),
    recordName: orNull(localizedTextSchema).openapi({
      description: "The record's name today (organisation, need, survey…); null when it is gone or has none",
    }),
    changes: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

const instant = z.iso.datetime({ offset: true });

export const auditListQuery = z
  .object({
    ...paginationQuery,
    entity: z
      .string()
      .max(50)
      .optional()
      .openapi({ description: 'Kind of record: organization, need, survey…' }),
    entityId: z.string().max(100).optional(),
    actor: z.uuid().optional().openapi({ description: "The acting user's id" }),
    action: z.string().max(50).optional(),
    record: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Part of the record's key, or its exact id" }),
    from: instant.optional().openapi({ description: 'From this instant (inclusive)' }),
    to: instant.optional().openapi({ description: 'Until this instant (exclusive)' }),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['to'],
    message: 'must be after from',
  });

export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditVocabularySchema = z
  .object({ actions: z.array(z.string()), entities: z.array(z.string()) })
  .openapi('AuditVocabulary');
