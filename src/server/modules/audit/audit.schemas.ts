import { z } from '@hono/zod-openapi';
import { paginationQuery } from '../../lib/http.ts';

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
    changes: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

export const auditListQuery = z.object({
  ...paginationQuery,
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
});

export type AuditListQuery = z.infer<typeof auditListQuery>;
