// Why entering or correcting a set failed, said so that a nurse can act on it: each field the server
// named, by its label with what is wrong ("测量时间：不能晚于当前时间"); otherwise the server's message.
import { ApiError } from '../shared/api';
import type { Locale, Translate } from '../shared/i18n';
import { fieldLabel } from './observation-values';

export function setErrorText(e: unknown, t: Translate, locale: Locale): string {
  if (!(e instanceof ApiError) || e.status === 0) return t('app.error.network');
  const colon = locale === 'en-US' ? ': ' : '：';
  const named = e.body.fields
    .filter((f) => f.message)
    .map((f) => {
      const label = fieldLabel(f.path, t);
      return label ? `${label}${colon}${f.message}` : f.message;
    });
  // The generic "see the fields" says nothing the fields do not: they are the message.
  if (e.body.code === 'validation_failed' && named.length)
    return named.join(locale === 'en-US' ? '; ' : '；');
  return e.body.message;
}

/** The fields of a failure by path, to mark them in the form. */
export const setFieldErrors = (e: unknown): Record<string, string> =>
  e instanceof ApiError ? Object.fromEntries(e.body.fields.map((f) => [f.path, f.message])) : {};
