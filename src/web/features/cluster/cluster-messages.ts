import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The cluster dashboard's words (phases, indicators, targets, the yearly report), Japanese and English together. */
export const clusterMessages = {
  cluTitle: { ja: 'クラスターの現在地', en: 'Where the clusters stand' },
  cluIntro: {
    ja: '各クラスターのフェーズ、マイルストーン、プラットフォームのデータから算出した指標と目標。',
    en: "Each cluster's phases, milestones, and indicators computed from the platform's data against their targets.",
  },
  cluChoose: { ja: 'クラスターを選ぶ', en: 'Choose a cluster' },
  cluPhaseOf: { ja: 'フェーズ {phase} / {count}', en: 'Phase {phase} of {count}' },
  cluPhaseN: { ja: 'フェーズ {phase}', en: 'phase {phase}' },
  cluNoPhase: { ja: 'フェーズ未設定', en: 'No phase set' },
  cluDashboard: { ja: 'ダッシュボード', en: 'Dashboard' },
  cluCompare: { ja: 'クラスターを比較', en: 'Compare clusters' },
  cluReport: { ja: '年次報告', en: 'Yearly report' },
  cluXlsx: { ja: 'Excel でダウンロード', en: 'Download as xlsx' },
  cluPrint: { ja: '印刷', en: 'Print' },
  cluAsOf: { ja: '基準日', en: 'As of' },
  cluRegion: { ja: '地域', en: 'Region' },
  cluRegionAll: { ja: 'すべて', en: 'All' },
  cluPhases: { ja: 'フェーズ', en: 'Phases' },
  cluTimeline: { ja: 'フェーズの推移とマイルストーン', en: 'Phase timeline and milestones' },
  cluTimelineLabel: {
    ja: '設定されたフェーズの推移と、マイルストーンの目標日・実績日の時系列図',
    en: 'Timeline of the phases set and the milestones’ target and actual dates',
  },
  cluCurrent: { ja: '現在のフェーズ', en: 'Current phase' },
  cluSetOn: { ja: '{date} 設定', en: 'set on {date}' },
  cluSupport: { ja: '必要な支援', en: 'Support called for' },
  cluMilestones: { ja: 'マイルストーン', en: 'Milestones' },
  cluTarget: { ja: '目標', en: 'Target' },
  cluActual: { ja: '実績', en: 'Actual' },
  cluScope_national: { ja: '国', en: 'National' },
  cluScope_regional: { ja: '地域', en: 'Regional' },
  cluIndicators: { ja: '指標', en: 'Indicators' },
  cluValue: { ja: '値', en: 'Value' },
  cluLast12: { ja: '直近12か月', en: 'last 12 months' },
  cluStatus_on_track: { ja: '順調', en: 'On track' },
  cluStatus_behind: { ja: '遅れ', en: 'Behind' },
  cluStatus_no_target: { ja: '目標なし', en: 'No target' },
  cluStatus_no_data: { ja: 'データなし', en: 'No data' },
  cluChartLabel: { ja: '{name} の月別推移と目標線', en: '{name}: monthly figures and the target line' },
  cluRecords: { ja: '根拠となる記録', en: 'Records behind the figure' },
  cluRecordsOf: { ja: '{name}（{month}）', en: '{name} ({month})' },
  cluNoRecords: { ja: '記録はありません', en: 'No records' },
  cluAnonymous: { ja: '（匿名）', en: '(anonymous)' },
  cluMonth: { ja: '月', en: 'Month' },
  cluDate: { ja: '日時', en: 'Date' },
  cluRecord: { ja: '記録', en: 'Record' },
  cluBack: { ja: 'ダッシュボードへ戻る', en: 'Back to the dashboard' },
  cluContext: { ja: '参考値（出典付き）', en: 'Context (with sources)' },
  cluNotComputed: { ja: '算出しない指標', en: 'Not computed' },
  cluNotes: { ja: '事務局メモ', en: "Coordinator's notes" },
  cluNoteYear: { ja: '{year} 年度', en: 'Year {year}' },
  cluNoNote: { ja: 'メモはありません', en: 'No note' },
  cluSaveNote: { ja: 'メモを保存', en: 'Save the note' },
  cluSaved: { ja: '保存しました', en: 'Saved' },
  cluSetPhase: { ja: 'フェーズを設定', en: 'Set the phase' },
  cluNote: { ja: 'メモ', en: 'Note' },
  cluSetTarget: { ja: '目標を設定', en: 'Set a target' },
  cluSource: { ja: '出典', en: 'Source' },
  cluModule: { ja: '出所モジュール', en: 'Source module' },
  cluReportTitle: { ja: '{name} 年次報告（{year} 年度）', en: '{name}: yearly report {year}' },
  cluYear: { ja: '年度', en: 'Year' },
  cluBreakdown: { ja: '内訳', en: 'Breakdown' },
} satisfies Messages;

registerMessages('cluster', clusterMessages);

type FeatureMessages = typeof clusterMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
