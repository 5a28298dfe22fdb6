import { z } from '@hono/zod-openapi';
import { type AppDeps, createRouter, errorResponses, jsonContent } from '../../lib/http.ts';
import { defineRoute } from '../../lib/route.ts';
import { figuresXlsx } from './figures.export.ts';
import { deskFiguresSchema, figuresQuery } from './figures.schemas.ts';
import { deskFigures } from './figures.service.ts';

const tags = ['One-stop desk'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const figuresRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/desk/figures',
  operationId: 'getDeskFigures',
  tags,
  summary:
    "The coordinator's figures: by topic and month, response times against targets, overdue, referrals",
  description:
    'Working days on the Japanese calendar; times are counted for consultations received in the period, ' +
    'overdue cases as of today, referrals sent in the period.',
  request: { query: figuresQuery },
  responses: { 200: jsonContent(deskFiguresSchema, 'The figures'), ...errorResponses(400) },
});

const figuresXlsxRoute = defineRoute({
  access: ['admin'],
  method: 'get',
  path: '/desk/figures/export.xlsx',
  operationId: 'deskFiguresXlsx',
  tags,
  summary: 'The same figures as a spreadsheet, one sheet per chart',
  request: { query: figuresQuery },
  responses: {
    200: { description: 'A spreadsheet file', content: { [xlsxType]: { schema: z.string() } } },
    ...errorResponses(400),
  },
});

export function deskFiguresRoutes(deps: AppDeps) {
  const ctx = { db: deps.db, now: () => deps.clock?.() ?? new Date(), config: deps.config };
  return createRouter()
    .openapi(figuresRoute, async (c) => c.json(await deskFigures(ctx, c.req.valid('query')), 200))
    .openapi(figuresXlsxRoute, async (c) => {
      const figures = await deskFigures(ctx, c.req.valid('query'));
      const body = await figuresXlsx(figures);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': xlsxType,
        'content-disposition': `attachment; filename="desk-figures-${figures.period.from}-${figures.period.to}.xlsx"`,
      });
    });
}
