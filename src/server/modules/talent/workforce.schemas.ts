import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { trainingLevels } from '../../../core/talent/index.ts';
import { bilingual, localizedTextSchema, orNull } from '../../lib/http.ts';
import { keyFormat, sayError } from '../../lib/messages.ts';

const key = z.string().regex(keyPattern, keyFormat);
const year = z.number().int().min(2000).max(2100);
const level = z
  .number()
  .int()
  .refine(
    (n) => (trainingLevels as readonly number[]).includes(n),
    sayError({ ja: 'レベルは2〜7の整数です', en: 'level is 2 to 7' }),
  );
const phase = z.number().int().min(1).max(4);

/** The window is at most 30 years: the gap view reads years one by one. */
export const MAX_SPAN_YEARS = 30;

export const workforceQuery = z.object({
  cluster: z.string().max(100).default('fusion'),
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const profileKeyParam = z.object({
  profile: key.openapi({ param: { name: 'profile', in: 'path' } }),
});

export const staffingRowSchema = z
  .object({
    skill: z.string().max(100),
    level,
    yearOffset: z.number().int().min(0).max(40),
    headcount: z.number().int().min(0).max(100_000),
    basis: bilingual.openapi({
      description: 'Where the figure comes from (a citation, or "estimate, basis: …")',
    }),
  })
  .strict()
  .openapi('StaffingRow');

export const staffingInputSchema = z
  .object({ rows: z.array(staffingRowSchema).max(5000) })
  .strict()
  .openapi('StaffingInput');

export const staffingSchema = z
  .object({
    profile: z.string(),
    version: z.number().int().openapi({ description: 'The version of the table as a whole (also its ETag)' }),
    rows: z.array(staffingRowSchema),
  })
  .openapi('StaffingTable');

export const plannedFacilityInputSchema = z
  .object({
    cluster: z.string().max(100).default('fusion'),
    site: key,
    profile: key,
    name: bilingual,
    constructionStartYear: year,
    phase: phase
      .optional()
      .openapi({ description: "The cluster's phase 1–4; from the profile's facility type if left out" }),
    note: localizedTextSchema.default({}),
    illustrative: z.boolean().default(false),
  })
  .strict()
  .openapi('PlannedFacilityInput');

export const hiringPlanInputSchema = z
  .object({
    organization: key.openapi({ description: "The tenant's key in the directory" }),
    skill: z.string().max(100),
    level,
    year,
    headcount: z.number().int().min(1).max(10_000),
    illustrative: z.boolean().default(false),
  })
  .strict()
  .openapi('HiringPlanInput');

const named = z.object({ key: z.string(), name: localizedTextSchema });
const idList = z.array(z.uuid());

export const plannedFacilitySchema = z
  .object({
    id: z.uuid(),
    name: localizedTextSchema,
    site: named.extend({ prefecture: orNull(z.string()) }),
    profile: named,
    constructionStartYear: z.number().int(),
    phase,
    illustrative: z.boolean(),
  })
  .openapi('PlannedFacility');

export const hiringPlanSchema = z
  .object({
    id: z.uuid(),
    organization: named,
    skill: z.string(),
    level: z.number().int(),
    year: z.number().int(),
    headcount: z.number().int(),
    illustrative: z.boolean(),
  })
  .openapi('HiringPlan');

const yearSchema = z.object({
  year: z.number().int(),
  demand: z.number().openapi({ description: 'New posts to fill in the year' }),
  supply: z.number().openapi({ description: 'Expected completions in the year' }),
  capacity: z.number().openapi({ description: 'Places in the cohorts ending in the year' }),
  gap: z.number().openapi({ description: 'supply − demand; negative is a shortfall' }),
  cumulativeGap: z.number(),
  byPhase: z.array(z.object({ phase: orNull(phase), demand: z.number() })),
  byLevel: z.array(z.object({ level: z.number().int(), demand: z.number(), supply: z.number() })),
  facilityIds: idList,
  openingIds: idList,
  tenantPlanIds: idList,
  programmeIds: idList,
});

export const workforceSchema = z
  .object({
    cluster: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    asOf: z.string().openapi({ description: 'The day the figures were taken (Japan time)' }),
    defaultCompletionRate: z.number(),
    skills: z.array(
      z.object({
        skill: z.object({ code: z.string(), label: localizedTextSchema }),
        demand: z.number(),
        supply: z.number(),
        gap: z.number(),
        years: z.array(yearSchema),
      }),
    ),
    facilities: z.array(plannedFacilitySchema),
    programmes: z.array(
      z.object({
        id: z.uuid(),
        key: z.string(),
        title: localizedTextSchema,
        level: z.number().int(),
        provider: named.extend({ prefecture: orNull(z.string()) }),
        completionRate: z.number(),
        rateBasis: z.enum(['history', 'default']),
        illustrative: z.boolean(),
      }),
    ),
    openings: z.array(z.object({ id: z.uuid(), title: localizedTextSchema, organization: named })),
    tenantPlans: z.array(hiringPlanSchema),
    sites: z.array(
      z.object({
        key: z.string(),
        name: localizedTextSchema,
        prefecture: orNull(z.string()),
        engineersWithin60Min: orNull(z.number()),
        source: orNull(
          z.object({ url: z.string().optional(), asOf: z.string().optional(), note: z.string().optional() }),
        ),
        graduatesInPrefecture: z.number().openapi({
          description:
            'Expected completions from now to `to` of programmes whose provider is in the prefecture',
        }),
        withGraduates: orNull(z.number()).openapi({
          description: 'engineersWithin60Min + graduatesInPrefecture: a what-if value for a siting study',
        }),
      }),
    ),
  })
  .openapi('WorkforceGap');
export type WorkforceOut = z.infer<typeof workforceSchema>;
export type PlannedFacilityInput = z.infer<typeof plannedFacilityInputSchema>;
export type HiringPlanInput = z.infer<typeof hiringPlanInputSchema>;
export type StaffingInput = z.infer<typeof staffingInputSchema>;
