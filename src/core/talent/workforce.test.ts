import { describe, expect, it } from 'vitest';
import {
  type CohortRecord,
  completionRates,
  facilityDemand,
  type StaffingRow,
  type WorkforceInput,
  workforceGap,
} from './workforce.ts';

// A hand-computed fixture: three facilities, two programmes, five years (2030–2034), figures taken on 2030-01-15.
//
// Staffing tables (people in post by year offset from the start of construction):
//   reactor: SK.vacuum L4 — offset 0: 2, offset 2: 5, offset 3: 4 (a fall: no demand)
//            SK.cryogenics L5 — offset 1: 3
//   factory: SK.vacuum L3 — offset 0: 4
// Facilities: F1 reactor from 2030 (phase 1), F2 reactor from 2032 (phase 1), F3 factory from 2031 (phase 3).
//   F1: vacuum 2030 +2, 2032 +3 (5−2); cryogenics 2031 +3
//   F2: vacuum 2032 +2, 2034 +3; cryogenics 2033 +3
//   F3: vacuum 2031 +4
// Opening O1 (vacuum + cryogenics, L4) started 2029-10-01 and is still open: one post in the current year 2030,
//   ½ to each skill. Tenant plan T1: 2 cryogenics L3 in 2034.
//
// Programmes:
//   P1 vacuum L3, 52 weeks (364 days). C1 2028-04-01 → 2029-03-31 ended: 9 completed, 3 withdrawn → rate 9/12 = 0.75.
//      C2 2029-04-01 → 2030-03-31 under way, 10 places held → 10 × 0.75 = 7.5 in 2030.
//      C3 2031-04-01 → 2032-03-30 (2032 is a leap year) not started, capacity 12 → 12 × 0.75 = 9 in 2032.
//   P2 vacuum + cryogenics L5, 104 weeks (728 days), no ended cohort → default rate 0.8.
//      D1 2030-10-01 → 2032-09-28, capacity 10 → 10 × 0.8 = 8 in 2032, split 4 + 4 (capacity 5 + 5).
//
// Vacuum      2030  2031  2032  2033  2034   total
//   demand     2.5     4     5     0     3    14.5   (2030: F1 2 + O1 ½; 2032: F1 3 + F2 2)
//   supply     7.5     0    13     0     0    20.5   (2032: C3 9 + D1 4)
//   gap          5    −4     8     0    −3       6
//   cumulative   5     1     9     9     6
// Cryogenics
//   demand     0.5     3     0     3     2     8.5
//   supply       0     0     4     0     0       4
//   gap       −0.5    −3     4    −3    −2    −4.5
//   cumulative −0.5 −3.5   0.5  −2.5  −4.5
// Welding (in the taxonomy, no figures): all 0. Order, shortest first: cryogenics (−4.5), welding (0), vacuum (6).

const reactor: StaffingRow[] = [
  { skill: 'SK.vacuum', level: 4, yearOffset: 0, headcount: 2 },
  { skill: 'SK.vacuum', level: 4, yearOffset: 2, headcount: 5 },
  { skill: 'SK.vacuum', level: 4, yearOffset: 3, headcount: 4 },
  { skill: 'SK.cryogenics', level: 5, yearOffset: 1, headcount: 3 },
];
const factory: StaffingRow[] = [{ skill: 'SK.vacuum', level: 3, yearOffset: 0, headcount: 4 }];

const cohort = (over: Partial<CohortRecord> & Pick<CohortRecord, 'cohortId' | 'startOn'>): CohortRecord => ({
  programmeId: 'P1',
  skills: ['SK.vacuum'],
  level: 3,
  durationWeeks: 52,
  capacity: 12,
  active: 0,
  completed: 0,
  withdrawn: 0,
  ...over,
});

const input: WorkforceInput = {
  from: 2030,
  to: 2034,
  today: '2030-01-15',
  facilities: [
    { id: 'F1', profileKey: 'reactor', startYear: 2030, phase: 1 },
    { id: 'F2', profileKey: 'reactor', startYear: 2032, phase: 1 },
    { id: 'F3', profileKey: 'factory', startYear: 2031, phase: 3 },
  ],
  staffing: new Map([
    ['reactor', reactor],
    ['factory', factory],
  ]),
  openings: [{ id: 'O1', skills: ['SK.vacuum', 'SK.cryogenics'], level: 4, startOn: '2029-10-01' }],
  tenantPlans: [{ id: 'T1', skill: 'SK.cryogenics', level: 3, year: 2034, headcount: 2 }],
  cohorts: [
    cohort({ cohortId: 'C1', startOn: '2028-04-01', completed: 9, withdrawn: 3 }),
    cohort({ cohortId: 'C2', startOn: '2029-04-01', active: 10 }),
    cohort({ cohortId: 'C3', startOn: '2031-04-01' }),
    cohort({
      programmeId: 'P2',
      cohortId: 'D1',
      skills: ['SK.vacuum', 'SK.cryogenics'],
      level: 5,
      durationWeeks: 104,
      startOn: '2030-10-01',
      capacity: 10,
    }),
  ],
  skills: ['SK.vacuum', 'SK.cryogenics', 'SK.welding'],
};

const pick = (rows: { year: number; demand: number; supply: number; gap: number; cumulativeGap: number }[]) =>
  rows.map((y) => [y.year, y.demand, y.supply, y.gap, y.cumulativeGap]);

describe('workforce gap on the hand-computed fixture', () => {
  const out = workforceGap(input);

  it('orders the skills shortest first, with totals', () => {
    expect(out.map((s) => [s.skill, s.demand, s.supply, s.gap])).toEqual([
      ['SK.cryogenics', 8.5, 4, -4.5],
      ['SK.welding', 0, 0, 0],
      ['SK.vacuum', 14.5, 20.5, 6],
    ]);
  });

  it('gives demand, supply, gap and the running gap per year', () => {
    const [cryo, , vacuum] = out;
    expect(pick(vacuum!.years)).toEqual([
      [2030, 2.5, 7.5, 5, 5],
      [2031, 4, 0, -4, 1],
      [2032, 5, 13, 8, 9],
      [2033, 0, 0, 0, 9],
      [2034, 3, 0, -3, 6],
    ]);
    expect(pick(cryo!.years)).toEqual([
      [2030, 0.5, 0, -0.5, -0.5],
      [2031, 3, 0, -3, -3.5],
      [2032, 0, 4, 4, 0.5],
      [2033, 3, 0, -3, -2.5],
      [2034, 2, 0, -2, -4.5],
    ]);
  });

  it('names the facilities, openings, plans and programmes behind each figure, by phase and level', () => {
    const vacuum = out[2]!;
    const y2030 = vacuum.years[0]!;
    expect(y2030.facilityIds).toEqual(['F1']);
    expect(y2030.openingIds).toEqual(['O1']);
    expect(y2030.programmeIds).toEqual(['P1']);
    expect(y2030.byPhase).toEqual([
      { phase: 1, demand: 2 },
      { phase: null, demand: 0.5 },
    ]);
    const y2032 = vacuum.years[2]!;
    expect(y2032.facilityIds).toEqual(['F1', 'F2']);
    expect(y2032.programmeIds).toEqual(['P1', 'P2']);
    expect(y2032.capacity).toBe(17); // C3 12 + D1 5
    expect(y2032.byLevel).toEqual([
      { level: 3, demand: 0, supply: 9 },
      { level: 4, demand: 5, supply: 0 },
      { level: 5, demand: 0, supply: 4 },
    ]);
    expect(vacuum.years[1]!.facilityIds).toEqual(['F3']);
    expect(vacuum.years[1]!.byPhase).toEqual([{ phase: 3, demand: 4 }]);
    const cryo2034 = out[0]!.years[4]!;
    expect(cryo2034.tenantPlanIds).toEqual(['T1']);
    expect(cryo2034.facilityIds).toEqual([]);
  });
});

describe('the parts', () => {
  it('a staffing table: rises are new posts, a fall is none, offsets not listed keep the headcount', () => {
    const rows = facilityDemand({ id: 'F', profileKey: 'reactor', startYear: 2040, phase: 2 }, reactor);
    expect(rows.map((r) => [r.skill, r.year, r.posts])).toEqual([
      ['SK.vacuum', 2040, 2],
      ['SK.vacuum', 2042, 3],
      ['SK.cryogenics', 2041, 3],
    ]);
  });

  it.each([
    // completed, withdrawn, still held in an ended cohort → rate and its basis
    [9, 3, 0, 0.75, 'history'],
    [4, 0, 1, 0.8, 'history'],
    [0, 0, 0, 0.8, 'default'],
    [0, 5, 0, 0, 'history'],
  ] as const)(
    'completion rate of %s completed, %s withdrawn, %s held: %s (%s)',
    (completed, withdrawn, active, rate, basis) => {
      const rates = completionRates(
        [cohort({ cohortId: 'X', startOn: '2020-01-01', completed, withdrawn, active })],
        '2030-01-01',
      );
      expect(rates.get('P1')).toMatchObject({ rate, basis });
    },
  );

  it('a cohort still under way does not count towards the rate', () => {
    const rates = completionRates(
      [cohort({ cohortId: 'X', startOn: '2029-06-01', withdrawn: 5 })],
      '2030-01-01',
    );
    expect(rates.get('P1')).toMatchObject({ rate: 0.8, basis: 'default' });
  });
});
