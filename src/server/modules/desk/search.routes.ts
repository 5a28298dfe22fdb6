import { type AppDeps, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { searchQuery, searchResultSchema } from './search.schemas.ts';
import { searchConsultations } from './search.service.ts';

const searchRoute = defineRoute({
  access: ['admin', 'member', 'agency'],
  method: 'get',
  path: '/desk/search',
  operationId: 'searchConsultations',
  tags: ['One-stop desk'],
  summary: 'Search past consultations (JA/EN, with the glossary); each caller within the cases it may see',
  request: { query: searchQuery },
  responses: { 200: jsonContent(searchResultSchema, 'Hits, newest first'), ...errorResponses(400) },
});

export function deskSearchRoutes(deps: AppDeps) {
  const ctx = { db: deps.db, reference: deps.reference };
  return createRouter().openapi(searchRoute, async (c) =>
    c.json(await searchConsultations(ctx, c.var.user, c.req.valid('query')), 200),
  );
}
