// Equipment booking, pure: whether a slot fits the equipment's unit of booking, its fee, and cancellation.
import { JST_OFFSET_MS as JST, japanDay } from '../japan-time.ts';
import type { Label } from '../label.ts';
import type { BookingUnit } from './vocabulary.ts';

export type Slot = { start: Date; end: Date };
export type BookingProblem = { field: 'start' | 'end'; message: Label };

const HOUR = 3_600_000;
const unitMs: Record<BookingUnit, number> = { hour: HOUR, day: 24 * HOUR, week: 7 * 24 * HOUR };

/** Whole days and weeks start at midnight in Japan; weeks on Monday (ISO 8601), as a facility's timetable does. */
function aligned(at: Date, unit: BookingUnit): boolean {
  const local = at.getTime() + JST;
  if (unit === 'hour') return local % HOUR === 0;
  if (local % unitMs.day !== 0) return false;
  // 1970-01-01 was a Thursday: days since then, shifted so Monday is 0.
  return unit === 'day' || (Math.floor(local / unitMs.day) + 3) % 7 === 0;
}

/** The problems with a requested slot, each naming the field: empty when it can be booked. */
export function slotProblems(slot: Slot, unit: BookingUnit, now: Date): BookingProblem[] {
  const problems: BookingProblem[] = [];
  if (slot.start.getTime() < now.getTime())
    problems.push({ field: 'start', message: { ja: '過去の時間は予約できません', en: 'is in the past' } });
  if (!aligned(slot.start, unit)) problems.push({ field: 'start', message: startsAt[unit] });
  if (slot.end.getTime() <= slot.start.getTime())
    problems.push({
      field: 'end',
      message: { ja: '開始より後にしてください', en: 'must be after the start' },
    });
  else if ((slot.end.getTime() - slot.start.getTime()) % unitMs[unit] !== 0)
    problems.push({ field: 'end', message: lastsWhole[unit] });
  return problems;
}

const startsAt: Record<BookingUnit, Label> = {
  hour: { ja: '開始は正時（日本時間）にしてください', en: 'must start on the hour (Japan time)' },
  day: { ja: '開始は0時（日本時間）にしてください', en: 'must start at midnight Japan time' },
  week: {
    ja: '開始は月曜0時（日本時間）にしてください',
    en: 'must start on a Monday at midnight Japan time',
  },
};
const lastsWhole: Record<BookingUnit, Label> = {
  hour: { ja: '予約は1時間単位です', en: 'must make the slot a whole number of hours' },
  day: { ja: '予約は1日単位です', en: 'must make the slot a whole number of days' },
  week: { ja: '予約は1週間単位です', en: 'must make the slot a whole number of weeks' },
};

/** How many units of booking a slot takes (a two-day booking of a per-day bench is 2). */
export const unitsIn = (slot: Slot, unit: BookingUnit) =>
  Math.ceil((slot.end.getTime() - slot.start.getTime()) / unitMs[unit]);

/** Members of the cluster pay the member fee; others the non-member fee; per unit of booking. */
export function bookingFee(
  slot: Slot,
  unit: BookingUnit,
  fees: { member: number; nonMember: number },
  member: boolean,
) {
  return unitsIn(slot, unit) * (member ? fees.member : fees.nonMember);
}

/** A booking may be cancelled until `cutoffHours` before it starts. */
export function canCancel(slot: Slot, now: Date, cutoffHours: number): boolean {
  return now.getTime() <= slot.start.getTime() - cutoffHours * HOUR;
}

/** Half-open [start, end): a slot ending at 10:00 and one starting at 10:00 do not overlap. */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** The calendar day in Japan a moment falls on (core/japan-time.ts), under the name incubation has always used. */
export const jstDay = japanDay;

/** A month in Japan time, 'YYYY-MM', as the half-open range of instants [from, to) it covers. */
export function jstMonth(month: string): Slot {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(y, m - 1, 1) - JST), end: new Date(Date.UTC(y, m, 1) - JST) };
}

/** The hours a slot takes, counted against a quota. */
export const slotHours = (slot: Slot) => (slot.end.getTime() - slot.start.getTime()) / HOUR;
