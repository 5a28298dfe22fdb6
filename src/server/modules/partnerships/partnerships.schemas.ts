import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { activityKinds, agreementKinds, agreementStatuses } from '../../../core/partnerships/index.ts';
import { bilingual, localizedTextSchema, sourceSchema } from '../../lib/http.ts';
import { keyFormat, nothingToChange } from '../../lib/messages.ts';

// Shapes only: partnerships.service.ts checks what needs the database (parties that exist, an area of this
// agreement) and what spans fields (renewal after signing), and names the field.

const key = z.string().regex(keyPattern, keyFormat);
const day = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD', example: '2024-04-09' });

const areaInput = z
  .object({ key, name: bilingual, description: localizedTextSchema.default({}) })
  .strict()
  .openapi('AgreementAreaInput');

const agreementFields = {
  key,
  kind: z.enum(agreementKinds),
  title: bilingual,
  summary: localizedTextSchema,
  parties: z
    .array(key)
    .min(2)
    .max(50)
    .openapi({ description: "The parties' organisation keys (at least two)" }),
  signedOn: day.nullable(),
  status: z.enum(agreementStatuses),
  renewalOn: day.nullable(),
  source: sourceSchema.nullable(),
};

export const agreementInputSchema = z
  .object({
    ...agreementFields,
    summary: agreementFields.summary.default({}),
    signedOn: agreementFields.signedOn.default(null),
    status: agreementFields.status.default('active'),
    renewalOn: agreementFields.renewalOn.default(null),
    source: agreementFields.source.default(null),
    areas: z
      .array(areaInput)
      .min(1)
      .max(30)
      .openapi({ description: 'The areas of cooperation, in the order the agreement lists them' }),
  })
  .strict()
  .openapi('AgreementInput');

const { key: _key, ...editable } = agreementFields;
export const agreementPatchSchema = z
  .object({
    ...editable,
    addAreas: z
      .array(areaInput)
      .min(1)
      .max(30)
      .openapi({ description: 'Areas added after the existing ones' }),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('AgreementPatch');

export type AgreementInput = z.infer<typeof agreementInputSchema>;
export type AgreementPatch = z.infer<typeof agreementPatchSchema>;

const partySchema = z
  .object({ id: z.string(), key: z.string(), name: localizedTextSchema })
  .openapi('AgreementParty');

const areaSchema = z
  .object({
    key: z.string(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    tag: z.string().openapi({ description: 'The tag bulletins carry for this area' }),
    lastActivityOn: z.string().nullable(),
    activitiesLastYear: z.number().int(),
    quiet: z.boolean().openapi({ description: 'Nothing recorded under this area in the last year' }),
  })
  .openapi('AgreementArea');

const agreementSummarySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    kind: z.enum(agreementKinds),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    signedOn: z.string().nullable(),
    status: z.enum(agreementStatuses),
    renewalOn: z.string().nullable(),
    source: z
      .object({ url: z.string().optional(), asOf: z.string().optional(), note: z.string().optional() })
      .nullable(),
    illustrative: z.boolean(),
    version: z.number().int(),
    parties: z.array(partySchema),
    areas: z.array(areaSchema),
    quietAreas: z.number().int(),
    activityCount: z.number().int(),
    mayRecord: z
      .boolean()
      .openapi({ description: 'The viewer may record activities (a coordinator or a party)' }),
  })
  .openapi('AgreementSummary');

export const activityInputSchema = z
  .object({
    area: key.openapi({ description: "The area's key within this agreement" }),
    kind: z.enum(activityKinds),
    title: bilingual,
    occurredOn: day,
    participants: z
      .array(key)
      .max(100)
      .default([])
      .openapi({ description: 'Participating organisation keys' }),
    participantNote: localizedTextSchema.default({}).openapi({ description: 'Other participants, in words' }),
    outcome: localizedTextSchema.default({}),
  })
  .strict()
  .openapi('AgreementActivityInput');

export type ActivityInput = z.infer<typeof activityInputSchema>;

export const activitySchema = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: 'Send it back in If-Match to edit or delete' }),
    area: z.string(),
    kind: z.enum(activityKinds),
    title: localizedTextSchema,
    occurredOn: z.string(),
    participants: z.array(partySchema),
    participantNote: localizedTextSchema,
    outcome: localizedTextSchema,
    illustrative: z.boolean(),
  })
  .openapi('AgreementActivity');

export const agreementSchema = agreementSummarySchema
  .extend({
    activities: z.array(activitySchema),
    chart: z
      .object({
        months: z.array(z.string()).openapi({ description: 'YYYY-MM, oldest first' }),
        counts: z
          .array(z.array(z.number().int()))
          .openapi({ description: 'counts[area][month], areas in order' }),
      })
      .openapi('AgreementActivityChart'),
    today: z.string().openapi({ description: 'The date (Japan) the quiet flags were computed for' }),
  })
  .openapi('Agreement');

export const agreementListSchema = z
  .object({ items: z.array(agreementSummarySchema), total: z.number().int() })
  .openapi('AgreementList');
