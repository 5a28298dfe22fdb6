import fs from 'node:fs';
import { z } from '@hono/zod-openapi';
import { migrationState, migrationsFolder } from '../../db/client.ts';
import { type AppDeps, createRouter, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';

const health = defineRoute({
  access: 'public',
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['System'],
  responses: {
    200: jsonContent(
      z.object({
        status: z.literal('ok'),
        engine: z.enum(['pglite', 'postgres']),
        migrations: z.object({ applied: z.number().int(), shipped: z.number().int(), upToDate: z.boolean() }),
      }),
      'The server, its database engine and its migration state',
    ),
  },
});

const clientConfig = defineRoute({
  access: 'public',
  method: 'get',
  path: '/config',
  operationId: 'getClientConfig',
  tags: ['System'],
  summary: 'Settings the web app needs from the server configuration',
  responses: {
    200: jsonContent(
      z.object({
        map: z.object({
          tileUrl: z.string().nullable().openapi({
            description: 'XYZ raster tile template (MAP_TILE_URL); null: draw the offline basemap',
          }),
          tileAttribution: z.string().nullable(),
        }),
      }),
      'Public, non-secret settings for the browser',
    ),
  },
});

const shippedMigrations = () => fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length;

export function systemRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(health, async (c) => {
      const { applied } = await migrationState(deps.db);
      const shipped = shippedMigrations();
      return c.json(
        {
          status: 'ok' as const,
          engine: deps.engine,
          migrations: { applied, shipped, upToDate: applied >= shipped },
        },
        200,
      );
    })
    .openapi(clientConfig, (c) =>
      c.json(
        {
          map: {
            tileUrl: deps.config.mapTileUrl ?? null,
            tileAttribution: deps.config.mapTileAttribution ?? null,
          },
        },
        200,
      ),
    );
}
