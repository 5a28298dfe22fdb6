import { describe, expect, it } from 'vitest';
import {
  cancelDeadline,
  formatShortCode,
  isShortCode,
  mayCancel,
  normalizeCode,
  registrationClosed,
  shortCodeFrom,
  tomorrowInJapan,
} from './registration.ts';

const at = (s: string) => new Date(s);

describe('cancellation cut-off', () => {
  it.each([
    // start (JST 18:00 on 10 June), cut-off hours, now, may cancel
    ['2027-06-10T18:00:00+09:00', 24, '2027-06-09T17:59:59+09:00', true],
    ['2027-06-10T18:00:00+09:00', 24, '2027-06-09T18:00:00+09:00', false],
    ['2027-06-10T18:00:00+09:00', 0, '2027-06-10T17:59:00+09:00', true],
    ['2027-06-10T18:00:00+09:00', 0, '2027-06-10T18:00:00+09:00', false],
    ['2027-06-10T18:00:00+09:00', 72, '2027-06-07T19:00:00+09:00', false],
  ])('start %s, %i h before, at %s → %s', (start, hours, now, ok) => {
    expect(mayCancel(at(start), hours, at(now))).toBe(ok);
  });
  it.each([
    // a waiting entry: until the start, whatever the cut-off
    ['2027-06-10T18:00:00+09:00', 24, '2027-06-10T17:59:59+09:00', true],
    ['2027-06-10T18:00:00+09:00', 24, '2027-06-10T18:00:00+09:00', false],
  ])('waiting: start %s, %i h before, at %s → %s', (start, hours, now, ok) => {
    expect(mayCancel(at(start), hours, at(now), 'waiting')).toBe(ok);
  });
  it('the deadline is the start less the hours', () => {
    expect(cancelDeadline(at('2027-06-10T09:00:00Z'), 24).toISOString()).toBe('2027-06-09T09:00:00.000Z');
  });
});

describe('registration window', () => {
  const startsAt = at('2027-06-10T09:00:00Z');
  it.each([
    [null, null, '2027-06-10T08:59:59Z', null],
    [null, null, '2027-06-10T09:00:00Z', 'registration is closed'],
    ['2027-06-01T00:00:00Z', null, '2027-05-31T23:59:59Z', 'registration has not opened yet'],
    ['2027-06-01T00:00:00Z', '2027-06-05T00:00:00Z', '2027-06-04T00:00:00Z', null],
    ['2027-06-01T00:00:00Z', '2027-06-05T00:00:00Z', '2027-06-05T00:00:00Z', 'registration is closed'],
  ])('opens %s closes %s at %s → %s', (opens, closes, now, why) => {
    const got = registrationClosed(
      { opensAt: opens ? at(opens) : null, closesAt: closes ? at(closes) : null, startsAt },
      at(now),
    );
    expect(got?.en ?? null).toBe(why);
  });
});

// Worked by hand: Japanese midnight is 15:00 UTC the day before.
describe('the next day in Japan', () => {
  it.each([
    ['2027-06-09T09:00:00+09:00', '2027-06-09T15:00:00Z', '2027-06-10T15:00:00Z'],
    ['2027-06-09T23:59:00+09:00', '2027-06-09T15:00:00Z', '2027-06-10T15:00:00Z'],
    ['2027-06-09T00:00:00+09:00', '2027-06-09T15:00:00Z', '2027-06-10T15:00:00Z'],
    ['2027-06-08T15:00:00Z', '2027-06-09T15:00:00Z', '2027-06-10T15:00:00Z'],
    ['2027-06-08T14:59:59Z', '2027-06-08T15:00:00Z', '2027-06-09T15:00:00Z'],
  ])('at %s: from %s to %s', (now, from, to) => {
    const w = tomorrowInJapan(at(now));
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual([
      new Date(from).toISOString(),
      new Date(to).toISOString(),
    ]);
  });
});

describe('short check-in codes', () => {
  it.each([
    [[0, 1, 2, 3, 4, 5, 6, 7], '01234567'],
    [[31, 30, 29, 28, 18, 19, 20, 21], 'ZYXWJKMN'],
    [[32, 33, 255, 224, 10, 11, 12, 13], '01Z0ABCD'],
  ])('bytes %j → %s', (bytes, code) => {
    expect(shortCodeFrom(Uint8Array.from(bytes))).toBe(code);
  });
  it('refuses too few bytes', () => {
    expect(() => shortCodeFrom(new Uint8Array(4))).toThrow();
  });
  it.each([
    ['abcd-efgh', 'ABCDEFGH'],
    [' 0o1i-lL23 ', '00111123'],
    ['ＡＢＣＤ　ＥＦＧＨ', 'ABCDEFGH'],
  ])('typed %s reads as %s', (typed, code) => {
    expect(normalizeCode(typed)).toBe(code);
  });
  it.each([
    ['ABCDEFGH', true],
    ['ABCDEFG', false],
    ['ABCDEFGU', false],
    ['x'.repeat(43), false],
  ])('%s is a short code: %s', (code, ok) => {
    expect(isShortCode(code)).toBe(ok);
  });
  it('is shown in two groups', () => {
    expect(formatShortCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
