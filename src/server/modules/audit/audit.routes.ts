import { type AppDeps, createRouter, errorResponses, jsonContent, listOf } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { auditEntrySchema, auditListQuery } from './audit.schemas.ts';
import { listAuditEntries } from './audit.service.ts';

const list = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/audit',
  operationId: 'listAuditEntries',
  tags: ['Audit'],
  summary: 'Who changed what and when, newest first (admin)',
  request: { query: auditListQuery },
  responses: { 200: jsonContent(listOf(auditEntrySchema), 'Audit entries'), ...errorResponses(400) },
});

export function auditRoutes(deps: AppDeps) {
  return createRouter().openapi(list, async (c) =>
    c.json(await listAuditEntries(deps.db, c.req.valid('query')), 200),
  );
}
