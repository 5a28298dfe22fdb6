import { describe, expect, it } from 'vitest';
import { monthBounds } from './series.ts';
import {
  horizonYear,
  shortagesAt,
  type Version,
  type WorkforceHistory,
  workforceGapAt,
  workforceGapSeries,
} from './workforce-gap.ts';

// A hand-counted history of the projection's inputs, read at four month ends (Japan): Nov and Dec 2029 look at
// 2030, Jan and Feb 2030 at 2031. Skills SK.a and SK.b; no programme has an ended cohort, so the rate is 0.8.
//
// Facility F1 (profile r) starts construction in 2030.
// Staffing r: until 10 Dec, SK.a offset 0: 3; from 10 Dec (replaced whole), offset 0: 5 and offset 1: 7.
// Opening O1 (SK.a + SK.b, starts 2030-06) open from 5 Nov, closed on 20 Dec: ½ post to each skill in 2030.
// Hiring plan H1: 4 SK.b in 2031, from 10 Jan.
// Programme P1 (52 weeks) teaches SK.a until 10 Feb, then SK.b (edited in place). Cohort C1 starts 2030-01-06,
// capacity 10, ends 2031-01-05: its completions fall in 2031. Places: E1 (1 Dec), E2 (15 Dec), E3 (15 Jan,
// withdrawn 25 Jan), E4 (5 Feb), E5 (10 Feb, deleted 20 Feb).
//
//            horizon  SK.a demand − supply        SK.b demand − supply          people short
// end Nov    2030     3 + ½ − 0        = 3.5      ½ − 0            = 0.5        4
// end Dec    2030     5 − 0            = 5        0 (O1 closed)                  5
// end Jan    2031     2 − 2 × 0.8      = 0.4      4 − 0            = 4          4.4  (E1, E2 held; C1 under way)
// end Feb    2031     2 − 0            = 2        4 − 3 × 0.8      = 1.6        3.6  (E1, E2, E4; P1 now SK.b)

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const v = <T>(row: T, from: string, to: string | null = null): Version<T> => ({
  row,
  from: d(from),
  to: to ? d(to) : null,
});
const staffing = (yearOffset: number, headcount: number) => ({
  profileKey: 'r',
  skill: 'SK.a',
  level: 4,
  yearOffset,
  headcount,
});
const opening = (open: boolean) => ({
  id: 'O1',
  skills: ['SK.a', 'SK.b'],
  level: 3,
  startOn: '2030-06-01',
  open,
});
const programme = (skills: string[]) => ({ id: 'P1', skills, level: 3, durationWeeks: 52 });
const seat = (at: string, more: object = {}) => ({
  cohortId: 'C1',
  seatAt: d(at),
  end: null,
  endAt: null,
  deletedAt: null,
  ...more,
});

const history: WorkforceHistory = {
  facilities: [v({ id: 'F1', profileKey: 'r', startYear: 2030, phase: 1 as const }, '2029-10-01')],
  staffing: [
    v(staffing(0, 3), '2029-10-01', '2029-12-10'),
    v(staffing(0, 5), '2029-12-10'),
    v(staffing(1, 7), '2029-12-10'),
  ],
  openings: [v(opening(true), '2029-11-05', '2029-12-20'), v(opening(false), '2029-12-20')],
  plans: [v({ id: 'H1', skill: 'SK.b', level: 3, year: 2031, headcount: 4 }, '2030-01-10')],
  programmes: [v(programme(['SK.a']), '2029-01-01', '2030-02-10'), v(programme(['SK.b']), '2030-02-10')],
  cohorts: [v({ id: 'C1', programmeId: 'P1', startOn: '2030-01-06', capacity: 10 }, '2029-06-01')],
  enrolments: [
    seat('2029-12-01'),
    seat('2029-12-15'),
    seat('2030-01-15', { end: 'withdrawn', endAt: d('2030-01-25') }),
    seat('2030-02-05'),
    seat('2030-02-10', { deletedAt: d('2030-02-20') }),
  ],
};
const skills = ['SK.a', 'SK.b'];
const monthEnd = (m: string) => new Date(monthBounds(m).end.getTime() - 1);

describe('the workforce gap at a month end, from the inputs as they stood then', () => {
  it.each([
    ['2029-11', 2030, 4],
    ['2029-12', 2030, 5],
    ['2030-01', 2031, 4.4],
    ['2030-02', 2031, 3.6],
  ])('at the end of %s looks at %i and finds %d people short', (month, year, gap) => {
    expect(horizonYear(monthEnd(month))).toBe(year);
    expect(workforceGapAt(history, skills, monthEnd(month))).toBe(gap);
  });

  it('counts each skill’s shortage alone: a surplus of one skill fills no post of another', () => {
    expect(shortagesAt(history, skills, monthEnd('2030-01'))!.map((s) => [s.skill, s.shortage])).toEqual([
      ['SK.b', 4],
      ['SK.a', expect.closeTo(0.4, 9)],
    ]);
    // Ten more places on SK.a's programme would leave SK.a in surplus; SK.b's shortfall stays 4.
    const more = {
      ...history,
      enrolments: [...history.enrolments, ...Array.from({ length: 10 }, () => seat('2030-01-20'))],
    };
    expect(workforceGapAt(more, skills, monthEnd('2030-01'))).toBe(4);
  });

  it('gives no figure before any input was in force, and none from a staffing table with no facility', () => {
    expect(workforceGapAt(history, skills, monthEnd('2029-05'))).toBeNull();
    // End of September: only C1 (from June), whose completions fall in 2031 → nought short for 2030.
    expect(workforceGapAt(history, skills, monthEnd('2029-09'))).toBe(0);
    // End of October: F1 and its staffing are in force (nought short for 2030 would be wrong: 3 are).
    expect(workforceGapAt(history, skills, monthEnd('2029-10'))).toBe(3);
    const staffingOnly = { ...history, facilities: [], cohorts: [], openings: [], plans: [] };
    expect(workforceGapAt(staffingOnly, skills, monthEnd('2029-12'))).toBeNull();
  });
});

describe('the series, narrowed once per year looked at', () => {
  // Inputs whose demand falls outside every year looked at: a plan for 2033, and an opening that started in March
  // 2029 (its post is this year's, never the coming one's). Neither changes a figure; both are inputs in force.
  const later = {
    ...history,
    plans: [
      ...history.plans,
      v({ id: 'H2', skill: 'SK.a', level: 3, year: 2033, headcount: 9 }, '2029-11-01'),
    ],
    openings: [
      ...history.openings,
      v({ id: 'O2', skills: ['SK.b'], level: 3, startOn: '2029-03-01', open: true }, '2029-11-01'),
    ],
  };
  const moments = ['2029-11', '2029-12', '2030-01', '2030-02'].map(monthEnd);
  const whole = (h: WorkforceHistory, at: Date) => {
    const shortages = shortagesAt(h, skills, at);
    return shortages && Math.round(10 * shortages.reduce((n, s) => n + s.shortage, 0)) / 10;
  };

  it('gives what each month’s whole projection gives', () => {
    expect(workforceGapSeries(later, skills, moments)).toEqual(moments.map((at) => whole(later, at)));
    expect(workforceGapSeries(later, skills, moments)).toEqual([4, 5, 4.4, 3.6]);
  });

  it('still counts an input of another year as something to project from (nought short, not no figure)', () => {
    const onlyLater = { ...later, facilities: [], staffing: [], cohorts: [], openings: [], enrolments: [] };
    expect(whole(onlyLater, monthEnd('2029-12'))).toBe(0);
    expect(workforceGapAt(onlyLater, skills, monthEnd('2029-12'))).toBe(0);
    expect(workforceGapAt(onlyLater, skills, monthEnd('2029-10'))).toBeNull();
  });
});
