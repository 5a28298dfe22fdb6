import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The desk's figures, search and FAQ editing, Japanese and English together. */
export const deskFiguresMessages = {
  deskFiguresTitle: { ja: '窓口の実績', en: 'Desk figures' },
  deskFiguresIntro: {
    ja: '期間内に受け付けた相談の件数、初回回答・完了までの営業日数と目標、今日時点の期限超過、紹介先ごとの受諾率です。',
    en: 'Consultations received in the period, working days to the first answer and to the close against the targets, overdue cases today, and referrals per partner.',
  },
  deskFiguresFrom: { ja: '開始日', en: 'From' },
  deskFiguresTo: { ja: '終了日', en: 'To' },
  deskFiguresShow: { ja: '表示', en: 'Show' },
  deskFiguresXlsx: { ja: 'Excel でダウンロード', en: 'Download as xlsx' },
  deskFiguresByMonth: { ja: '分野別・月別の相談件数', en: 'Consultations by topic and month' },
  deskFiguresTiming: { ja: '目標内に対応した割合', en: 'Share handled within the target' },
  deskFiguresTimingHint: {
    ja: '営業日（土日祝を除く）で数えます。目標は分野ごとの設定値です。',
    en: 'Counted in Japanese working days; targets are set per topic.',
  },
  deskFiguresFirstAnswer: { ja: '初回回答', en: 'First answer' },
  deskFiguresClose: { ja: '完了', en: 'Close' },
  deskFiguresAll: { ja: '全体', en: 'All topics' },
  deskFiguresTopic: { ja: '分野', en: 'Topic' },
  deskFiguresReceived: { ja: '受付', en: 'Received' },
  deskFiguresMedian: { ja: '中央値（営業日）', en: 'Median (working days)' },
  deskFiguresTarget: { ja: '目標（営業日）', en: 'Target (working days)' },
  deskFiguresOnTarget: { ja: '目標内', en: 'On target' },
  deskFiguresOverdue: { ja: '期限超過（{day} 時点）', en: 'Overdue as of {day}' },
  deskFiguresOpen: { ja: '対応中', en: 'Open' },
  deskFiguresReferrals: { ja: '紹介先ごとの紹介と受諾', en: 'Referrals per partner' },
  deskFiguresPartner: { ja: '紹介先', en: 'Partner' },
  deskFiguresAccepted: { ja: '受諾', en: 'Accepted' },
  deskFiguresReturned: { ja: '返却', en: 'Returned' },
  deskFiguresPending: { ja: '未回答', en: 'Pending' },
  deskFiguresAcceptance: { ja: '受諾率', en: 'Acceptance' },
  deskFiguresNone: { ja: 'この期間のデータはありません。', en: 'Nothing in this period.' },
  deskFiguresSatisfaction: { ja: '満足度', en: 'Satisfaction' },
  deskFiguresSatisfactionLater: {
    ja: 'この期間に完了した相談の満足度調査には、まだ回答がありません。',
    en: 'No answers yet to the satisfaction question of the cases closed in this period.',
  },
  deskFiguresSatisfactionSummary: {
    ja: 'この期間に完了した相談 {asked} 件に満足度を質問し、{answered} 件の回答（平均 {mean} 点／5 点満点）。',
    en: 'Asked of {asked} cases closed in the period; {answered} answered (mean {mean} of 5).',
  },
  deskFiguresAnswers: { ja: '回答数', en: 'Answers' },
  deskFiguresScore5: { ja: '5 とても満足', en: '5 Very satisfied' },
  deskFiguresScore4: { ja: '4 満足', en: '4 Satisfied' },
  deskFiguresScore3: { ja: '3 どちらともいえない', en: '3 Neither' },
  deskFiguresScore2: { ja: '2 不満', en: '2 Dissatisfied' },
  deskFiguresScore1: { ja: '1 とても不満', en: '1 Very dissatisfied' },
  deskSearchLink: { ja: '過去の相談を検索', en: 'Search past consultations' },
  deskSearchTitle: { ja: '過去の相談と FAQ', en: 'Past consultations and the FAQ' },
  deskSearchIntro: {
    ja: '日本語でも英語でも検索できます（用語集で対訳も探します）。表示されるのは閲覧できる相談だけです。',
    en: 'Search in Japanese or English (the glossary finds the other language too). Only consultations you may see are shown.',
  },
  deskSearchLabel: { ja: '検索語', en: 'Search words' },
  deskSearchButton: { ja: '検索', en: 'Search' },
  deskSearchCount: { ja: '{n} 件', en: '{n} found' },
  deskSearchAnswered: { ja: '回答済', en: 'answered' },
  deskFaqEntries: { ja: 'FAQ の項目', en: 'FAQ entries' },
  deskFaqUnpublished: { ja: '非公開', en: 'not published' },
  deskFaqEdit: { ja: '編集', en: 'Edit' },
  deskFaqSave: { ja: '保存', en: 'Save' },
  deskFaqCancel: { ja: 'やめる', en: 'Cancel' },
  deskFaqSaved: { ja: '保存しました', en: 'Saved' },
  deskFaqPublished: { ja: '公開する', en: 'Published' },
} satisfies Messages;

registerMessages('desk-figures', deskFiguresMessages);

type FeatureMessages = typeof deskFiguresMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
