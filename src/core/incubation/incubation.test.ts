import { describe, expect, it } from 'vitest';
import {
  addMonths,
  bookingFee,
  canCancel,
  checkTerm,
  dueReminders,
  monthlyOccupancy,
  panelSheet,
  periodsOverlap,
  slotProblems,
  slotsOverlap,
  termMonths,
  weightedScore,
} from './index.ts';

describe('calendar months', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2032-03-31', -6, '2031-09-30'],
    ['2032-03-31', -12, '2031-03-31'],
    ['2027-04-15', 0, '2027-04-15'],
  ])('%s %+d months is %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });

  // The seed's five years: April 2027 to the end of March 2032 is exactly 60 months; a day more starts a 61st.
  it.each([
    ['2027-04-01', '2032-03-31', 60],
    ['2027-04-01', '2032-04-01', 61],
    ['2027-04-01', '2027-04-30', 1],
    ['2027-04-15', '2027-05-14', 1],
    ['2027-04-15', '2027-05-15', 2],
    ['2027-04-01', '2027-04-01', 1],
  ])('a lease from %s to %s takes %i months', (start, end, months) => {
    expect(termMonths(start, end)).toBe(months);
  });
});

describe('lease rules', () => {
  it.each([
    [{ start: '2027-04-01', end: '2032-03-31' }, 0, { ok: true, months: 60 }],
    [
      { start: '2027-04-01', end: '2032-04-30' },
      0,
      { ok: false, rule: 'max-term', months: 61, maxMonths: 60 },
    ],
    // A renewal after three years may add two more, not three.
    [{ start: '2030-04-01', end: '2032-03-31' }, 36, { ok: true, months: 60 }],
    [
      { start: '2030-04-01', end: '2033-03-31' },
      36,
      { ok: false, rule: 'max-term', months: 72, maxMonths: 60 },
    ],
    [{ start: '2030-04-01', end: '2030-03-31' }, 0, { ok: false, rule: 'end-before-start' }],
  ])('checks %o after %i prior months', (period, prior, expected) => {
    expect(checkTerm(period, 60, prior)).toEqual(expected);
  });

  it.each([
    [{ start: '2027-04-01', end: '2028-03-31' }, { start: '2028-04-01', end: '2029-03-31' }, false],
    [{ start: '2027-04-01', end: '2028-04-01' }, { start: '2028-04-01', end: '2029-03-31' }, true],
    [{ start: '2027-04-01', end: '2030-03-31' }, { start: '2028-01-01', end: '2028-06-30' }, true],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  // A lease ending 2032-03-31: the 12-month notice falls on 2031-03-31, the 6-month one on 2031-09-30.
  it.each([
    ['2031-03-30', [], []],
    ['2031-03-31', [], [12]],
    ['2031-06-01', [12], []],
    ['2031-09-30', [12], [6]],
    // The server was down for the 12-month day and the lease is already inside six months: one notice, the 6.
    ['2031-10-02', [], [6]],
    ['2031-10-02', [12, 6], []],
    ['2032-04-01', [], []],
  ])('on %s with %o sent, sends %o', (today, sent, expected) => {
    expect(dueReminders('2032-03-31', [12, 6], today, sent)).toEqual(expected);
  });
});

describe('occupancy', () => {
  // Worked by hand: 100 m² + 300 m² leasable. A is leased all January; B from 16 January to the end of March.
  // January: 100 + 300 × 16/31 = 254.84 m² of 400 (63.7 %); February: 400 (100 %); April: 0.
  const units = [
    { id: 'A', area: 100 },
    { id: 'B', area: 300 },
  ];
  const leases = [
    { unitId: 'A', start: '2027-01-01', end: '2027-01-31', status: 'ended' as const },
    { unitId: 'B', start: '2027-01-16', end: '2027-03-31', status: 'active' as const },
    { unitId: 'A', start: '2027-02-01', end: '2027-02-28', status: 'active' as const },
    // An offer holds nothing until it is accepted.
    { unitId: 'A', start: '2027-04-01', end: '2027-12-31', status: 'offered' as const },
  ];
  it('weights each lease by the days it covers in the month', () => {
    const rows = monthlyOccupancy(units, leases, '2027-01', '2027-04');
    expect(rows.map((r) => r.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
    expect(rows[0]!.leased).toBeCloseTo(100 + (300 * 16) / 31, 6);
    expect(rows[0]!.rate).toBeCloseTo(0.6371, 4);
    expect(rows[1]!.rate).toBe(1);
    expect(rows[2]!.rate).toBe(0.75);
    expect(rows[3]!.rate).toBe(0);
  });
  it('crosses a year end and is empty with nothing to lease', () => {
    expect(monthlyOccupancy(units, [], '2027-11', '2028-02').map((r) => r.month)).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
    ]);
    expect(monthlyOccupancy([], leases, '2027-01', '2027-01')[0]!.rate).toBe(0);
  });
});

describe('screening', () => {
  // Worked by hand, weights 40/30/30: reviewer A 4,3,5 → (160+90+150)/100 = 4.0; B 5,2,4 → 3.8; mean 3.9.
  const criteria = [
    { id: 'tech', weight: 40 },
    { id: 'plan', weight: 30 },
    { id: 'local', weight: 30 },
  ];
  it.each([
    [{ tech: 4, plan: 3, local: 5 }, 4.0],
    [{ tech: 5, plan: 2, local: 4 }, 3.8],
    [{ tech: 1, plan: 1, local: 1 }, 1],
    [{ tech: 5, plan: 5 }, null],
  ])('scores %o as %s', (scores, expected) => {
    const got = weightedScore(criteria, scores);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });

  it('ranks by the mean, ties sharing a rank, and flags reviewers more than a point apart', () => {
    const sheet = panelSheet(
      criteria,
      new Map([
        [
          'alpha',
          [
            { reviewerId: 'r1', scores: { tech: 4, plan: 3, local: 5 } },
            { reviewerId: 'r2', scores: { tech: 5, plan: 2, local: 4 } },
          ],
        ],
        [
          'beta',
          [
            { reviewerId: 'r1', scores: { tech: 5, plan: 5, local: 5 } },
            { reviewerId: 'r2', scores: { tech: 2, plan: 3, local: 3 } },
          ],
        ],
        ['gamma', [{ reviewerId: 'r1', scores: { tech: 4, plan: 4, local: 3.5 } }]],
        ['delta', [{ reviewerId: 'r1', scores: { tech: 4 } }]],
      ]),
    );
    const row = (id: string) => sheet.find((r) => r.applicationId === id)!;
    expect(row('alpha')).toMatchObject({ reviewers: 2, rank: 1, disagreement: false });
    expect(row('alpha').mean).toBeCloseTo(3.9, 10);
    expect(row('alpha').spread).toBeCloseTo(0.2, 10);
    // beta: 5.0 and 2.6 → mean 3.8, spread 2.4: flagged. gamma: 1.6+1.2+1.05 = 3.85.
    expect(row('beta').mean).toBeCloseTo(3.8, 10);
    expect(row('beta')).toMatchObject({ disagreement: true, rank: 3 });
    expect(row('gamma')).toMatchObject({ rank: 2, disagreement: false });
    expect(row('delta')).toMatchObject({ reviewers: 0, mean: null, rank: null });
  });
});

describe('equipment booking', () => {
  const now = new Date('2027-05-10T00:00:00Z'); // 09:00 on 10 May in Japan
  const at = (iso: string) => new Date(iso);
  it.each([
    ['hour', '2027-05-10T01:00:00Z', '2027-05-10T04:00:00Z', []],
    ['hour', '2027-05-10T01:30:00Z', '2027-05-10T04:00:00Z', ['start', 'end']],
    ['hour', '2027-05-09T01:00:00Z', '2027-05-09T02:00:00Z', ['start']],
    ['hour', '2027-05-10T04:00:00Z', '2027-05-10T04:00:00Z', ['end']],
    // Midnight in Japan is 15:00 UTC the day before.
    ['day', '2027-05-10T15:00:00Z', '2027-05-12T15:00:00Z', []],
    ['day', '2027-05-11T00:00:00Z', '2027-05-12T00:00:00Z', ['start']],
    // 17 May 2027 is a Monday.
    ['week', '2027-05-16T15:00:00Z', '2027-05-23T15:00:00Z', []],
    ['week', '2027-05-17T15:00:00Z', '2027-05-24T15:00:00Z', ['start']],
    ['week', '2027-05-16T15:00:00Z', '2027-05-20T15:00:00Z', ['end']],
  ] as const)('a %s booking from %s to %s: problems at %o', (unit, start, end, fields) => {
    const problems = slotProblems({ start: at(start), end: at(end) }, unit, now);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message.ja && p.message.en).toBeTruthy();
  });

  it('charges per unit at the member or non-member fee, and allows cancelling until the cut-off', () => {
    const slot = { start: at('2027-05-10T15:00:00Z'), end: at('2027-05-12T15:00:00Z') };
    expect(bookingFee(slot, 'day', { member: 20_000, nonMember: 50_000 }, true)).toBe(40_000);
    expect(bookingFee(slot, 'day', { member: 20_000, nonMember: 50_000 }, false)).toBe(100_000);
    expect(canCancel(slot, at('2027-05-09T15:00:00Z'), 24)).toBe(true);
    expect(canCancel(slot, at('2027-05-09T15:00:01Z'), 24)).toBe(false);
  });

  it('treats slots as half-open: back to back is not a clash', () => {
    const a = { start: at('2027-05-10T01:00:00Z'), end: at('2027-05-10T02:00:00Z') };
    const b = { start: at('2027-05-10T02:00:00Z'), end: at('2027-05-10T03:00:00Z') };
    const c = { start: at('2027-05-10T01:30:00Z'), end: at('2027-05-10T02:30:00Z') };
    expect(slotsOverlap(a, b)).toBe(false);
    expect(slotsOverlap(a, c)).toBe(true);
    expect(slotsOverlap(c, b)).toBe(true);
  });
});
