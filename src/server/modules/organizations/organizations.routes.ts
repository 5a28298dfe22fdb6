import { z } from '@hono/zod-openapi';
import {
  type AppDeps,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonContent,
  listOf,
} from '../../lib/http.ts';
import { ifMatchHeaders, parseIfMatch, versionHeaderDocs, versionHeaders } from '../../lib/preconditions.ts';
import { defineRoute } from '../../lib/route.ts';
import { organizationsCsv, organizationsXlsx } from './organizations.export.ts';
import {
  contactInputSchema,
  contactPatchSchema,
  contactSchema,
  organizationActivitySchema,
  organizationExportQuery,
  organizationFacetsSchema,
  organizationFilterSchema,
  organizationInputSchema,
  organizationListQuery,
  organizationPatchSchema,
  organizationPointsSchema,
  organizationRefSchema,
  organizationSchema,
} from './organizations.schemas.ts';
import {
  createContact,
  createOrganization,
  deleteContactById,
  deleteOrganization,
  getOrganization,
  listContacts,
  listOrganizations,
  lookupOrganizations,
  organizationActivity,
  organizationFacets,
  organizationPoints,
  updateContactById,
  updateOrganization,
} from './organizations.service.ts';

const tags = ['Organizations'];
const exportLimit = 200_000;

const list = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations',
  operationId: 'listOrganizations',
  tags,
  summary: 'Search and filter organisations',
  request: { query: organizationListQuery },
  responses: {
    200: jsonContent(listOf(organizationSchema), 'Ranked page of organisations'),
    ...errorResponses(400),
  },
});

const exportFile = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations/export',
  operationId: 'exportOrganizations',
  tags,
  summary: 'The filtered directory as CSV or Excel',
  request: { query: organizationExportQuery },
  responses: {
    200: {
      description: 'A spreadsheet file',
      content: {
        'text/csv': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
      },
    },
    ...errorResponses(400),
  },
});

const points = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations/points',
  operationId: 'listOrganizationPoints',
  tags,
  summary: 'Every filtered organisation that has coordinates, in a compact columnar encoding, for a map',
  request: { query: organizationFilterSchema },
  responses: {
    200: jsonContent(organizationPointsSchema, 'All placed matches, in name order, not paged, in columns'),
    ...errorResponses(400),
  },
});

const facets = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations/facets',
  operationId: 'getOrganizationFacets',
  tags,
  summary: 'How many matches each region and prefecture filter would give with the other filters',
  request: { query: organizationFilterSchema },
  responses: {
    200: jsonContent(organizationFacetsSchema, 'Regions, and prefectures in JIS order then places abroad'),
    ...errorResponses(400),
  },
});

const lookup = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/organizations/lookup',
  operationId: 'lookupOrganizations',
  tags,
  summary:
    'Organisations by name (either language, whole or in part), key or id: the accounts page picker (admin)',
  description: 'Whole matches first. The command line resolves --organization with the same matching.',
  request: { query: z.object({ q: z.string().trim().min(1).max(200) }) },
  responses: {
    200: jsonContent(listOf(organizationRefSchema), 'Up to 20 candidates'),
    ...errorResponses(400),
  },
});

const get = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations/{id}',
  operationId: 'getOrganization',
  tags,
  request: { params: idParam },
  responses: {
    200: { ...jsonContent(organizationSchema, 'The organisation'), headers: versionHeaderDocs },
    ...errorResponses(400, 404),
  },
});

const create = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/organizations',
  operationId: 'createOrganization',
  tags,
  summary: 'Add an organisation (admin)',
  request: jsonBody(organizationInputSchema),
  responses: { 201: jsonContent(organizationSchema, 'Created'), ...errorResponses(400, 409, 413) },
});

const update = defineRoute({
  access: 'signed-in',
  method: 'patch',
  path: '/organizations/{id}',
  operationId: 'updateOrganization',
  tags,
  summary: 'Change an organisation (admin, or a member for its own)',
  request: { params: idParam, headers: ifMatchHeaders, ...jsonBody(organizationPatchSchema) },
  responses: {
    200: { ...jsonContent(organizationSchema, 'Updated'), headers: versionHeaderDocs },
    ...errorResponses(400, 404, 409, 412, 413),
  },
});

const remove = defineRoute({
  access: ['admin'],
  method: 'delete',
  path: '/organizations/{id}',
  operationId: 'deleteOrganization',
  tags,
  summary: 'Delete an organisation (admin)',
  request: { params: idParam, headers: ifMatchHeaders },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 404, 412) },
});

const activity = defineRoute({
  access: 'public',
  method: 'get',
  path: '/organizations/{id}/activity',
  operationId: 'getOrganizationActivity',
  tags,
  summary:
    'The organisation as a hub: its open needs and seeds, its relations, and (for its own members and coordinators) its introductions',
  description: 'Anonymous needs and seeds never appear here: the profile names their owner.',
  request: { params: idParam },
  responses: { 200: jsonContent(organizationActivitySchema, 'Activity'), ...errorResponses(400, 404) },
});

const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

const contacts = defineRoute({
  access: 'signed-in',
  method: 'get',
  path: '/organizations/{id}/contacts',
  operationId: 'listOrganizationContacts',
  tags,
  summary: 'Contact persons, with the consent each gave (signed-in users only)',
  request: { params: idParam },
  responses: { 200: jsonContent(listOf(contactSchema), 'Contacts'), ...errorResponses(400, 404) },
});

const addContact = defineRoute({
  access: 'signed-in',
  method: 'post',
  path: '/organizations/{id}/contacts',
  operationId: 'createOrganizationContact',
  tags,
  summary: "Add a contact person with their consent (the organisation's own members, or a coordinator)",
  request: { params: idParam, ...jsonBody(contactInputSchema) },
  responses: { 201: jsonContent(contactSchema, 'Added'), ...errorResponses(400, 404) },
});

const changeContact = defineRoute({
  access: 'signed-in',
  method: 'patch',
  path: '/organizations/{id}/contacts/{contactId}',
  operationId: 'updateOrganizationContact',
  tags,
  summary: "Change a contact person (the organisation's own members, or a coordinator)",
  request: { params: contactParams, ...jsonBody(contactPatchSchema) },
  responses: { 200: jsonContent(contactSchema, 'Changed'), ...errorResponses(400, 404) },
});

const removeContact = defineRoute({
  access: 'signed-in',
  method: 'delete',
  path: '/organizations/{id}/contacts/{contactId}',
  operationId: 'deleteOrganizationContact',
  tags,
  summary: "Remove a contact person (the organisation's own members, or a coordinator)",
  request: { params: contactParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 404) },
});

export function organizationsRoutes(deps: AppDeps) {
  const ctx = (user: Parameters<typeof getOrganization>[0]['user']) => ({
    db: deps.db,
    reference: deps.reference,
    directory: deps.directory,
    user,
  });
  return createRouter()
    .openapi(list, async (c) => {
      const { limit, offset, ...filter } = c.req.valid('query');
      return c.json(await listOrganizations(ctx(c.get('user')), filter, limit, offset), 200);
    })
    .openapi(exportFile, async (c) => {
      const { format, ...filter } = c.req.valid('query');
      const { items } = await listOrganizations(ctx(c.get('user')), filter, exportLimit, 0);
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') {
        c.header('content-disposition', `attachment; filename="organizations-${stamp}.csv"`);
        return c.body(organizationsCsv(items), 200, { 'content-type': 'text/csv; charset=utf-8' });
      }
      c.header('content-disposition', `attachment; filename="organizations-${stamp}.xlsx"`);
      return c.body((await organizationsXlsx(items)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    })
    .openapi(facets, async (c) =>
      c.json(await organizationFacets(ctx(c.get('user')), c.req.valid('query')), 200),
    )
    .openapi(points, async (c) => {
      const body = await organizationPoints(ctx(c.get('user')), c.req.valid('query'));
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/json; charset=utf-8',
      }) as never;
    })
    .openapi(lookup, async (c) =>
      c.json(await lookupOrganizations(deps.directory, c.req.valid('query').q), 200),
    )
    .openapi(get, async (c) => {
      const out = await getOrganization(ctx(c.get('user')), c.req.valid('param').id);
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(create, async (c) => {
      const user = c.var.user;
      return c.json(await createOrganization(ctx(user), user, c.req.valid('json')), 201);
    })
    .openapi(update, async (c) => {
      const user = c.var.user;
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      const out = await updateOrganization(
        ctx(user),
        user,
        c.req.valid('param').id,
        c.req.valid('json'),
        ifMatch,
      );
      return c.json(out, 200, versionHeaders(out.version));
    })
    .openapi(activity, async (c) =>
      c.json(
        await organizationActivity({ ...ctx(c.get('user')), config: deps.config }, c.req.valid('param').id),
        200,
      ),
    )
    .openapi(contacts, async (c) =>
      c.json(await listContacts(ctx(c.var.user), c.var.user, c.req.valid('param').id), 200),
    )
    .openapi(addContact, async (c) =>
      c.json(
        await createContact(ctx(c.var.user), c.var.user, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(changeContact, async (c) => {
      const { id, contactId } = c.req.valid('param');
      return c.json(
        await updateContactById(ctx(c.var.user), c.var.user, id, contactId, c.req.valid('json')),
        200,
      );
    })
    .openapi(removeContact, async (c) => {
      const { id, contactId } = c.req.valid('param');
      await deleteContactById(ctx(c.var.user), c.var.user, id, contactId);
      return c.body(null, 204);
    })
    .openapi(remove, async (c) => {
      const user = c.var.user;
      const ifMatch = parseIfMatch(c.req.valid('header')['if-match']);
      await deleteOrganization(ctx(user), user, c.req.valid('param').id, ifMatch);
      return c.body(null, 204);
    });
}
