// Occupancy over time: leased floor area ÷ leasable floor area, month by month, weighted by the days leased.
import { addMonths, parseDay } from './dates.ts';
import { type LeaseRecord, occupying } from './leases.ts';

export type OccupancyUnit = { id: string; area: number };
export type MonthOccupancy = { month: string; leased: number; leasable: number; rate: number };

const monthStart = (month: string) => `${month}-01`;
const nextMonth = (month: string) => addMonths(monthStart(month), 1).slice(0, 7);

/**
 * One row per month from `fromMonth` to `toMonth` ('YYYY-MM', both included). A unit leased for half a month
 * counts half its area that month, so a move-in on the 16th shows as the month it happened, not as a jump.
 */
export function monthlyOccupancy(
  units: readonly OccupancyUnit[],
  leases: readonly LeaseRecord[],
  fromMonth: string,
  toMonth: string,
): MonthOccupancy[] {
  return groupedOccupancy(units, leases, fromMonth, toMonth).total;
}

/** Days since 1970-01-01: what PostgreSQL's `date - date '1970-01-01'` gives, so SQL can hand spans over as integers. */
export const dayNumber = (day: string) => Math.round(parseDay(day).getTime() / 86_400_000);

/** A lease reduced to what occupancy needs: its unit's group and area, and its days as numbers, end excluded. */
export type OccupancySpan = { group?: string; area: number; start: number; endExclusive: number };

/**
 * The same, in total and per group of units (a facility), from units and leases with dates: the form the tests
 * and the pages use.
 */
export function groupedOccupancy(
  units: readonly (OccupancyUnit & { group?: string })[],
  leases: readonly LeaseRecord[],
  fromMonth: string,
  toMonth: string,
): { total: MonthOccupancy[]; groups: Map<string, MonthOccupancy[]> } {
  const leasable = new Map<string | undefined, number>();
  for (const u of units) leasable.set(u.group, (leasable.get(u.group) ?? 0) + u.area);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const spans: OccupancySpan[] = [];
  for (const lease of leases) {
    const unit = unitOf.get(lease.unitId);
    if (!unit || !occupying(lease.status)) continue;
    spans.push({
      group: unit.group,
      area: unit.area,
      start: dayNumber(lease.start),
      endExclusive: dayNumber(lease.end) + 1,
    });
  }
  return occupancyOfSpans(leasable, spans, fromMonth, toMonth);
}

/**
 * The arithmetic itself: one pass over the spans, each visiting only the months it covers, on day numbers, so
 * five years of 2,000 units' leases take a millisecond or two. `leasable` is the leasable area per group (the
 * `undefined` group: units counted in the total only).
 */
export function occupancyOfSpans(
  leasable: ReadonlyMap<string | undefined, number>,
  spans: readonly OccupancySpan[],
  fromMonth: string,
  toMonth: string,
): { total: MonthOccupancy[]; groups: Map<string, MonthOccupancy[]> } {
  const months: string[] = [];
  for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) months.push(month);
  // bounds[i] is the first day of months[i]; bounds[months.length] the day after the last month.
  const bounds = [...months, months.length ? nextMonth(months[months.length - 1]!) : fromMonth].map((m) =>
    dayNumber(monthStart(m)),
  );
  const blank = () => months.map(() => 0);
  const leasedTotal = blank();
  const leasedBy = new Map<string, number[]>();
  for (const group of leasable.keys()) if (group !== undefined) leasedBy.set(group, blank());
  for (const span of spans) {
    const group = span.group === undefined ? undefined : leasedBy.get(span.group);
    // The first month the lease reaches, then on while it lasts.
    let i = 0;
    while (i < months.length && bounds[i + 1]! <= span.start) i++;
    for (; i < months.length && bounds[i]! < span.endExclusive; i++) {
      const days = Math.max(
        0,
        Math.min(span.endExclusive, bounds[i + 1]!) - Math.max(span.start, bounds[i]!),
      );
      const share = (span.area * days) / (bounds[i + 1]! - bounds[i]!);
      leasedTotal[i]! += share;
      if (group) group[i]! += share;
    }
  }
  const rows = (leased: number[], area: number) =>
    months.map((month, i) => ({
      month,
      leased: leased[i]!,
      leasable: area,
      rate: area === 0 ? 0 : leased[i]! / area,
    }));
  let leasableTotal = 0;
  for (const area of leasable.values()) leasableTotal += area;
  return {
    total: rows(leasedTotal, leasableTotal),
    groups: new Map([...leasedBy].map(([g, leased]) => [g, rows(leased, leasable.get(g) ?? 0)])),
  };
}
