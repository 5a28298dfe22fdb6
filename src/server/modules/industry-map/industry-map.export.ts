import ExcelJS from 'exceljs';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import type { ShortlistOut } from './industry-map.schemas.ts';

type Item = ShortlistOut['items'][number];

const matchLabel = { exact: '一致 / exact', narrower: '下位 / narrower', broader: '上位 / broader' };

/** The shortlist as a buyer reads it: rank, why it matched, where, and the sources behind each fact. */
const columns: Array<{ header: string; width: number; value: (o: Item) => string | number | undefined }> = [
  { header: '順位 / Rank', width: 8, value: (o) => o.rank },
  { header: 'キー / Key', width: 24, value: (o) => o.key },
  { header: '名称 / Name (ja)', width: 36, value: (o) => o.name.ja },
  { header: 'Name (en)', width: 36, value: (o) => o.name.en },
  { header: '種別 / Kind', width: 18, value: (o) => o.kind },
  { header: '役割 / Roles', width: 28, value: (o) => o.roles.join('; ') },
  {
    header: '該当技術 / Matched codes',
    width: 40,
    value: (o) => o.matches.map((m) => `${m.code} (${matchLabel[m.kind]}: ${m.via.join(', ')})`).join('; '),
  },
  { header: '該当数 / Matched', width: 10, value: (o) => o.matched },
  { header: '技術 / Technologies', width: 36, value: (o) => o.technologies.join('; ') },
  { header: '国 / Country', width: 8, value: (o) => o.location.country },
  { header: '都道府県 / Prefecture', width: 14, value: (o) => o.location.prefecture },
  { header: '市区町村 / City', width: 16, value: (o) => o.location.city },
  { header: '地域 / Region', width: 14, value: (o) => o.region },
  { header: '地元 / Local', width: 8, value: (o) => (o.local ? 'yes' : 'no') },
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

export async function shortlistXlsx(list: ShortlistOut): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fusion Cluster Hub';
  const sheet = workbook.addWorksheet('Shortlist', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const o of list.items) sheet.addRow(safeRow(columns.map((c) => c.value(o) ?? null)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // What was asked, so a forwarded file still says what it answers.
  const about = workbook.addWorksheet('Query');
  about.columns = [
    { header: '項目 / Item', width: 24 },
    { header: '値 / Value', width: 60 },
  ];
  about.addRow(['技術 / Technologies', list.technologies.join(', ')]);
  about.addRow([
    '地域 / Region',
    list.region ? `${list.region.key} (${list.region.label.ja} / ${list.region.label.en})` : '—',
  ]);
  about.addRow(['該当総数 / Capable in all', list.total]);
  about.addRow(['対象 / Scope', list.scope]);
  about.addRow(['作成 / Generated', new Date().toISOString()]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
