import type { StudyConstraint } from './study.ts';

/**
 * A graduating tenant's needs, as the lease's siting link carries them (the unit it outgrows), turned into
 * hard requirements on a site. Only what a site record can answer becomes a constraint: floor area needs
 * land, power needs spare grid capacity, extra-high voltage needs an EHV supply. A crane or a clean room is
 * built with the plant, so those stay a note for the user.
 */
export type TenantNeeds = {
  minAreaM2?: number;
  minPowerKva?: number;
  ehv?: boolean;
  minCraneT?: number;
  cleanClass?: number;
};

// A plant's site is larger than its floor: parking, yards, set-backs. Three times the floor is the usual
// planning ratio for a one-storey factory (building coverage about 35 %).
const LAND_PER_FLOOR = 3;
// Japan's extra-high voltage (特別高圧) begins above 7 kV; supplies are at 22 kV or more in practice.
const EHV_MIN_KV = 22;

/** The part of URLSearchParams read here (the core has no DOM types). */
type Query = { get(key: string): string | null; has(key: string): boolean };

export function tenantNeedsFrom(search: Query): TenantNeeds | null {
  const num = (k: string) => {
    const v = Number(search.get(k));
    return search.has(k) && Number.isFinite(v) && v > 0 ? v : undefined;
  };
  const needs: TenantNeeds = {
    minAreaM2: num('minAreaM2'),
    minPowerKva: num('minPowerKva'),
    ehv: search.get('ehv') === '1' || undefined,
    minCraneT: num('minCraneT'),
    cleanClass: num('cleanClass'),
  };
  return Object.values(needs).some((v) => v !== undefined) ? needs : null;
}

/** The site requirements for these needs; they replace a profile's own requirement on the same attribute. */
export function tenantConstraints(needs: TenantNeeds): StudyConstraint[] {
  const out: StudyConstraint[] = [];
  if (needs.minAreaM2)
    out.push({
      attribute: 'largestParcelHa',
      op: '>=',
      value: round((needs.minAreaM2 * LAND_PER_FLOOR) / 10_000),
    });
  if (needs.minPowerKva)
    out.push({ attribute: 'spareCapacityMw', op: '>=', value: round(needs.minPowerKva / 1000) });
  if (needs.ehv) out.push({ attribute: 'ehvSupplyKv', op: '>=', value: EHV_MIN_KV });
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** A profile's requirements with the tenant's put over them, one per attribute. */
export function withTenantConstraints(profile: StudyConstraint[], needs: TenantNeeds): StudyConstraint[] {
  const own = tenantConstraints(needs);
  const replaced = new Set(own.map((c) => c.attribute));
  return [...profile.filter((c) => !replaced.has(c.attribute)), ...own];
}
