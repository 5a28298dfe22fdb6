import { z } from '@hono/zod-openapi';

export const healthSchema = z.object({
  status: z.literal('ok'),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.object({ applied: z.number().int(), shipped: z.number().int(), upToDate: z.boolean() }),
});

export const clientConfigSchema = z.object({
  map: z.object({
    tileUrl: z.string().nullable().openapi({
      description: 'XYZ raster tile template (MAP_TILE_URL); null: draw the offline basemap',
    }),
    tileAttribution: z.string().nullable(),
  }),
});
