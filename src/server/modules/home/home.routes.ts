import { type AppDeps, createRouter, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { homeSchema } from './home.schemas.ts';
import { homeFor } from './home.service.ts';

const home = defineRoute({
  access: 'public',
  method: 'get',
  path: '/home',
  operationId: 'getHome',
  tags: ['Home'],
  summary:
    "The home page for the caller: what needs action (coordinator), the organisation's own needs, seeds, introductions, notices and surveys (member), or the cluster in figures (visitor)",
  responses: { 200: jsonContent(homeSchema, 'Home page') },
});

export function homeRoutes(deps: AppDeps) {
  return createRouter().openapi(home, async (c) => c.json(await homeFor(deps, c.get('user')), 200));
}
