import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
} from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { tourSlotsInputSchema, tourSlotsSchema } from './tours.schemas.ts';
import { setTourSlots } from './tours.service.ts';

const setTourSlotsRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'put',
  path: '/events/{id}/tour-slots',
  operationId: 'setEventTourSlots',
  tags: ['Events'],
  summary:
    "An open factory's tour slots, each with its places (organiser, admins); fixed once anyone has registered",
  request: { params: idParam, ...jsonBody(tourSlotsInputSchema) },
  responses: {
    200: jsonContent(tourSlotsSchema, 'The tour slots'),
    ...errorResponses(400, 403, 404, 409, 413),
  },
});

export function toursRoutes(deps: AppDeps) {
  return createRouter().openapi(setTourSlotsRoute, async (c) => {
    const ctx = { db: deps.db, user: c.var.user, now: deps.clock?.() ?? new Date() };
    return c.json(await setTourSlots(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200);
  });
}
