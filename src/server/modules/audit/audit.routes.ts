import { type AppDeps, createRouter, errorResponses, jsonContent, listOf } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { auditEntrySchema, auditListQuery, auditVocabularySchema } from './audit.schemas.ts';
import { auditVocabulary, listAuditEntries } from './audit.service.ts';

const list = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/audit',
  operationId: 'listAuditEntries',
  tags: ['Audit'],
  summary: 'Who changed what and when, newest first, filtered by user, action, record and time (admin)',
  request: { query: auditListQuery },
  responses: { 200: jsonContent(listOf(auditEntrySchema), 'Audit entries'), ...errorResponses(400) },
});

const vocabulary = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/audit/vocabulary',
  operationId: 'getAuditVocabulary',
  tags: ['Audit'],
  summary: 'The actions and kinds of record in the log, to filter by (admin)',
  responses: { 200: jsonContent(auditVocabularySchema, 'Actions and kinds of record') },
});

export function auditRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(list, async (c) => c.json(await listAuditEntries(deps.db, c.req.valid('query')), 200))
    .openapi(vocabulary, async (c) => c.json(await auditVocabulary(deps.db), 200));
}
