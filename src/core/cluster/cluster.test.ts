import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  endOfJapanDay,
  flowSeries,
  headline,
  indicatorKeys,
  indicators,
  japanMonth,
  monthBounds,
  monthRange,
  readClusterPlan,
  shareSeries,
  sitePlanAnswers,
  status,
  stockSeries,
} from './index.ts';

const months = ['2026-01', '2026-02', '2026-03', '2026-04'];

describe('monthly series from counts per month', () => {
  // Hand-counted: three records start (one before the range), one ends in March.
  const starts = [
    { month: '2025-12', n: 1 },
    { month: '2026-02', n: 1 },
    { month: '2026-03', n: 1 },
  ];
  const ends = [{ month: '2026-03', n: 1 }];

  it.each([
    ['flow', flowSeries(months, starts), [0, 1, 1, 0]],
    ['stock', stockSeries(months, starts, ends), [1, 2, 2, 2]],
    ['share', shareSeries([1, 1, 2, 0], [0, 2, 3, 4]), [null, 50, 66.7, 0]],
  ])('%s', (_, got, want) => expect(got).toEqual(want));

  it.each([
    ['flow', [1, 2, null, 3], 6],
    ['stock', [1, 2, 3, 4], 4],
    ['share', [10, null], null],
  ] as const)('the %s headline', (aggregation, values, want) => {
    expect(headline(aggregation, [...values])).toBe(want);
  });

  it('sums a flow over the last twelve months only', () => {
    expect(
      headline(
        'flow',
        Array.from({ length: 15 }, () => 1),
      ),
    ).toBe(12);
  });
});

describe('status against a target', () => {
  it.each([
    [5, 4, 'higher', 'on-track'],
    [3, 4, 'higher', 'behind'],
    [3, 4, 'lower', 'on-track'],
    [5, 4, 'lower', 'behind'],
    [4, 4, 'lower', 'on-track'],
    [null, 4, 'higher', 'no-data'],
    [3, null, 'higher', 'no-target'],
  ] as const)('%s against %s (%s is better) is %s', (value, target, direction, want) => {
    expect(status(value, target, direction)).toBe(want);
  });
});

describe('Japanese months', () => {
  it('puts 2026-03-31 23:30 JST in March and 2026-03-31 15:30Z in April', () => {
    expect(japanMonth(new Date('2026-03-31T23:30:00+09:00'))).toBe('2026-03');
    expect(japanMonth(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04');
  });
  it('bounds a month at midnight in Japan', () => {
    expect(monthBounds('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00+09:00'),
      end: new Date('2027-01-01T00:00:00+09:00'),
    });
    expect(endOfJapanDay('2026-04-30').toISOString()).toBe('2026-04-30T14:59:59.999Z');
  });
  it('steps across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('the registry', () => {
  it('defines each indicator once, bilingual, with its explanation', () => {
    expect(new Set(indicatorKeys).size).toBe(indicators.length);
    for (const d of indicators) {
      expect(d.label.ja && d.label.en && d.explanation.ja && d.explanation.en, d.key).toBeTruthy();
    }
  });
});

describe("the siting survey's question ①", () => {
  it("names its answers in the template's words", () => {
    const template = JSON.parse(
      readFileSync(
        new URL('../../../data/surveys/fusion-siting-2024.template.json', import.meta.url),
        'utf8',
      ),
    ) as { questions: { key: string; choices: { key: string; label: unknown }[] }[] };
    const q1 = template.questions.find((q) => q.key === 'q1-plan')!;
    expect(Object.fromEntries(q1.choices.map((c) => [c.key, c.label]))).toEqual(sitePlanAnswers);
  });
});

describe('the plan in a cluster file', () => {
  const source = { seed: '000 §IV', asOf: '2024-11-01' };
  const phase = (ordinal: number) => ({ ordinal, name: { ja: 'x' }, support: { en: 'y' }, source });

  it('is optional', () => {
    expect(readClusterPlan({})).toEqual({ plan: { phases: [], milestones: [], context: [] }, problems: [] });
  });

  it.each([
    [{ phases: [phase(1), phase(3)] }, 'phases[1].ordinal'],
    [{ phases: [{ ...phase(1), name: {} }] }, 'phases[0].name'],
    [{ phases: [{ ...phase(1), source: { seed: 'x' } }] }, 'phases[0].source'],
    [
      { milestones: [{ key: 'm', scope: 'global', title: { en: 'x' }, targetDate: '2027-01-01', source }] },
      'milestones[0].scope',
    ],
    [
      { milestones: [{ key: 'm', scope: 'national', title: { en: 'x' }, targetDate: '2027-13-01', source }] },
      'milestones[0].targetDate',
    ],
    [{ context: [{ key: 'c', label: { en: 'x' }, value: 'many', unit: '%', source }] }, 'context[0].value'],
    [{ context: 'none' }, 'context'],
  ])('names the problem in %j at %s', (file, path) => {
    expect(readClusterPlan(file).problems.map((p) => p.path)).toContain(path);
  });
});
