/**
 * Monthly series from records counted per Japanese month, and the status against a target. The SQL counts
 * records per month ('YYYY-MM' in Japan time); these functions turn the counts into figures, so a figure and
 * the records listed behind it follow one rule.
 */
import { JST_OFFSET_MS } from '../japan-time.ts';
import type { Aggregation, Direction } from './indicators.ts';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (s: string) => monthPattern.test(s);

/** The Japanese month a moment falls in. */
export const japanMonth = (at: Date) => new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 7);

/** The first moment of a Japanese month, and of the next one. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    start: new Date(Date.UTC(y, m - 1, 1) - JST_OFFSET_MS),
    end: new Date(Date.UTC(y, m, 1) - JST_OFFSET_MS),
  };
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Months from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The end of a Japanese day 'YYYY-MM-DD': an as-of date counts everything recorded on that day. */
export const endOfJapanDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - JST_OFFSET_MS + 86_400_000 - 1);

export type MonthCount = { month: string; n: number };

const cumulative = (months: string[], rows: MonthCount[]) =>
  months.map((m) => rows.reduce((sum, r) => (r.month <= m ? sum + r.n : sum), 0));

/** Records dated in each month. */
export const flowSeries = (months: string[], starts: MonthCount[]) =>
  months.map((m) => starts.filter((r) => r.month === m).reduce((s, r) => s + r.n, 0));

/** Records in force at each month's end: started in or before it, not ended in or before it. */
export function stockSeries(months: string[], starts: MonthCount[], ends: MonthCount[]) {
  const s = cumulative(months, starts);
  const e = cumulative(months, ends);
  return months.map((_, i) => s[i]! - e[i]!);
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

/** 100 × numerator / denominator per month, one decimal; null where nothing is in the denominator. */
export const shareSeries = (num: number[], den: number[]) =>
  num.map((n, i) => (den[i] ? round1((100 * n) / den[i]!) : null));

/** How many months of a flow the headline sums: the twelve months to the as-of date. */
export const headlineMonths = 12;

/** The figure compared with the target: a flow's last twelve months summed, otherwise the last month's value. */
export function headline(aggregation: Aggregation, values: (number | null)[]): number | null {
  if (values.length === 0) return null;
  if (aggregation === 'flow') return values.slice(-headlineMonths).reduce<number>((s, v) => s + (v ?? 0), 0);
  return values[values.length - 1] ?? null;
}

export type Status = 'on-track' | 'behind' | 'no-target' | 'no-data';

export function status(
  value: number | null,
  target: number | null | undefined,
  direction: Direction,
): Status {
  if (target === null || target === undefined) return 'no-target';
  if (value === null) return 'no-data';
  return (direction === 'higher' ? value >= target : value <= target) ? 'on-track' : 'behind';
}

/**
 * The yearly report's range: Japan's fiscal year `year` (April to March), read as of its last day, or as of
 * `today` while it is still running. One definition for the report page and its xlsx.
 */
export function fiscalYearRange(year: number, today: string) {
  const end = `${year + 1}-03-31`;
  return { from: `${year}-04`, to: `${year + 1}-03`, asOf: end < today ? end : today };
}
