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
  accountsIntro: {
    ja: '利用者を招待し、氏名・権限・所属組織を編集し、無効化やパスワード再設定のリンク送信を行います。',
    en: 'Invite people, edit their name, role and organisation, disable an account or send a password reset link.',
  },
  accountsList: { ja: 'アカウント一覧', en: 'All accounts' },
  accountsCount: { ja: '{count} 件', en: '{count} accounts' },
  accountsCreate: { ja: 'パスワードを決めて作成', en: 'Create with a password' },
  accountsCreateIntro: {
    ja: 'メールが届かない場合などに、管理者がパスワードを決めて作成し、本人に直接伝えます。通常は「メールで招待」を使ってください。',
    en: 'Where mail does not reach: you set the password and tell it to the person yourself. Normally, invite by e-mail instead.',
  },
  accountName: { ja: '氏名', en: 'Name' },
  accountNameOptional: { ja: '氏名（任意）', en: 'Name (optional)' },
  accountRole: { ja: '権限', en: 'Role' },
  accountOrganization: { ja: '所属組織', en: 'Organisation' },
  accountOrganizationShort: { ja: '所属組織', en: 'Organisation' },
  accountOrganizationHint: {
    ja: '組織名の一部（日本語・英語）で検索して選びます。',
    en: 'Search by part of its name, in Japanese or English, and pick it.',
  },
  accountOrganizationMemberHint: {
    ja: '会員には必須です。組織名の一部（日本語・英語）で検索して選びます。',
    en: 'Required for a member. Search by part of its name, in Japanese or English, and pick it.',
  },
  accountCreated: { ja: 'アカウントを作成しました。', en: 'The account was created.' },
  accountPasswordHint: { ja: '12 文字以上', en: 'At least 12 characters' },
  accountStatus: { ja: '状態', en: 'Status' },
  accountActive: { ja: '有効', en: 'Active' },
  accountDisabled: { ja: '無効', en: 'Disabled' },
  accountInvited: { ja: '招待中（パスワード未設定）', en: 'Invited (no password yet)' },
  accountActions: { ja: '操作', en: 'Actions' },
  accountEdit: { ja: '編集', en: 'Edit' },
  accountEditTitle: { ja: '{name} さんのアカウントを編集', en: 'Edit the account of {name}' },
  accountSave: { ja: '保存', en: 'Save' },
  accountCancel: { ja: 'キャンセル', en: 'Cancel' },
  accountDisable: { ja: '無効にする', en: 'Disable' },
  accountEnable: { ja: '有効にする', en: 'Enable' },
  accountDisableConfirm: {
    ja: '{name} さんのアカウントを無効にしますか？ すべてのセッションが終了し、ログインできなくなります。',
    en: 'Disable the account of {name}? All its sessions end and it can no longer sign in.',
  },
  accountEnableConfirm: {
    ja: '{name} さんのアカウントを有効に戻しますか？ 再びログインできるようになります。',
    en: 'Enable the account of {name} again? It will be able to sign in.',
  },
  accountSendReset: { ja: '再設定リンクを送る', en: 'Send reset link' },
  accountResetConfirm: {
    ja: '{email} にパスワード再設定のリンクをメールで送りますか？ 以前に送ったリンクは使えなくなります。',
    en: 'Mail a password reset link to {email}? Any link sent before stops working.',
  },
  accountResetSent: {
    ja: 'パスワード再設定のリンクを送りました（SMTP 未設定の場合は送信箱に入ります）。',
    en: 'A password reset link was sent (into the outbox when SMTP is not configured).',
  },
  accountChanged: { ja: 'アカウントを更新しました。', en: 'The account was updated.' },
  inviteTitle: { ja: 'メールで招待', en: 'Invite by e-mail' },
  inviteIntro: {
    ja: '招待された人には、自分でパスワードを決めるための一度きりのリンクがメールで届きます（7 日間有効）。',
    en: 'The invitee gets a one-time link by mail to choose their own password (valid for 7 days).',
  },
  inviteNameHint: {
    ja: '空欄なら、本人が招待を受けるときに入力します。',
    en: 'Left empty, the invitee gives it when accepting.',
  },
  inviteSubmit: { ja: '招待メールを送る', en: 'Send the invitation' },
  inviteConfirm: {
    ja: '{email} に招待メールを送りますか？',
    en: 'Send an invitation mail to {email}?',
  },
  inviteSent: {
    ja: '{email} に招待メールを送りました（SMTP 未設定の場合は送信箱に入ります）。',
    en: 'An invitation was sent to {email} (into the outbox when SMTP is not configured).',
  },
  inviteResend: { ja: '招待を再送', en: 'Resend invitation' },
  inviteResendConfirm: {
    ja: '{email} に招待メールを送り直しますか？ 以前のリンクは使えなくなります。',
    en: 'Send {email} a fresh invitation? The earlier link stops working.',
  },
  inviteResent: { ja: '招待メールを送り直しました。', en: 'A fresh invitation was sent.' },
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
