import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The admin feature's words, Japanese and English together; loaded with the feature's chunk. */
export const adminMessages = {
  importTitle: { ja: 'データのインポート・エクスポート', en: 'Data import and export' },
  importIntro: {
    ja: 'fusion-cluster-bundle 形式の JSON ファイルを読み込みます。誤りがある場合は何も書き込まれず、すべての誤りが表示されます。',
    en: 'Load a fusion-cluster-bundle JSON file. A bundle with errors is rejected whole and every error is listed.',
  },
  importFile: { ja: 'バンドルファイル（JSON）', en: 'Bundle file (JSON)' },
  importStart: { ja: 'インポート', en: 'Import' },
  importProgress: { ja: '進捗', en: 'Progress' },
  importPhase: { ja: '処理段階', en: 'Phase' },
  importSucceeded: { ja: 'インポートが完了しました', en: 'Import finished' },
  importFailed: { ja: 'インポートできませんでした', en: 'The bundle was not imported' },
  importCreated: { ja: '新規', en: 'Created' },
  importUpdated: { ja: '更新', en: 'Updated' },
  importUnchanged: { ja: '変更なし', en: 'Unchanged' },
  importTotal: { ja: '合計', en: 'Total' },
  importIgnored: { ja: '無視された項目', en: 'Ignored' },
  importInvalidJson: { ja: 'ファイルが JSON として読み込めません。', en: 'The file is not valid JSON.' },
  importErrors: { ja: '誤りの一覧', en: 'Errors' },
  exportBundle: { ja: 'バンドルをエクスポート（JSON）', en: 'Export the bundle (JSON)' },
  exportTitle: { ja: 'エクスポート', en: 'Export' },
  accountsTitle: { ja: 'アカウント', en: 'Accounts' },
  accountsCreate: { ja: 'アカウントを作成', en: 'Create an account' },
  accountName: { ja: '氏名', en: 'Name' },
  accountRole: { ja: '権限', en: 'Role' },
  accountOrganization: { ja: '所属組織 ID（会員の場合）', en: 'Organisation ID (for members)' },
  accountCreated: { ja: 'アカウントを作成しました。', en: 'The account was created.' },
  accountPasswordHint: { ja: '12 文字以上', en: 'At least 12 characters' },
  accountStatus: { ja: '状態', en: 'Status' },
  accountActive: { ja: '有効', en: 'Active' },
  accountDisabled: { ja: '無効', en: 'Disabled' },
  accountActions: { ja: '操作', en: 'Actions' },
  accountDisable: { ja: '無効にする', en: 'Disable' },
  accountEnable: { ja: '有効にする', en: 'Enable' },
  accountDisableConfirm: {
    ja: 'このアカウントを無効にしますか？ すべてのセッションが終了し、ログインできなくなります。',
    en: 'Disable this account? All its sessions end and it can no longer sign in.',
  },
  accountRoleFor: { ja: '権限の変更', en: 'Change role' },
  accountSendReset: { ja: '再設定リンクを送る', en: 'Send reset link' },
  accountResetSent: {
    ja: 'パスワード再設定のリンクを送りました（SMTP 未設定の場合は送信箱に入ります）。',
    en: 'A password reset link was sent (into the outbox when SMTP is not configured).',
  },
  accountChanged: { ja: 'アカウントを更新しました。', en: 'The account was updated.' },
  auditTitle: { ja: '監査ログ', en: 'Audit log' },
  auditAt: { ja: '日時', en: 'When' },
  auditActor: { ja: '実行者', en: 'Who' },
  auditAction: { ja: '操作', en: 'Action' },
  auditEntity: { ja: '対象', en: 'Entity' },
  auditChanges: { ja: '変更内容', en: 'Changes' },
  roleAdmin: { ja: '管理者', en: 'Administrator' },
  roleMember: { ja: '会員', en: 'Member' },
  roleReviewer: { ja: '審査員', en: 'Reviewer' },
  roleAgency: { ja: '支援機関', en: 'Agency' },
  rolePerson: { ja: '個人', en: 'Person' },
} satisfies Messages;

registerMessages('admin', adminMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof adminMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
