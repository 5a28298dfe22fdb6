/** A text in both languages. Core code words its messages this way; the server or the page picks one. */
export type Label = { ja: string; en: string };
