import type { z } from '@hono/zod-openapi';
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
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import {
  equipmentFilterSchema,
  equipmentInputSchema,
  equipmentPatchSchema,
  equipmentSchema,
  facilityFilterSchema,
  facilityInputSchema,
  facilityListSchema,
  facilityPatchSchema,
  facilitySchema,
  unitInputSchema,
  unitPatchSchema,
  unitSchema,
} from './incubation.schemas.ts';
import {
  addEquipment,
  addUnit,
  createFacility,
  deleteEquipment,
  deleteFacility,
  deleteUnit,
  getEquipment,
  getFacility,
  getUnit,
  listEquipment,
  listFacilities,
  updateEquipment,
  updateFacility,
  updateUnit,
} from './incubation.service.ts';

const tags = ['Incubation'];
const versioned = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: versionHeaderDocs,
});

// ——— Facilities ———

const listFacilitiesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facilities',
  operationId: 'listFacilities',
  tags,
  summary: 'Facilities with units matching a spec, equipment counts and map points',
  request: { query: facilityFilterSchema },
  responses: {
    200: jsonContent(facilityListSchema, 'A page of facilities, and every placed match'),
    ...errorResponses(400),
  },
});

const getFacilityRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facilities/{id}',
  operationId: 'getFacility',
  tags,
  summary: 'A facility with its units and shared equipment',
  request: { params: idParam },
  responses: { 200: versioned(facilitySchema, 'The facility'), ...errorResponses(400, 404) },
});

const createFacilityRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facilities',
  operationId: 'createFacility',
  tags,
  summary: 'Add a facility (admin, or a member for its own organisation)',
  request: jsonBody(facilityInputSchema),
  responses: { 201: versioned(facilitySchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const updateFacilityRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/facilities/{id}',
  operationId: 'updateFacility',
  tags,
  summary: 'Change a facility (admin, or a member of the owner)',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(facilityPatchSchema) },
  responses: { 200: versioned(facilitySchema, 'Updated'), ...errorResponses(400, 404, 409, 412, 413) },
});

const deleteFacilityRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'delete',
  path: '/facilities/{id}',
  operationId: 'deleteFacility',
  tags,
  summary: 'Delete a facility with its units and equipment (admin, or a member of the owner)',
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404, 412) },
});

// ——— Units ———

const addUnitRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facilities/{id}/units',
  operationId: 'addFacilityUnit',
  tags,
  summary: 'Add a unit to a facility',
  request: { params: idParam, ...jsonBody(unitInputSchema) },
  responses: { 201: versioned(unitSchema, 'Created'), ...errorResponses(400, 404, 409, 413) },
});

const getUnitRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/facility-units/{id}',
  operationId: 'getFacilityUnit',
  tags,
  request: { params: idParam },
  responses: { 200: versioned(unitSchema, 'The unit'), ...errorResponses(400, 404) },
});

const updateUnitRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/facility-units/{id}',
  operationId: 'updateFacilityUnit',
  tags,
  summary: 'Change a unit (its status too, until leases exist)',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(unitPatchSchema) },
  responses: { 200: versioned(unitSchema, 'Updated'), ...errorResponses(400, 404, 409, 412, 413) },
});

const deleteUnitRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'delete',
  path: '/facility-units/{id}',
  operationId: 'deleteFacilityUnit',
  tags,
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404, 412) },
});

// ——— Equipment ———

const listEquipmentRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/equipment',
  operationId: 'listEquipment',
  tags,
  summary: 'Shared equipment of published facilities, by capability and booking unit',
  request: { query: equipmentFilterSchema },
  responses: { 200: jsonContent(listOf(equipmentSchema), 'A page of equipment'), ...errorResponses(400) },
});

const addEquipmentRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'post',
  path: '/facilities/{id}/equipment',
  operationId: 'addEquipment',
  tags,
  summary: 'Add shared equipment to a facility',
  request: { params: idParam, ...jsonBody(equipmentInputSchema) },
  responses: { 201: versioned(equipmentSchema, 'Created'), ...errorResponses(400, 404, 409, 413) },
});

const getEquipmentRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/equipment/{id}',
  operationId: 'getEquipment',
  tags,
  request: { params: idParam },
  responses: { 200: versioned(equipmentSchema, 'The equipment'), ...errorResponses(400, 404) },
});

const updateEquipmentRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'patch',
  path: '/equipment/{id}',
  operationId: 'updateEquipment',
  tags,
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(equipmentPatchSchema) },
  responses: { 200: versioned(equipmentSchema, 'Updated'), ...errorResponses(400, 404, 409, 412, 413) },
});

const deleteEquipmentRoute = defineRoute({
  access: ['admin', 'member'],
  method: 'delete',
  path: '/equipment/{id}',
  operationId: 'deleteEquipment',
  tags,
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404, 412) },
});

export function incubationRoutes(deps: AppDeps) {
  const ctx = (user: AuthUser | null) => ({ db: deps.db, reference: deps.reference, user });
  return createRouter()
    .openapi(listFacilitiesRoute, async (c) =>
      c.json(await listFacilities(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(getFacilityRoute, async (c) => {
      const out = await getFacility(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(createFacilityRoute, async (c) => {
      const out = await createFacility(ctx(c.var.user), c.var.user, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(updateFacilityRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateFacility(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(deleteFacilityRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      await deleteFacility(ctx(c.var.user), c.var.user, c.req.valid('param').id, ifMatch);
      return c.body(null, 204);
    })
    .openapi(addUnitRoute, async (c) => {
      const out = await addUnit(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json'));
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(getUnitRoute, async (c) => {
      const out = await getUnit(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(updateUnitRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateUnit(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(deleteUnitRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      await deleteUnit(ctx(c.var.user), c.var.user, c.req.valid('param').id, ifMatch);
      return c.body(null, 204);
    })
    .openapi(listEquipmentRoute, async (c) =>
      c.json(await listEquipment(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(addEquipmentRoute, async (c) => {
      const out = await addEquipment(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(out, 201, versionHeaders(out.version));
    })
    .openapi(getEquipmentRoute, async (c) => {
      const out = await getEquipment(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(updateEquipmentRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateEquipment(
        ctx(c.var.user),
        c.var.user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(deleteEquipmentRoute, async (c) => {
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      await deleteEquipment(ctx(c.var.user), c.var.user, c.req.valid('param').id, ifMatch);
      return c.body(null, 204);
    });
}
