import { describe, expect, it } from 'vitest';
import { followUpYearDue, sitingLink, unitState } from './index.ts';

describe('follow-up report due', () => {
  // Graduated 2027-04-01: report 1 falls due 2028-04-01, report 5 on 2032-04-01, none after that.
  it.each([
    ['2027-04-01', '2027-04-01', null],
    ['2027-04-01', '2028-03-31', null],
    ['2027-04-01', '2028-04-01', 1],
    ['2027-04-01', '2029-12-31', 2],
    ['2027-04-01', '2032-04-01', 5],
    ['2027-04-01', '2040-01-01', 5],
    // A leap-day graduate reports on 28 February in common years.
    ['2028-02-29', '2029-02-28', 1],
  ])('graduated %s, on %s report %s is due', (graduated, today, expected) => {
    expect(followUpYearDue(graduated, today)).toBe(expected);
  });
});

describe('unit state on the floor plan', () => {
  const active = { status: 'active' as const, start: '2027-01-01', end: '2027-12-31' };
  it.each([
    [[], '2027-06-01', 'free'],
    [[active], '2027-06-01', 'leased'],
    [[active], '2028-01-01', 'free'],
    [[active], '2026-12-31', 'free'],
    [[{ ...active, status: 'ending' as const }], '2027-06-01', 'ending'],
    [[{ ...active, status: 'offered' as const }], '2026-12-01', 'offered'],
    [[{ ...active, status: 'ended' as const }], '2027-06-01', 'free'],
    // The lease in force wins over a next tenant's offer.
    [
      [{ ...active, status: 'offered' as const, start: '2028-01-01', end: '2028-12-31' }, active],
      '2027-06-01',
      'leased',
    ],
  ] as const)('%j on %s is %s', (leases, today, expected) => {
    expect(unitState(leases, today)).toBe(expected);
  });
});

describe('siting link for a graduating tenant', () => {
  it.each([
    [
      { kind: 'factory' as const, floorAreaM2: 500, powerKva: 1000, ehv: true, craneT: 10, cleanClass: null },
      '/siting?profile=component-factory&minAreaM2=500&minPowerKva=1000&ehv=1&minCraneT=10',
    ],
    [
      { kind: 'lab' as const, floorAreaM2: 120, ehv: true, cleanClass: 7 },
      '/siting?profile=experimental-facility&minAreaM2=120&ehv=1&cleanClass=7',
    ],
    [{ kind: 'office' as const, floorAreaM2: 40 }, '/siting?profile=office&minAreaM2=40'],
  ])('%j links to %s', (unit, expected) => {
    expect(sitingLink(unit)).toBe(expected);
  });
});
