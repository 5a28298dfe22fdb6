// The coordinator's figures as a workbook: one sheet per chart, bilingual headers, numbers as numbers.
import ExcelJS from 'exceljs';
import { requestLang } from '../../lib/locale.ts';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import type { DeskFigures } from './figures.schemas.ts';

type Named = { ja?: string; en?: string };
const name = (n: Named) => n[requestLang()] ?? n.ja ?? n.en ?? '';

function sheetOf(book: ExcelJS.Workbook, title: string, header: string[], rows: unknown[][]) {
  const sheet = book.addWorksheet(title);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(safeRow(row));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

export async function figuresXlsx(f: DeskFigures) {
  const book = new ExcelJS.Workbook();
  const label = new Map<string, string>(f.topics.map((t) => [t.code, name(t.label)]));
  const topicName = (code: string | null) => (code === null ? '全体 All' : (label.get(code) ?? code));

  const count = new Map(f.byMonth.map((m) => [`${m.month}|${m.topic}`, m.count]));
  sheetOf(
    book,
    'by month',
    ['月 Month', ...f.topics.map((t) => topicName(t.code)), '合計 Total'],
    f.period.months.map((month) => {
      const counts = f.topics.map((t) => count.get(`${month}|${t.code}`) ?? 0);
      return [month, ...counts, counts.reduce((s, n) => s + n, 0)];
    }),
  );

  sheetOf(
    book,
    'response times',
    [
      '分野 Topic',
      '受付 Received',
      '初回回答目標（営業日） First-answer target (working days)',
      '回答済 Answered',
      '初回回答 中央値 Median',
      '初回回答 平均 Mean',
      '目標内 On target',
      '目標内の割合 Share on target',
      '完了目標（営業日） Close target (working days)',
      '完了 Closed',
      '完了 中央値 Median',
      '完了 平均 Mean',
      '目標内 On target',
      '目標内の割合 Share on target',
    ],
    f.timing.map((t) => [
      topicName(t.topic),
      t.received,
      t.targetDays.firstAnswer,
      t.firstAnswer.count,
      t.firstAnswer.medianDays,
      t.firstAnswer.meanDays,
      t.firstAnswer.onTarget,
      t.firstAnswer.onTargetShare,
      t.targetDays.close,
      t.close.count,
      t.close.medianDays,
      t.close.meanDays,
      t.close.onTarget,
      t.close.onTargetShare,
    ]),
  );

  sheetOf(
    book,
    'overdue',
    ['分野 Topic', '対応中 Open', '初回回答の期限超過 First answer overdue', '完了の期限超過 Close overdue'],
    [
      ...f.overdue.byTopic.map((o) => [topicName(o.topic), o.open, o.firstAnswer, o.close]),
      [`合計 Total (${f.overdue.asOf})`, f.overdue.open, f.overdue.firstAnswer, f.overdue.close],
    ],
  );

  sheetOf(
    book,
    'referrals',
    [
      '紹介先 Partner',
      'キー Key',
      '紹介 Referred',
      '受諾 Accepted',
      '返却 Returned',
      '未回答 Pending',
      '受諾率 Acceptance',
    ],
    f.referrals.map((r) => [
      name(r.partner.name),
      r.partner.key,
      r.referred,
      r.accepted,
      r.returned,
      r.pending,
      r.acceptance,
    ]),
  );

  const s = f.satisfaction;
  sheetOf(
    book,
    'satisfaction',
    ['点 Score (5 とても満足 very satisfied … 1 とても不満 very dissatisfied)', '件数 Answers'],
    [
      ...s.byScore.map((b) => [b.score, b.count]),
      ['質問した件数 Asked', s.asked],
      ['回答 Answered', s.answered],
      ['平均 Mean', s.mean],
    ],
  );

  const about = book.addWorksheet('period');
  about.addRow(['期間 Period', f.period.from, f.period.to]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
