// Why a change failed, said so that a person can act on it: each field the server named, by its label
// with what is wrong ("麻醉方式：必填"); otherwise the server's message in the user's language.
import type { Locale } from '../../domain/common/field-messages';
import { ApiError } from './api';
import type { Translate } from './i18n';

/** The failure's text, each named field labelled by `labelOf` (a field without a label by its message). */
export function errorText(
  e: unknown,
  t: Translate,
  locale: Locale,
  labelOf: (path: string) => string | null | undefined,
): string {
  if (!(e instanceof ApiError) || e.status === 0) return t('app.error.network');
  const colon = locale === 'en-US' ? ': ' : '：';
  const named = e.body.fields
    .filter((f) => f.message)
    .map((f) => {
      const label = labelOf(f.path);
      return label ? `${label}${colon}${f.message}` : f.message;
    });
  // The generic "see the fields" says nothing the fields do not: they are the message.
  if (e.body.code === 'validation_failed' && named.length)
    return named.join(locale === 'en-US' ? '; ' : '；');
  return e.body.message;
}

/** The fields of a failure by path, to mark them in the form. */
export const fieldErrorsOf = (e: unknown): Record<string, string> =>
  e instanceof ApiError ? Object.fromEntries(e.body.fields.map((f) => [f.path, f.message])) : {};
