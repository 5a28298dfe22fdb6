import { describe, expect, it } from 'vitest';
import {
  activityMatrix,
  areaSummaries,
  areaTag,
  chartMonths,
  digestWeek,
  japanDate,
  mayPublishBulletin,
  maySeeBulletin,
  monthsBetween,
  tagPattern,
  yearBefore,
} from './index.ts';

// Dates are checked by hand against a calendar: 7 June 2027 is a Monday, 9 April 2024 a Tuesday.

describe('Japan calendar', () => {
  it.each([
    ['2027-06-06T14:59:59Z', '2027-06-06'], // 23:59:59 JST Sunday
    ['2027-06-06T15:00:00Z', '2027-06-07'], // midnight JST Monday
    ['2024-04-08T23:30:00-04:00', '2024-04-09'], // Washington evening = Tokyo the next day, 12:30
  ])('%s is %s in Japan', (at, date) => expect(japanDate(new Date(at))).toBe(date));

  it.each([
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2027-03', '2027-03', ['2027-03']],
    ['2027-04', '2027-03', []],
  ])('months %s … %s', (from, to, months) => expect(monthsBetween(from, to)).toEqual(months));

  it.each([
    ['2027-06-07', '2026-06-07'],
    ['2028-02-29', '2027-02-28'],
    ['2027-01-01', '2026-01-01'],
  ])('a year before %s is %s', (d, y) => expect(yearBefore(d)).toBe(y));

  it.each([
    // Monday 00:30 JST: the week just ended, Monday 31 May – Sunday 6 June.
    ['2027-06-07T00:30:00+09:00', '2027-05-31', '2027-05-30T15:00:00.000Z', '2027-06-06T15:00:00.000Z'],
    // Sunday 23:59 JST: still the week before.
    ['2027-06-06T23:59:00+09:00', '2027-05-24', '2027-05-23T15:00:00.000Z', '2027-05-30T15:00:00.000Z'],
    // Wednesday: the same digest as that Monday's.
    ['2027-06-09T12:00:00+09:00', '2027-05-31', '2027-05-30T15:00:00.000Z', '2027-06-06T15:00:00.000Z'],
  ])('the digest at %s covers the week of %s', (now, week, from, to) => {
    const w = digestWeek(new Date(now));
    expect(w).toEqual({ week, from: new Date(from), to: new Date(to) });
  });
});

describe('activity per area', () => {
  const activities = [
    { areaKey: 'info', occurredOn: '2026-01-15' },
    { areaKey: 'info', occurredOn: '2026-01-31' },
    { areaKey: 'people', occurredOn: '2026-03-01' },
    { areaKey: 'people', occurredOn: '2027-01-01' }, // outside the months
    { areaKey: 'gone', occurredOn: '2026-02-02' }, // not an area of the agreement
  ];

  it('counts activities by area and month', () => {
    expect(activityMatrix(['info', 'people'], activities, ['2026-01', '2026-02', '2026-03'])).toEqual([
      [2, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('flags an area quiet when nothing happened after the same day a year ago', () => {
    const acts = [
      { areaKey: 'info', occurredOn: '2026-06-08' }, // a year minus a day before 2027-06-07
      { areaKey: 'people', occurredOn: '2026-06-07' }, // exactly a year: too old
      { areaKey: 'industry', occurredOn: '2027-09-01' }, // planned, not done
    ];
    expect(areaSummaries(['info', 'people', 'industry', 'public'], acts, '2027-06-07')).toEqual([
      { areaKey: 'info', lastActivityOn: '2026-06-08', activitiesLastYear: 1, quiet: false },
      { areaKey: 'people', lastActivityOn: '2026-06-07', activitiesLastYear: 0, quiet: true },
      { areaKey: 'industry', lastActivityOn: null, activitiesLastYear: 0, quiet: true },
      { areaKey: 'public', lastActivityOn: null, activitiesLastYear: 0, quiet: true },
    ]);
    // The next day the first area turns quiet as well.
    expect(areaSummaries(['info'], acts, '2027-06-08')[0]!.quiet).toBe(true);
  });

  it('draws from the signing month, at least the last year, at most 36 months', () => {
    expect(chartMonths('2027-06-07', '2027-03-10', [])).toHaveLength(13); // 2026-06 … 2027-06
    const long = chartMonths('2027-06-07', '2024-04-09', []);
    expect(long[0]).toBe('2024-07'); // 36 months back from 2027-06, not the signing month
    expect(long).toHaveLength(36);
    expect(chartMonths('2027-06-07', null, [{ areaKey: 'a', occurredOn: '2025-12-01' }])[0]).toBe('2025-12');
  });
});

describe('bulletins', () => {
  const anon = { role: null, organizationId: null, partyToAgreement: false } as const;
  const member = { role: 'member', organizationId: 'm', partyToAgreement: false } as const;
  const party = { role: 'member', organizationId: 'p', partyToAgreement: true } as const;
  const agency = { role: 'agency', organizationId: 'a', partyToAgreement: false } as const;
  const person = { role: 'person', organizationId: null, partyToAgreement: false } as const;
  const admin = { role: 'admin', organizationId: null, partyToAgreement: false } as const;
  it.each([
    ['public', anon, true],
    ['members', anon, false],
    ['members', person, false],
    ['members', member, true],
    ['partners', member, false],
    ['partners', party, true],
    ['partners', agency, true],
    ['partners', admin, true],
  ] as const)('%s bulletin to %o: %s', (audience, viewer, seen) => {
    expect(maySeeBulletin({ audience, authorOrganizationId: 'x' }, viewer)).toBe(seen);
  });
  it('the author organisation reads its own partners-only bulletin', () => {
    expect(maySeeBulletin({ audience: 'partners', authorOrganizationId: 'm' }, member)).toBe(true);
  });
  it('publishers are coordinators, agencies and party members', () => {
    expect([anon, member, party, agency, person, admin].map(mayPublishBulletin)).toEqual([
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
  });
  it.each([
    [areaTag('jf-tfc-mou', 'information-sharing'), true],
    ['MAG.hts', true],
    ['MAG', true],
    ['area:Bad/x', false],
    ['mag.hts', false],
  ])('tag %s valid: %s', (tag, ok) => expect(tagPattern.test(tag)).toBe(ok));
});
