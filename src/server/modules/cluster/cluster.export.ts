// The yearly report as a workbook: the same figures as the report page, bilingual headers, numbers as numbers.
import ExcelJS from 'exceljs';
import { requestLang } from '../../lib/locale.ts';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import type { getDashboard } from './cluster.service.ts';

type Board = Awaited<ReturnType<typeof getDashboard>>;
type Named = { ja?: string; en?: string };
const name = (n: Named) => n[requestLang()] ?? n.ja ?? n.en ?? '';

function sheetOf(book: ExcelJS.Workbook, title: string, header: string[], rows: unknown[][]) {
  const sheet = book.addWorksheet(title);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(safeRow(row));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

export async function reportXlsx(b: Board, year: number) {
  const book = new ExcelJS.Workbook();
  sheetOf(
    book,
    'indicators',
    [
      '指標 Indicator',
      '単位 Unit',
      '値 Value',
      '目標 Target',
      '状況 Status',
      'モジュール Module',
      '算出方法 How computed',
    ],
    b.indicators.map((i) => [
      name(i.label),
      name(i.unit),
      i.value,
      i.target,
      i.status,
      i.module,
      name(i.explanation),
    ]),
  );
  sheetOf(
    book,
    'monthly',
    ['月 Month', ...b.indicators.map((i) => name(i.label))],
    b.months.map((m, k) => [m, ...b.indicators.map((i) => i.series[k] ?? null)]),
  );
  sheetOf(
    book,
    'plan',
    ['種別 Kind', '名称 Name', '目標日 Target', '実績日 Actual', '出典 Source'],
    [
      ...b.phases.map((p) => [
        `phase ${p.ordinal}`,
        name(p.name),
        null,
        null,
        p.source.seed ?? p.source.url ?? '',
      ]),
      ...b.milestones.map((m) => [
        m.scope,
        name(m.title),
        m.targetDate,
        m.actualDate,
        m.source?.seed ?? m.source?.url ?? '',
      ]),
      ...b.phaseHistory.map((s) => ['current phase', `${s.phase} ${name(s.note)}`, null, s.setOn, '']),
    ],
  );
  const note = b.notes.find((n) => n.year === year);
  sheetOf(book, 'notes', ['年度 Year', 'メモ Note'], [[year, note ? name(note.body) : '']]);
  sheetOf(
    book,
    'about',
    ['項目 Item', '値 Value'],
    [
      ['クラスター Cluster', name(b.cluster.name)],
      ['基準日 As of', b.asOf],
      ['地域 Region', b.region ?? ''],
    ],
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
