import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { leaseStatuses, unitKinds, unitOccupancyStates } from '../../../core/incubation/index.ts';
import { localizedTextSchema } from '../../lib/http.ts';
import { keyFormat } from '../../lib/messages.ts';

export const leaseStatusCodes = Object.keys(leaseStatuses) as [
  keyof typeof leaseStatuses,
  ...(keyof typeof leaseStatuses)[],
];
const unitKindCodes = Object.keys(unitKinds) as [keyof typeof unitKinds, ...(keyof typeof unitKinds)[]];
const key = z.string().regex(keyPattern, keyFormat);
const day = z.iso.date();
const yen = z.number().int().min(0).max(2_000_000_000);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'YYYY-MM' });

// ——— Leases ———

export const leaseOfferSchema = z
  .object({
    key: key.optional().openapi({ description: 'Defaults to the unit key and the start day' }),
    unitId: z.uuid(),
    tenant: key.openapi({ description: "The tenant organisation's key in the directory" }),
    startOn: day,
    endOn: day,
    monthlyRentJpy: yen,
    depositJpy: yen.default(0),
    applicationId: z.string().trim().min(1).max(200).nullable().optional().openapi({
      description: 'The public-call application this offer answers (linked by the calls module)',
    }),
  })
  .strict()
  .openapi('LeaseOffer');
export type LeaseOffer = z.infer<typeof leaseOfferSchema>;

export const leaseRenewalSchema = z
  .object({ endOn: day, monthlyRentJpy: yen.optional(), depositJpy: yen.optional() })
  .strict()
  .openapi('LeaseRenewal');
export type LeaseRenewal = z.infer<typeof leaseRenewalSchema>;

export const leaseSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    unit: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema, kind: z.enum(unitKindCodes) }),
    facility: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    tenant: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    startOn: day,
    endOn: day,
    monthlyRentJpy: z.number().int(),
    depositJpy: z.number().int(),
    status: z.enum(leaseStatusCodes),
    applicationId: z.string().nullable(),
    renewsLeaseId: z.uuid().nullable(),
    remindersSent: z.array(z.number().int()),
    illustrative: z.boolean(),
    sitingLink: z.string().nullable().openapi({
      description:
        'For an ending lease: the siting workbench with the space the tenant leaves as requirements',
    }),
    version: z.number().int(),
  })
  .openapi('Lease');
export type LeaseOut = z.infer<typeof leaseSchema>;

export const leaseFilterSchema = z
  .object({ facility: z.uuid().optional(), status: z.enum(leaseStatusCodes).optional() })
  .strict();

// ——— Waiting list ———

export const waitlistJoinSchema = z
  .object({ kind: z.enum(unitKindCodes) })
  .strict()
  .openapi('WaitlistJoin');
export const waitlistKindParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  kind: z.enum(unitKindCodes).openapi({ param: { name: 'kind', in: 'path' } }),
});

export const waitlistSchema = z
  .object({
    facilityId: z.uuid(),
    kinds: z.array(
      z.object({
        kind: z.enum(unitKindCodes),
        length: z.number().int(),
        ownPosition: z
          .number()
          .int()
          .nullable()
          .openapi({ description: "Your organisation's place, 1 first" }),
        entries: z
          .array(
            z.object({
              position: z.number().int(),
              organization: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
              joinedAt: z.string(),
            }),
          )
          .openapi({ description: 'The ordered list; only the office (admin, owner) sees it' }),
      }),
    ),
  })
  .openapi('Waitlist');

// ——— Occupancy and the floor plan ———

export const occupancyQuerySchema = z
  .object({ from: month.optional(), to: month.optional(), facility: z.uuid().optional() })
  .strict();

const monthRow = z.object({ month: z.string(), leased: z.number(), leasable: z.number(), rate: z.number() });
export const occupancySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.array(monthRow),
    facilities: z.array(
      z.object({
        id: z.uuid(),
        key: z.string(),
        name: localizedTextSchema,
        months: z.array(monthRow),
        waitlist: z.number().int(),
      }),
    ),
    waitlist: z.number().int(),
  })
  .openapi('Occupancy');

export const unitStatesSchema = z
  .object({
    today: day,
    units: z.array(
      z.object({
        id: z.uuid(),
        key: z.string(),
        state: z.enum(Object.keys(unitOccupancyStates) as ['free', 'offered', 'leased', 'ending']),
      }),
    ),
  })
  .openapi('UnitStates');

// ——— Graduation and follow-up ———

export const graduationInputSchema = z
  .object({
    graduatedOn: day,
    site: key.optional().openapi({ description: 'The candidate site it moved to' }),
    address: z.string().trim().min(1).max(500).optional(),
    jobsAtExit: z.number().int().min(0).max(1_000_000),
    investmentJpy: z.number().int().min(0).max(1e15),
  })
  .strict()
  .refine((g) => g.site !== undefined || g.address !== undefined, {
    message: 'a site or an address',
    path: ['site'],
  })
  .openapi('GraduationInput');
export type GraduationInput = z.infer<typeof graduationInputSchema>;

export const revenueBands = ['<10m', '10m-100m', '100m-1b', '1b-10b', '>10b'] as const;

export const followUpInputSchema = z
  .object({
    year: z.number().int().min(1).max(5),
    employees: z.number().int().min(0).max(1_000_000),
    revenueBand: z.enum(revenueBands),
    inRegion: z.boolean(),
    comment: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('FollowUpInput');
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export const graduationSchema = z
  .object({
    id: z.uuid(),
    leaseId: z.uuid(),
    tenant: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    facility: z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema }),
    graduatedOn: day,
    site: z.object({ key: z.string(), name: localizedTextSchema }).nullable(),
    address: z.string().nullable(),
    jobsAtExit: z.number().int(),
    investmentJpy: z.number().int(),
    reports: z.array(
      z.object({
        year: z.number().int(),
        employees: z.number().int(),
        revenueBand: z.enum(revenueBands),
        inRegion: z.boolean(),
        comment: z.string(),
        submittedAt: z.string(),
      }),
    ),
    dueYear: z.number().int().nullable().openapi({ description: "This year's follow-up report (1–5)" }),
    missing: z.boolean().openapi({ description: "This year's report is due and not in" }),
  })
  .openapi('Graduation');
export type GraduationOut = z.infer<typeof graduationSchema>;

export const graduationFilterSchema = z
  .object({ missing: z.enum(['true', 'false']).optional(), facility: z.uuid().optional() })
  .strict();
