/**
 * Progress-review cadence: tripartite reviews fall due every 8–12 weeks (desk notes, "Triad and compliance
 * artefacts"). The clock starts at the last review, or at the start of training if there has been none.
 * Dates are ISO calendar days (Japan time is the caller's business).
 */
export const reviewWindowWeeks = { earliest: 8, latest: 12 } as const;

export type ReviewCadence = {
  /** The review the cadence counts from, or the start date. */
  from: string;
  /** From this day a review is due (8 weeks on). */
  dueFrom: string;
  /** After this day it is overdue (12 weeks on). */
  dueBy: string;
  state: 'not-due' | 'due' | 'overdue' | 'not-started';
};

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => fromDay(toDay(iso) + days * dayMs);

/**
 * When the next review is due, and whether today is before the window, in it, or past it. Reviews dated
 * before the start do not count; before the start nothing is due.
 */
export function reviewCadence(startOn: string, reviewDates: readonly string[], today: string): ReviewCadence {
  const counted = reviewDates.filter((d) => d >= startOn).sort();
  const from = counted.at(-1) ?? startOn;
  const dueFrom = addDays(from, reviewWindowWeeks.earliest * 7);
  const dueBy = addDays(from, reviewWindowWeeks.latest * 7);
  const state =
    today < startOn ? 'not-started' : today > dueBy ? 'overdue' : today >= dueFrom ? 'due' : 'not-due';
  return { from, dueFrom, dueBy, state };
}

/** Off-the-job hours so far, to one decimal place (hours are logged in tenths). */
export function totalHours(entries: ReadonlyArray<{ hours: number }>): number {
  return Math.round(entries.reduce((sum, e) => sum + e.hours * 10, 0)) / 10;
}
