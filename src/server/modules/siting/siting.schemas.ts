import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import {
  attributeSpec,
  attributeValueProblem,
  isAttributeKey,
  isMeasurable,
  placeKinds,
} from '../../../core/siting/attributes.ts';
import { facilityTypeCodes, siteKindCodes } from '../../../core/siting/vocabulary.ts';
import { bilingual, localizedTextSchema, sourceSchema } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { countryCode, keyFormat, sayError, unknownValue } from '../../lib/messages.ts';

// Shapes only: the engine (src/core/mcda) checks the rest — unknown or missing values, weight sums,
// reciprocity — and names the field, so the browser and the server refuse the same inputs.
const key = z.string().min(1).max(100);
// Numbers are bounded here, though: 1e308 is finite, passes every engine check, and overflows as soon as
// it is squared or summed (every score came out 0.5). Weights share the profiles' range; a raw value or a
// preference threshold may be any measurement, up to a million million.
const weight = z.number().min(0).max(1e6);
const measurement = z.number().min(-1e12).max(1e12);
// Saaty's scale runs from 1/9 to 9; the engine's reciprocity check bounds the small end by the large.
const judgement = z.number().positive().max(9);

const criterionSchema = z
  .object({
    key,
    weight,
    direction: z.enum(['benefit', 'cost']),
    preference: z
      .object({
        type: z.enum(['usual', 'linear', 'vshape']),
        p: measurement.min(0).optional(),
        q: measurement.min(0).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const evaluateBodySchema = z
  .object({
    method: z.enum(['topsis', 'wsm', 'wpm', 'promethee2']),
    normalization: z.enum(['vector', 'minmax', 'sum', 'max', 'none']).optional(),
    criteria: z.array(criterionSchema).max(100),
    alternatives: z.array(z.object({ key, values: z.record(z.string(), measurement) }).strict()).max(20_000),
  })
  .strict()
  .openapi('SitingProblem');

export const evaluationSchema = z
  .object({
    results: z.array(z.object({ key: z.string(), score: z.number(), rank: z.number().int() })),
    weights: z.record(z.string(), z.number()),
    method: z.string(),
    normalization: z.string(),
  })
  .openapi('SitingEvaluation');

export const ahpBodySchema = z
  .object({ criteria: z.array(key).max(10), matrix: z.array(z.array(judgement).max(10)).max(10) })
  .strict()
  .openapi('AhpJudgements');

export const ahpResultSchema = z
  .object({
    weights: z.record(z.string(), z.number()),
    lambdaMax: z.number(),
    consistencyIndex: z.number(),
    consistencyRatio: z.number(),
    consistent: z.boolean(),
    worstPair: z
      .unknown()
      .optional()
      .openapi({ description: 'The judgement that contributes most when CR > 0.10' }),
  })
  .openapi('AhpResult');

// ——— Stored sites, facility profiles and studies ———

const storedKey = z.string().regex(keyPattern, keyFormat);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
const attributeValue = z.union([z.number(), z.boolean(), z.string().max(500)]);

const attributeSourceSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    asOf: z.iso.date(),
    note: z.string().max(1000).optional(),
    illustrative: z.boolean().optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.illustrative === true, {
    ...sayError({
      ja: '出典には URL が必要です（値を例示と明記した場合を除く）',
      en: 'a source needs a url, unless the value is marked illustrative',
    }),
    path: ['url'],
  });

const placeSchema = z.object({ name: localizedTextSchema.optional(), lat, lng }).strict();

const siteFields = {
  key: storedKey,
  name: bilingual,
  kind: z.enum(siteKindCodes),
  parent: storedKey.optional(),
  location: z
    .object({
      country: z.string().regex(/^[A-Z]{2}$/, countryCode),
      prefecture: z.string().trim().min(1).max(100).optional(),
      city: z.string().trim().min(1).max(200).optional(),
      lat,
      lng,
    })
    .strict(),
  description: localizedTextSchema.default({}),
  attributes: z.record(z.string(), attributeValue).default({}),
  attributeSources: z.record(z.string(), attributeSourceSchema).default({}),
  places: z
    .object(Object.fromEntries(placeKinds.map((k) => [k, placeSchema.optional()])))
    .strict()
    .default({}),
  incentives: localizedTextSchema.default({}),
  sources: z.array(sourceSchema).max(50).default([]),
  illustrative: z.boolean().default(false),
};

/** A site as the bundle carries it; also the create and replace body. Every attribute has its source. */
export const siteInputSchema = z
  .object(siteFields)
  .strict()
  .superRefine((site, ctx) => {
    for (const [key, value] of Object.entries(site.attributes)) {
      const path = ['attributes', key];
      if (!isAttributeKey(key))
        ctx.addIssue({ code: 'custom', path, message: unknownValue('site attribute', key) });
      else {
        const problem = attributeValueProblem(key, value);
        if (problem) ctx.addIssue({ code: 'custom', path, message: say(problem) });
      }
      if (!site.attributeSources[key])
        ctx.addIssue({
          code: 'custom',
          path: ['attributeSources', key],
          message: say({
            ja: 'どの属性にも時点（as-of）付きの出典が必要です',
            en: 'every attribute needs a source with an as-of date',
          }),
        });
    }
    for (const key of Object.keys(site.attributeSources)) {
      if (!(key in site.attributes))
        ctx.addIssue({
          code: 'custom',
          path: ['attributeSources', key],
          message: say({ ja: 'この候補地にその属性はありません', en: 'no such attribute on this site' }),
        });
    }
  })
  .openapi('SiteInput');

export type SiteInputBody = z.infer<typeof siteInputSchema>;

export const siteSchema = z
  .object({
    id: z.uuid(),
    ...siteFields,
    parent: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Site');

export const siteListQuery = z.object({
  key: z.string().optional(),
  prefecture: z.string().max(100).optional(),
  kind: z.enum(siteKindCodes).optional(),
});

const notMeasurable = sayError({
  ja: '数値で測れる候補地の属性ではありません',
  en: 'not a site attribute that can be measured',
});

const profileCriterionSchema = z
  .object({
    attribute: z.string().refine(isMeasurable, notMeasurable),
    weight,
    direction: z.enum(['benefit', 'cost']),
  })
  .strict();

const profileConstraintSchema = z
  .object({
    attribute: z.string().refine(isMeasurable, notMeasurable),
    op: z.enum(['>=', '<=', '=']),
    value: z.number(),
  })
  .strict()
  .superRefine((c, ctx) => {
    // A threshold is a value of its attribute, so the catalogue's range applies (0 or 1 for a yes/no one).
    if (!isMeasurable(c.attribute)) return;
    const number = attributeSpec(c.attribute).type === 'number';
    const problem = number
      ? attributeValueProblem(c.attribute, c.value)
      : c.value === 0 || c.value === 1
        ? null
        : { ja: '0 か 1 にしてください', en: 'must be 0 or 1' };
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: say(problem) });
  });

const weightingSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('manual') }).strict(),
  z
    .object({
      method: z.literal('ahp'),
      criteria: z.array(z.string()).max(10),
      matrix: z.array(z.array(judgement).max(10)).max(10),
      consistencyRatio: z.number().min(0).max(10),
    })
    .strict(),
  z
    .object({
      method: z.literal('survey'),
      survey: z.string().max(100),
      base: z.number().int().min(0),
      note: z.string().max(1000).optional(),
    })
    .strict(),
]);

const criteriaList = z
  .array(profileCriterionSchema)
  .min(1)
  .max(30)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.attribute))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'attribute'],
          message: say({
            ja: `「${c.attribute}」が2回挙がっています`,
            en: `"${c.attribute}" is listed twice`,
          }),
        });
      seen.add(c.attribute);
    });
    if (list.every((c) => c.weight === 0))
      ctx.addIssue({
        code: 'custom',
        path: [0, 'weight'],
        message: say({ ja: '重みをすべて0にはできません', en: 'the weights must not all be zero' }),
      });
  });

const profileFields = {
  key: storedKey,
  name: bilingual,
  facilityType: z.enum(facilityTypeCodes),
  description: localizedTextSchema.default({}),
  criteria: criteriaList,
  constraints: z.array(profileConstraintSchema).max(30).default([]),
  weighting: weightingSchema.default({ method: 'manual' }),
  note: localizedTextSchema.default({}),
  sources: z.array(sourceSchema).max(50).default([]),
};

export const profileInputSchema = z.object(profileFields).strict().openapi('SitingProfileInput');
export type ProfileInputBody = z.infer<typeof profileInputSchema>;

export const profileSchema = z
  .object({ id: z.uuid(), ...profileFields, createdAt: z.string(), updatedAt: z.string() })
  .openapi('SitingProfile');

const scenarioSchema = z.record(storedKey, z.record(z.string(), z.union([z.number(), z.boolean()])));

/** A study: a stored profile (or criteria given here), the sites to compare, and what-if changes. */
export const studyBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    profile: storedKey.optional(),
    method: z.enum(['topsis', 'wsm', 'wpm', 'promethee2']).default('topsis'),
    normalization: z.enum(['vector', 'minmax', 'sum', 'max', 'none']).optional(),
    criteria: criteriaList.optional(),
    constraints: z.array(profileConstraintSchema).max(30).optional(),
    sites: z.array(storedKey).min(1).max(5000).optional(),
    scenario: scenarioSchema.default({}),
    missing: z.enum(['worst', 'exclude']).default('worst').openapi({
      description:
        'A site lacking a criterion value: ranked at the worst value compared (flagged), or left out',
    }),
    shared: z.boolean().default(false).openapi({
      description: 'Readable and copyable by every signed-in user; only the author or an admin deletes it',
    }),
    unknowns: z.enum(['keep', 'exclude']).default('keep').openapi({
      description:
        'A site lacking the value a constraint needs: kept and marked unknown (outcome.unknown), or left out',
    }),
    smaa: z
      .object({
        samples: z.number().int().min(100).max(20_000).default(2000),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .default(1),
        mode: z.enum(['uniform', 'around']).default('uniform'),
      })
      .strict()
      .default({ samples: 2000, seed: 1, mode: 'uniform' }),
  })
  .strict()
  .refine((b) => b.profile !== undefined || b.criteria !== undefined, {
    ...sayError({
      ja: '登録済みのプロファイルを指定するか、評価基準を指定してください',
      en: 'name a stored profile or give criteria',
    }),
    path: ['profile'],
  })
  .openapi('SitingStudyInput');

export type StudyBody = z.infer<typeof studyBodySchema>;

export const studySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    profileKey: z.string().nullable(),
    spec: z.record(z.string(), z.unknown()),
    siteKeys: z.array(z.string()),
    outcome: z.record(z.string(), z.unknown()).openapi({
      description:
        'ranking (with contributions), excluded (failed constraints, missing values), sensitivity, acceptability, values used',
    }),
    sites: z.array(
      z.object({ key: z.string(), name: localizedTextSchema, lat: z.number(), lng: z.number() }),
    ),
    shared: z.boolean(),
    mine: z.boolean().openapi({ description: 'Whether the reader wrote it' }),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .openapi('SitingStudy');

export const studyCopySchema = z
  .object({ title: z.string().trim().min(1).max(200).optional() })
  .strict()
  .openapi('SitingStudyCopy');

export const studySharingSchema = z.object({ shared: z.boolean() }).strict().openapi('SitingStudySharing');

/** A saved study as its list shows it: what was asked and which site came first. */
export const studySummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    profileKey: z.string().nullable(),
    method: z.string(),
    top: z
      .string()
      .nullable()
      .openapi({ description: 'Key of the first-ranked site; null if all were excluded' }),
    siteCount: z.number().int(),
    shared: z.boolean(),
    mine: z.boolean().openapi({ description: 'Whether the reader wrote it (else an admin or shared view)' }),
    createdAt: z.string(),
  })
  .openapi('SitingStudySummary');
