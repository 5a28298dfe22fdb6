import { z } from '@hono/zod-openapi';
import {
  keyPattern,
  organizationKindCodes,
  supplyChainRoleCodes,
} from '../../../core/directory/vocabulary.ts';
import { bilingual, localizedTextSchema, paginationQuery, sourceSchema } from '../../lib/http.ts';
import { countryCode, keyFormat, latLngTogether, nothingToChange, sayError } from '../../lib/messages.ts';

const codeList = z.array(z.string().min(1).max(100)).max(200);

export const locationSchema = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, countryCode)
      .optional(),
    prefecture: z.string().trim().min(1).max(100).optional(),
    city: z.string().trim().min(1).max(200).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), {
    ...latLngTogether,
    path: ['lat'],
  });

// The fields without defaults: PATCH must not fill in defaults for what it leaves out.
const organizationFields = {
  key: z.string().regex(keyPattern, keyFormat),
  name: bilingual,
  kind: z.enum(organizationKindCodes),
  roles: z.array(z.enum(supplyChainRoleCodes)).max(10),
  clusters: codeList,
  technologies: codeList,
  applications: codeList,
  description: localizedTextSchema,
  location: locationSchema,
  memberships: codeList,
  website: z.url({ protocol: /^https?$/ }).max(2000),
  sources: z.array(sourceSchema).max(50),
  illustrative: z.boolean(),
  published: z.boolean(),
};

/** An organisation as the data bundle carries it (DESIGN.md §4); also the create body. */
export const organizationInputSchema = z
  .object({
    ...organizationFields,
    roles: organizationFields.roles.default([]),
    clusters: organizationFields.clusters.default(['fusion']),
    technologies: organizationFields.technologies.default([]),
    applications: organizationFields.applications.default([]),
    description: organizationFields.description.default({}),
    location: organizationFields.location.optional(),
    memberships: organizationFields.memberships.default([]),
    website: organizationFields.website.optional(),
    sources: organizationFields.sources.default([]),
    illustrative: organizationFields.illustrative.default(false),
    published: organizationFields.published.default(true),
  })
  .strict()
  .openapi('OrganizationInput');

export type OrganizationInput = z.infer<typeof organizationInputSchema>;

// PATCH: only the fields sent change; key changes are allowed for admins only (checked in the service).
// `null` clears an optional field (website, location).
export const organizationPatchSchema = z
  .object({
    ...organizationFields,
    website: organizationFields.website.nullable(),
    location: organizationFields.location.nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('OrganizationPatch');

export type OrganizationPatch = z.infer<typeof organizationPatchSchema>;

const rangeList = z.array(z.tuple([z.number().int(), z.number().int()]));
const highlightText = z.object({ ja: rangeList.optional(), en: rangeList.optional() });

export const organizationSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: localizedTextSchema,
    kind: z.enum(organizationKindCodes),
    roles: z.array(z.string()),
    clusters: z.array(z.string()),
    technologies: z.array(z.string()),
    applications: z.array(z.string()),
    description: localizedTextSchema,
    location: z.object({
      country: z.string().optional(),
      prefecture: z.string().optional(),
      city: z.string().optional(),
      lat: z.number().optional(),
      lng: z.number().optional(),
    }),
    memberships: z.array(z.string()),
    website: z.string().optional(),
    sources: z.array(sourceSchema),
    illustrative: z.boolean(),
    published: z.boolean(),
    createdAt: z.string(),
    version: z.number().int().openapi({
      description: 'Edit version: the ETag is "<version>"; send it back in If-Match when editing',
    }),
    updatedAt: z.string(),
    highlights: z
      .object({ name: highlightText, description: highlightText })
      .optional()
      .openapi({ description: 'Character ranges [start, end) of matched terms, for <mark>' }),
  })
  .openapi('Organization');

export type OrganizationOut = z.infer<typeof organizationSchema>;

const csv = (name: string) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .openapi({ description: `${name}; several separated by commas match any of them` });

export const organizationFilterSchema = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Free text, Japanese or English', example: '超伝導' }),
  key: z.string().max(100).optional(),
  cluster: z.string().max(100).optional(),
  technology: csv('Technology codes (a parent includes its children)'),
  kind: csv('Organisation kinds'),
  role: csv('Supply-chain roles'),
  prefecture: z.string().max(100).optional(),
  region: z.string().max(40).optional().openapi({
    description:
      'A region: `tohoku` (the six prefectures), one of them (`aomori`, `iwate`, `miyagi`, `akita`, `yamagata`, `fukushima`), `japan`, `abroad`, another heat-map region (`kanto`…) or a country code',
    example: 'tohoku',
  }),
  country: z.string().max(2).optional(),
  membership: z.string().max(100).optional().openapi({ description: 'Key of an association' }),
  status: z.enum(['published', 'unpublished', 'all']).default('published').openapi({
    description: 'Unpublished profiles are visible to admins and to their own members only',
  }),
});

export const organizationSorts = ['relevance', 'name', 'updated'] as const;
export type OrganizationSort = (typeof organizationSorts)[number];
const sortQuery = {
  sort: z.enum(organizationSorts).default('relevance').openapi({
    description:
      '`relevance`: matches in the name first, then by name (without text, name order); `name`: by name in the language asked for (Accept-Language: Japanese collation, or the English name); `updated`: most recently changed first',
  }),
};

export const organizationListQuery = organizationFilterSchema.extend({ ...paginationQuery, ...sortQuery });
export const organizationExportQuery = organizationFilterSchema.extend({
  ...sortQuery,
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export type OrganizationFilter = z.infer<typeof organizationFilterSchema>;

const facetCount = z.number().int().openapi({
  description: 'Organisations that match the search and every other filter, the place filters aside',
});

export const organizationFacetsSchema = z
  .object({
    regions: z.array(z.object({ key: z.string(), label: localizedTextSchema, organizations: facetCount })),
    prefectures: z.array(
      z.object({
        country: z.string().nullable(),
        prefecture: z.string(),
        code: z
          .string()
          .nullable()
          .openapi({ description: 'JIS X 0401 code of a Japanese prefecture (01–47); null abroad' }),
        label: localizedTextSchema,
        organizations: facetCount,
      }),
    ),
  })
  .openapi('OrganizationFacets');
export type OrganizationFacets = z.infer<typeof organizationFacetsSchema>;

const frontCoded = z
  .object({
    shared: z.string().openapi({
      description:
        'base64, one byte per point: how many leading UTF-16 units the value shares with the previous one',
    }),
    rest: z.array(z.string()).openapi({ description: 'Each value without its shared beginning' }),
  })
  .openapi('FrontCodedTexts', {
    description: 'Texts in point order, front-coded: value[i] = value[i-1].slice(0, shared[i]) + rest[i]',
  });

export const organizationPointsSchema = z
  .object({
    encoding: z.literal('columns/1'),
    total: z.number().int().openapi({ description: 'Number of points: every match that has coordinates' }),
    unplaced: z.number().int().openapi({ description: 'Matches left off the map for want of coordinates' }),
    keys: frontCoded.openapi({ description: 'Organisation keys' }),
    names: z.object({ ja: frontCoded, en: frontCoded }).openapi({
      description: 'Names in each language; an empty string where the organisation has none in that language',
    }),
    lat: z.string().openapi({ description: 'base64 of little-endian Int32 per point: latitude × 100,000' }),
    lng: z.string().openapi({ description: 'base64 of little-endian Int32 per point: longitude × 100,000' }),
    kinds: z.array(z.enum(organizationKindCodes)),
    kind: z.string().openapi({ description: 'base64, one byte per point: an index into `kinds`' }),
    roleSets: z.array(z.array(z.string())),
    roles: z
      .string()
      .openapi({ description: 'base64 of little-endian Uint16 per point: an index into `roleSets`' }),
  })
  .openapi('OrganizationPoints', {
    description:
      'Every placed match in name order, one column per field (decoder: src/core/directory/points-codec.ts). ' +
      'Point i is keys[i], names.ja[i], names.en[i], lat[i], lng[i], kinds[kind[i]], roleSets[roles[i]].',
  });

const orgRef = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });

/** An organisation as a picker lists it. */
export const organizationRefSchema = orgRef.extend({ published: z.boolean() }).openapi('OrganizationChoice');

/** What an organisation does on the platform, for its profile (the hub): posts, links, introductions. */
export const organizationActivitySchema = z
  .object({
    needs: z.array(
      z.object({
        id: z.uuid(),
        title: localizedTextSchema,
        category: z.string(),
        technologies: z.array(z.string()),
        expiresAt: z.string(),
      }),
    ),
    seeds: z.array(
      z.object({
        id: z.uuid(),
        title: localizedTextSchema,
        category: z.string(),
        technologies: z.array(z.string()),
        expiresAt: z.string(),
      }),
    ),
    relations: z.array(
      z.object({
        type: z.string(),
        since: z.string().nullable(),
        direction: z.enum(['outgoing', 'incoming']).openapi({
          description:
            'outgoing: this organisation is the relation\'s "from" (the supplier of a supplier-customer link)',
        }),
        organization: orgRef,
      }),
    ),
    introductions: z
      .array(
        z.object({
          id: z.uuid(),
          state: z.string(),
          side: z.enum(['requester', 'recipient']),
          counterpart: orgRef.nullable().openapi({ description: 'Null while an anonymous owner is hidden' }),
          fromTitle: localizedTextSchema,
          toTitle: localizedTextSchema,
          stateChangedAt: z.string(),
        }),
      )
      .nullable()
      .openapi({
        description: "Only for the organisation's own members and coordinators; null for anyone else",
      }),
  })
  .openapi('OrganizationActivity');

export type OrganizationActivity = z.infer<typeof organizationActivitySchema>;

const phoneNumber = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9][0-9 ()./-]{3,28}[0-9]$/,
    sayError({ ja: '数字と + - ( ) で書いてください', en: 'digits, with + - ( ) if needed' }),
  );

const consentSchema = z
  .object({
    at: z.iso.date().openapi({ description: 'The day the person consented', example: '2026-04-01' }),
    purpose: z.string().trim().min(1).max(500).openapi({
      description: 'What the person agreed to, e.g. "listed as contact for procurement enquiries"',
    }),
  })
  .strict();

const contactFields = {
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  email: z.email().max(200),
  phone: phoneNumber,
  consent: consentSchema,
};

/** A contact person; stored only with the consent the person gave (when, for what). */
export const contactInputSchema = z
  .object({
    ...contactFields,
    title: contactFields.title.optional(),
    email: contactFields.email.optional(),
    phone: contactFields.phone.optional(),
  })
  .strict()
  .openapi('ContactInput');

export type ContactInput = z.infer<typeof contactInputSchema>;

// `null` clears an optional field.
export const contactPatchSchema = z
  .object({
    ...contactFields,
    title: contactFields.title.nullable(),
    email: contactFields.email.nullable(),
    phone: contactFields.phone.nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('ContactPatch');

export type ContactPatch = z.infer<typeof contactPatchSchema>;

export const contactSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    consent: z.object({
      at: z.string(),
      purpose: z.string(),
      recordedBy: z.string().nullable().openapi({ description: 'Name of the account that recorded it' }),
    }),
    updatedAt: z.string(),
  })
  .openapi('Contact');

export type ContactOut = z.infer<typeof contactSchema>;
