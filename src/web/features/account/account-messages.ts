import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The account feature's words (own password, own sessions, the reset link), Japanese and English together. */
export const accountMessages = {
  accountTitle: { ja: 'アカウント', en: 'Your account' },
  passwordChangeTitle: { ja: 'パスワードの変更', en: 'Change your password' },
  passwordCurrent: { ja: '現在のパスワード', en: 'Current password' },
  passwordNew: { ja: '新しいパスワード', en: 'New password' },
  passwordNewHint: { ja: '12 文字以上', en: 'At least 12 characters' },
  passwordChangeSubmit: { ja: 'パスワードを変更', en: 'Change password' },
  passwordChanged: {
    ja: 'パスワードを変更しました。ほかの端末のセッションは終了しました。',
    en: 'Your password was changed; your sessions elsewhere have ended.',
  },
  sessionsTitle: { ja: 'ログイン中のセッション', en: 'Your sessions' },
  sessionStarted: { ja: '開始', en: 'Started' },
  sessionExpires: { ja: '有効期限', en: 'Expires' },
  sessionBrowser: { ja: 'ブラウザー', en: 'Browser' },
  sessionCurrent: { ja: 'この端末', en: 'This device' },
  sessionRevoke: { ja: '終了する', en: 'End' },
  resetTitle: { ja: '新しいパスワードの設定', en: 'Set a new password' },
  resetIntro: {
    ja: '管理者から届いたリンクで、新しいパスワードを設定します。リンクは一度だけ使えます。',
    en: 'Set a new password with the link an administrator sent you. The link works once.',
  },
  resetSubmit: { ja: 'パスワードを設定', en: 'Set password' },
  resetDone: {
    ja: 'パスワードを設定しました。新しいパスワードでログインしてください。',
    en: 'Your password is set; sign in with it.',
  },
  resetNoToken: {
    ja: 'リンクにトークンがありません。メールのリンクをそのまま開いてください。',
    en: 'The link has no token; open the link from the mail as it is.',
  },
  resetGone: {
    ja: 'このリンクは期限切れか、すでに使われています。管理者に新しいリンクを依頼してください。',
    en: 'This link has expired or has been used; ask an administrator for a new one.',
  },
  inviteAcceptTitle: { ja: '招待を受ける', en: 'Accept your invitation' },
  inviteAcceptIntro: {
    ja: 'ご自分でパスワードを決めると、アカウントが使えるようになります。このリンクは一度だけ使えます。',
    en: 'Choose your password to start using your account. This link works once.',
  },
  inviteAcceptName: { ja: '氏名', en: 'Your name' },
  inviteAcceptNameHint: {
    ja: '空欄なら、管理者が登録した名前のままです。',
    en: 'Left empty, the name the administrator entered is kept.',
  },
  inviteAcceptSubmit: { ja: 'パスワードを設定して始める', en: 'Set password and start' },
  inviteAccepted: {
    ja: 'パスワードを設定しました。{email} でログインしてください。',
    en: 'Your password is set; sign in as {email}.',
  },
  inviteGone: {
    ja: 'この招待リンクは期限切れか、すでに使われています。管理者に招待の再送を依頼してください。',
    en: 'This invitation link has expired or has been used; ask an administrator to send a new one.',
  },
} satisfies Messages;

registerMessages('account', accountMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof accountMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
