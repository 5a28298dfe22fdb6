import { z } from '@hono/zod-openapi';
import { indicatorKeys } from '../../../core/cluster/index.ts';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { bilingual, listOf, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';
import { keyFormat } from '../../lib/messages.ts';

// Shapes only: cluster.service.ts checks the cluster, the region, the month range and the phase against the
// cluster's plan, naming the field.

const day = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD', example: '2027-03-31' });
const monthParam = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .openapi({ description: 'A month in Japan time, YYYY-MM', example: '2026-04' });
const text = localizedTextSchema;
const label = z.object({ ja: z.string(), en: z.string() });
const source = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    seed: z.string().max(500).optional(),
    asOf: day,
  })
  .strict()
  .openapi('ClusterSource');

export const clusterParam = z.object({
  key: z
    .string()
    .regex(keyPattern, keyFormat)
    .openapi({ param: { name: 'key', in: 'path' }, example: 'fusion' }),
});
export const milestoneParam = clusterParam.extend({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
export const indicatorParam = clusterParam.extend({
  indicator: z
    .enum(indicatorKeys as [string, ...string[]])
    .openapi({ param: { name: 'indicator', in: 'path' } }),
});
export const yearParam = clusterParam.extend({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' } }),
});

const asOf = z
  .union([day, z.iso.datetime({ offset: true })])
  .optional()
  .openapi({
    description: 'Figures as the data stood then: a date (its end in Japan) or an instant; default now',
  });
const region = z
  .string()
  .max(40)
  .optional()
  .openapi({ description: 'A Japanese region or prefecture key (tohoku, aomori, kanto…); default: none' });

export const dashboardQuery = z.object({
  asOf,
  region,
  from: monthParam.optional(),
  to: monthParam.optional(),
});
export const recordsQuery = z.object({ asOf, region, month: monthParam.optional(), ...paginationQuery });
export const compareQuery = z.object({
  asOf,
  clusters: z
    .string()
    .max(400)
    .optional()
    .openapi({ description: 'Cluster keys, comma-separated; default all' }),
});

const phase = z
  .object({ ordinal: z.number().int(), name: text, support: text, source })
  .openapi('ClusterPhase');
export const milestoneSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    scope: z.enum(['national', 'regional']),
    title: text,
    targetDate: day,
    actualDate: day.nullable(),
    source: orNull(source),
    shipped: z.boolean().openapi({ description: "From the cluster's data file" }),
    version: z.number().int(),
  })
  .openapi('ClusterMilestone');
const phaseSetting = z
  .object({ id: z.uuid(), phase: z.number().int(), setOn: day, note: text, createdAt: z.string() })
  .openapi('ClusterPhaseSetting');
const contextFact = z
  .object({ key: z.string(), label: text, value: z.number(), unit: z.string(), source })
  .openapi('ClusterContextFact');

export const clusterSummarySchema = z
  .object({
    key: z.string(),
    name: text,
    phases: z.number().int(),
    currentPhase: z.number().int().nullable(),
  })
  .openapi('ClusterSummary');
export const clusterListSchema = listOf(clusterSummarySchema);

export const planSchema = z
  .object({
    cluster: z.object({ key: z.string(), name: text }),
    phases: z.array(phase),
    milestones: z.array(milestoneSchema),
    currentPhase: orNull(phaseSetting),
    phaseHistory: z.array(phaseSetting),
    context: z.array(contextFact),
  })
  .openapi('ClusterPlan');

const indicator = z
  .object({
    key: z.string(),
    module: z.string(),
    label,
    unit: label,
    direction: z.enum(['higher', 'lower']),
    aggregation: z.string(),
    explanation: label,
    series: z.array(z.number().nullable()).openapi({ description: 'One figure per month of `months`' }),
    value: z.number().nullable().openapi({
      description: 'Compared with the target: a flow summed over the 12 months to asOf, else the last figure',
    }),
    target: z.number().nullable(),
    status: z.enum(['on-track', 'behind', 'no-target', 'no-data']),
    breakdown: z.array(z.object({ part: z.string(), n: z.number().int() })).nullable(),
  })
  .openapi('ClusterIndicator');

export const dashboardSchema = planSchema
  .extend({
    asOf: z.string(),
    region: z.string().nullable(),
    months: z.array(z.string()),
    indicators: z.array(indicator),
    notComputed: z.array(z.object({ key: z.string(), explanation: label })),
    notes: z.array(z.object({ year: z.number().int(), body: text, version: z.number().int() })),
  })
  .openapi('ClusterDashboard');

export const recordListSchema = z
  .object({
    indicator: z.string(),
    month: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        organizationId: z.uuid().nullable(),
        label: text,
        value: z.number().nullable(),
        part: z.array(z.string()).nullable(),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('ClusterIndicatorRecords');

export const compareSchema = z
  .object({
    asOf: z.string(),
    clusters: z.array(z.object({ key: z.string(), name: text, currentPhase: z.number().int().nullable() })),
    indicators: z.array(
      z.object({
        key: z.string(),
        label,
        unit: label,
        direction: z.enum(['higher', 'lower']),
        values: z.array(
          z.object({ value: z.number().nullable(), target: z.number().nullable(), status: z.string() }),
        ),
      }),
    ),
  })
  .openapi('ClusterComparison');

export const targetsInputSchema = z
  .object({
    targets: z
      .array(
        z
          .object({
            indicator: z.enum(indicatorKeys as [string, ...string[]]),
            phase: z.number().int().min(1).max(20),
            target: z.number().finite().nullable().openapi({ description: 'null removes the target' }),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict()
  .openapi('ClusterTargetsInput');
export const targetsSchema = z
  .object({
    items: z.array(z.object({ indicator: z.string(), phase: z.number().int(), target: z.number() })),
  })
  .openapi('ClusterTargets');

export const phaseInputSchema = z
  .object({ phase: z.number().int().min(1).max(20), setOn: day, note: text.default({}) })
  .strict()
  .openapi('ClusterPhaseInput');

export const milestoneInputSchema = z
  .object({
    key: z.string().regex(keyPattern, keyFormat),
    title: bilingual,
    targetDate: day,
    actualDate: day.nullable().default(null),
    source: orNull(source).default(null),
  })
  .strict()
  .openapi('ClusterMilestoneInput');
export const milestonePatchSchema = z
  .object({ title: bilingual, targetDate: day, actualDate: day.nullable(), source: orNull(source) })
  .partial()
  .strict()
  .openapi('ClusterMilestonePatch');

export const noteInputSchema = z.object({ body: bilingual }).strict().openapi('ClusterNoteInput');
export const noteSchema = z
  .object({ year: z.number().int(), body: text, version: z.number().int() })
  .openapi('ClusterNote');

export const membershipInputSchema = z.object({ joinedOn: day }).strict().openapi('ClusterMembershipInput');

export type TargetsInput = z.infer<typeof targetsInputSchema>;
export type PhaseInput = z.infer<typeof phaseInputSchema>;
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;
export type DashboardQuery = z.infer<typeof dashboardQuery>;
export type RecordsQuery = z.infer<typeof recordsQuery>;
