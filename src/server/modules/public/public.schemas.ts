import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { bilingual, listOf, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';
import { keyFormat, nothingToChange, sayError } from '../../lib/messages.ts';
import { honeypotField } from '../../lib/public-form.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime();

// ——— Explainers ———

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(
    slugPattern,
    sayError({
      ja: '英小文字・数字・ハイフンで書いてください',
      en: 'lower-case letters, digits and hyphens',
    }),
  );

export const slugParam = z.object({ slug: slug.openapi({ param: { name: 'slug', in: 'path' } }) });

export const publicSourceSchema = z
  .object({
    label: text(300),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    asOf: z.iso.date().optional(),
  })
  .strict()
  .openapi('PublicSource');

export const explainerInputSchema = z
  .object({
    slug,
    title: bilingual,
    summary: bilingual,
    body: bilingual.openapi({
      description: 'Markdown per language; raw HTML is escaped, links only http(s)/mailto',
    }),
    sources: z.array(publicSourceSchema).max(50).default([]),
    published: z.boolean().default(false),
  })
  .strict()
  .openapi('ExplainerInput');
export type ExplainerInput = z.infer<typeof explainerInputSchema>;

const explainerFields = {
  id: z.uuid(),
  slug: z.string(),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  published: z.boolean(),
  illustrative: z.boolean(),
  updatedAt: instant,
};
export const explainerSummarySchema = z.object(explainerFields).openapi('ExplainerSummary');
export const explainerSchema = z
  .object({
    ...explainerFields,
    version: z.number().int(),
    body: localizedTextSchema.openapi({ description: 'The Markdown as written' }),
    html: localizedTextSchema.openapi({ description: 'The Markdown rendered and sanitised' }),
    sources: z.array(publicSourceSchema),
  })
  .openapi('Explainer');
export const explainerListSchema = listOf(explainerSummarySchema).openapi('ExplainerList');

// ——— Residents' questions ———

const email = z.email().max(200);

export const askQuestionSchema = z
  .object({
    question: text(4000),
    language: z.enum(['ja', 'en']),
    name: z.string().trim().max(100).optional().openapi({ description: 'Shown with the question if given' }),
    email: email.optional().openapi({ description: 'Private: only to tell the asker of the answer' }),
    website: honeypotField,
  })
  .strict()
  .openapi('AskQuestionInput');
export type AskQuestionInput = z.infer<typeof askQuestionSchema>;

export const followSchema = z
  .object({ email, website: honeypotField })
  .strict()
  .openapi('FollowQuestionInput');
export type FollowInput = z.infer<typeof followSchema>;

export const receivedSchema = z.object({ received: z.literal(true) }).openapi('PublicSubmissionReceived');

const answerSchema = z
  .object({
    text: bilingual,
    organization: z
      .string()
      .regex(keyPattern, keyFormat)
      .openapi({ description: 'The answering organisation, by key' }),
  })
  .strict()
  .openapi('QuestionAnswerInput');
export type AnswerInput = z.infer<typeof answerSchema>;

export const publishSchema = z
  .object({ answer: answerSchema.optional() })
  .strict()
  .openapi('PublishQuestionInput');
export type PublishInput = z.infer<typeof publishSchema>;
export const answerInputSchema = z.object({ answer: answerSchema }).strict().openapi('AnswerQuestionInput');
export const mergeSchema = z.object({ into: z.uuid() }).strict().openapi('MergeQuestionInput');
export const rejectSchema = z
  .object({ reason: text(1000) })
  .strict()
  .openapi('RejectQuestionInput');

export const questionStatuses = ['pending', 'published', 'merged', 'rejected'] as const;

const publicAnswer = z.object({
  text: localizedTextSchema,
  organization: z.object({ key: z.string(), name: localizedTextSchema }),
  answeredAt: instant,
});

/** What anyone sees of a published question: never the e-mail. */
export const publicQuestionSchema = z
  .object({
    id: z.uuid(),
    question: z.string(),
    language: z.enum(['ja', 'en']),
    askerName: orNull(z.string()),
    askedAt: instant,
    publishedAt: orNull(instant),
    answer: orNull(publicAnswer),
    illustrative: z.boolean(),
  })
  .openapi('PublicQuestion');
export const publicQuestionListSchema = listOf(publicQuestionSchema).openapi('PublicQuestionList');
export const publicQuestionQuery = z.object({
  q: z.string().max(200).optional(),
  answered: z.enum(['true', 'false']).optional(),
  ...paginationQuery,
});
export type PublicQuestionQuery = z.infer<typeof publicQuestionQuery>;

/** The coordinator's view: the private contact and the moderation state. */
export const moderatedQuestionSchema = publicQuestionSchema
  .extend({
    status: z.enum(questionStatuses),
    email: orNull(z.string()),
    rejectReason: orNull(z.string()),
    mergedInto: orNull(z.uuid()),
    followers: z.number().int(),
  })
  .openapi('ModeratedQuestion');
export const moderatedQuestionListSchema = listOf(moderatedQuestionSchema).openapi('ModeratedQuestionList');
export const moderationQuery = z.object({ status: z.enum(questionStatuses).optional(), ...paginationQuery });
export type ModerationQuery = z.infer<typeof moderationQuery>;

export const followTokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

// ——— FAQ ———

export const faqInputSchema = z
  .object({
    question: bilingual,
    answer: bilingual,
    consultation: z
      .uuid()
      .optional()
      .openapi({ description: 'The consultation it comes from; never shown publicly' }),
    published: z.boolean().default(true),
  })
  .strict()
  .openapi('FaqInput');
export type FaqInput = z.infer<typeof faqInputSchema>;

export const faqPatchSchema = z
  .object({ question: bilingual.optional(), answer: bilingual.optional(), published: z.boolean().optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, nothingToChange)
  .openapi('FaqPatch');
export type FaqPatch = z.infer<typeof faqPatchSchema>;

export const faqEntrySchema = z
  .object({
    id: z.uuid(),
    question: localizedTextSchema,
    answer: localizedTextSchema,
    published: z.boolean(),
    updatedAt: instant,
    version: z.number().int(),
  })
  .openapi('FaqEntry');
export const faqListSchema = listOf(faqEntrySchema).openapi('FaqList');
export const faqQuery = z.object({ q: z.string().max(200).optional(), ...paginationQuery });
export type FaqQuery = z.infer<typeof faqQuery>;
