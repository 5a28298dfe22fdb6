import { holidayOn } from './working-days.ts';

// Pure pieces of the desk's figures. The database counts; these say which days are working days (so the SQL
// and the triage targets read one calendar, core/desk/working-days.ts) and shape periods for the charts.

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(day: string): number {
  if (!isoDay.test(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const n = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(n) || new Date(n).toISOString().slice(0, 10) !== day)
    throw new RangeError(`not a calendar day: ${day}`);
  return n / DAY_MS;
}

const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from `from` to `to`, both included (0 when `to` is before `from`). */
export const daysInPeriod = (from: string, to: string) => Math.max(0, dayNumber(to) - dayNumber(from) + 1);

/**
 * Every day from `from` to `to` with its working-day ordinal: the number of working days after `from` up to
 * and including that day. So for two days a ≤ b of the calendar, `ordinal(b) − ordinal(a)` is
 * `workingDaysBetween(a, b)`, which lets the database count working days with one join per date.
 */
export function workingDayCalendar(from: string, to: string): { days: string[]; ordinals: number[] } {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const days: string[] = [];
  const ordinals: number[] = [];
  let ordinal = 0;
  for (let d = a; d <= b; d++) {
    const day = dayOf(d);
    // The weekday from the day number (1970-01-01 was a Thursday): cheaper than parsing, as the figures'
    // calendar spans up to eleven years.
    const weekday = (d + 4) % 7;
    if (d > a && weekday !== 0 && weekday !== 6 && !holidayOn(day)) ordinal++;
    days.push(day);
    ordinals.push(ordinal);
  }
  return { days, ordinals };
}

/** The months a period touches, 'YYYY-MM', in order. */
export function monthsOfPeriod(from: string, to: string): string[] {
  dayNumber(from);
  dayNumber(to);
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** The day `n` calendar days after (n < 0: before) `day`. */
export const shiftDay = (day: string, n: number) => dayOf(dayNumber(day) + n);

/** A share of a whole, or null when there is nothing to divide (no "0 %" for "no data"). */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
