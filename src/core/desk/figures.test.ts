import { describe, expect, it } from 'vitest';
import { daysInPeriod, monthsOfPeriod, shareOf, shiftDay, workingDayCalendar } from './figures.ts';
import { workingDaysBetween } from './working-days.ts';

// Golden Week 2027 (Cabinet Office list): 29 Apr (Thu) Shōwa Day, 3–5 May (Mon–Wed) holidays, weekends 1–2 May.
describe('workingDayCalendar', () => {
  it('numbers working days after the first day, holidays and weekends adding nothing', () => {
    const { days, ordinals } = workingDayCalendar('2027-04-27', '2027-05-07');
    expect(days).toEqual([
      '2027-04-27',
      '2027-04-28',
      '2027-04-29',
      '2027-04-30',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-05-06',
      '2027-05-07',
    ]);
    // Tue(start) Wed Thu(holiday) Fri Sat Sun Mon–Wed(holidays) Thu Fri
    expect(ordinals).toEqual([0, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4]);
  });

  it.each([
    ['2027-04-28', '2027-05-06'],
    ['2027-04-24', '2027-05-10'],
    ['2026-12-25', '2027-01-12'],
    ['2026-05-01', '2026-05-08'],
  ])('ordinal differences equal workingDaysBetween over %s → %s', (from, to) => {
    const { days, ordinals } = workingDayCalendar(from, to);
    for (let i = 0; i < days.length; i++)
      for (let j = i; j < days.length; j++)
        expect(ordinals[j]! - ordinals[i]!).toBe(workingDaysBetween(days[i]!, days[j]!));
  });

  it('is empty when the period is reversed and refuses a non-day', () => {
    expect(workingDayCalendar('2027-05-02', '2027-05-01')).toEqual({ days: [], ordinals: [] });
    expect(() => workingDayCalendar('2027-02-30', '2027-03-01')).toThrow(RangeError);
  });
});

describe('periods', () => {
  it.each([
    ['2026-11-15', '2027-02-01', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2027-04-01', '2027-04-30', ['2027-04']],
    ['2027-05-01', '2027-04-30', []],
  ])('months of %s → %s', (from, to, months) => {
    expect(monthsOfPeriod(from, to)).toEqual(months);
  });

  it.each([
    ['2027-01-01', '2027-12-31', 365],
    ['2028-01-01', '2028-12-31', 366],
    ['2027-05-01', '2027-05-01', 1],
    ['2027-05-02', '2027-05-01', 0],
  ])('days in %s → %s: %i', (from, to, n) => {
    expect(daysInPeriod(from, to)).toBe(n);
  });

  it('shifts days across months and years', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
  });

  it.each([
    [3, 4, 0.75],
    [1, 3, 0.333],
    [0, 5, 0],
    [0, 0, null],
  ])('share %i of %i → %s', (part, whole, share) => {
    expect(shareOf(part, whole)).toBe(share);
  });
});
