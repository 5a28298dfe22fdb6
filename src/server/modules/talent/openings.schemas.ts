import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { trainingLevels } from '../../../core/talent/index.ts';
import { bilingual, localizedTextSchema, orNull } from '../../lib/http.ts';
import { keyFormat, nothingToChange, sayError } from '../../lib/messages.ts';

const isoDate = z.iso.date();
export const openingStatuses = ['open', 'closed'] as const;

const level = z
  .number()
  .int()
  .refine(
    (n) => (trainingLevels as readonly number[]).includes(n),
    sayError({ ja: 'レベルは2〜7の整数です', en: 'level is 2 to 7' }),
  );

const openingFields = {
  organization: z
    .string()
    .regex(keyPattern, keyFormat)
    .openapi({ description: "The hiring member company's key in the directory" }),
  title: bilingual,
  description: localizedTextSchema,
  skills: z.array(z.string().max(100)).min(1).max(30),
  level,
  prefecture: z.string().trim().min(1).max(100),
  municipality: z.string().trim().max(200),
  lat: orNull(z.number().min(-90).max(90)),
  lng: orNull(z.number().min(-180).max(180)),
  startOn: isoDate,
  status: z.enum(openingStatuses),
  illustrative: z.boolean(),
};

export const openingInputSchema = z
  .object({
    ...openingFields,
    description: openingFields.description.default({}),
    municipality: openingFields.municipality.default(''),
    lat: openingFields.lat.default(null),
    lng: openingFields.lng.default(null),
    status: openingFields.status.default('open'),
    illustrative: openingFields.illustrative.default(false),
  })
  .strict()
  .openapi('JobOpeningInput');
export type OpeningInput = z.infer<typeof openingInputSchema>;

export const openingPatchSchema = z
  .object(openingFields)
  .omit({ organization: true })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('JobOpeningPatch');
export type OpeningPatch = z.infer<typeof openingPatchSchema>;

export const openingFilterSchema = z.object({
  status: z.enum(openingStatuses).optional(),
  organization: z.string().regex(keyPattern, keyFormat).optional(),
});

export const candidateFilterSchema = z.object({
  graduatedSince: isoDate.optional().openapi({
    description:
      "Leave out graduates who completed before this day (e.g. the fiscal year's 1 April, for this year's graduates); people on a programme now are always listed",
  }),
});

const skillOut = z.object({ code: z.string(), label: localizedTextSchema });

export const openingSchema = z
  .object({
    id: z.uuid(),
    organization: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    title: localizedTextSchema,
    description: localizedTextSchema,
    skills: z.array(skillOut),
    level: z.number().int(),
    prefecture: z.string(),
    municipality: z.string(),
    lat: orNull(z.number()),
    lng: orNull(z.number()),
    startOn: isoDate,
    status: z.enum(openingStatuses),
    illustrative: z.boolean(),
    canEdit: z.boolean(),
    applications: orNull(z.number().int()).openapi({ description: "How many applied (the company's own)" }),
    version: z.number().int(),
  })
  .openapi('JobOpening');
export type OpeningOut = z.infer<typeof openingSchema>;

const signal = z.object({
  signal: z.enum(['skills', 'level', 'location']),
  value: z.number(),
  weight: z.number(),
  contribution: z.number(),
  share: z.number().openapi({ description: "The signal's part of the score; the shares sum to 1" }),
});

export const candidateSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    status: z.enum(['trainee', 'graduate']),
    graduatedYear: orNull(z.number().int()).openapi({
      description:
        'The calendar year of their latest completion; null for a trainee who has completed nothing',
    }),
    level: orNull(z.number().int()),
    skills: z.array(skillOut),
    prefecture: z.string(),
    municipality: z.string(),
    illustrative: z.boolean(),
    score: z.number(),
    signals: z.array(signal),
    matchedSkills: z.array(z.string()),
    missingSkills: z.array(z.string()),
    locationTier: z.enum(['municipality', 'prefecture', 'region', 'none']),
  })
  .openapi('OpeningCandidate');
export type CandidateOut = z.infer<typeof candidateSchema>;

export const profileInputSchema = z
  .object({
    visibleToEmployers: z.boolean(),
    prefecture: z.string().trim().max(100).default(''),
    municipality: z.string().trim().max(200).default(''),
  })
  .strict()
  .openapi('TalentProfileInput');

export const profileSchema = z
  .object({ visibleToEmployers: z.boolean(), prefecture: z.string(), municipality: z.string() })
  .openapi('TalentProfile');
