// Calendar dates as 'YYYY-MM-DD' strings: a lease runs from a day to a day, in no time zone.

const DAY_MS = 86_400_000;

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return formatDay(new Date(parseDay(day).getTime() + n * DAY_MS));
}

/** The same day of the month `n` months later (or earlier), clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const d = parseDay(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return formatDay(target);
}

/** Days from `from` to `to`, `to` excluded. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

/**
 * The months a lease from `start` to `end` (both included) takes, a part month counting whole: the term a
 * five-year rule is checked against. 2027-04-01 to 2032-03-31 is 60; one day more is 61.
 */
export function termMonths(start: string, end: string): number {
  const s = parseDay(start);
  const e = parseDay(addDays(end, 1));
  const whole = (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + (e.getUTCMonth() - s.getUTCMonth());
  return whole + (e.getUTCDate() > s.getUTCDate() ? 1 : 0);
}
