import { z } from '@hono/zod-openapi';
import {
  consultationChannels,
  consultationEventKinds,
  consultationPriorities,
  consultationStatuses,
  deskTopicCodes,
  eventAudiences,
  referralStates,
} from '../../../core/desk/index.ts';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { listOf, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';
import { keyFormat, sayError } from '../../lib/messages.ts';
import { honeypotField } from '../../lib/public-form.ts';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9][0-9 ()./-]{3,28}[0-9]$/,
    sayError({ ja: '数字と + - ( ) で書いてください', en: 'digits, with + - ( ) if needed' }),
  );
const reachable = sayError({
  ja: 'メールアドレスか電話番号のどちらかを入力してください',
  en: 'give an email address or a phone number',
});
const topic = z.enum(deskTopicCodes);

// ——— Topics ———

export const topicSchema = z
  .object({
    code: topic,
    label: localizedTextSchema,
    firstAnswerDays: z.number().int(),
    closeDays: z.number().int(),
  })
  .openapi('DeskTopic');
export const topicListSchema = z.object({ items: z.array(topicSchema) }).openapi('DeskTopicList');
export const topicParam = z.object({ code: topic.openapi({ param: { name: 'code', in: 'path' } }) });
export const topicPatchSchema = z
  .object({
    firstAnswerDays: z.number().int().min(0).max(250),
    closeDays: z.number().int().min(0).max(250),
  })
  .strict()
  .openapi('DeskTopicPatch');
export type TopicPatch = z.infer<typeof topicPatchSchema>;

// ——— Opening a consultation ———

const consultationFields = {
  companyName: text(200),
  contactName: text(200),
  email: z.email().max(200).optional(),
  phone: phone.optional(),
  topic,
  message: text(10_000),
  language: z.enum(['ja', 'en']),
};

const needsContact = <T extends { email?: string; phone?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (!v.email && !v.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: reachable.error() });
};

export const publicConsultationSchema = z
  .object({
    ...consultationFields,
    website: honeypotField,
  })
  .strict()
  .superRefine(needsContact)
  .openapi('PublicConsultationInput');
export type PublicConsultationInput = z.infer<typeof publicConsultationSchema>;

export const receivedSchema = z
  .object({ received: z.literal(true), receivedAt: z.iso.datetime() })
  .openapi('ConsultationReceived');

export const staffConsultationSchema = z
  .object({
    ...consultationFields,
    channel: z.enum(consultationChannels).optional().openapi({
      description: 'Staff: how it came in (phone, visit, email); a member’s own is always app',
    }),
    organization: z.string().regex(keyPattern, keyFormat).optional().openapi({
      description: 'Staff: the member organisation it belongs to, by key; a member’s own is its organisation',
    }),
  })
  .strict()
  .superRefine(needsContact)
  .openapi('ConsultationInput');
export type StaffConsultationInput = z.infer<typeof staffConsultationSchema>;

// ——— Working on it ———

export const triageSchema = z
  .object({
    owner: z.uuid().optional().openapi({ description: 'A coordinator account; unset: the caller' }),
    priority: z.enum(consultationPriorities).default('normal'),
    topic: topic.optional(),
  })
  .strict()
  .openapi('ConsultationTriage');
export type TriageInput = z.infer<typeof triageSchema>;

export const referSchema = z
  .object({
    partners: z.array(z.string().regex(keyPattern, keyFormat)).min(1).max(10),
    note: text(5_000).optional(),
  })
  .strict()
  .openapi('ConsultationReferral');
export type ReferInput = z.infer<typeof referSchema>;

export const returnSchema = z
  .object({ reason: text(5_000) })
  .strict()
  .openapi('ReferralReturn');

export const noteSchema = z
  .object({
    kind: z.enum(['note', 'answer']).default('note'),
    body: text(10_000),
    audience: z.enum(eventAudiences).optional().openapi({
      description:
        'Who reads a note: staff, partners (default) or company; an answer is always for the company',
    }),
  })
  .strict()
  .openapi('ConsultationNote');
export type NoteInput = z.infer<typeof noteSchema>;

export const closeSchema = z
  .object({ followUpOn: day, summary: text(5_000).optional() })
  .strict()
  .openapi('ConsultationClose');
export type CloseInput = z.infer<typeof closeSchema>;

export const reopenSchema = z
  .object({ reason: text(5_000) })
  .strict()
  .openapi('ConsultationReopen');

export const consultationListQuery = z
  .object({
    topic: topic.optional(),
    status: z.enum(consultationStatuses).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    ...paginationQuery,
  })
  .strict();
export type ConsultationListQuery = z.infer<typeof consultationListQuery>;

// ——— What comes back ———

const orgRef = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });

export const referralSchema = z
  .object({
    id: z.uuid(),
    partner: orgRef,
    state: z.enum(referralStates),
    reason: z.string().nullable(),
    referredAt: z.iso.datetime(),
    respondedAt: orNull(z.iso.datetime()),
  })
  .openapi('ConsultationReferralState');

export const consultationSummarySchema = z
  .object({
    id: z.uuid(),
    channel: z.enum(consultationChannels),
    organization: orNull(orgRef),
    companyName: z.string(),
    topic,
    excerpt: z.string(),
    language: z.enum(['ja', 'en']),
    status: z.enum(consultationStatuses),
    priority: z.enum(consultationPriorities),
    owner: orNull(z.object({ id: z.uuid(), name: z.string() })),
    receivedAt: z.iso.datetime(),
    firstAnswerDue: orNull(day),
    closeDue: orNull(day),
    firstAnsweredAt: orNull(z.iso.datetime()),
    closedAt: orNull(z.iso.datetime()),
    followUpOn: orNull(day),
    overdue: z.object({ firstAnswer: z.boolean(), close: z.boolean() }),
    /** For a partner: its own referral of this case. */
    myReferral: orNull(z.object({ id: z.uuid(), state: z.enum(referralStates) })),
    illustrative: z.boolean(),
  })
  .openapi('ConsultationSummary');
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

export const consultationListSchema = listOf(consultationSummarySchema).openapi('ConsultationList');

export const eventSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(consultationEventKinds),
    audience: z.enum(eventAudiences),
    actorName: z.string(),
    partner: orNull(orgRef),
    body: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .openapi('ConsultationEvent');

export const consultationSchema = consultationSummarySchema
  .extend({
    message: z.string(),
    contact: orNull(
      z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
    ).openapi({ description: 'Private: coordinators, the company’s members and partners who accepted' }),
    referrals: z.array(referralSchema),
    events: z.array(eventSchema),
    version: z.number().int(),
  })
  .openapi('Consultation');
export type ConsultationOut = z.infer<typeof consultationSchema>;
