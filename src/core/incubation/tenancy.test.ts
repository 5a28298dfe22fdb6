import { describe, expect, it } from 'vitest';
import { followUpYearDue, groupedOccupancy, sitingLink, unitState } from './index.ts';

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

describe('occupancy per facility and in total', () => {
  // Facility F: A 100 m², B 300 m²; facility G: C 600 m². Worked by hand for January 2027 (31 days):
  // A all month (100), B from the 16th (300 × 16/31), C the 1st to the 10th (600 × 10/31).
  const units = [
    { id: 'A', area: 100, group: 'F' },
    { id: 'B', area: 300, group: 'F' },
    { id: 'C', area: 600, group: 'G' },
  ];
  const leases = [
    { unitId: 'A', start: '2026-06-01', end: '2027-12-31', status: 'active' as const },
    { unitId: 'B', start: '2027-01-16', end: '2027-02-28', status: 'ending' as const },
    { unitId: 'C', start: '2026-12-20', end: '2027-01-10', status: 'ended' as const },
    { unitId: 'C', start: '2027-01-11', end: '2027-12-31', status: 'offered' as const },
  ];
  const { total, groups } = groupedOccupancy(units, leases, '2027-01', '2027-03');
  it.each([
    ['F', 0, 100 + (300 * 16) / 31, 400],
    ['F', 1, 400, 400],
    ['F', 2, 100, 400],
    ['G', 0, (600 * 10) / 31, 600],
    ['G', 1, 0, 600],
  ])('facility %s, month %i: %f of %f m² let', (group, month, leased, leasable) => {
    const row = groups.get(group)![month]!;
    expect(row.leased).toBeCloseTo(leased, 9);
    expect(row.leasable).toBe(leasable);
  });
  it('the total is the sum of the facilities', () => {
    expect(total.map((r) => r.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(total[0]!.leased).toBeCloseTo(100 + (300 * 16) / 31 + (600 * 10) / 31, 9);
    expect(total[1]!.rate).toBeCloseTo(0.4, 12);
    expect(total[2]!.rate).toBeCloseTo(0.1, 12);
  });
});
