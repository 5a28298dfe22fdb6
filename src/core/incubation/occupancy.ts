// Occupancy over time: leased floor area ÷ leasable floor area, month by month, weighted by the days leased.
import { addDays, daysBetween, parseDay } from './dates.ts';
import { type LeaseRecord, occupying } from './leases.ts';

export type OccupancyUnit = { id: string; area: number };
export type MonthOccupancy = { month: string; leased: number; leasable: number; rate: number };

const monthStart = (month: string) => `${month}-01`;
function nextMonth(month: string): string {
  const d = parseDay(monthStart(month));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
}

/** Days of [from, to) that the lease covers (its end day included). */
function daysCovered(lease: LeaseRecord, from: string, to: string): number {
  const start = lease.start > from ? lease.start : from;
  const endExclusive = addDays(lease.end, 1);
  const end = endExclusive < to ? endExclusive : to;
  return Math.max(0, daysBetween(start, end));
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
  const area = new Map(units.map((u) => [u.id, u.area]));
  const leasable = units.reduce((sum, u) => sum + u.area, 0);
  const held = leases.filter((l) => occupying(l.status) && area.has(l.unitId));
  const out: MonthOccupancy[] = [];
  for (let month = fromMonth; month <= toMonth; month = nextMonth(month)) {
    const from = monthStart(month);
    const to = monthStart(nextMonth(month));
    const days = daysBetween(from, to);
    const leased = held.reduce((sum, l) => sum + (area.get(l.unitId)! * daysCovered(l, from, to)) / days, 0);
    out.push({ month, leased, leasable, rate: leasable === 0 ? 0 : leased / leasable });
  }
  return out;
}
