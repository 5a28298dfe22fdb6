import { z } from '@hono/zod-openapi';
import { keyPattern, supplyChainRoleCodes } from '../../../core/directory/vocabulary.ts';
import {
  introductionStateCodes,
  needCategoryCodes,
  PARTNER_KINDS,
  type PartnerKind,
  postVisibilityCodes,
  seedCategoryCodes,
} from '../../../core/matching/index.ts';
import { bilingual, localizedTextSchema, orNull, paginationQuery } from '../../lib/http.ts';
import { countryCode, keyFormat, latLngTogether, nothingToChange } from '../../lib/messages.ts';

export type PostKind = 'need' | 'seed';

const locationPreferenceSchema = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, countryCode)
      .optional(),
    prefecture: z.string().trim().min(1).max(100).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    radiusKm: z.number().positive().max(20_000).optional(),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), {
    ...latLngTogether,
    path: ['lat'],
  })
  .openapi('LocationPreference');

const postFields = (kind: PostKind) => ({
  key: z.string().regex(keyPattern, keyFormat),
  category: kind === 'need' ? z.enum(needCategoryCodes) : z.enum(seedCategoryCodes),
  title: bilingual,
  body: localizedTextSchema,
  technologies: z.array(z.string().min(1).max(100)).max(50),
  seeksRoles: z.array(z.enum(supplyChainRoleCodes)).max(10),
  quantity: z.string().trim().min(1).max(500),
  timeline: z.string().trim().min(1).max(500),
  location: locationPreferenceSchema,
  trl: z.number().int().min(1).max(9),
  visibility: z.enum(postVisibilityCodes),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** A need or seed as the bundle carries it; `organization` is the owner's key. */
export function postBundleSchema(kind: PostKind) {
  const f = postFields(kind);
  const base = z.object({
    key: f.key,
    organization: z.string().regex(keyPattern),
    category: f.category.optional(),
    title: f.title,
    body: f.body.default({}),
    technologies: f.technologies.default([]),
    quantity: f.quantity.optional(),
    timeline: f.timeline.optional(),
    location: f.location.optional(),
    trl: f.trl.optional(),
    visibility: f.visibility.default('public'),
    expiresAt: f.expiresAt.optional(),
    status: z.enum(['open', 'closed']).default('open'),
  });
  return kind === 'need' ? base.extend({ seeksRoles: f.seeksRoles.default([]) }).strict() : base.strict();
}
export type PostBundle = z.infer<ReturnType<typeof postBundleSchema>> & { seeksRoles?: string[] };

/** Create body: the key is optional (one is made up), the owner defaults to the member's organisation. */
export function postInputSchema(kind: PostKind) {
  const f = postFields(kind);
  const base = z.object({
    key: f.key.optional().openapi({
      description: 'Admin only (a bundle reference); a member’s post is given one, so a key never collides',
    }),
    organizationId: z.uuid().optional().openapi({ description: 'Admin only; members post for their own' }),
    category: f.category,
    title: f.title,
    body: f.body.default({}),
    technologies: f.technologies.default([]),
    quantity: f.quantity.optional(),
    timeline: f.timeline.optional(),
    location: f.location.optional(),
    trl: f.trl.optional(),
    visibility: f.visibility.default('public'),
  });
  return (kind === 'need' ? base.extend({ seeksRoles: f.seeksRoles.default([]) }) : base)
    .strict()
    .openapi(kind === 'need' ? 'NeedInput' : 'SeedInput');
}
export type PostInput = z.infer<ReturnType<typeof postInputSchema>> & { seeksRoles?: string[] };

export function postPatchSchema(kind: PostKind) {
  const f = postFields(kind);
  const base = z.object({
    category: f.category,
    title: f.title,
    body: f.body,
    technologies: f.technologies,
    quantity: f.quantity.nullable(),
    timeline: f.timeline.nullable(),
    location: f.location.nullable(),
    trl: f.trl.nullable(),
    visibility: f.visibility,
    status: z.enum(['open', 'closed']),
  });
  return (kind === 'need' ? base.extend({ seeksRoles: f.seeksRoles }) : base)
    .partial()
    .strict()
    .refine((p) => Object.keys(p).length > 0, nothingToChange)
    .openapi(kind === 'need' ? 'NeedPatch' : 'SeedPatch');
}
export type PostPatch = Partial<
  Omit<PostInput, 'key' | 'organizationId' | 'quantity' | 'timeline' | 'location' | 'trl'>
> & {
  status?: 'open' | 'closed';
  quantity?: string | null;
  timeline?: string | null;
  location?: PostInput['location'] | null;
  trl?: number | null;
};

export const organizationRefSchema = z
  .object({ id: z.uuid(), key: z.string(), name: localizedTextSchema })
  .openapi('OrganizationRef');

export function postSchema(kind: PostKind) {
  return z
    .object({
      id: z.uuid(),
      key: z
        .string()
        .nullable()
        .openapi({ description: 'Withheld (null) with the owner of an anonymous post' }),
      kind: z.literal(kind),
      organization: orNull(organizationRefSchema).openapi({
        description: 'null: anonymous, and not revealed to you',
      }),
      mine: z.boolean(),
      category: z.string(),
      title: localizedTextSchema,
      body: localizedTextSchema,
      technologies: z.array(z.string()),
      seeksRoles: z.array(z.string()),
      quantity: z.string().nullable(),
      timeline: z.string().nullable(),
      location: orNull(locationPreferenceSchema),
      trl: z.number().int().nullable(),
      visibility: z.enum(postVisibilityCodes),
      status: z.enum(['open', 'closed']),
      expired: z.boolean(),
      expiresAt: z.string(),
      version: z.number().int().openapi({
        description: 'Edit version: the ETag is "<version>"; send it back in If-Match when editing',
      }),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .openapi(kind === 'need' ? 'Need' : 'Seed');
}
export type PostOut = z.infer<ReturnType<typeof postSchema>>;

export const postListQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Free text, Japanese or English' }),
  key: z.string().max(100).optional(),
  technology: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'A code; a parent includes its children' }),
  mine: z.enum(['true', 'false']).default('false').openapi({ description: "Only your organisation's posts" }),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  ...paginationQuery,
});

const signal = { value: z.number(), weight: z.number(), share: z.number() };
// Set (with the details left out) where the details would come from an owner withheld from the viewer.
const withheld = z
  .literal(true)
  .optional()
  .openapi({ description: "true: the signal applied; its details are the withheld owner's" });
const termSchema = z.object({ text: z.string(), ja: z.string().optional(), en: z.string().optional() });
const codeMatchSchema = z.object({ code: z.string(), matched: z.string(), credit: z.number() });

export const matchSignalsSchema = z
  .object({
    text: z.object({
      ...signal,
      terms: z.array(termSchema),
      requirements: z
        .array(z.object({ text: z.string(), covered: z.boolean() }))
        .optional()
        .openapi({
          description:
            "The need's distinct requirements (its list items, sentences or listed phrases) and whether this record covers each; only for a need with two or more",
        }),
    }),
    technology: z.object({ ...signal, codes: z.array(codeMatchSchema) }).optional(),
    role: z
      .object({
        ...signal,
        roles: z.array(z.string()).optional(),
        inferred: z
          .array(z.enum(PARTNER_KINDS as [PartnerKind, ...PartnerKind[]]))
          .optional()
          .openapi({ description: 'Kinds of partner read from the need’s words when it named no role' }),
        withheld,
      })
      .optional(),
    distance: z.object({ ...signal, km: z.number().nullable() }).optional(),
    reciprocity: z.object({ ...signal, codes: z.array(codeMatchSchema).optional(), withheld }).optional(),
  })
  .openapi('MatchSignals', {
    description:
      'Each signal: value 0–1, its weight, and its share of the score; with the terms and codes matched',
  });

export const matchListSchema = z
  .object({
    items: z.array(
      z.object({
        type: z.enum(['organization', 'seed', 'need']),
        id: z.uuid(),
        key: z.string().nullable(),
        score: z.number(),
        signals: matchSignalsSchema,
        title: localizedTextSchema.openapi({
          description: 'The seed or need title, or the organisation name',
        }),
        organization: orNull(organizationRefSchema),
      }),
    ),
  })
  .openapi('Matches');

export const matchQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

// Introductions

export const introductionInputSchema = z
  .object({
    fromKind: z.enum(['need', 'seed']),
    fromId: z.uuid(),
    toType: z.enum(['organization', 'seed', 'need']),
    toId: z.uuid(),
    message: z.string().trim().min(1).max(5000),
  })
  .strict()
  .openapi('IntroductionInput');

export const transitionInputSchema = z
  .object({
    to: z.enum(introductionStateCodes),
    reason: z.string().trim().min(1).max(2000).optional(),
    outcome: z.string().trim().min(1).max(2000).optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .openapi('IntroductionTransition');

export const introductionSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(introductionStateCodes),
    from: z.object({
      organization: organizationRefSchema,
      kind: z.enum(['need', 'seed']),
      id: z.uuid(),
      title: localizedTextSchema,
    }),
    to: z.object({
      organization: orNull(organizationRefSchema),
      type: z.enum(['organization', 'seed', 'need']),
      id: z.uuid(),
      title: localizedTextSchema,
    }),
    side: z.enum(['requester', 'recipient', 'coordinator']),
    recipientHasAccount: z.boolean().openapi({
      description:
        'Whether the receiving organisation has an active account to answer in the app; if not, the coordinator follows up by hand',
    }),
    allowed: z
      .array(z.enum(introductionStateCodes))
      .openapi({ description: 'States you may move it to now' }),
    technologies: z.array(z.string()),
    message: z.string(),
    reason: z.string().nullable(),
    outcome: z.string().nullable(),
    expiresAt: z.string(),
    createdAt: z.string(),
    stateChangedAt: z.string(),
    events: z.array(
      z.object({ from: z.string().nullable(), to: z.string(), note: z.string().nullable(), at: z.string() }),
    ),
    tasks: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        dueAt: z.string().nullable(),
        doneAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('Introduction');
export type IntroductionOut = z.infer<typeof introductionSchema>;

export const introductionListQuery = z.object({
  state: z.enum(introductionStateCodes).optional(),
  technology: z.string().max(100).optional(),
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  ...paginationQuery,
});

export const taskInputSchema = z
  .object({ title: z.string().trim().min(1).max(500), dueAt: z.iso.datetime({ offset: true }).optional() })
  .strict()
  .openapi('IntroductionTaskInput');

export const boardSchema = z
  .object({
    byState: z.record(z.string(), z.number().int()),
    byAge: z.array(z.object({ label: z.string(), maxDays: z.number().nullable(), count: z.number().int() })),
    byTechnology: z.array(z.object({ code: z.string(), count: z.number().int() })),
    stalled: z.number().int().openapi({ description: 'Requested or in progress with no change for 14 days' }),
    openTasks: z.number().int(),
    conversion: z.array(
      z.object({
        month: z.string(),
        requested: z.number().int(),
        accepted: z.number().int(),
        meeting: z.number().int(),
        contract: z.number().int(),
      }),
    ),
  })
  .openapi('IntroductionBoard');

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: localizedTextSchema,
    body: localizedTextSchema,
    link: z.string().nullable(),
    read: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Notification');

export const outboxSchema = z
  .object({
    id: z.number().int(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    sent: z.boolean(),
    error: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutboxMail');
