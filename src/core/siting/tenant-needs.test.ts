import { describe, expect, it } from 'vitest';
import { tenantConstraints, tenantNeedsFrom, withTenantConstraints } from './tenant-needs.ts';

describe('a graduating tenant’s needs as site requirements', () => {
  it.each([
    // 600 m² of floor × 3 = 1,800 m² = 0.18 ha of land; 1,000 kVA ≈ 1 MW of spare capacity; EHV ≥ 22 kV.
    [
      'minAreaM2=600&minPowerKva=1000&ehv=1&minCraneT=10',
      [
        { attribute: 'largestParcelHa', op: '>=', value: 0.18 },
        { attribute: 'spareCapacityMw', op: '>=', value: 1 },
        { attribute: 'ehvSupplyKv', op: '>=', value: 22 },
      ],
    ],
    // 40 m² of office: 120 m² = 0.012 ha, rounded to the hundredth of a hectare.
    ['minAreaM2=40', [{ attribute: 'largestParcelHa', op: '>=', value: 0.01 }]],
    // A crane and a clean room are built with the plant: no site requirement.
    ['minCraneT=5&cleanClass=7', []],
  ])('%s', (query, expected) => {
    expect(tenantConstraints(tenantNeedsFrom(new URLSearchParams(query))!)).toEqual(expected);
  });

  it('reads nothing from a plain link, or from values that are not positive numbers', () => {
    expect(tenantNeedsFrom(new URLSearchParams('profile=office'))).toBeNull();
    expect(tenantNeedsFrom(new URLSearchParams('minAreaM2=abc&minPowerKva=-5&ehv=0'))).toBeNull();
  });

  it('puts the tenant’s requirement over the profile’s on the same attribute, keeping the rest', () => {
    const profile = [
      { attribute: 'largestParcelHa', op: '>=' as const, value: 5 },
      { attribute: 'tsunamiDepthM', op: '<=' as const, value: 0 },
    ];
    expect(withTenantConstraints(profile, { minAreaM2: 1000 })).toEqual([
      { attribute: 'tsunamiDepthM', op: '<=', value: 0 },
      { attribute: 'largestParcelHa', op: '>=', value: 0.3 },
    ]);
  });
});
