import { type AppDeps, createRouter, errorResponses, idParam, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { aftercareSchema } from './aftercare.schemas.ts';
import { getAftercare } from './aftercare.service.ts';

const tags = ['One-stop desk'];

const getRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'get',
  path: '/desk/consultations/{id}/aftercare',
  operationId: 'getConsultationAftercare',
  tags,
  summary: 'Each close of the case: follow-up date, reminder, satisfaction link and answer',
  description: 'A reopened case keeps its earlier rounds (endedAt set). 404 to whoever may not see the case.',
  request: { params: idParam },
  responses: { 200: jsonContent(aftercareSchema, 'Rounds, oldest first'), ...errorResponses(400, 404) },
});

export function deskAftercareRoutes(deps: AppDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const ctx = { db: deps.db, now, config: deps.config };
  return createRouter().openapi(getRoute, async (c) =>
    c.json(await getAftercare(ctx, c.var.user, c.req.valid('param').id), 200),
  );
}
