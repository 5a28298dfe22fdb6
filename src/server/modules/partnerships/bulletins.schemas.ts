import { z } from '@hono/zod-openapi';
import { bulletinAudiences, bulletinKinds, tagPattern } from '../../../core/partnerships/index.ts';
import { bilingual, localizedTextSchema, paginationQuery } from '../../lib/http.ts';
import { nothingToChange, sayError } from '../../lib/messages.ts';

// Shapes only: bulletins.service.ts checks technology codes against the taxonomy and area tags against the
// agreements, and names the field.

const tag = z
  .string()
  .max(210)
  .regex(
    tagPattern,
    sayError({
      ja: '技術コード（例 MAG.hts）か area:<協定キー>/<分野キー> で指定してください',
      en: 'a technology code (e.g. MAG.hts) or area:<agreement key>/<area key>',
    }),
  );

const bulletinFields = {
  kind: z.enum(bulletinKinds),
  title: bilingual,
  body: bilingual,
  technologies: z
    .array(z.string().max(100))
    .max(30)
    .openapi({ description: 'Technology codes', example: ['MAG.hts'] }),
  areas: z
    .array(tag)
    .max(30)
    .openapi({
      description: 'Agreement areas, area:<agreement>/<area>',
      example: ['area:jfusion-fusion-cluster-mou/information-sharing'],
    }),
  audience: z.enum(bulletinAudiences),
};

export const bulletinInputSchema = z
  .object({
    ...bulletinFields,
    technologies: bulletinFields.technologies.default([]),
    areas: bulletinFields.areas.default([]),
    audience: bulletinFields.audience.default('public'),
  })
  .strict()
  .openapi('BulletinInput');

export const bulletinPatchSchema = z
  .object(bulletinFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('BulletinPatch');

export type BulletinInput = z.infer<typeof bulletinInputSchema>;
export type BulletinPatch = z.infer<typeof bulletinPatchSchema>;

export const bulletinSchema = z
  .object({
    id: z.string(),
    kind: z.enum(bulletinKinds),
    title: localizedTextSchema,
    body: localizedTextSchema,
    technologies: z.array(z.string()),
    areas: z.array(z.string()),
    tags: z.array(z.string()),
    audience: z.enum(bulletinAudiences),
    author: z.object({ key: z.string(), name: localizedTextSchema }).nullable(),
    publishedAt: z.string(),
    illustrative: z.boolean(),
    version: z.number().int(),
    mayEdit: z.boolean(),
  })
  .openapi('Bulletin');

export const bulletinListSchema = z
  .object({
    items: z.array(bulletinSchema),
    total: z.number().int(),
    mayPublish: z.boolean().openapi({ description: 'The viewer may publish bulletins' }),
  })
  .openapi('BulletinList');

export const bulletinListQuery = z.object({
  tag: tag.optional(),
  kind: z.enum(bulletinKinds).optional(),
  ...paginationQuery,
});

export const feedQuery = z.object({ tag: tag.optional() });

export const subscriptionsSchema = z
  .object({ tags: z.array(tag).max(100) })
  .strict()
  .openapi('BulletinSubscriptions');
