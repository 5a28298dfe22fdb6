import { type AppDeps, createRouter, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { clientConfigSchema, healthSchema } from './system.schemas.ts';
import { getClientConfig, getHealth } from './system.service.ts';

const health = defineRoute({
  access: 'public',
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['System'],
  responses: { 200: jsonContent(healthSchema, 'The server, its database engine and its migration state') },
});

const clientConfig = defineRoute({
  access: 'public',
  method: 'get',
  path: '/config',
  operationId: 'getClientConfig',
  tags: ['System'],
  summary: 'Settings the web app needs from the server configuration',
  responses: { 200: jsonContent(clientConfigSchema, 'Public, non-secret settings for the browser') },
});

export function systemRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(health, async (c) => c.json(await getHealth(deps), 200))
    .openapi(clientConfig, (c) => c.json(getClientConfig(deps.config), 200));
}
