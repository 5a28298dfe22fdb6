import { createRoute, z } from '@hono/zod-openapi';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import { requireRole } from '../../lib/auth.ts';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  jsonContent,
  listOf,
  paginationQuery,
} from '../../lib/http.ts';

const entrySchema = z
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

const list = createRoute({
  method: 'get',
  path: '/audit',
  operationId: 'listAuditEntries',
  tags: ['Audit'],
  summary: 'Who changed what and when, newest first (admin)',
  request: {
    query: z.object({
      ...paginationQuery,
      entity: z.string().max(50).optional(),
      entityId: z.string().max(100).optional(),
    }),
  },
  responses: { 200: jsonContent(listOf(entrySchema), 'Audit entries'), ...errorResponses(400, 401, 403) },
});

export function auditRoutes(deps: AppDeps) {
  return createRouter().openapi(list, async (c) => {
    requireRole(c, 'admin');
    const { limit, offset, entity, entityId } = c.req.valid('query');
    const conditions: SQL[] = [];
    if (entity) conditions.push(eq(auditLog.entity, entity));
    if (entityId) conditions.push(eq(auditLog.entityId, entityId));
    const where = and(...conditions);
    const [rows, [total]] = await Promise.all([
      deps.db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit).offset(offset),
      deps.db.select({ n: count() }).from(auditLog).where(where),
    ]);
    return c.json({ items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: total?.n ?? 0 }, 200);
  });
}
