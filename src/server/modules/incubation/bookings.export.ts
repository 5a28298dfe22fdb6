// Bookings as files: iCalendar events (one booking, or a member's feed) and the monthly usage as xlsx.
import ExcelJS from 'exceljs';
import ical, { ICalEventStatus } from 'ical-generator';
import { requestLang } from '../../lib/locale.ts';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import type { BookingRow } from './bookings.queries.ts';

type Named = { ja?: string; en?: string };
const name = (n: Named) => n[requestLang()] ?? n.ja ?? n.en ?? '';

/** A calendar of bookings (UTC times; the booking's id is the event's UID, so a feed updates in place). */
export function bookingsCalendar(rows: BookingRow[], title: string, host: string) {
  const calendar = ical({
    name: title,
    prodId: { company: 'Fusion Cluster Hub', product: 'bookings', language: 'EN' },
  });
  for (const r of rows) {
    calendar.createEvent({
      id: `${r.id}@${host}`,
      start: r.startsAt,
      end: r.endsAt,
      stamp: r.createdAt,
      summary: `${name(r.equipmentName)} (${r.status === 'confirmed' ? '予約確定 confirmed' : '承認待ち requested'})`,
      description: [name(r.facilityName), r.note].filter(Boolean).join('\n'),
      location: name(r.facilityName),
      status: r.status === 'confirmed' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}

type UsageRow = {
  organization: { key: string; name: Named };
  equipment: { key: string; name: Named };
  facilityName: Named;
  bookingUnit: string;
  bookings: number;
  units: number;
  hours: number;
  feeJpy: number;
};

/** The usage log of a month, one row per organisation and item, with the fee total. */
export async function usageXlsx(month: string, rows: UsageRow[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`usage ${month}`);
  sheet.addRow([
    '月 Month',
    '組織 Organisation',
    '組織キー Key',
    '施設 Facility',
    '設備 Equipment',
    '予約単位 Unit',
    '件数 Bookings',
    '単位数 Units',
    '時間 Hours',
    '料金（円） Fee (JPY)',
  ]);
  for (const r of rows)
    sheet.addRow(
      safeRow([
        month,
        name(r.organization.name),
        r.organization.key,
        name(r.facilityName),
        name(r.equipment.name),
        r.bookingUnit,
        r.bookings,
        r.units,
        r.hours,
        r.feeJpy,
      ]),
    );
  sheet.addRow(['合計 Total', '', '', '', '', '', '', '', '', rows.reduce((s, r) => s + r.feeJpy, 0)]);
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
