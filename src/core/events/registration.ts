// Event registration, pure: the cancellation cut-off, registration windows, the day-before reminder window,
// and the short check-in code (typed by an organiser, so it avoids letters that read alike).
import type { Label } from '../label.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Japan has no daylight saving: Japan time is UTC+9 all year.
const JST = 9 * HOUR;

/** The last moment a registrant may cancel: `cutoffHours` before the start. */
export function cancelDeadline(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * HOUR);
}

/**
 * A confirmed place may be given back until the cut-off (the organiser plans with it until then); a place on
 * the waiting list holds nothing, so it may be withdrawn until the start.
 */
export function mayCancel(
  startsAt: Date,
  cutoffHours: number,
  now: Date,
  status: 'confirmed' | 'waiting' = 'confirmed',
): boolean {
  if (status === 'waiting') return now.getTime() < startsAt.getTime();
  return now.getTime() < cancelDeadline(startsAt, cutoffHours).getTime();
}

export type Window = { opensAt: Date | null; closesAt: Date | null; startsAt: Date };

/** Why registration is closed at `now`, or null when it is open (no close time: until the start). */
export function registrationClosed(w: Window, now: Date): Label | null {
  if (w.opensAt && now.getTime() < w.opensAt.getTime())
    return { ja: '申込受付はまだ始まっていません', en: 'registration has not opened yet' };
  const closes = w.closesAt ?? w.startsAt;
  if (now.getTime() >= closes.getTime())
    return { ja: '申込受付は終了しました', en: 'registration is closed' };
  return null;
}

/**
 * The events a reminder "the day before" goes out for on `now`'s day in Japan: those starting on the next
 * Japanese day, [tomorrow 00:00 JST, the day after 00:00 JST).
 */
export function tomorrowInJapan(now: Date): { from: Date; to: Date } {
  const midnight = Math.floor((now.getTime() + JST) / DAY) * DAY - JST;
  return { from: new Date(midnight + DAY), to: new Date(midnight + 2 * DAY) };
}

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const shortCodeLength = 8;

/** A short code from random bytes (one symbol per byte's low 5 bits; 40 bits for 8 symbols). */
export function shortCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < shortCodeLength) throw new Error(`need ${shortCodeLength} random bytes`);
  let out = '';
  for (let i = 0; i < shortCodeLength; i++) out += alphabet[bytes[i]! & 31];
  return out;
}

/** What the organiser typed, as stored: upper case, no spaces or hyphens, O→0 and I/L→1 as Crockford reads them. */
export function normalizeCode(typed: string): string {
  return typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A code shown to people: two groups of four, easier to read out. */
export const formatShortCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Whether a typed value looks like a short code at all (otherwise it may be the QR code's token). */
export const isShortCode = (code: string) =>
  code.length === shortCodeLength && [...code].every((c) => alphabet.includes(c));
