import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import type { OrganizationOut } from './organizations.schemas.ts';

/** Spreadsheet columns as a person reads them: bilingual headers, lists joined with "; ". */
const columns: Array<{
  header: string;
  width: number;
  value: (o: OrganizationOut) => string | number | undefined;
}> = [
  { header: 'キー / Key', width: 24, value: (o) => o.key },
  { header: '名称 / Name (ja)', width: 36, value: (o) => o.name.ja },
  { header: 'Name (en)', width: 36, value: (o) => o.name.en },
  { header: '種別 / Kind', width: 18, value: (o) => o.kind },
  { header: '役割 / Roles', width: 28, value: (o) => o.roles.join('; ') },
  { header: 'クラスター / Clusters', width: 16, value: (o) => o.clusters.join('; ') },
  { header: '技術 / Technologies', width: 36, value: (o) => o.technologies.join('; ') },
  { header: '応用分野 / Applications', width: 20, value: (o) => o.applications.join('; ') },
  { header: '国 / Country', width: 8, value: (o) => o.location.country },
  { header: '都道府県 / Prefecture', width: 14, value: (o) => o.location.prefecture },
  { header: '市区町村 / City', width: 16, value: (o) => o.location.city },
  { header: '緯度 / Lat', width: 10, value: (o) => o.location.lat },
  { header: '経度 / Lng', width: 10, value: (o) => o.location.lng },
  { header: '加盟団体 / Memberships', width: 24, value: (o) => o.memberships.join('; ') },
  { header: 'ウェブサイト / Website', width: 32, value: (o) => o.website },
  {
    header: '出典 / Sources',
    width: 48,
    value: (o) => o.sources.map((s) => (s.asOf ? `${s.url} (${s.asOf})` : s.url)).join('; '),
  },
  { header: '例示値を含む / Illustrative', width: 10, value: (o) => (o.illustrative ? 'yes' : 'no') },
  { header: '概要 / Description (ja)', width: 60, value: (o) => o.description.ja },
  { header: 'Description (en)', width: 60, value: (o) => o.description.en },
];

export function organizationsCsv(items: OrganizationOut[]): string {
  const rows = items.map((o) => safeRow(columns.map((c) => c.value(o) ?? '')));
  // The BOM makes Excel open UTF-8 Japanese correctly instead of as mojibake.
  return `\uFEFF${stringify([columns.map((c) => c.header), ...rows])}`;
}

export async function organizationsXlsx(items: OrganizationOut[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fusion Cluster Hub';
  const sheet = workbook.addWorksheet('Organizations', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const o of items) sheet.addRow(safeRow(columns.map((c) => c.value(o) ?? null)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
