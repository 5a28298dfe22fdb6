// The bundle's `leases` section: which organisation leases which unit when, at what rent and in which state.
// Organisations only, no person; exported to those who may see the leases (an admin: all; a member: its own
// and its facilities'). Units and tenants are named by key, in the bundle or stored; validated with the rest of
// the bundle, written in its transaction after the units, so an overlap refused by the database undoes it all.
import { z } from '@hono/zod-openapi';
import { keyPattern } from '../../../core/directory/vocabulary.ts';
import { periodsOverlap } from '../../../core/incubation/index.ts';
import type { Db } from '../../db/client.ts';
import { AppError, type ErrorDetail } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { say } from '../../lib/locale.ts';
import { keyFormat, unknownValue } from '../../lib/messages.ts';
import { leaseExportRows, organizationIdsByKey, unitIdsByKey, upsertLeaseByKey } from './leases.queries.ts';
import { leaseStatusCodes } from './leases.schemas.ts';

const key = z.string().regex(keyPattern, keyFormat);
const yen = z.number().int().min(0).max(2_000_000_000);

export const leaseBundleSchema = z
  .object({
    key,
    unit: key,
    tenant: key,
    startOn: z.iso.date(),
    endOn: z.iso.date(),
    monthlyRentJpy: yen,
    depositJpy: yen.default(0),
    status: z.enum(leaseStatusCodes),
    applicationId: z.string().trim().min(1).max(200).optional(),
    illustrative: z.boolean().default(false),
  })
  .strict()
  .refine((l) => l.endOn >= l.startOn, { message: 'end before start', path: ['endOn'] })
  .openapi('LeaseBundle');
export type LeaseBundle = z.infer<typeof leaseBundleSchema>;

const inForce = (status: string) => status === 'active' || status === 'ending';

/** Units and tenants must exist (in the bundle or stored); two leases in force on one unit may not overlap. */
export async function leaseReferenceErrors(
  db: Db,
  leases: LeaseBundle[],
  bundleUnitKeys: ReadonlySet<string>,
  bundleOrgKeys: ReadonlySet<string>,
): Promise<ErrorDetail[]> {
  const errors: ErrorDetail[] = [];
  if (leases.length === 0) return errors;
  const units = await unitIdsByKey(
    db,
    leases.map((l) => l.unit).filter((k) => !bundleUnitKeys.has(k)),
  );
  const orgs = await organizationIdsByKey(
    db,
    leases.map((l) => l.tenant).filter((k) => !bundleOrgKeys.has(k)),
  );
  leases.forEach((l, i) => {
    if (!bundleUnitKeys.has(l.unit) && !units.has(l.unit))
      errors.push({ path: `leases[${i}].unit`, message: unknownValue('facility', l.unit) });
    if (!bundleOrgKeys.has(l.tenant) && !orgs.has(l.tenant))
      errors.push({ path: `leases[${i}].tenant`, message: unknownValue('organisation', l.tenant) });
    const clash = leases.findIndex(
      (o, j) =>
        j < i &&
        o.unit === l.unit &&
        inForce(o.status) &&
        inForce(l.status) &&
        periodsOverlap({ start: o.startOn, end: o.endOn }, { start: l.startOn, end: l.endOn }),
    );
    if (clash >= 0)
      errors.push({
        path: `leases[${i}].startOn`,
        message: say({ ja: `leases[${clash}] と期間が重なります`, en: `overlaps leases[${clash}]` }),
      });
  });
  return errors;
}

/** Upsert by key after the units; an overlap with a stored lease in force refuses the whole bundle. */
export async function upsertLeases(tx: Db, leases: LeaseBundle[]) {
  const units = await unitIdsByKey(tx, [...new Set(leases.map((l) => l.unit))]);
  const orgs = await organizationIdsByKey(tx, [...new Set(leases.map((l) => l.tenant))]);
  const counts = { created: 0, updated: 0 };
  for (const [i, l] of leases.entries()) {
    try {
      const outcome = await upsertLeaseByKey(tx, {
        key: l.key,
        unitId: units.get(l.unit)!,
        tenantOrganizationId: orgs.get(l.tenant)!,
        startOn: l.startOn,
        endOn: l.endOn,
        monthlyRentJpy: l.monthlyRentJpy,
        depositJpy: l.depositJpy,
        status: l.status,
        applicationId: l.applicationId ?? null,
        illustrative: l.illustrative,
      });
      if (outcome !== 'unchanged') counts[outcome]++;
    } catch (err) {
      if (
        (err as { cause?: { code?: string } }).cause?.code === '23P01' ||
        (err as { code?: string }).code === '23P01'
      )
        throw new AppError(
          'invalid_bundle',
          say({
            ja: 'バンドルの契約が既存の契約と重なるため、何も取り込んでいません',
            en: 'A lease in the bundle overlaps a stored lease in force; nothing was imported',
          }),
          [
            {
              path: `leases[${i}].startOn`,
              message: say({ ja: '期間が重なります', en: 'overlaps a lease in force' }),
            },
          ],
        );
      throw err;
    }
  }
  return counts;
}

/** The leases the caller may see, by key. */
export async function exportLeases(db: Db, user: AuthUser | null): Promise<LeaseBundle[]> {
  if (!user) return [];
  const rows = await leaseExportRows(db);
  return rows
    .filter(
      (r) =>
        user.role === 'admin' ||
        (!!user.organizationId &&
          (r.tenantOrganizationId === user.organizationId || r.ownerOrganizationId === user.organizationId)),
    )
    .map((r) => ({
      key: r.key,
      unit: r.unitKey,
      tenant: r.tenantKey,
      startOn: r.startOn,
      endOn: r.endOn,
      monthlyRentJpy: r.monthlyRentJpy,
      depositJpy: r.depositJpy,
      status: r.status as LeaseBundle['status'],
      ...(r.applicationId ? { applicationId: r.applicationId } : {}),
      illustrative: r.illustrative,
    }));
}
