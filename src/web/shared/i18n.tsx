import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { MESSAGES, type MessageKey } from '../app/messages';

export type { MessageKey };

export type Locale = 'zh-CN' | 'en-US';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Whether a dynamic string (an audit action, say) has a message of its own. */
export const isMessageKey = (key: string): key is MessageKey => key in MESSAGES;

export function translator(locale: Locale): Translate {
  return (key, params) =>
    MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? `{${k}}`));
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
