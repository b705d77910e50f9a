import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { enUS } from '../i18n/en-US';
import { type MessageKey, zhCN } from '../i18n/zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Whether a dynamic string (an audit action, say) has a message of its own. */
export const isMessageKey = (key: string): key is MessageKey => key in zhCN;

export function translator(locale: Locale): Translate {
  const dict = DICTIONARIES[locale];
  return (key, params) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? `{${k}}`));
}

type I18n = { locale: Locale; t: Translate; lang: 'zh' | 'en' };
const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: translator('zh-CN'), lang: 'zh' });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale, t: translator(locale), lang: locale === 'en-US' ? ('en' as const) : ('zh' as const) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
