import { describe, expect, it } from 'vitest';
import { canCancel, jstDay, jstMonth, slotHours, slotProblems, unitsIn } from './booking.ts';

// Worked by hand: Japan is UTC+9 all year, so Japanese midnight is 15:00 UTC the day before.
describe('Japan-time calendar for bookings', () => {
  it.each([
    ['2027-04-01T00:00:00+09:00', '2027-04-01'],
    ['2027-03-31T15:00:00Z', '2027-04-01'],
    ['2027-03-31T14:59:59Z', '2027-03-31'],
    ['2027-12-31T23:30:00+09:00', '2027-12-31'],
  ])('%s falls on %s in Japan', (at, day) => {
    expect(jstDay(new Date(at))).toBe(day);
  });

  it.each([
    ['2027-04', '2027-03-31T15:00:00.000Z', '2027-04-30T15:00:00.000Z'],
    ['2027-12', '2027-11-30T15:00:00.000Z', '2027-12-31T15:00:00.000Z'],
    ['2028-02', '2028-01-31T15:00:00.000Z', '2028-02-29T15:00:00.000Z'],
  ])('month %s runs from %s to %s', (month, from, to) => {
    const range = jstMonth(month);
    expect(range.start.toISOString()).toBe(from);
    expect(range.end.toISOString()).toBe(to);
  });

  it.each([
    ['2027-04-01T09:00:00+09:00', '2027-04-01T12:00:00+09:00', 3],
    ['2027-04-01T00:00:00+09:00', '2027-04-03T00:00:00+09:00', 48],
    ['2027-04-05T00:00:00+09:00', '2027-04-12T00:00:00+09:00', 168],
  ])('%s to %s is %d hours', (start, end, hours) => {
    expect(slotHours({ start: new Date(start), end: new Date(end) })).toBe(hours);
  });
});

describe('booking slots', () => {
  const now = new Date('2027-04-01T00:00:00+09:00');
  const slot = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
  it.each([
    // [start, end, unit, fields at fault]
    ['2027-04-02T09:00:00+09:00', '2027-04-02T11:00:00+09:00', 'hour', []],
    ['2027-04-02T09:30:00+09:00', '2027-04-02T11:00:00+09:00', 'hour', ['start', 'end']],
    ['2027-04-02T09:00:00+09:00', '2027-04-02T08:00:00+09:00', 'hour', ['end']],
    ['2027-03-31T09:00:00+09:00', '2027-03-31T10:00:00+09:00', 'hour', ['start']],
    ['2027-04-02T00:00:00+09:00', '2027-04-04T00:00:00+09:00', 'day', []],
    ['2027-04-02T09:00:00+09:00', '2027-04-03T09:00:00+09:00', 'day', ['start']],
    // 2027-04-05 is a Monday.
    ['2027-04-05T00:00:00+09:00', '2027-04-12T00:00:00+09:00', 'week', []],
    ['2027-04-06T00:00:00+09:00', '2027-04-13T00:00:00+09:00', 'week', ['start']],
  ] as const)('%s–%s by the %s: %j', (start, end, unit, fields) => {
    expect(slotProblems(slot(start, end), unit, now).map((p) => p.field)).toEqual(fields);
  });

  it('counts units and the cancellation cut-off', () => {
    const s = slot('2027-04-02T09:00:00+09:00', '2027-04-02T12:00:00+09:00');
    expect(unitsIn(s, 'hour')).toBe(3);
    // 24 hours before 09:00 on the 2nd is 09:00 on the 1st.
    expect(canCancel(s, new Date('2027-04-01T09:00:00+09:00'), 24)).toBe(true);
    expect(canCancel(s, new Date('2027-04-01T09:00:01+09:00'), 24)).toBe(false);
  });
});
