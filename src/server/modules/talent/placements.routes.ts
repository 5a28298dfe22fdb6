import { japanDay } from '../../../core/japan-time.ts';
import {
  type AppDeps,
  type AuthUser,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  applicationFilterSchema,
  applicationSchema,
  applyInputSchema,
  retentionInputSchema,
  stageInputSchema,
} from './placements.schemas.ts';
import {
  apply,
  changeStage,
  confirmPlacementRetention,
  getApplication,
  listApplications,
} from './placements.service.ts';

const tags = ['Talent placement'];
const application = (description: string) => jsonContent(applicationSchema, description);

const applyRoute = defineRoute({
  access: ['person'],
  method: 'post',
  path: '/job-openings/{id}/applications',
  operationId: 'applyToJobOpening',
  tags,
  summary: 'Apply to an open opening (trainees and graduates of a programme), once',
  request: { params: idParam, ...jsonBody(applyInputSchema) },
  responses: { 201: application('Applied'), ...errorResponses(400, 403, 404, 409, 413) },
});

const listRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/job-applications',
  operationId: 'listJobApplications',
  tags,
  summary: "Applications you may see: your own (applicant), to your company's openings (employer)",
  request: { query: applicationFilterSchema },
  responses: { 200: jsonContent(listOf(applicationSchema), 'Applications'), ...errorResponses(400) },
});

const getRoute = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/job-applications/{id}',
  operationId: 'getJobApplication',
  tags,
  summary: 'An application with its placement, to the applicant and the hiring company only',
  request: { params: idParam },
  responses: { 200: application('The application'), ...errorResponses(400, 404) },
});

const stageRoute = defineRoute({
  access: ['member', 'admin'],
  method: 'post',
  path: '/job-applications/{id}/stage',
  operationId: 'moveJobApplicationStage',
  tags,
  summary: 'Move an application: applied → interview → offer → hired, or declined with a reason',
  request: { params: idParam, ...jsonBody(stageInputSchema) },
  responses: { 200: application('Moved'), ...errorResponses(400, 403, 404, 409, 413) },
});

const retentionRoute = defineRoute({
  access: ['member', 'admin'],
  method: 'post',
  path: '/placements/{id}/retention',
  operationId: 'confirmPlacementRetention',
  tags,
  summary: 'The employer confirms the person is retained (or left) at 6 or 12 months',
  request: { params: idParam, ...jsonBody(retentionInputSchema) },
  responses: { 200: application('Confirmed'), ...errorResponses(400, 403, 404, 409, 413) },
});

export function placementRoutes(deps: AppDeps) {
  // Retention checks fall due on Japanese calendar days, on the app's clock.
  const ctx = (user: AuthUser | null) => {
    const now = deps.clock?.() ?? new Date();
    return { db: deps.db, config: deps.config, user, now, today: japanDay(now) };
  };
  return createRouter()
    .openapi(applyRoute, async (c) =>
      c.json(await apply(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(listRoute, async (c) =>
      c.json(await listApplications(ctx(c.var.user), c.var.user, c.req.valid('query')), 200),
    )
    .openapi(getRoute, async (c) =>
      c.json(await getApplication(ctx(c.var.user), c.req.valid('param').id), 200),
    )
    .openapi(stageRoute, async (c) =>
      c.json(
        await changeStage(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(retentionRoute, async (c) =>
      c.json(
        await confirmPlacementRetention(
          ctx(c.var.user),
          c.var.user,
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
    );
}
