import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The incubation feature's words, Japanese and English together; loaded with the feature's chunk. */
export const incubationMessages = {
  incubationTitle: { ja: '貸工場・貸ラボと共用設備', en: 'Rental space and shared equipment' },
  incubationIntro: {
    ja: 'インキュベーション施設の貸工場・貸研究室・貸事務所を仕様で探し、研究機関の共用設備を確認できます。',
    en: 'Find rental factories, labs and offices by their specification, and see the shared equipment of research institutes.',
  },
  incubationCallsLink: { ja: '公募（入居・共同利用）', en: 'Public calls' },
  incubationFilters: { ja: '仕様で絞り込む', en: 'Filter by specification' },
  incubationKind: { ja: '区画の種類', en: 'Kind of unit' },
  incubationAnyKind: { ja: 'すべて', en: 'Any' },
  incubationMinArea: { ja: '床面積 下限（m²）', en: 'Floor area from (m²)' },
  incubationMaxArea: { ja: '床面積 上限（m²）', en: 'Floor area up to (m²)' },
  incubationMinPower: { ja: '電力容量 下限（kVA）', en: 'Power at least (kVA)' },
  incubationMinCrane: { ja: 'クレーン 下限（t）', en: 'Crane at least (t)' },
  incubationMaxClean: { ja: 'クリーン度（ISO クラス）', en: 'Clean room (ISO class)' },
  incubationCleanAny: { ja: '問わない', en: 'Not needed' },
  incubationCleanAtMost: { ja: 'クラス {n} 以上の清浄度', en: 'Class {n} or cleaner' },
  incubationEhv: { ja: '特別高圧受電が可能', en: 'Extra-high voltage available' },
  incubationFreeOnly: { ja: '空き区画のみ', en: 'Free units only' },
  incubationText: { ja: 'キーワード', en: 'Keyword' },
  incubationApply: { ja: '絞り込む', en: 'Apply' },
  incubationClear: { ja: '条件を消す', en: 'Clear' },
  incubationMap: { ja: '施設の地図', en: 'Map of facilities' },
  incubationCount: {
    ja: { other: '{count} 施設' },
    en: { one: '{count} facility', other: '{count} facilities' },
  },
  incubationNone: {
    ja: '条件に合う施設はありません。条件をゆるめてください。',
    en: 'No facility matches. Try a wider specification.',
  },
  incubationUnitsShown: {
    ja: '条件に合う区画 {shown} / 全 {total}（空き {free}）',
    en: '{shown} of {total} units match ({free} free)',
  },
  incubationEquipmentCount: {
    ja: { other: '共用設備 {count} 件' },
    en: { one: '{count} shared equipment item', other: '{count} shared equipment items' },
  },
  incubationIllustrative: { ja: '例示データ（架空）', en: 'Illustrative (invented)' },
  incubationOwner: { ja: '所有・運営', en: 'Owner' },
  incubationSite: { ja: '候補地', en: 'Site' },
  incubationMaxTerm: { ja: '最長入居期間', en: 'Longest lease' },
  incubationMonths: { ja: '{n} か月', en: '{n} months' },
  incubationUnits: { ja: '区画', en: 'Units' },
  incubationNoUnits: { ja: '区画は登録されていません。', en: 'No units are listed.' },
  incubationEquipment: { ja: '共用設備', en: 'Shared equipment' },
  incubationNoEquipment: { ja: '共用設備は登録されていません。', en: 'No shared equipment is listed.' },
  incubationStatusFree: { ja: '空き', en: 'Free' },
  incubationStatusLeased: { ja: '入居中', en: 'Leased' },
  incubationStatusReserved: { ja: '予約済み', en: 'Reserved' },
  incubationArea: { ja: '床面積', en: 'Floor area' },
  incubationFloorLoad: { ja: '床荷重', en: 'Floor load' },
  incubationCeiling: { ja: '天井高', en: 'Ceiling height' },
  incubationCrane: { ja: 'クレーン', en: 'Crane' },
  incubationPower: { ja: '電力容量', en: 'Power' },
  incubationEhvShort: { ja: '特高', en: 'EHV' },
  incubationClean: { ja: 'クリーン度', en: 'Clean room' },
  incubationIsoClass: { ja: 'ISO クラス {n}', en: 'ISO class {n}' },
  incubationSeismic: { ja: '免震', en: 'Seismic isolation' },
  incubationRent: { ja: '月額賃料', en: 'Monthly rent' },
  incubationYen: { ja: '{n} 円', en: '¥{n}' },
  incubationPerUnit: { ja: '{fee}／{unit}', en: '{fee} / {unit}' },
  incubationFeeMember: { ja: '会員料金', en: 'Member fee' },
  incubationFeeOther: { ja: '一般料金', en: 'Non-member fee' },
  incubationFeeUnpublished: { ja: '非公表（要問合せ）', en: 'Not published (ask)' },
  incubationBookingUnit: { ja: '予約単位', en: 'Booked by' },
  incubationApproval: { ja: '利用には承認が必要', en: 'Approval needed' },
  incubationNoApproval: { ja: '承認不要', en: 'No approval needed' },
  incubationCapabilities: { ja: '対応技術', en: 'Capabilities' },
  incubationSources: { ja: '出典', en: 'Sources' },
  incubationBack: { ja: '施設の一覧へ', en: 'All facilities' },
  incubationFloorPlan: { ja: '区画の配置（状態で色分け）', en: 'Units by status' },
  incubationHour: { ja: '時間', en: 'hour' },
  incubationDay: { ja: '日', en: 'day' },
  incubationWeek: { ja: '週', en: 'week' },
} satisfies Messages;

registerMessages('incubation', incubationMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof incubationMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
