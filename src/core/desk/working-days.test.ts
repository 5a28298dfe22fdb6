import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidayOn, isWorkingDay, japanDay, workingDaysBetween } from './working-days.ts';

// Dates checked against the Cabinet Office's list of national holidays (内閣府「国民の祝日について」).
describe('isWorkingDay', () => {
  it.each([
    ['2027-04-28', true, 'Wednesday before Golden Week'],
    ['2027-04-29', false, 'Shōwa Day (Thursday)'],
    ['2027-04-30', true, 'Friday between the holidays'],
    ['2027-05-01', false, 'Saturday'],
    ['2027-05-02', false, 'Sunday'],
    ['2027-05-03', false, 'Constitution Memorial Day'],
    ['2027-05-04', false, 'Greenery Day'],
    ['2027-05-05', false, "Children's Day"],
    ['2027-05-06', true, 'Thursday after Golden Week'],
    ['2026-05-06', false, 'substitute holiday for 3 May 2026, a Sunday'],
    ['2026-05-07', true, 'Thursday after it'],
    ['2024-11-04', false, 'substitute holiday for Culture Day 2024'],
    ['2027-01-01', false, "New Year's Day"],
  ])('%s → %s (%s)', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it('names a holiday in both languages', () => {
    expect(holidayOn('2026-05-06')).toEqual({
      ja: expect.stringContaining('振替休日'),
      en: 'Holiday in lieu',
    });
    expect(holidayOn('2027-04-30')).toBeUndefined();
  });
});

describe('addWorkingDays', () => {
  it.each([
    // [start, n, due, why]
    ['2027-04-26', 2, '2027-04-28', 'Monday + 2: Wednesday, no holiday in between'],
    ['2027-04-28', 1, '2027-04-30', 'skips Shōwa Day'],
    ['2027-04-28', 2, '2027-05-06', 'skips the weekend and 3–5 May'],
    ['2027-04-28', 5, '2027-05-11', 'Golden Week costs five calendar days'],
    ['2027-04-30', 1, '2027-05-06', 'Friday before the long weekend'],
    ['2027-05-01', 1, '2027-05-06', 'received on the Saturday'],
    ['2027-05-03', 0, '2027-05-06', 'n = 0: the first working day on or after'],
    ['2027-04-27', 0, '2027-04-27', 'n = 0 on a working day is that day'],
    ['2026-05-01', 1, '2026-05-07', 'Friday: 2–6 May 2026 includes the substitute holiday'],
    ['2027-05-06', 10, '2027-05-20', 'two plain weeks'],
  ])('%s + %i working days = %s (%s)', (start, n, due) => {
    expect(addWorkingDays(start, n)).toBe(due);
  });

  it('refuses a negative or fractional count and a malformed day', () => {
    expect(() => addWorkingDays('2027-04-28', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2027-04-28', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2027-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('28/04/2027', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2027-04-28', '2027-05-06', 2],
    ['2027-04-28', '2027-04-28', 0],
    ['2027-04-28', '2027-05-11', 5],
    ['2027-05-06', '2027-04-28', -2],
    ['2026-05-01', '2026-05-07', 1],
  ])('%s → %s: %i', (from, to, n) => {
    expect(workingDaysBetween(from, to)).toBe(n);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2027-04-24', '2027-04-29', '2026-04-30', '2026-12-28'])
      for (let n = 1; n <= 12; n++) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
  });
});

describe('japanDay', () => {
  it.each([
    ['2027-04-28T14:59:59Z', '2027-04-28'],
    ['2027-04-28T15:00:00Z', '2027-04-29'],
  ])('%s is %s in Japan', (at, day) => {
    expect(japanDay(new Date(at))).toBe(day);
  });
});
