/**
 * The web app's words: each key holds its Japanese and English together (`{ ja, en }`, as the server
 * and core word theirs). Shared words live in shared-messages.ts; each feature keeps its own in
 * features/<f>/<f>-messages.ts, registered when the feature's chunk loads.
 */
import { sharedMessages } from './shared-messages.ts';

export type Lang = 'ja' | 'en';

/** A text that depends on a count: one form per CLDR plural category in use, `other` always. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageText = string | PluralText;
export type Message = { ja: MessageText; en: MessageText };
export type Messages = Record<string, Message>;

type SharedMessages = typeof sharedMessages;
/** Every key t() accepts: the shared ones here, each feature's added by its messages file. */
export interface MessageCatalog extends SharedMessages {}
export type MessageKey = keyof MessageCatalog & string;

const catalog = new Map<string, { owner: string; message: Message }>();

/** Adds a feature's messages; a key already declared by another owner is a mistake, not an override. */
export function registerMessages(owner: string, messages: Messages): void {
  for (const [key, message] of Object.entries(messages)) {
    const known = catalog.get(key);
    if (known && known.owner !== owner)
      throw new Error(`Message "${key}" is declared by ${known.owner} and ${owner}`);
    catalog.set(key, { owner, message });
  }
}
registerMessages('shared', sharedMessages);

const pluralRules: Record<Lang, Intl.PluralRules> = {
  ja: new Intl.PluralRules('ja'),
  en: new Intl.PluralRules('en'),
};

/** The message in one language, `{name}` placeholders filled; a plural text is chosen by `vars.count`. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const entry = catalog.get(key);
  // A feature's key before its chunk has loaded cannot be rendered by that feature's components.
  if (!entry) return key;
  const text = entry.message[lang];
  let result =
    typeof text === 'string'
      ? text
      : (text[pluralRules[lang].select(Number(vars?.count ?? 0))] ?? text.other);
  for (const [name, v] of Object.entries(vars ?? {})) result = result.replaceAll(`{${name}}`, String(v));
  return result;
}

/**
 * A browser's preferred languages, most wanted first: the first one we have wins, Japanese when none is
 * (so an en-US browser gets English, a ja or zh one Japanese).
 */
export function langFromBrowser(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'ja';
}
