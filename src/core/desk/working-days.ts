import holidayJp from '@holiday-jp/holiday_jp';

// Japanese working days for the desk's response targets: weekends and national holidays (substitute and
// citizens' holidays included, as the Cabinet Office lists them) are not working days. The calendar is the
// maintained @holiday-jp/holiday_jp data set, shipped inside the package (nothing is fetched at run time);
// it lists years up to 2050, after which only weekends are skipped.

import { japanDay } from '../japan-time.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export { japanDay };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(day: string): number {
  if (!isoDay.test(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  const n = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(n) || new Date(n).toISOString().slice(0, 10) !== day)
    throw new RangeError(`not a calendar day: ${day}`);
  return n / DAY_MS;
}

const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** A national holiday's names, or undefined on any other day. */
export function holidayOn(day: string): { ja: string; en: string } | undefined {
  const h = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[day];
  return h ? { ja: h.name, en: h.name_en } : undefined;
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(dayNumber(day) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidayOn(day);
}

/**
 * The day `n` working days after `day` (n ≥ 0). The start day itself does not count, whatever it is, so a
 * consultation received on Friday evening with a 2-day target is due on Tuesday; n = 0 gives the first
 * working day on or after `day`.
 */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  let d = dayNumber(day);
  if (n === 0) {
    while (!isWorkingDay(dayOf(d))) d++;
    return dayOf(d);
  }
  let left = n;
  while (left > 0) {
    d++;
    if (isWorkingDay(dayOf(d))) left--;
  }
  return dayOf(d);
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is before `from`), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(to, from);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (isWorkingDay(dayOf(d))) count++;
  return count;
}
