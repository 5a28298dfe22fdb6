import { describe, expect, it } from 'vitest';
import { isTrainingLevel, levelInfo, levelLabel } from './levels.ts';
import { addDays, reviewCadence, totalHours } from './reviews.ts';

describe('level ladder', () => {
  it.each([
    [1, false],
    [2, true],
    [7, true],
    [8, false],
    [3.5, false],
  ])('%s is a level: %s', (n, ok) => expect(isTrainingLevel(n)).toBe(ok));

  it.each([
    [2, 'GCSE (5 good passes)', '高等学校在学程度・技能検定3級程度'],
    [3, 'A level (2 passes)', '高等学校卒業・技能検定2級程度'],
    [6, "Bachelor's degree", '学士（大学卒業）'],
    [7, "Master's degree", '修士（大学院修了）'],
  ] as const)('level %s: UK %s, Japan %s', (level, uk, japan) => {
    expect(levelInfo(level).uk.en).toBe(uk);
    expect(levelInfo(level).japan.ja).toBe(japan);
    expect(levelLabel(level).ja).toContain(`レベル${level}`);
    expect(levelLabel(level).ja).toContain(japan);
  });
});

describe('review cadence: due 8–12 weeks after the last review or the start', () => {
  it.each([
    // start, reviews, today, dueFrom, dueBy, state
    ['2027-04-01', [], '2027-03-31', '2027-05-27', '2027-06-24', 'not-started'],
    ['2027-04-01', [], '2027-04-01', '2027-05-27', '2027-06-24', 'not-due'],
    ['2027-04-01', [], '2027-05-26', '2027-05-27', '2027-06-24', 'not-due'],
    ['2027-04-01', [], '2027-05-27', '2027-05-27', '2027-06-24', 'due'],
    ['2027-04-01', [], '2027-06-24', '2027-05-27', '2027-06-24', 'due'],
    ['2027-04-01', [], '2027-06-25', '2027-05-27', '2027-06-24', 'overdue'],
    // the latest review counts, whatever order they come in
    ['2027-04-01', ['2027-06-10', '2027-05-20'], '2027-07-01', '2027-08-05', '2027-09-02', 'not-due'],
    ['2027-04-01', ['2027-06-10'], '2027-09-03', '2027-08-05', '2027-09-02', 'overdue'],
    // a review before the start does not count
    ['2027-04-01', ['2027-03-01'], '2027-05-30', '2027-05-27', '2027-06-24', 'due'],
    // across a leap day: 2028-01-10 + 56 days = 2028-03-06
    ['2028-01-10', [], '2028-03-06', '2028-03-06', '2028-04-03', 'due'],
  ] as const)(
    'start %s, reviews %j, on %s: due %s–%s, %s',
    (start, reviews, today, dueFrom, dueBy, state) => {
      expect(reviewCadence(start, reviews, today)).toMatchObject({ dueFrom, dueBy, state });
    },
  );

  it.each([
    ['2027-12-25', 7, '2028-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
  ])('%s + %s days = %s', (d, n, out) => expect(addDays(d, n)).toBe(out));

  it.each([
    [[], 0],
    [[{ hours: 0.1 }, { hours: 0.2 }], 0.3],
    [[{ hours: 7.5 }, { hours: 6 }], 13.5],
  ])('hours %j total %s', (entries, sum) => expect(totalHours(entries)).toBe(sum));
});
