import { type Messages, registerMessages } from '../../lib/i18n-catalog.ts';

/** The taxonomy feature's words, Japanese and English together; loaded with the feature's chunk. */
export const taxonomyMessages = {
  taxonomyTitle: { ja: '技術分類', en: 'Technology taxonomy' },
  taxonomyIntro: {
    ja: 'クラスターごとの技術分野と、各分野の登録組織数です。コードを選ぶとその技術でディレクトリを検索します。',
    en: 'Technology areas of each cluster with the number of listed organisations. Choose a code to search the directory.',
  },
} satisfies Messages;

registerMessages('taxonomy', taxonomyMessages);

// t() accepts these keys too: the catalog's type is the union of every feature's messages.
type FeatureMessages = typeof taxonomyMessages;
declare module '../../lib/i18n-catalog.ts' {
  interface MessageCatalog extends FeatureMessages {}
}
