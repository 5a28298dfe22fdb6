import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The siting feature's words, Japanese and English together; loaded with the feature's chunk. */
export const sitingMessages = {
  sitingTitle: { ja: '立地選定', en: 'Siting' },
  sitingIntro: {
    ja: '施設の種類ごとの条件で候補地を順位付けし、必須条件を満たさない候補地とその不足分、重みを変えたときの頑健性を示します。',
    en: 'Rank candidate sites against what a facility type needs, see which sites fail a hard requirement and by how much, and test how robust the ranking is to the weights.',
  },
  sitingSettings: { ja: '評価の設定', en: 'Study settings' },
  sitingProfile: { ja: '施設プロファイル', en: 'Facility profile' },
  sitingMethod: { ja: '評価手法', en: 'Method' },
  sitingNormalization: { ja: '正規化', en: 'Normalisation' },
  sitingDefault: { ja: '手法の既定', en: "Method's default" },
  sitingMissingRule: { ja: '値のない評価基準', en: 'Criterion without a value' },
  sitingMissingWorst: {
    ja: '比較候補地の最低値とみなす（表示あり）',
    en: 'Take the worst value compared (flagged)',
  },
  sitingMissingExclude: { ja: 'その候補地を除外する', en: 'Leave the site out' },
  sitingUnknownRule: {
    ja: '必須条件を判定できない候補地（値がない）',
    en: 'Site a hard requirement cannot be checked on (no value)',
  },
  sitingUnknownKeep: { ja: '順位に残し「不明」と表示する', en: 'Keep it ranked, marked “unknown”' },
  sitingUnknownExclude: { ja: '除外する', en: 'Leave it out' },
  sitingUnknown: { ja: '不明', en: 'unknown' },
  sitingUnknownDetail: {
    ja: '値がないため未判定の必須条件: {attributes}',
    en: 'Hard requirements not checked for lack of a value: {attributes}',
  },
  sitingWeights: { ja: '重み', en: 'Weights' },
  sitingBenefit: { ja: '大きいほど良い', en: 'more is better' },
  sitingCost: { ja: '小さいほど良い', en: 'less is better' },
  sitingReset: { ja: 'プロファイルの重みに戻す', en: "Back to the profile's weights" },
  sitingDirection: { ja: '{attribute} の向き', en: 'Direction of {attribute}' },
  sitingRemoveCriterion: { ja: '{attribute} を評価基準から外す', en: 'Remove {attribute} from the criteria' },
  sitingAddCriterion: { ja: '＋ 評価基準を追加', en: '+ Add a criterion' },
  sitingSaveProfile: { ja: 'プロファイルとして保存（管理者）', en: 'Save as a profile (admin)' },
  sitingProfileKey: {
    ja: 'キー（英小文字・数字・ハイフン）',
    en: 'Key (lower-case letters, digits, hyphens)',
  },
  sitingProfileNameJa: { ja: '名称（日本語）', en: 'Name (Japanese)' },
  sitingProfileNameEn: { ja: '名称（英語）', en: 'Name (English)' },
  sitingFacilityType: { ja: '施設の種類', en: 'Facility type' },
  sitingProfileSaved: { ja: 'プロファイル「{name}」を保存しました。', en: 'Saved the profile “{name}”.' },
  sitingAhp: { ja: '一対比較（AHP）で重みを決める', en: 'Set weights by pairwise comparison (AHP)' },
  sitingAhpHelp: {
    ja: '各組について、どちらがどの程度重要かを選んでください（1＝同等、9＝極めて重要）。',
    en: 'For each pair, choose which matters more and how much (1 = equal, 9 = extremely more).',
  },
  sitingAhpCount: {
    ja: '一対比較は評価基準が2〜10個のときに使えます。',
    en: 'Pairwise comparison works with 2 to 10 criteria.',
  },
  sitingAhpPair: { ja: '{a} と {b} の比較', en: '{a} compared with {b}' },
  sitingAhpEqual: { ja: '同等', en: 'Equal' },
  sitingAhpLeft: { ja: '← 左が {n}', en: '← left {n}' },
  sitingAhpRight: { ja: '右が {n} →', en: 'right {n} →' },
  sitingAhpConsistency: { ja: '整合度 CR = {cr}', en: 'Consistency ratio CR = {cr}' },
  sitingAhpConsistent: { ja: '（0.10以下：整合的）', en: '(0.10 or less: consistent)' },
  sitingAhpInconsistent: {
    ja: '（0.10超：判断に矛盾があります。印の付いた組を見直してください）',
    en: '(above 0.10: the judgements contradict each other; revisit the flagged pair)',
  },
  sitingAhpWorst: { ja: '最も矛盾している比較', en: 'Most inconsistent judgement' },
  sitingAhpApply: { ja: 'この重みを使う', en: 'Use these weights' },
  sitingConstraints: { ja: '必須条件', en: 'Hard requirements' },
  sitingNoConstraints: { ja: '必須条件はありません。', en: 'No hard requirements.' },
  sitingConstraintAdd: { ja: '条件を追加', en: 'Add requirement' },
  sitingConstraintOp: { ja: '比較', en: 'Comparison' },
  sitingConstraintValue: { ja: '{attribute} の基準値', en: 'Threshold for {attribute}' },
  sitingWhatIf: { ja: 'インフラ整備の仮定（What-if）', en: 'What-if infrastructure' },
  sitingWhatIfHelp: {
    ja: '候補地の値を仮に変えて順位の変化を見ます。登録データは変わりません。',
    en: 'Assume another value for a site and watch the ranking move. The stored data does not change.',
  },
  sitingWhatIfSite: { ja: '候補地', en: 'Site' },
  sitingWhatIfAttribute: { ja: '項目', en: 'Attribute' },
  sitingWhatIfValue: { ja: '仮定する値', en: 'Assumed value' },
  sitingWhatIfNow: { ja: '現在：{value}', en: 'Now: {value}' },
  sitingWhatIfAdd: { ja: '仮定を追加', en: 'Add assumption' },
  sitingWhatIfActive: { ja: '適用中の仮定', en: 'Assumptions in effect' },
  sitingWhatIfPlannedWater: {
    ja: '{site}：工業用水を計画量 {value} に増やす',
    en: '{site}: industrial water expanded to the planned {value}',
  },
  sitingSave: { ja: '調査として保存', en: 'Save as a study' },
  sitingSaveSignIn: {
    ja: 'すると調査を保存し、報告書を印刷・Excel出力できます。',
    en: 'to save studies, print reports and download them as Excel.',
  },
  sitingStudyTitle: { ja: '調査名', en: 'Study title' },
  sitingMap: { ja: '候補地の地図', en: 'Candidate sites on the map' },
  sitingRanking: { ja: '順位', en: 'Ranking' },
  sitingRankingHelp: {
    ja: '手法：{method}、正規化：{normalization}。棒は評価基準ごとの寄与（重み×最小–最大の位置）です。',
    en: 'Method: {method}; normalisation: {normalization}. Bars show each criterion’s contribution (weight × min–max position).',
  },
  sitingRank: { ja: '順位', en: 'Rank' },
  sitingSite: { ja: '候補地', en: 'Site' },
  sitingScore: { ja: 'スコア', en: 'Score' },
  sitingBreakdown: { ja: '評価基準ごとの内訳', en: 'Breakdown by criterion' },
  sitingCompare: { ja: '比較', en: 'Compare' },
  sitingCompareSite: { ja: '{site} を比較に加える', en: 'Compare {site}' },
  sitingComparison: { ja: '候補地の比較', en: 'Sites side by side' },
  sitingCompareHelp: {
    ja: '比較する候補地をもう1か所以上選んでください（最大5か所）。',
    en: 'Pick at least one more site to compare (up to five).',
  },
  sitingAttribute: { ja: '項目', en: 'Attribute' },
  sitingExcluded: { ja: '除外された候補地', en: 'Excluded sites' },
  sitingExcludedShort: { ja: '除外', en: 'Excluded' },
  sitingNoneExcluded: {
    ja: 'すべての候補地が必須条件を満たしています。',
    en: 'Every site meets the hard requirements.',
  },
  sitingNoneRanked: {
    ja: '必須条件を満たす候補地がありません。条件を見直すか、What-ifで整備を仮定してください。',
    en: 'No site meets the hard requirements. Relax them, or assume an infrastructure change in What-if.',
  },
  sitingShortfall: {
    ja: '{attribute}：{actual}（必要 {op} {required}、不足 {shortfall}）',
    en: '{attribute}: {actual} (needs {op} {required}; short by {shortfall})',
  },
  sitingMissingValue: {
    ja: '{attribute} の値がないため判定できません',
    en: 'No value for {attribute}, so the requirement cannot be checked',
  },
  sitingMarkChanged: { ja: '仮定値', en: 'assumed' },
  sitingMarkImputed: { ja: '値なし（最低値で評価）', en: 'no value (worst taken)' },
  sitingImputedCount: {
    ja: '値なし {count} 項目（最低値で評価）',
    en: { one: '{count} value missing (worst taken)', other: '{count} values missing (worst taken)' },
  },
  sitingMarkComputed: { ja: '座標から算出（直線距離）', en: 'computed from coordinates (straight line)' },
  sitingMarkIllustrative: { ja: '例示値', en: 'illustrative' },
  sitingSensitivity: { ja: '感度分析', en: 'Sensitivity' },
  sitingSensitivityHelp: {
    ja: '各評価基準の重みをこの帯の範囲で動かしても、1位（{site}）は変わりません。縦線は現在の重みです。',
    en: 'Moving a criterion’s weight anywhere within its band keeps the leader ({site}) first. The line marks the current weight.',
  },
  sitingAcceptability: { ja: '順位の安定性（SMAA）', en: 'How stable the ranks are (SMAA)' },
  sitingAcceptabilityHelp: {
    ja: '重みを無作為に {samples} 通り選んだとき、各候補地が各順位になった割合です。右端の数値は1位になった割合です。',
    en: 'Share of {samples} random weightings in which each site takes each rank. The figure on the right is its share of first places.',
  },
  sitingRankN: { ja: '{rank}位', en: 'Rank {rank}' },
  sitingRankLower: { ja: '{rank}位以下', en: 'Rank {rank} or lower' },
  sitingTopThree: { ja: '上位3位', en: 'Top three' },
  sitingRanked: { ja: '順位付け済み', en: 'Ranked' },
  sitingNoProfiles: {
    ja: '施設プロファイルが登録されていません。管理者がデータバンドルで登録できます。',
    en: 'No facility profiles yet. An admin can load them with a data bundle.',
  },
  sitingReportIntro: {
    ja: '立地選定調査の報告書（作成：{date}）',
    en: 'Siting study report (created {date})',
  },
  sitingReportSetup: { ja: '評価の条件', en: 'What was asked' },
  sitingDownloadXlsx: { ja: 'Excel（xlsx）をダウンロード', en: 'Download Excel (xlsx)' },
  sitingOpenWorkbench: { ja: '評価画面で開く', en: 'Open in the workbench' },
  sitingSources: { ja: '値と出典', en: 'Values and sources' },
} satisfies Messages;

registerMessages('siting', sitingMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof sitingMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
