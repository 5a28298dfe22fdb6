import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { bilingual, localizedTextSchema } from '../../lib/http.ts';
import { keyFormat, nothingToChange } from '../../lib/messages.ts';
import { surveyDefinitionSchema } from '../surveys/index.ts';

// Shapes only: calls.service.ts checks what spans fields (the window, the weights' sum, units and equipment
// that exist, the form's questions through the surveys' core) and names the field.

export const callKinds = ['tenancy', 'joint-use'] as const;
export const decisions = ['admitted', 'waitlisted', 'rejected'] as const;

const key = z.string().regex(keyPattern, keyFormat);
const instant = z.iso.datetime({ offset: true });
const timestamp = z.string().openapi({ format: 'date-time' });

const criterionSchema = z
  .object({
    key,
    label: bilingual,
    weight: z.number().finite().gt(0).max(100).openapi({ description: 'Percent; the weights sum to 100' }),
    anchors: z
      .array(bilingual)
      .length(5)
      .openapi({ description: 'What a score of 1, 2, 3, 4 and 5 means on this criterion' }),
  })
  .strict()
  .openapi('CallCriterion');

const callFields = {
  key,
  kind: z.enum(callKinds),
  title: bilingual,
  eligibility: localizedTextSchema,
  opensAt: instant,
  closesAt: instant,
  units: z.array(key).max(500).openapi({ description: 'Keys of the units on offer (tenancy calls)' }),
  equipment: z
    .array(key)
    .max(500)
    .openapi({ description: 'Keys of the equipment offered (joint-use calls)' }),
  form: surveyDefinitionSchema
    .nullable()
    .openapi({ description: 'The application form, in the surveys model' }),
  rubric: z.array(criterionSchema).min(1).max(20),
  disagreementThreshold: z
    .number()
    .finite()
    .min(0)
    .max(4)
    .openapi({ description: 'Reviewers further apart than this on the weighted score are flagged' }),
  scoresReleased: z.boolean().openapi({ description: 'Applicants see their scores' }),
  illustrative: z.boolean(),
};

export const callInputSchema = z
  .object({
    ...callFields,
    eligibility: callFields.eligibility.default({}),
    units: callFields.units.default([]),
    equipment: callFields.equipment.default([]),
    form: callFields.form.optional(),
    disagreementThreshold: callFields.disagreementThreshold.default(1),
    scoresReleased: callFields.scoresReleased.default(false),
    illustrative: callFields.illustrative.default(false),
  })
  .strict()
  .openapi('CallInput');
export type CallInput = z.infer<typeof callInputSchema>;

export const callPatchSchema = z
  .object(callFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('CallPatch');
export type CallPatch = z.infer<typeof callPatchSchema>;

const ref = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });

const ownApplicationSchema = z.object({
  id: z.uuid(),
  status: z.enum(['draft', 'submitted']),
  decision: z.enum(decisions).nullable(),
});

export const callSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    kind: z.enum(callKinds),
    title: localizedTextSchema,
    eligibility: localizedTextSchema,
    opensAt: timestamp,
    closesAt: timestamp,
    open: z.boolean().openapi({ description: 'Taking submissions now' }),
    units: z.array(ref.extend({ kind: z.string(), floorAreaM2: z.number(), facility: ref })),
    equipment: z.array(ref.extend({ facility: ref })),
    form: surveyDefinitionSchema.optional(),
    rubric: z.array(criterionSchema),
    disagreementThreshold: z.number(),
    scoresReleased: z.boolean(),
    illustrative: z.boolean(),
    version: z.number().int(),
    applications: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Submitted applications (office only)' }),
    // The caller's organisation's application to this call, if any.
    myApplication: ownApplicationSchema.nullable(),
  })
  .openapi('Call');
export type CallOut = z.infer<typeof callSchema>;

export const callListSchema = z
  .object({ items: z.array(callSchema), total: z.number().int() })
  .openapi('CallList');

// ——— Applications ———

const answersSchema = z
  .record(
    z.string().max(64),
    z.union([
      z.string().max(20_000),
      z.number(),
      z.array(z.string().max(64)).max(60),
      z.record(z.string(), z.string()),
    ]),
  )
  .openapi({ description: 'Question key → answer, as in surveys' });

const isoDate = z.iso.date();

const jointUseSchema = z
  .object({
    researchPlan: z.string().trim().min(1).max(20_000),
    hoursRequested: z.number().int().min(1).max(100_000),
    from: isoDate,
    to: isoDate,
    equipment: key.openapi({ description: 'Key of the equipment item, one the call offers' }),
  })
  .partial()
  .strict()
  .openapi('JointUseProposal', { description: 'Required in full when a joint-use application is submitted' });

const applicationFields = {
  answers: answersSchema,
  unit: key.nullable().openapi({ description: 'The unit applied for (tenancy), one the call offers' }),
  jointUse: jointUseSchema,
};

export const applicationInputSchema = z
  .object({
    ...applicationFields,
    answers: answersSchema.default({}),
    unit: applicationFields.unit.optional(),
    jointUse: jointUseSchema.optional(),
    organization: key
      .optional()
      .openapi({ description: "The applicant's key: the office entering a paper application names it" }),
  })
  .strict()
  .openapi('ApplicationInput');
export type ApplicationInput = z.infer<typeof applicationInputSchema>;

export const applicationPatchSchema = z
  .object(applicationFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('ApplicationPatch');
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

const criterionScoreSchema = z.object({
  criterion: z.string(),
  mean: z.number().nullable(),
});

const reviewSchema = z
  .object({
    reviewer: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    state: z.enum(['assigned', 'conflict']),
    scores: z.record(z.string(), z.number()),
    comments: z.record(z.string(), z.string()),
    total: z
      .number()
      .nullable()
      .openapi({ description: 'Weighted score; null until every criterion is scored' }),
    conflictReason: z.string().nullable(),
  })
  .openapi('ApplicationReview');

export const applicationSchema = z
  .object({
    id: z.uuid(),
    call: z.object({ id: z.uuid(), key: z.string(), kind: z.enum(callKinds), title: localizedTextSchema }),
    organization: ref,
    channel: z.enum(['web', 'paper']),
    status: z.enum(['draft', 'submitted']),
    answers: z.record(z.string(), z.unknown()),
    unit: ref.nullable(),
    jointUse: z
      .object({
        researchPlan: z.string().nullable(),
        hoursRequested: z.number().int().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        equipment: ref.nullable(),
      })
      .nullable(),
    submittedAt: timestamp.nullable(),
    decision: z.enum(decisions).nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: timestamp.nullable(),
    leaseOffer: z
      .object({
        applicationId: z.uuid(),
        organizationId: z.uuid(),
        unitId: z.uuid().nullable(),
        facilityId: z.uuid().nullable(),
      })
      .nullable()
      .openapi({ description: 'An admitted tenancy applicant: what a lease offer starts from' }),
    waitlisted: z.boolean(),
    scores: z
      .object({
        mean: z.number().nullable(),
        reviewers: z.number().int(),
        criteria: z.array(criterionScoreSchema),
      })
      .nullable()
      .openapi({ description: 'The panel result, shown to the applicant once released' }),
    reviews: z.array(reviewSchema).optional().openapi({ description: 'Every assignment (office only)' }),
    myReview: reviewSchema.nullable().optional().openapi({ description: "The calling reviewer's own sheet" }),
    version: z.number().int(),
  })
  .openapi('Application');
export type ApplicationOut = z.infer<typeof applicationSchema>;

export const applicationListSchema = z
  .object({ items: z.array(applicationSchema), total: z.number().int() })
  .openapi('ApplicationList');

export const applicationListQuery = z.object({ call: z.uuid().optional() });

export const assignSchema = z
  .object({ reviewer: z.uuid().openapi({ description: "A reviewer account's id" }) })
  .strict()
  .openapi('ReviewerAssignment');

export const conflictSchema = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('ConflictOfInterest');

export const scoreSheetSchema = z
  .object({
    scores: z
      .array(
        z
          .object({
            criterion: z.string().max(64),
            score: z.number().int().min(1).max(5),
            comment: z.string().trim().max(5000).default(''),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict()
  .openapi('ScoreSheet');
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

export const decisionSchema = z
  .object({ decision: z.enum(decisions), reason: z.string().trim().min(1).max(5000) })
  .strict()
  .openapi('ApplicationDecision');
export type DecisionInput = z.infer<typeof decisionSchema>;

export const panelSchema = z
  .object({
    call: z.object({
      id: z.uuid(),
      key: z.string(),
      title: localizedTextSchema,
      disagreementThreshold: z.number(),
    }),
    rows: z.array(
      z.object({
        application: z.uuid(),
        organization: ref,
        reviewers: z.number().int().openapi({ description: 'Reviewers with a complete sheet' }),
        assigned: z.number().int(),
        totals: z.array(z.number()).openapi({ description: "Each complete reviewer's weighted score" }),
        mean: z.number().nullable(),
        spread: z.number().nullable(),
        disagreement: z.boolean(),
        rank: z.number().int().nullable(),
        decision: z.enum(decisions).nullable(),
      }),
    ),
  })
  .openapi('PanelSheet');

export const reviewerListSchema = z
  .object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })) })
  .openapi('ReviewerList');
