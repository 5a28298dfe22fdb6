import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { LocalizedText } from './api-types.ts';
import { type Lang, langFromBrowser, type MessageKey, translate } from './i18n-catalog.ts';

export type { Lang, MessageKey };

const storageKey = 'fch.lang';

/** A choice the user made on the switch wins; a first visit follows the browser. */
function initialLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // storage blocked (private mode): fall back to the browser's languages
  }
  if (stored === 'en' || stored === 'ja') return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return langFromBrowser(preferred);
}

type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Picks a data text in the current language, falling back to the other one. */
  pick: (text: LocalizedText | undefined) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // not persisted; the switch still works for this visit
    }
  }, []);

  const value = useMemo<I18n>(() => {
    return {
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      pick: (text) => pickText(text, lang),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  return text[lang] || text[other] || '';
}

/** Which language a data text is actually shown in (for `lang` attributes and highlights). */
export function pickLang(text: LocalizedText | undefined, lang: Lang): Lang {
  if (text?.[lang]) return lang;
  return lang === 'ja' ? 'en' : 'ja';
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n needs <I18nProvider>');
  return ctx;
}

export function useT(): I18n['t'] {
  return useI18n().t;
}
