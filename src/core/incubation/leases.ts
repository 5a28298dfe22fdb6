// Lease rules, pure: the term limit with renewals, overlap, and when the end-of-lease reminders fall due.
import { addMonths, termMonths } from './dates.ts';
import type { LeaseStatus } from './vocabulary.ts';

export type LeasePeriod = { start: string; end: string };
export type LeaseRecord = LeasePeriod & { unitId: string; status: LeaseStatus; area?: number };

/** Offered leases hold nothing yet; the others occupy their unit for their period. */
export const occupying = (status: LeaseStatus) => status !== 'offered';

/** Two periods with both ends included overlap when each starts on or before the other ends. */
export function periodsOverlap(a: LeasePeriod, b: LeasePeriod): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export type TermCheck =
  | { ok: true; months: number }
  | { ok: false; rule: 'end-before-start' }
  | { ok: false; rule: 'max-term'; months: number; maxMonths: number };

/**
 * A tenant's time in a facility may not pass the facility's maximum: `priorMonths` is what its earlier
 * leases there took, so a renewal is checked on the whole stay, not on the new lease alone.
 */
export function checkTerm(period: LeasePeriod, maxMonths: number, priorMonths = 0): TermCheck {
  if (period.end < period.start) return { ok: false, rule: 'end-before-start' };
  const months = priorMonths + termMonths(period.start, period.end);
  return months > maxMonths ? { ok: false, rule: 'max-term', months, maxMonths } : { ok: true, months };
}

/** The days the end-of-lease reminders are due: `months` before the last day, latest offsets last. */
export function reminderDates(end: string, months: readonly number[]): { months: number; on: string }[] {
  return [...months].sort((a, b) => b - a).map((m) => ({ months: m, on: addMonths(end, -m) }));
}

/**
 * The reminders to send on `today`: due, not sent yet, and the lease not over. A job that missed a day (a
 * server down over a weekend) still sends each once, and a lease signed with under six months left gets only
 * the six-month one, not a twelve-month one that is already late.
 */
export function dueReminders(
  end: string,
  months: readonly number[],
  today: string,
  sent: readonly number[],
): number[] {
  if (today > end) return [];
  const due = reminderDates(end, months).filter((r) => r.on <= today && !sent.includes(r.months));
  // Only the nearest of several due at once: the 12-month notice is pointless once the 6-month one is due.
  return due.length === 0 ? [] : [due[due.length - 1]!.months];
}
