import { z } from '@hono/zod-openapi';
import { keyPattern, organizationKindCodes } from '../../../core/directory/vocabulary.ts';
import { surveyRegionKeys } from '../../../core/surveys/index.ts';
import { surveyOrigins } from '../../../core/surveys/types.ts';
import { bilingual, listOf, localizedTextSchema } from '../../lib/http.ts';
import { keyFormat } from '../../lib/messages.ts';

// Shapes only: src/core/surveys checks keys, conditions and answers and names the question.
const key = z.string().min(1).max(64);
const text = localizedTextSchema;
// Numbers bounded to their domain (issue 12): a scale position is small, a number question's bounds stay
// exactly representable, and no more choices can be required than a question may have.
const maxScore = 1000;
const maxBound = 1e15;
const choice = z
  .object({ key, label: text, score: z.number().min(-maxScore).max(maxScore).optional() })
  .strict();
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

export const questionSchema = z
  .discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('single'), choices }).strict(),
    z
      .object({
        ...base,
        type: z.literal('multiple'),
        choices,
        maxChoices: z.number().int().min(1).max(60).optional(),
      })
      .strict(),
    z.object({ ...base, type: z.literal('likert'), choices }).strict(),
    z
      .object({
        ...base,
        type: z.literal('number'),
        min: z.number().min(-maxBound).max(maxBound).optional(),
        max: z.number().min(-maxBound).max(maxBound).optional(),
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
            z
              .object({ key, label: text, attributes: z.array(z.string().max(64)).max(10).optional() })
              .strict(),
          )
          .min(1)
          .max(60),
        choices,
      })
      .strict(),
  ])
  .openapi('SurveyQuestion');

export const definitionSchema = z
  .object({ questions: z.array(questionSchema).min(1).max(200) })
  .strict()
  .openapi('SurveyDefinition');

const populationSchema = z
  .object({
    kinds: z.array(z.enum(organizationKindCodes)).max(20).optional(),
    memberships: z.array(z.string().max(100)).max(50).optional(),
    regions: z.array(z.enum(surveyRegionKeys)).max(20).optional(),
    clusters: z.array(z.string().max(100)).max(50).optional(),
    organizations: z.array(z.string().max(100)).max(5000).optional(),
  })
  .strict()
  .openapi('SurveyPopulation', { description: 'Who is invited: organisations matching every list given' });

const surveyFields = {
  key: z.string().regex(keyPattern, keyFormat),
  title: bilingual,
  description: text.default({}),
  definition: definitionSchema,
  anonymity: z.enum(['named', 'anonymous']).default('named'),
  minCell: z.number().int().min(1).max(50).default(3),
  closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  reminderDays: z.array(z.number().int().min(1).max(90)).max(10).default([7, 3, 1]),
  population: populationSchema.default({}),
};

export const surveyInputSchema = z.object(surveyFields).strict().openapi('SurveyInput');
export type SurveyInput = z.infer<typeof surveyInputSchema>;

const answerMapSchema = z
  .record(
    z.string().max(64),
    z.union([
      z.string().max(20_000),
      z.number(),
      z.array(z.string().max(64)).max(60),
      z.record(z.string(), z.string()),
    ]),
  )
  .openapi('SurveyAnswerMap', {
    description:
      'Question key → answer: a choice key (single, likert), choice keys (multiple), a number, YYYY-MM-DD (date), text, or item key → choice key (matrix)',
  });

export const answersSchema = z.object({ answers: answerMapSchema }).strict().openapi('SurveyAnswers');

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

// ——— Responses: what the service returns, for the OpenAPI document (not checked at run time) ———

const status = z.enum(['draft', 'open', 'closed']);
const anonymity = z.enum(['named', 'anonymous']);
const timestamp = z.string().openapi({ format: 'date-time' });
const count = z.number().int().min(0);

export const surveySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    title: localizedTextSchema,
    description: localizedTextSchema,
    definition: definitionSchema,
    version: z.number().int().openapi({ description: 'Counts definition changes; answers record theirs' }),
    status,
    anonymity,
    minCell: z.number().int(),
    closesAt: timestamp.nullable(),
    reminderDays: z.array(z.number().int()),
    population: z.object({
      kinds: z.array(z.string()).optional(),
      memberships: z.array(z.string()).optional(),
      regions: z.array(z.string()).optional(),
      clusters: z.array(z.string()).optional(),
      organizations: z.array(z.string()).optional(),
    }),
    synthetic: z.boolean().openapi({ description: 'Constructed data, to be labelled as such' }),
    origin: z.enum(surveyOrigins).openapi({
      description:
        "Whose survey: the coordinator's, or one another module opened (a desk case's aftercare, an event's feedback)",
    }),
    createdBy: z.uuid().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    openedAt: timestamp.nullable(),
    closedAt: timestamp.nullable(),
  })
  .openapi('Survey');

export const surveySummarySchema = surveySchema
  .extend({ invited: count, answered: count.openapi({ description: 'Submitted responses' }) })
  .openapi('SurveySummary');

export const surveyTemplateSchema = z
  .object({
    key: z.string(),
    title: localizedTextSchema,
    description: localizedTextSchema,
    questions: z.array(questionSchema),
  })
  .openapi('SurveyTemplate');

export const invitationLinkSchema = z
  .object({
    invitationId: z.uuid(),
    invitee: z.string().openapi({ description: 'Name at invitation time' }),
    kind: z.string(),
    link: z.url().openapi({ description: 'The personal link: whoever holds it can answer' }),
  })
  .openapi('SurveyInvitationLink');

export const openedSchema = z
  .object({
    invited: count,
    mails: count.openapi({
      description: 'Invitation mails sent: one per member account of each organisation',
    }),
    withoutContact: count.openapi({ description: 'Organisations without an account: pass on their link' }),
    links: z.array(invitationLinkSchema),
  })
  .openapi('SurveyOpened');

export const populationQuerySchema = z
  .object({ population: populationSchema })
  .strict()
  .openapi('SurveyPopulationQuery');

export const inviteeListSchema = z
  .object({
    items: z.array(
      z
        .object({
          id: z.uuid(),
          key: z.string(),
          name: localizedTextSchema,
          kind: z.string(),
          country: z.string().nullable(),
          prefecture: z.string().nullable(),
          accounts: count.openapi({ description: 'Member accounts that will receive the invitation mail' }),
        })
        .openapi('SurveyInvitee'),
    ),
    total: count,
    withoutContact: count.openapi({
      description: 'Invitees without an account: their link is passed on by hand',
    }),
  })
  .openapi('SurveyInvitees');

export const progressSchema = z
  .object({
    status,
    invited: count,
    answered: count,
    drafts: count.openapi({ description: 'Started, not submitted' }),
    rate: z.number().min(0).max(1),
    byKind: z.array(z.object({ kind: z.string(), invited: count, answered: count })),
    answeredOverTime: z.array(
      z.object({ date: z.iso.date(), answered: count.openapi({ description: 'Running total' }) }),
    ),
    notAnswered: z.array(
      z.object({
        invitationId: z.uuid(),
        invitee: z.string(),
        kind: z.string(),
        started: z.boolean().openapi({ description: 'Has a saved draft' }),
        reminders: count,
        lastRemindedAt: timestamp.nullable(),
      }),
    ),
  })
  .openapi('SurveyProgress');

export const remindedSchema = z
  .object({
    reminded: count.openapi({ description: 'Organisations reminded through their member accounts' }),
    withoutContact: count.openapi({ description: 'Organisations without an account: pass on their link' }),
    mails: count,
  })
  .openapi('SurveyReminders');

const baseSizesSchema = z
  .object({
    respondents: count,
    shown: count.openapi({ description: 'Respondents whose conditions showed them the question' }),
    answered: count,
    used: z.enum(['answered', 'respondents']).openapi({ description: 'The denominator of the shares' }),
  })
  .openapi('SurveyBaseSizes');

const choiceCountSchema = z
  .object({ key: z.string(), label: localizedTextSchema, count, share: z.number().min(0).max(1) })
  .openapi('SurveyChoiceCount');

const questionSummarySchema = z
  .union([
    z
      .object({
        key: z.string(),
        type: z.enum(['single', 'likert', 'multiple']),
        base: baseSizesSchema,
        counts: z.array(choiceCountSchema),
        mean: z.number().nullable().openapi({ description: 'Mean score; null for multiple choice' }),
      })
      .openapi('SurveyChoiceSummary'),
    z
      .object({
        key: z.string(),
        type: z.literal('matrix'),
        base: baseSizesSchema,
        items: z.array(
          z
            .object({
              key: z.string(),
              label: localizedTextSchema,
              answered: count,
              counts: z.array(choiceCountSchema),
              mean: z.number().nullable(),
            })
            .openapi('SurveyMatrixItemSummary'),
        ),
      })
      .openapi('SurveyMatrixSummary'),
    z
      .object({
        key: z.string(),
        type: z.literal('number'),
        base: baseSizesSchema,
        mean: z.number().nullable(),
        median: z.number().nullable(),
        min: z.number().nullable(),
        max: z.number().nullable(),
      })
      .openapi('SurveyNumberSummary'),
    z
      .object({
        key: z.string(),
        type: z.literal('date'),
        base: baseSizesSchema,
        earliest: z.iso.date().nullable(),
        latest: z.iso.date().nullable(),
      })
      .openapi('SurveyDateSummary'),
    z
      .object({
        key: z.string(),
        type: z.literal('text'),
        base: baseSizesSchema,
        texts: z.array(z.string()).openapi({ description: 'Up to 200; empty in an anonymous survey' }),
        terms: z.array(z.object({ term: z.string(), count })),
      })
      .openapi('SurveyTextSummary'),
  ])
  .openapi('SurveyQuestionSummary');

export const resultsSchema = z
  .object({
    key: z.string(),
    title: localizedTextSchema,
    synthetic: z.boolean(),
    anonymity,
    invited: count,
    respondents: count,
    questions: z.array(questionSummarySchema),
  })
  .openapi('SurveyResults');

export const crossTabSchema = z
  .object({
    row: z.string(),
    column: z.string(),
    columns: z.array(z.object({ key: z.string(), label: localizedTextSchema })),
    rows: z.array(
      z.object({
        key: z.string(),
        label: localizedTextSchema,
        total: count.nullable().openapi({ description: 'null when a cell of the row is withheld' }),
        cells: z.array(
          z.object({
            key: z.string(),
            count: count.nullable().openapi({ description: 'null: below the minimum cell, withheld' }),
            share: z.number().nullable(),
          }),
        ),
      }),
    ),
    minCell: z.number().int(),
    suppressed: z.boolean(),
  })
  .openapi('SurveyCrossTab');

export const surveyResponseSchema = z
  .object({ answers: answerMapSchema, invitee: z.string(), kind: z.string() })
  .openapi('SurveyResponse');

export const weightSetsSchema = z
  .object({
    method: z.enum(['mean', 'important']),
    groups: z.array(
      z.object({
        group: z.string().openapi({ description: 'A choice of the grouping question, or `all`' }),
        base: count.openapi({ description: 'Respondents in the group who answered the matrix' }),
        items: z.array(
          z.object({
            key: z.string(),
            label: localizedTextSchema,
            attributes: z.array(z.string()),
            value: z.number().openapi({ description: 'Mean score or share important, before normalising' }),
            weight: z.number(),
          }),
        ),
        criteria: z.array(
          z.object({
            attribute: z.string().openapi({ description: 'A measurable site attribute' }),
            weight: z.number(),
            direction: z.enum(['benefit', 'cost']),
          }),
        ),
        unmapped: z.array(z.string()).openapi({ description: 'Items with no measurable site attribute' }),
      }),
    ),
  })
  .openapi('SurveyWeights');

export const mySurveySchema = z
  .object({
    title: localizedTextSchema,
    closesAt: timestamp.nullable(),
    submittedAt: timestamp.nullable(),
    link: z.url(),
  })
  .openapi('MySurvey');

export const savedAnswersSchema = z
  .object({ answers: answerMapSchema, submittedAt: timestamp.nullable(), updatedAt: timestamp })
  .openapi('SurveySavedAnswers');

export const linkViewSchema = z
  .object({
    survey: surveySchema
      .pick({
        key: true,
        title: true,
        description: true,
        definition: true,
        version: true,
        status: true,
        anonymity: true,
        closesAt: true,
      })
      .openapi('SurveyForRespondent'),
    invitee: z.string(),
    expiresAt: timestamp.nullable(),
    // A union, not savedAnswersSchema.nullable(): that keeps the component's name, and the generator would
    // then make the SurveySavedAnswers component itself nullable (the draft and submit routes return it too).
    response: z
      .union([savedAnswersSchema, z.null()])
      .openapi({ description: 'null until answers are saved' }),
  })
  .openapi('SurveyLinkView');

export const surveyListQuery = z.object({
  origin: z
    .enum([...surveyOrigins, 'all'])
    .default('coordinator')
    .openapi({ description: "Which surveys: the coordinator's own (default), another origin, or all" }),
});

export const surveyListSchema = listOf(surveySummarySchema);
export const templateListSchema = listOf(surveyTemplateSchema);
export const invitationLinkListSchema = listOf(invitationLinkSchema);
export const surveyResponseListSchema = listOf(surveyResponseSchema);
export const mySurveyListSchema = listOf(mySurveySchema);
