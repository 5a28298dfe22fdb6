import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { trainingLevels } from '../../../core/talent/index.ts';
import { bilingual, localizedTextSchema, orNull } from '../../lib/http.ts';
import { keyFormat, nothingToChange, sayError } from '../../lib/messages.ts';

const key = z.string().regex(keyPattern, keyFormat);
const isoDate = z.iso.date();
const labelSchema = z.object({ ja: z.string(), en: z.string() });
export const deliveryCodes = ['full-time', 'day-release'] as const;

export const skillSchema = z
  .object({ code: z.string(), cluster: z.string(), label: localizedTextSchema })
  .openapi('Skill');
export const skillQuery = z.object({ cluster: z.string().max(100).optional() });

const programmeSourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    asOf: isoDate.optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();

const programmeFields = {
  key,
  provider: key.openapi({ description: "The provider organisation's key in the directory" }),
  title: bilingual,
  description: localizedTextSchema,
  level: z
    .number()
    .int()
    .refine(
      (n) => (trainingLevels as readonly number[]).includes(n),
      sayError({ ja: 'レベルは2〜7の整数です', en: 'level is 2 to 7' }),
    ),
  skills: z.array(z.string().max(100)).max(30),
  durationWeeks: z.number().int().min(1).max(520),
  delivery: z.enum(deliveryCodes),
  defaultCapacity: z.number().int().min(1).max(10_000),
  feeJpy: orNull(z.number().int().min(0).max(100_000_000)),
  employerSponsor: z.boolean(),
  publicSubsidy: orNull(localizedTextSchema),
  source: orNull(programmeSourceSchema),
  illustrative: z.boolean(),
};

/** A programme as the create body (and the demo) takes it. */
export const programmeInputSchema = z
  .object({
    ...programmeFields,
    key: programmeFields.key.optional(),
    description: programmeFields.description.default({}),
    skills: programmeFields.skills.default([]),
    defaultCapacity: programmeFields.defaultCapacity.default(20),
    feeJpy: programmeFields.feeJpy.default(null),
    employerSponsor: programmeFields.employerSponsor.default(false),
    publicSubsidy: programmeFields.publicSubsidy.default(null),
    source: programmeFields.source.default(null),
    illustrative: programmeFields.illustrative.default(false),
  })
  .strict()
  .openapi('TrainingProgrammeInput');
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

/** PATCH: the fields sent change (the key and the provider stay). */
export const programmePatchSchema = z
  .object(programmeFields)
  .omit({ key: true, provider: true })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('TrainingProgrammePatch');
export type ProgrammePatch = z.infer<typeof programmePatchSchema>;

export const programmeFilterSchema = z.object({
  skill: z.string().max(100).optional(),
  level: z.coerce.number().int().min(2).max(7).optional(),
  provider: key.optional(),
});

export const cohortSchema = z
  .object({
    id: z.uuid(),
    startOn: isoDate,
    capacity: z.number().int(),
    enrolled: z.number().int(),
    waiting: z.number().int(),
    illustrative: z.boolean(),
  })
  .openapi('TrainingCohort');

export const cohortInputSchema = z
  .object({
    startOn: isoDate,
    capacity: z.number().int().min(1).max(10_000).optional(),
    illustrative: z.boolean().default(false),
  })
  .strict()
  .openapi('TrainingCohortInput');
export type CohortInput = z.infer<typeof cohortInputSchema>;

export const programmeSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    provider: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    title: localizedTextSchema,
    description: localizedTextSchema,
    level: z.number().int(),
    levelInfo: z.object({ name: labelSchema, uk: labelSchema, japan: labelSchema }),
    skills: z.array(skillSchema),
    durationWeeks: z.number().int(),
    delivery: z.enum(deliveryCodes),
    defaultCapacity: z.number().int(),
    feeJpy: orNull(z.number().int()),
    employerSponsor: z.boolean(),
    publicSubsidy: orNull(localizedTextSchema),
    source: orNull(programmeSourceSchema),
    illustrative: z.boolean(),
    cohorts: z.array(cohortSchema),
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .openapi('TrainingProgramme');
export type ProgrammeOut = z.infer<typeof programmeSchema>;
