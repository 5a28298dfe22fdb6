import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { bookingUnits, DEFAULT_MAX_TERM_MONTHS, unitKinds } from '../../../core/incubation/index.ts';
import { bilingual, localizedTextSchema, paginationQuery, sourceSchema } from '../../lib/http.ts';
import { keyFormat, latLngTogether, nothingToChange, sayError } from '../../lib/messages.ts';

export const unitKindCodes = Object.keys(unitKinds) as [
  keyof typeof unitKinds,
  ...(keyof typeof unitKinds)[],
];
export const bookingUnitCodes = Object.keys(bookingUnits) as [
  keyof typeof bookingUnits,
  ...(keyof typeof bookingUnits)[],
];
export const unitStatusCodes = ['free', 'leased', 'reserved'] as const;

const key = z.string().regex(keyPattern, keyFormat);
const amount = z.number().finite().min(0).max(1e9);
const yen = z.number().int().min(0).max(2_000_000_000);

const facilityLocationSchema = z
  .object({
    prefecture: z.string().trim().min(1).max(100).optional(),
    city: z.string().trim().min(1).max(200).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), { ...latLngTogether, path: ['lat'] });

// ——— Facilities ———

const facilityFields = {
  key,
  organization: key.openapi({ description: "The owner's key in the directory" }),
  site: key.openapi({ description: 'Key of the candidate site it stands on (siting)' }),
  name: bilingual,
  description: localizedTextSchema,
  location: facilityLocationSchema,
  maxTermMonths: z.number().int().min(1).max(600),
  sources: z.array(sourceSchema).max(50),
  illustrative: z.boolean(),
  published: z.boolean(),
};

/** A facility as the bundle carries it and the create body takes it. */
export const facilityInputSchema = z
  .object({
    ...facilityFields,
    site: facilityFields.site.optional(),
    description: facilityFields.description.default({}),
    location: facilityFields.location.optional(),
    maxTermMonths: facilityFields.maxTermMonths.default(DEFAULT_MAX_TERM_MONTHS),
    sources: facilityFields.sources.default([]),
    illustrative: facilityFields.illustrative.default(false),
    published: facilityFields.published.default(true),
  })
  .strict()
  .openapi('FacilityInput');
export type FacilityInput = z.infer<typeof facilityInputSchema>;

/** PATCH: the fields sent change; `null` clears the site or the location. */
export const facilityPatchSchema = z
  .object({
    ...facilityFields,
    site: facilityFields.site.nullable(),
    location: facilityFields.location.nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('FacilityPatch');
export type FacilityPatch = z.infer<typeof facilityPatchSchema>;

// ——— Units ———

const unitFields = {
  key,
  kind: z.enum(unitKindCodes),
  name: bilingual,
  floorAreaM2: amount,
  floorLoadTPerM2: amount,
  ceilingHeightM: amount,
  craneT: amount,
  powerKva: amount,
  ehv: z.boolean().openapi({ description: 'Extra-high-voltage supply available' }),
  cleanClass: z
    .number()
    .int()
    .min(1)
    .max(9)
    .openapi({ description: 'ISO 14644-1 class; absent: no clean room' }),
  seismicIsolation: z.boolean(),
  monthlyRentJpy: yen,
  media: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(30)
    .openapi({
      description: 'Floor plans and photos',
    }),
  status: z.enum(unitStatusCodes).openapi({ description: 'Settable until leases exist' }),
};

const unitOptional = {
  floorLoadTPerM2: unitFields.floorLoadTPerM2.optional(),
  ceilingHeightM: unitFields.ceilingHeightM.optional(),
  craneT: unitFields.craneT.optional(),
  powerKva: unitFields.powerKva.optional(),
  cleanClass: unitFields.cleanClass.optional(),
  monthlyRentJpy: unitFields.monthlyRentJpy.optional(),
  ehv: unitFields.ehv.default(false),
  seismicIsolation: unitFields.seismicIsolation.default(false),
  media: unitFields.media.default([]),
  status: unitFields.status.default('free'),
};

export const unitInputSchema = z
  .object({ ...unitFields, ...unitOptional })
  .strict()
  .openapi('FacilityUnitInput');
export type UnitInput = z.infer<typeof unitInputSchema>;

/** A unit in the bundle names its facility by key. */
export const unitBundleSchema = z.object({ ...unitFields, ...unitOptional, facility: key }).strict();
export type UnitBundle = z.infer<typeof unitBundleSchema>;

const nullable = <T extends z.ZodType>(s: T) => s.nullable();
export const unitPatchSchema = z
  .object({
    ...unitFields,
    floorLoadTPerM2: nullable(unitFields.floorLoadTPerM2),
    ceilingHeightM: nullable(unitFields.ceilingHeightM),
    craneT: nullable(unitFields.craneT),
    powerKva: nullable(unitFields.powerKva),
    cleanClass: nullable(unitFields.cleanClass),
    monthlyRentJpy: nullable(unitFields.monthlyRentJpy),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('FacilityUnitPatch');
export type UnitPatch = z.infer<typeof unitPatchSchema>;

// ——— Equipment ———

const equipmentFields = {
  key,
  name: bilingual,
  description: localizedTextSchema,
  technologies: z.array(z.string().min(1).max(100)).max(50),
  bookingUnit: z.enum(bookingUnitCodes),
  feeMemberJpy: yen.openapi({ description: 'Per booking unit, for cluster members; absent: not published' }),
  feeNonMemberJpy: yen.openapi({ description: 'Per booking unit, for others; absent: not published' }),
  approvalRequired: z.boolean(),
  sources: z.array(sourceSchema).max(50),
  illustrative: z.boolean(),
};

const equipmentOptional = {
  description: equipmentFields.description.default({}),
  technologies: equipmentFields.technologies.default([]),
  feeMemberJpy: equipmentFields.feeMemberJpy.optional(),
  feeNonMemberJpy: equipmentFields.feeNonMemberJpy.optional(),
  approvalRequired: equipmentFields.approvalRequired.default(true),
  sources: equipmentFields.sources.default([]),
  illustrative: equipmentFields.illustrative.default(false),
};

export const equipmentInputSchema = z
  .object({ ...equipmentFields, ...equipmentOptional })
  .strict()
  .openapi('EquipmentInput');
export type EquipmentInput = z.infer<typeof equipmentInputSchema>;

export const equipmentBundleSchema = z
  .object({ ...equipmentFields, ...equipmentOptional, facility: key })
  .strict();
export type EquipmentBundle = z.infer<typeof equipmentBundleSchema>;

export const equipmentPatchSchema = z
  .object({
    ...equipmentFields,
    feeMemberJpy: nullable(equipmentFields.feeMemberJpy),
    feeNonMemberJpy: nullable(equipmentFields.feeNonMemberJpy),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, nothingToChange)
  .openapi('EquipmentPatch');
export type EquipmentPatch = z.infer<typeof equipmentPatchSchema>;

// ——— Outputs ———

const version = z.number().int().openapi({
  description: 'Edit version: the ETag is "<version>"; send it back in If-Match when editing',
});

const refSchema = z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema });

export const unitSchema = z
  .object({
    id: z.uuid(),
    facilityId: z.uuid(),
    key: z.string(),
    kind: z.enum(unitKindCodes),
    name: localizedTextSchema,
    floorAreaM2: z.number(),
    floorLoadTPerM2: z.number().optional(),
    ceilingHeightM: z.number().optional(),
    craneT: z.number().optional(),
    powerKva: z.number().optional(),
    ehv: z.boolean(),
    cleanClass: z.number().int().optional(),
    seismicIsolation: z.boolean(),
    monthlyRentJpy: z.number().int().optional(),
    media: z.array(z.string()),
    status: z.enum(unitStatusCodes),
    version,
  })
  .openapi('FacilityUnit');
export type UnitOut = z.infer<typeof unitSchema>;

export const equipmentSchema = z
  .object({
    id: z.uuid(),
    facility: refSchema,
    key: z.string(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    technologies: z.array(z.string()),
    bookingUnit: z.enum(bookingUnitCodes),
    feeMemberJpy: z.number().int().optional(),
    feeNonMemberJpy: z.number().int().optional(),
    approvalRequired: z.boolean(),
    sources: z.array(sourceSchema),
    illustrative: z.boolean(),
    version,
  })
  .openapi('Equipment');
export type EquipmentOut = z.infer<typeof equipmentSchema>;

const facilityBase = {
  id: z.uuid(),
  key: z.string(),
  organization: refSchema,
  site: z.object({ key: z.string(), name: localizedTextSchema }).optional(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  location: z.object({
    prefecture: z.string().optional(),
    city: z.string().optional(),
    lat: z.number().optional(),
    lng: z.number().optional(),
  }),
  maxTermMonths: z.number().int(),
  sources: z.array(sourceSchema),
  illustrative: z.boolean(),
  published: z.boolean(),
  version,
};

/** One facility with all its units and equipment. */
export const facilitySchema = z
  .object({
    ...facilityBase,
    units: z.array(unitSchema),
    equipment: z.array(equipmentSchema.omit({ facility: true })),
  })
  .openapi('Facility');
export type FacilityOut = z.infer<typeof facilitySchema>;

/** A facility in the listing: the units that match the filters, and counts. */
export const facilitySummarySchema = z
  .object({
    ...facilityBase,
    units: z.array(unitSchema).openapi({ description: 'The units that match the spec filters' }),
    unitCount: z.number().int(),
    freeUnitCount: z.number().int(),
    equipmentCount: z.number().int(),
  })
  .openapi('FacilitySummary');
export type FacilitySummaryOut = z.infer<typeof facilitySummarySchema>;

export const facilityPointSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: localizedTextSchema,
    lat: z.number(),
    lng: z.number(),
    matchingUnits: z.number().int(),
  })
  .openapi('FacilityPoint');

export const facilityListSchema = z
  .object({
    items: z.array(facilitySummarySchema),
    total: z.number().int(),
    points: z
      .array(facilityPointSchema)
      .openapi({ description: 'Every placed match, not paged, for the map' }),
  })
  .openapi('FacilityList');

// ——— Filters ———

const csv = (description: string) =>
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
    .openapi({ description });

const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));
const number = z.coerce.number().finite().min(0).max(1e9).optional();

export const facilityFilterSchema = z
  .object({
    q: z.string().max(200).optional().openapi({ description: 'Free text in names, descriptions and places' }),
    kind: csv('Unit kinds (factory, lab, office); several match any'),
    minArea: number.openapi({ description: 'Floor area at least (m²)' }),
    maxArea: number.openapi({ description: 'Floor area at most (m²)' }),
    minPower: number.openapi({ description: 'Power at least (kVA)' }),
    ehv: flag.openapi({ description: 'true: extra-high voltage available' }),
    minCrane: number.openapi({ description: 'Crane capacity at least (t)' }),
    maxCleanClass: z.coerce
      .number()
      .int()
      .min(1)
      .max(9)
      .optional()
      .openapi({ description: 'Clean room of ISO class N or cleaner (lower)' }),
    free: flag.openapi({ description: 'true: free units only' }),
    organization: z.string().max(100).optional().openapi({ description: "The owner's key" }),
    ...paginationQuery,
  })
  .refine((f) => f.minArea === undefined || f.maxArea === undefined || f.minArea <= f.maxArea, {
    ...sayError({ ja: '最小面積が最大面積を超えています', en: 'minArea is larger than maxArea' }),
    path: ['minArea'],
  });
export type FacilityFilter = z.infer<typeof facilityFilterSchema>;

export const equipmentFilterSchema = z.object({
  q: z.string().max(200).optional(),
  technology: csv('Technology codes (a parent includes its children); several match any'),
  bookingUnit: csv('Booking units (hour, day, week); several match any'),
  facility: z.string().max(100).optional().openapi({ description: "The facility's key" }),
  ...paginationQuery,
});
export type EquipmentFilter = z.infer<typeof equipmentFilterSchema>;
