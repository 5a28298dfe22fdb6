import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The auth feature's words, Japanese and English together; loaded with the feature's chunk. */
export const authMessages = {
  loginTitle: { ja: 'ログイン', en: 'Sign in' },
  loginFailed: { ja: 'メールアドレスまたはパスワードが正しくありません。', en: 'Wrong email or password.' },
  loginRateLimited: {
    ja: 'ログインの試行回数が多すぎます。しばらくしてからお試しください。',
    en: 'Too many sign-in attempts. Please wait a while and try again.',
  },
} satisfies Messages;

registerMessages('auth', authMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof authMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
