import ExcelJS from 'exceljs';
import { isAttributeKey, siteAttributes } from '../../../core/siting/attributes.ts';
import type { StudyOutcome } from '../../../core/siting/study.ts';
import type { Db } from '../../db/client.ts';
import type { StudySpecRecord } from '../../db/schema/index.ts';
import { safeRow } from '../../lib/spreadsheet-cells.ts';
import { selectSitesByKeys } from './siting.queries.ts';

type Study = {
  title: string;
  profileKey: string | null;
  spec: StudySpecRecord;
  outcome: StudyOutcome;
  siteKeys: string[];
  createdAt: string;
};

const label = (attribute: string) =>
  isAttributeKey(attribute)
    ? `${siteAttributes[attribute].label.ja} / ${siteAttributes[attribute].label.en}`
    : attribute;

/**
 * The study as a workbook a coordinator can forward: what was asked (profile, method, weights), what came
 * out (ranking, exclusions with shortfalls, sensitivity, acceptability), and every value with its source.
 * Headers are bilingual, like the directory export.
 */
export async function studyXlsx(db: Db, study: Study): Promise<Uint8Array> {
  const rows = await selectSitesByKeys(db, study.siteKeys);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const name = (key: string) => byKey.get(key)?.name.ja ?? byKey.get(key)?.name.en ?? key;
  const { outcome, spec } = study;
  const book = new ExcelJS.Workbook();
  book.creator = 'Fusion Cluster Hub';

  addSheet(
    book,
    '概要 Summary',
    ['項目 / Item', '値 / Value'],
    [
      ['調査名 / Study', study.title],
      ['プロファイル / Profile', study.profileKey ?? '—'],
      ['手法 / Method', outcome.method],
      ['正規化 / Normalisation', outcome.normalization],
      ['作成日時 / Created', study.createdAt],
      ['候補地数 / Sites', study.siteKeys.length],
      ['除外 / Excluded', outcome.excluded.length],
      [
        '値のない必須条件 / Requirement without a value',
        // Studies saved before unknowns were kept excluded such sites.
        (spec.unknowns ?? 'exclude') === 'keep'
          ? '順位に残し不明と表示 / kept, marked unknown'
          : '除外 / excluded',
      ],
      ...spec.criteria.map((c) => [
        `重み / Weight: ${label(c.attribute)}`,
        `${(outcome.weights[c.attribute] ?? 0).toFixed(4)} (${c.direction})`,
      ]),
      ...spec.constraints.map((c) => [`制約 / Constraint: ${label(c.attribute)}`, `${c.op} ${c.value}`]),
      ...Object.entries(spec.scenario).flatMap(([site, changes]) =>
        Object.entries(changes).map(([a, v]) => [`仮定 / What-if: ${name(site)}`, `${label(a)} = ${v}`]),
      ),
    ],
  );

  addSheet(
    book,
    '順位 Ranking',
    [
      '順位 / Rank',
      'キー / Key',
      '候補地 / Site',
      'スコア / Score',
      ...spec.criteria.map((c) => label(c.attribute)),
      '未判定の必須条件 / Unknown requirements',
    ],
    outcome.ranking.map((r) => [
      r.rank,
      r.key,
      name(r.key),
      r.score,
      ...spec.criteria.map((c) => r.contributions[c.attribute] ?? null),
      (outcome.unknown?.[r.key] ?? []).map(label).join('; '),
    ]),
  );

  addSheet(
    book,
    '除外 Excluded',
    [
      '候補地 / Site',
      '条件 / Constraint',
      '必要 / Required',
      '実際 / Actual',
      '不足 / Shortfall',
      '欠損 / Missing',
    ],
    outcome.excluded.flatMap((e) => [
      ...e.failures.map((f) => [
        name(e.key),
        `${label(f.criterion)} ${f.op}`,
        f.required,
        f.actual,
        f.shortfall,
        '',
      ]),
      ...(e.missing.length ? [[name(e.key), '', null, null, null, e.missing.map(label).join('; ')]] : []),
    ]),
  );

  addSheet(
    book,
    '感度 Sensitivity',
    ['基準 / Criterion', '重み / Weight', '下限 / Lower', '上限 / Upper'],
    (outcome.sensitivity?.intervals ?? []).map((i) => [label(i.criterion), i.weight, i.lo, i.hi]),
  );

  const acceptability = outcome.acceptability?.alternatives ?? [];
  addSheet(
    book,
    '順位受容度 Acceptability',
    ['候補地 / Site', ...acceptability.map((_, r) => `${r + 1}位 / rank ${r + 1}`)],
    acceptability.map((a) => [name(a.key), ...a.acceptability]),
  );

  addSheet(
    book,
    '出典 Sources',
    [
      '候補地 / Site',
      '属性 / Attribute',
      '使用値 / Value used',
      '出典 / Source',
      '時点 / As of',
      '注記 / Note',
    ],
    study.siteKeys.flatMap((key) =>
      Object.entries(outcome.values[key] ?? {}).map(([attribute, value]) => {
        const source = byKey.get(key)?.attributeSources[attribute];
        const origin = outcome.changed[key]?.includes(attribute)
          ? '仮定値 / what-if'
          : outcome.computed[key]?.includes(attribute)
            ? '座標から算出（直線距離）/ computed from coordinates (straight line)'
            : source?.illustrative
              ? `例示値 / illustrative${source.note ? `: ${source.note}` : ''}`
              : (source?.note ?? '');
        return [name(key), label(attribute), value, source?.url ?? '', source?.asOf ?? '', origin];
      }),
    ),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function addSheet(book: ExcelJS.Workbook, title: string, headers: string[], rows: unknown[][]) {
  const sheet = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: i === 0 ? 34 : 18 }));
  sheet.getRow(1).font = { bold: true };
  // Site names and notes are people's text: quoted where a spreadsheet would take them for a formula.
  for (const row of rows) sheet.addRow(safeRow(row));
}
