import { type AppDeps, createRouter, errorResponses, jsonContent, listOf } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { clusterQuery, clusterSchema, technologySchema, vocabularySchema } from './taxonomy.schemas.ts';
import { getVocabulary, listClusters, listTechnologies } from './taxonomy.service.ts';

const tags = ['Taxonomy'];

const clustersRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/clusters',
  operationId: 'listClusters',
  tags,
  responses: { 200: jsonContent(listOf(clusterSchema), 'Industry clusters hosted here') },
});

const technologiesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/technologies',
  operationId: 'listTechnologies',
  tags,
  summary: 'The technology taxonomy with organisation counts',
  request: { query: clusterQuery },
  responses: {
    200: jsonContent(listOf(technologySchema), 'Codes in taxonomy order'),
    ...errorResponses(400),
  },
});

const vocabularyRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/vocabulary',
  operationId: 'getVocabulary',
  tags,
  summary: 'Labels for kinds, roles, application fields, memberships and prefectures in use',
  request: { query: clusterQuery },
  responses: { 200: jsonContent(vocabularySchema, 'Vocabularies'), ...errorResponses(400) },
});

export function taxonomyRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(clustersRoute, (c) => c.json(listClusters(deps.reference), 200))
    .openapi(technologiesRoute, async (c) =>
      c.json(await listTechnologies(deps, c.req.valid('query').cluster), 200),
    )
    .openapi(vocabularyRoute, async (c) =>
      c.json(await getVocabulary(deps, c.req.valid('query').cluster), 200),
    );
}
