import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The desk's aftercare, red flags and files (issue 16), Japanese and English together. */
export const deskAftercareMessages = {
  deskEvent_flagged: { ja: 'フラグ', en: 'Flagged' },
  deskEvent_file: { ja: 'ファイル添付', en: 'File added' },
  'deskEvent_follow-up': { ja: 'フォローアップ通知', en: 'Follow-up reminder' },
  deskAftercareHeading: { ja: 'アフターケア', en: 'Aftercare' },
  deskAftercareNone: { ja: 'まだ完了していません。', en: 'Not closed yet.' },
  deskAftercareFollowUp: { ja: 'フォローアップ日', en: 'Follow-up' },
  deskAftercareReminded: { ja: '通知済み', en: 'reminded' },
  deskAftercareEnded: { ja: '再開により終了', en: 'ended by a reopen' },
  deskAftercareLink: { ja: '満足度アンケート', en: 'Satisfaction question' },
  deskAftercareScore: { ja: '満足度', en: 'Satisfaction' },
  deskAftercareNoAnswer: { ja: '未回答', en: 'no answer yet' },
  deskFilesHeading: { ja: 'ファイル', en: 'Files' },
  deskFilesNone: { ja: 'ファイルはありません。', en: 'No files.' },
  deskFileChoose: {
    ja: '添付するファイル（PDF・画像、5 MB まで）',
    en: 'File to add (PDF or image, up to 5 MB)',
  },
  deskFileUpload: { ja: '添付する', en: 'Add file' },
  deskFlagHeading: { ja: 'フラグを立てる', en: 'Raise a flag' },
  deskFlagKind: { ja: 'フラグの種類', en: 'Flag kind' },
  deskFlagNote: { ja: 'フラグの根拠', en: 'What points to it' },
  deskFlagRaise: { ja: 'フラグを立てる', en: 'Raise flag' },
  deskFlagRaised: { ja: 'フラグを立てました。', en: 'Flag raised.' },
  deskFlag_expansion: { ja: '拡張・新設の計画', en: 'Plans to expand' },
  deskFlag_withdrawal: { ja: '縮小・撤退の可能性', en: 'May leave' },
  'deskFlag_staff-shortage': { ja: '人手不足', en: 'Short of staff' },
  deskFlagsTitle: { ja: 'レッドフラグ', en: 'Red flags' },
  deskFlagsIntro: {
    ja: '相談やアンケート回答から見えた、企業の拡張・撤退・人手不足の兆し。コーディネーターだけが見られます。',
    en: 'Signs that a company plans to expand, may leave, or is short of staff, from consultations and survey answers. Coordinators only.',
  },
  deskFlagsLink: { ja: 'レッドフラグ一覧', en: 'Red flags' },
  deskFlagsStatus: { ja: '状態', en: 'Status' },
  deskFlagStatus_open: { ja: '未対応', en: 'Open' },
  deskFlagStatus_resolved: { ja: '対応済み', en: 'Resolved' },
  deskFlagSource_consultation: { ja: '相談から', en: 'From a consultation' },
  deskFlagSource_survey: { ja: 'アンケート回答から', en: 'From a survey answer' },
  deskFlagsEmpty: { ja: 'フラグはありません。', en: 'No flags.' },
  deskFlagsCase: { ja: '相談を開く', en: 'Open the case' },
  deskFlagResolution: { ja: '対応内容', en: 'What was done' },
  deskFlagResolve: { ja: '対応済みにする', en: 'Resolve' },
  deskFlagsByKind: { ja: '未対応のフラグ（種類別）', en: 'Open flags by kind' },
} satisfies Messages;

registerMessages('desk-aftercare', deskAftercareMessages);

type FeatureMessages = typeof deskAftercareMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
