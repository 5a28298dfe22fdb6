import { describe, expect, it } from 'vitest';
import { checkAnswers, checkDefinition } from '../surveys/index.ts';
import type { Answers } from '../surveys/types.ts';
import {
  attendance,
  feedbackForm,
  jstMonth,
  monthlyFigures,
  outcomeWindow,
  summarizeFeedback,
} from './outcomes.ts';

describe('feedback form', () => {
  it('is a valid survey definition that requires the rating and the follow-up answer', () => {
    expect(checkDefinition(feedbackForm)).toEqual([]);
    expect(
      checkAnswers(feedbackForm, { comment: 'x' }, true)
        .issues.map((i) => i.path)
        .sort(),
    ).toEqual(['answers.follow-up', 'answers.overall']);
    expect(checkAnswers(feedbackForm, { overall: '4', 'follow-up': 'yes' }, true).issues).toEqual([]);
  });

  it.each([
    // answers, responses, mean, distribution, yes, comments (hand-computed)
    [[], 0, null, [0, 0, 0, 0, 0], 0, []],
    [
      [
        { overall: '5', 'follow-up': 'yes', comment: ' Good ' },
        { overall: '2', 'follow-up': 'no' },
      ],
      2,
      3.5,
      [0, 1, 0, 0, 1],
      1,
      ['Good'],
    ],
    [[{ overall: '4' }, { overall: '4' }, { overall: '5' }], 3, 4.33, [0, 0, 0, 2, 1], 0, []],
  ])('summarises %j', (answers, responses, mean, dist, yes, comments) => {
    expect(summarizeFeedback(answers as Answers[])).toEqual({
      responses,
      overallMean: mean,
      overall: dist,
      followUpYes: yes,
      comments,
    });
  });
});

describe('attendance and the outcome window', () => {
  it.each([
    [10, 7, true, { confirmed: 10, checkedIn: 7, noShows: 3, rate: 0.7 }],
    [10, 7, false, { confirmed: 10, checkedIn: 7, noShows: null, rate: null }],
    [0, 0, true, { confirmed: 0, checkedIn: 0, noShows: 0, rate: null }],
    [3, 2, true, { confirmed: 3, checkedIn: 2, noShows: 1, rate: 0.667 }],
  ])('%i confirmed, %i checked in, ended %s', (c, k, ended, out) => {
    expect(attendance(c, k, ended)).toEqual(out);
  });

  it('runs from the start to 30 days after the end', () => {
    const w = outcomeWindow(new Date('2027-01-20T03:00:00Z'), new Date('2027-01-20T04:00:00Z'));
    expect(w.to.toISOString()).toBe('2027-02-19T04:00:00.000Z');
  });

  it('takes months in Japan time', () => {
    expect(jstMonth(new Date('2027-01-31T15:30:00Z'))).toBe('2027-02');
    expect(jstMonth(new Date('2027-01-31T14:59:00Z'))).toBe('2027-01');
  });
});

describe('monthly figures', () => {
  it('counts events by kind, live registrations, attendance at ended events, and companies first reached', () => {
    const at = (s: string) => new Date(s);
    const events = [
      {
        id: 'a',
        kind: 'lunch-meeting' as const,
        startsAt: at('2027-01-20T03:00:00Z'),
        endsAt: at('2027-01-20T04:00:00Z'),
      },
      {
        id: 'b',
        kind: 'seminar' as const,
        startsAt: at('2027-01-28T04:00:00Z'),
        endsAt: at('2027-01-28T07:00:00Z'),
      },
      {
        id: 'c',
        kind: 'lunch-meeting' as const,
        startsAt: at('2027-02-17T03:00:00Z'),
        endsAt: at('2027-02-17T04:00:00Z'),
      },
    ];
    const r = (
      eventId: string,
      status: 'confirmed' | 'waiting' | 'cancelled',
      checkedIn: boolean,
      org: string | null,
    ) => ({
      eventId,
      status,
      checkedIn,
      organizationId: org,
    });
    const regs = [
      r('a', 'confirmed', true, 'X'),
      r('a', 'confirmed', false, 'Y'),
      r('a', 'cancelled', false, 'Z'),
      r('b', 'confirmed', true, 'X'),
      r('b', 'confirmed', true, null),
      r('b', 'waiting', false, 'W'),
      r('c', 'confirmed', false, 'X'),
      r('c', 'confirmed', false, 'V'),
    ];
    // "now" is after January's events and before February's: February has no attendance rate yet.
    // X joined its cluster in January, V in February, Y in December (before it came): new members 1 and 1.
    const joined = new Map([
      ['X', '2027-01'],
      ['Y', '2026-12'],
      ['V', '2027-02'],
    ]);
    const out = monthlyFigures(events, regs, at('2027-02-01T00:00:00Z'), joined);
    expect(out.map((m) => m.month)).toEqual(['2027-01', '2027-02']);
    expect(out[0]).toMatchObject({
      registrations: 5, // a: 2 live; b: 3 (the waiting one counts, the cancelled one does not)
      confirmed: 4,
      attendanceRate: 0.75, // 3 of 4 confirmed checked in
      companies: 2, // X and Y (Z cancelled, W only waiting, one without organisation)
      newCompanies: 2,
      newMembers: 1,
    });
    expect(out[0]!.events['lunch-meeting']).toBe(1);
    expect(out[0]!.events.seminar).toBe(1);
    expect(out[1]).toMatchObject({
      registrations: 2,
      confirmed: 2,
      attendanceRate: null,
      companies: 2,
      newCompanies: 1,
      newMembers: 1,
    });
  });
});
