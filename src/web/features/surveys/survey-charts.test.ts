import { describe, expect, it } from 'vitest';
import { countTicks, dayTicks } from './survey-charts.tsx';

const day = 86_400_000;
const d0 = Date.parse('2026-12-01T00:00:00Z');
const days = (ticks: number[]) => ticks.map((t) => (t - d0) / day);

describe('the progress chart’s axes', () => {
  // [days from the first to the last, the tick days] — each day once, both ends shown.
  it.each([
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [4, [0, 1, 2, 3, 4]],
    [7, [0, 2, 4, 7]],
    [14, [0, 4, 8, 14]],
    [30, [0, 8, 16, 24, 30]],
  ])('a span of %i days has day ticks %j', (span, expected) => {
    const ticks = days(dayTicks(d0, d0 + span * day));
    expect(ticks).toEqual(expected);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [36, [0, 10, 20, 30, 40]],
    [74, [0, 20, 40, 60, 80]],
  ])('a count axis up to %i has ticks %j', (top, expected) => {
    expect(countTicks(top)).toEqual(expected);
  });
});
