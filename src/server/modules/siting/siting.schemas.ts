import { z } from '@hono/zod-openapi';

// Shapes only: the engine (src/core/mcda) checks the rest — unknown or missing values, weight sums,
// reciprocity — and names the field, so the browser and the server refuse the same inputs.
const key = z.string().min(1).max(100);

const criterionSchema = z
  .object({
    key,
    weight: z.number(),
    direction: z.enum(['benefit', 'cost']),
    preference: z
      .object({
        type: z.enum(['usual', 'linear', 'vshape']),
        p: z.number().optional(),
        q: z.number().optional(),
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
    alternatives: z.array(z.object({ key, values: z.record(z.string(), z.number()) }).strict()).max(20_000),
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
  .object({ criteria: z.array(key).max(10), matrix: z.array(z.array(z.number()).max(10)).max(10) })
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
