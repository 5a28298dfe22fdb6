import { z } from '@hono/zod-openapi';
import { keyPattern, organizationKindCodes } from '../../../core/directory/vocabulary.ts';
import { localizedTextSchema } from '../../lib/http.ts';
import { keyFormat } from '../../lib/messages.ts';
import { bilingual } from '../organizations/organizations.schemas.ts';

// Shapes only: src/core/surveys checks keys, conditions and answers and names the question.
const key = z.string().min(1).max(64);
const text = localizedTextSchema;
const choice = z.object({ key, label: text, score: z.number().optional() }).strict();
const base = {
  key,
  label: bilingual,
  help: text.optional(),
  required: z.boolean().optional(),
  showIf: z
    .object({ question: key, anyOf: z.array(key).min(1).max(50) })
    .strict()
    .optional(),
};
const choices = z.array(choice).max(60);

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), choices }).strict(),
  z
    .object({ ...base, type: z.literal('multiple'), choices, maxChoices: z.number().int().min(1).optional() })
    .strict(),
  z.object({ ...base, type: z.literal('likert'), choices }).strict(),
  z
    .object({
      ...base,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().optional(),
      unit: text.optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('date') }).strict(),
  z
    .object({ ...base, type: z.literal('text'), maxLength: z.number().int().min(1).max(20_000).optional() })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('matrix'),
      items: z
        .array(
          z.object({ key, label: text, attributes: z.array(z.string().max(64)).max(10).optional() }).strict(),
        )
        .min(1)
        .max(60),
      choices,
    })
    .strict(),
]);

export const definitionSchema = z.object({ questions: z.array(questionSchema).min(1).max(200) }).strict();

const surveyFields = {
  key: z.string().regex(keyPattern, keyFormat),
  title: bilingual,
  description: text.default({}),
  definition: definitionSchema,
  anonymity: z.enum(['named', 'anonymous']).default('named'),
  minCell: z.number().int().min(1).max(50).default(3),
  closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  reminderDays: z.array(z.number().int().min(1).max(90)).max(10).default([7, 3, 1]),
  population: z
    .object({
      kinds: z.array(z.enum(organizationKindCodes)).max(20).optional(),
      memberships: z.array(z.string().max(100)).max(50).optional(),
      organizations: z.array(z.string().max(100)).max(5000).optional(),
    })
    .strict()
    .default({}),
};

export const surveyInputSchema = z.object(surveyFields).strict().openapi('SurveyInput');
export type SurveyInput = z.infer<typeof surveyInputSchema>;

export const answersSchema = z
  .object({
    answers: z.record(
      z.string().max(64),
      z.union([
        z.string().max(20_000),
        z.number(),
        z.array(z.string().max(64)).max(60),
        z.record(z.string(), z.string()),
      ]),
    ),
  })
  .strict()
  .openapi('SurveyAnswers');

export const analysisQuery = z.object({ base: z.enum(['answered', 'respondents']).default('answered') });
export const crossTabQuery = z.object({ row: z.string().min(1).max(64), column: z.string().min(1).max(130) });
export const weightsQuery = z.object({
  matrix: z.string().min(1).max(64),
  groupBy: z.string().min(1).max(64).optional(),
  method: z.enum(['mean', 'important']).default('important'),
});
export const profileFromSurveySchema = weightsQuery
  .extend({
    group: z.string().min(1).max(64).default('all'),
    key: z.string().regex(keyPattern, keyFormat),
    name: bilingual,
    facilityType: z.string().max(64),
  })
  .strict();

const loose = z.record(z.string(), z.unknown());
export const surveySchema = loose.openapi('Survey');
export const progressSchema = loose.openapi('SurveyProgress');
export const linkViewSchema = loose.openapi('SurveyLinkView');
