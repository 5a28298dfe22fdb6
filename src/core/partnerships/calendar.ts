// Dates in Japan time (UTC+9, no daylight saving): the month an activity falls in, the quiet-year test and
// the digest's week are all Japanese calendar facts, whatever the server's time zone.

import { japanDay as japanDate, JST_OFFSET_MS as jstOffsetMs } from '../japan-time.ts';

const dayMs = 86_400_000;

/** The Japanese calendar date of an instant, YYYY-MM-DD. */
export { japanDate };

/** YYYY-MM of a date (YYYY-MM-DD) or of an instant in Japan. */
export const monthOf = (date: string | Date) =>
  (typeof date === 'string' ? date : japanDate(date)).slice(0, 7);

/** Every month from `from` to `to` inclusive (YYYY-MM); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The same calendar day one year earlier (29 February → 28 February). */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The week a weekly digest covers: the last full Monday-to-Sunday week in Japan before `now`. `from` is that
 * Monday 00:00 JST, `to` the next Monday 00:00 JST (exclusive), `week` the Monday's date, which names the
 * digest so that each account gets each week's digest once.
 */
export function digestWeek(now: Date): { week: string; from: Date; to: Date } {
  const local = new Date(now.getTime() + jstOffsetMs);
  const sinceMonday = (local.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const mondayLocal =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - sinceMonday * dayMs;
  const to = new Date(mondayLocal - jstOffsetMs);
  const from = new Date(to.getTime() - 7 * dayMs);
  return { week: japanDate(from), from, to };
}
