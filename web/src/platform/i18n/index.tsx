import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { enUS } from './en-US';
import { flatten } from './flatten';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

const STORAGE_KEY = 'wushe.locale';

const DICTIONARIES: Record<Locale, Record<string, string>> = { 'zh-CN': flatten(zhCN), 'en-US': flatten(enUS) };

/** Looks a key up, substituting {param}s; a missing key shows itself so it is noticed rather than hidden. */
export function translate(locale: Locale, key: string, params?: Params): string {
  const text = DICTIONARIES[locale][key] ?? DICTIONARIES['zh-CN'][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

// dayjs is switched synchronously (not in an effect) so date pickers never render one frame in the wrong language.
function applyLocale(locale: Locale): Locale {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
  document.title = translate(locale, 'app.title');
  return locale;
}

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return applyLocale(saved === 'en-US' ? 'en-US' : 'zh-CN');
}

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Translate;
  /** True when the key exists, for open-ended values (audit actions) that may lack a label. */
  has: (key: string) => boolean;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Holds the UI language; zh-CN unless the user chose otherwise on this browser. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLocaleState(applyLocale(l));
  }, []);

  const value = useMemo<I18nValue>(() => ({
    locale,
    setLocale,
    t: (key, params) => translate(locale, key, params),
    has: (key) => key in DICTIONARIES[locale],
  }), [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18nValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
