// The bundle's `facilities`, `units` and `equipment` sections (DESIGN.md §4): validated with the rest of the
// bundle, written in its transaction after the organisations and sites they refer to, exported with what the
// caller may see. Facilities name their owner and site by key; units and equipment name their facility.

import { sameJson } from '../../../core/canonical-json.ts';
import type { Db } from '../../db/client.ts';
import type { ErrorDetail } from '../../lib/errors.ts';
import type { AuthUser } from '../../lib/http.ts';
import { unknownValue } from '../../lib/messages.ts';
import { type ReferenceData, unknownTechnologies } from '../../lib/reference-data.ts';
import { existingKeys } from '../organizations/index.ts';
import { existingSiteKeys } from '../siting/index.ts';
import {
  equipmentRowsByKey,
  existingFacilityKeys,
  exportRows,
  facilityIdsByKey,
  facilityRowsByKey,
  organizationIdsByKey,
  siteIdsByKey,
  unitRowsByKey,
  upsertEquipmentRow,
  upsertFacilityRow,
  upsertUnitRow,
} from './incubation.queries.ts';
import {
  type EquipmentBundle,
  equipmentBundleSchema,
  type FacilityInput,
  facilityInputSchema,
  type UnitBundle,
  unitBundleSchema,
} from './incubation.schemas.ts';
import {
  equipmentForm,
  equipmentValues,
  facilityForm,
  facilityValues,
  unitForm,
  unitValues,
} from './incubation.service.ts';
import {
  exportLeases,
  type LeaseBundle,
  leaseBundleSchema,
  leaseReferenceErrors,
  upsertLeases,
} from './leases.bundle.ts';

export type IncubationBundle = {
  facilities: FacilityInput[];
  units: UnitBundle[];
  equipment: EquipmentBundle[];
  leases: LeaseBundle[];
};

/** The three sections and the schema each item is parsed with, for the bundle's section parser. */
export const incubationSections = [
  ['facilities', facilityInputSchema],
  ['units', unitBundleSchema],
  ['equipment', equipmentBundleSchema],
  ['leases', leaseBundleSchema],
] as const;

type Parse = <T extends { key: string }>(section: string, schema: unknown) => T[];

/**
 * Parses the sections with the bundle's parser and checks what a schema cannot: owners and sites (in the bundle
 * or stored), facilities of units and equipment (likewise), technology codes.
 */
export async function parseIncubationSections(
  db: Db,
  ref: ReferenceData,
  parse: Parse,
  bundleOrgKeys: ReadonlySet<string>,
  bundleSiteKeys: ReadonlySet<string>,
  errors: ErrorDetail[],
): Promise<IncubationBundle> {
  const facilities = parse<FacilityInput>('facilities', facilityInputSchema);
  const units = parse<UnitBundle>('units', unitBundleSchema);
  const equipment = parse<EquipmentBundle>('equipment', equipmentBundleSchema);
  const leases = parse<LeaseBundle>('leases', leaseBundleSchema);
  const outside = <T>(keys: T[], inBundle: ReadonlySet<T>) =>
    [...new Set(keys)].filter((k) => !inBundle.has(k));
  const orgs = new Set([
    ...bundleOrgKeys,
    ...(await existingKeys(
      db,
      outside(
        facilities.map((f) => f.organization),
        bundleOrgKeys,
      ) as string[],
    )),
  ]);
  const siteKeys = facilities.flatMap((f) => (f.site ? [f.site] : []));
  const siteSet = new Set([
    ...bundleSiteKeys,
    ...(await existingSiteKeys(db, outside(siteKeys, bundleSiteKeys))),
  ]);
  const bundleFacilities = new Set(facilities.map((f) => f.key));
  const facilityRefs = [...units, ...equipment].map((x) => x.facility);
  const facilitySet = new Set([
    ...bundleFacilities,
    ...(await existingFacilityKeys(db, outside(facilityRefs, bundleFacilities))),
  ]);
  facilities.forEach((f, i) => {
    if (!orgs.has(f.organization))
      errors.push({
        path: `facilities[${i}].organization`,
        message: unknownValue('organisation', f.organization),
      });
    if (f.site && !siteSet.has(f.site))
      errors.push({ path: `facilities[${i}].site`, message: unknownValue('site', f.site) });
  });
  units.forEach((u, i) => {
    if (!facilitySet.has(u.facility))
      errors.push({ path: `units[${i}].facility`, message: unknownValue('facility', u.facility) });
  });
  equipment.forEach((e, i) => {
    if (!facilitySet.has(e.facility))
      errors.push({ path: `equipment[${i}].facility`, message: unknownValue('facility', e.facility) });
    errors.push(...unknownTechnologies(ref, e.technologies, `equipment[${i}].technologies`));
  });
  errors.push(...(await leaseReferenceErrors(db, leases, new Set(units.map((u) => u.key)), bundleOrgKeys)));
  return { facilities, units, equipment, leases };
}

type Counts = { created: number; updated: number };
export type IncubationCounts = { facilities: Counts; units: Counts; equipment: Counts; leases: Counts };

export const incubationCounts = (): IncubationCounts => ({
  facilities: { created: 0, updated: 0 },
  units: { created: 0, updated: 0 },
  equipment: { created: 0, updated: 0 },
  leases: { created: 0, updated: 0 },
});

/** Upsert by key inside the import's transaction, after organisations and sites; unchanged rows stay. */
export async function upsertIncubation(tx: Db, b: IncubationBundle): Promise<IncubationCounts> {
  const counts = incubationCounts();
  if (!b.facilities.length && !b.units.length && !b.equipment.length && !b.leases.length) return counts;
  const orgIds = await organizationIdsByKey(tx, [...new Set(b.facilities.map((f) => f.organization))]);
  const siteIds = await siteIdsByKey(tx, [...new Set(b.facilities.flatMap((f) => (f.site ? [f.site] : [])))]);
  const stored = new Map(
    (
      await facilityRowsByKey(
        tx,
        b.facilities.map((f) => f.key),
      )
    ).map((r) => [r.key, r]),
  );
  for (const f of b.facilities) {
    const before = stored.get(f.key);
    if (before && sameJson(facilityForm(before), f)) continue;
    const values = facilityValues(f, orgIds.get(f.organization)!, f.site ? siteIds.get(f.site)! : null);
    await upsertFacilityRow(tx, before?.id, values);
    before ? counts.facilities.updated++ : counts.facilities.created++;
  }
  const facilityIds = await facilityIdsByKey(tx, [
    ...new Set([...b.units, ...b.equipment].map((x) => x.facility)),
  ]);
  const units = new Map(
    (
      await unitRowsByKey(
        tx,
        b.units.map((u) => u.key),
      )
    ).map((r) => [r.key, r]),
  );
  for (const { facility, ...u } of b.units) {
    const facilityId = facilityIds.get(facility)!;
    const before = units.get(u.key);
    if (before && before.facilityId === facilityId && sameJson(unitForm(before), u)) continue;
    await upsertUnitRow(tx, before?.id, unitValues(u, facilityId));
    before ? counts.units.updated++ : counts.units.created++;
  }
  const items = new Map(
    (
      await equipmentRowsByKey(
        tx,
        b.equipment.map((e) => e.key),
      )
    ).map((r) => [r.key, r]),
  );
  for (const { facility, ...e } of b.equipment) {
    const facilityId = facilityIds.get(facility)!;
    const before = items.get(e.key);
    if (before && before.facilityId === facilityId && sameJson(equipmentForm(before), e)) continue;
    await upsertEquipmentRow(tx, before?.id, equipmentValues(e, facilityId));
    before ? counts.equipment.updated++ : counts.equipment.created++;
  }
  counts.leases = await upsertLeases(tx, b.leases);
  return counts;
}

/**
 * The facilities the caller may see whose owner is in the bundle (so it imports on its own), with their units
 * and equipment: everything for an admin, published facilities otherwise.
 */
export async function exportIncubation(db: Db, user: AuthUser | null, organizationKeys: ReadonlySet<string>) {
  const rows = await exportRows(db, user?.role === 'admin' ? { published: 'any' } : { published: true });
  const facilityRows = rows.facilityRows.filter((r) => organizationKeys.has(r.organizationKey));
  const keyOf = new Map(facilityRows.map((r) => [r.id, r.key]));
  const unitKeys = new Set(rows.unitRows.filter((u) => keyOf.has(u.facilityId)).map((u) => u.key));
  return {
    facilities: facilityRows.map(facilityForm),
    units: rows.unitRows.flatMap((u) =>
      keyOf.has(u.facilityId) ? [{ facility: keyOf.get(u.facilityId)!, ...unitForm(u) }] : [],
    ),
    equipment: rows.equipmentRows.flatMap((e) =>
      keyOf.has(e.facilityId) ? [{ facility: keyOf.get(e.facilityId)!, ...equipmentForm(e) }] : [],
    ),
    // Only leases whose unit and tenant come along, so the bundle imports on its own.
    leases: (await exportLeases(db, user)).filter(
      (l) => unitKeys.has(l.unit) && organizationKeys.has(l.tenant),
    ),
  };
}
