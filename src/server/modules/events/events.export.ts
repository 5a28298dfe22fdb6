// Registrations as files: iCalendar (one registration, or an account's feed) and the check-in QR code (SVG).
import ical, { ICalEventStatus } from 'ical-generator';
import QRCode from 'qrcode';
import { requestLang } from '../../lib/locale.ts';

type Named = { ja?: string; en?: string };
const name = (n: Named) => n[requestLang()] ?? n.ja ?? n.en ?? '';

export type CalendarEntry = {
  registrationId: string;
  status: string;
  createdAt: Date;
  event: { id: string; title: Named; startsAt: Date; endsAt: Date };
  place: Named;
  onlineUrl: string | null;
  description: Named;
};

/** UTC times; the registration's id is the UID, so a feed updates in place when the event moves. */
export function eventsCalendar(entries: CalendarEntry[], title: string, host: string, publicUrl: string) {
  const calendar = ical({
    name: title,
    prodId: { company: 'Fusion Cluster Hub', product: 'events', language: 'EN' },
  });
  for (const x of entries) {
    calendar.createEvent({
      id: `${x.registrationId}@${host}`,
      start: x.event.startsAt,
      end: x.event.endsAt,
      stamp: x.createdAt,
      summary: `${name(x.event.title)}${x.status === 'waiting' ? ' (キャンセル待ち waiting list)' : ''}`,
      description: [name(x.description), x.onlineUrl].filter(Boolean).join('\n'),
      location: name(x.place) || x.onlineUrl || undefined,
      url: `${publicUrl}/events/${x.event.id}`,
      status: x.status === 'confirmed' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}

/** The QR code of a check-in token, as SVG (drawn here, so the browser needs no QR library). */
export function checkInQrSvg(token: string) {
  return QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
