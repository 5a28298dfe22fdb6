import type { Lang } from '../../lib/i18n.tsx';

/** Events happen in Japan: times are shown in Japan time whatever the reader's own zone. */
export function formatJst(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A start–end span, the end's date left out when it is the same day. */
export function formatSpan(startIso: string, endIso: string, lang: Lang): string {
  const day = (iso: string) => new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  if (day(startIso) !== day(endIso)) return `${formatJst(startIso, lang)} – ${formatJst(endIso, lang)}`;
  const time = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    timeStyle: 'short',
  }).format(new Date(endIso));
  return `${formatJst(startIso, lang)} – ${time}`;
}

/** `datetime-local` value (Japan time) ⇄ an instant with its offset, as the API takes it. */
export const toJstInput = (iso: string) =>
  new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
export const fromJstInput = (local: string) => (local ? `${local}:00+09:00` : '');
