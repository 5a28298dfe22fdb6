// Occupancy over time: leased floor area ÷ leasable floor area, month by month, weighted by the days leased.
import { parseDay } from './dates.ts';
import { type LeaseRecord, occupying } from './leases.ts';

export type OccupancyUnit = { id: string; area: number };
export type MonthOccupancy = { month: string; leased: number; leasable: number; rate: number };

const monthStart = (month: string) => `${month}-01`;
function nextMonth(month: string): string {
  const d = parseDay(monthStart(month));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
}

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

const dayNumber = (day: string) => Math.round(parseDay(day).getTime() / 86_400_000);

/**
 * The same, in total and per group of units (a facility): one pass over the leases, each visiting only the
 * months it covers, on day numbers rather than dates, so five years of 2,000 units' leases take milliseconds.
 */
export function groupedOccupancy(
  units: readonly (OccupancyUnit & { group?: string })[],
  leases: readonly LeaseRecord[],
  fromMonth: string,
  toMonth: string,
): { total: MonthOccupancy[]; groups: Map<string, MonthOccupancy[]> } {
  const months: string[] = [];
  for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) months.push(month);
  // bounds[i] is the first day of months[i]; bounds[months.length] the day after the last month.
  const bounds = [...months, months.length ? nextMonth(months[months.length - 1]!) : fromMonth].map((m) =>
    dayNumber(monthStart(m)),
  );
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const blank = () => months.map(() => 0);
  const leasedTotal = blank();
  const leasedBy = new Map<string, number[]>();
  const leasableBy = new Map<string, number>();
  for (const u of units) {
    if (u.group === undefined) continue;
    if (!leasedBy.has(u.group)) leasedBy.set(u.group, blank());
    leasableBy.set(u.group, (leasableBy.get(u.group) ?? 0) + u.area);
  }
  for (const lease of leases) {
    const unit = unitOf.get(lease.unitId);
    if (!unit || !occupying(lease.status)) continue;
    const start = dayNumber(lease.start);
    const endExclusive = dayNumber(lease.end) + 1;
    const group = unit.group === undefined ? undefined : leasedBy.get(unit.group);
    // The first month the lease reaches, then on while it lasts.
    let i = 0;
    while (i < months.length && bounds[i + 1]! <= start) i++;
    for (; i < months.length && bounds[i]! < endExclusive; i++) {
      const days = Math.max(0, Math.min(endExclusive, bounds[i + 1]!) - Math.max(start, bounds[i]!));
      const share = (unit.area * days) / (bounds[i + 1]! - bounds[i]!);
      leasedTotal[i]! += share;
      if (group) group[i]! += share;
    }
  }
  const rows = (leased: number[], leasable: number) =>
    months.map((month, i) => ({
      month,
      leased: leased[i]!,
      leasable,
      rate: leasable === 0 ? 0 : leased[i]! / leasable,
    }));
  const leasable = units.reduce((sum, u) => sum + u.area, 0);
  return {
    total: rows(leasedTotal, leasable),
    groups: new Map([...leasedBy].map(([g, leased]) => [g, rows(leased, leasableBy.get(g) ?? 0)])),
  };
}
