// Why a change to the record failed, said so that a person can act on it: each field the server named,
// by its label with what is wrong ("麻醉方式：必填"); otherwise the server's message in the user's language.
import { App } from 'antd';
import { useCallback } from 'react';
import { recordFieldLabel } from '../../domain/anesthesia/record-fields';
import type { Locale } from '../../domain/common/field-messages';
import { ApiError, type FieldError } from '../shared/api';
import { type Translate, useI18n } from '../shared/i18n';

/** Each named field as "label：message" (a field without a label by its message alone). */
export function fieldTexts(fields: readonly FieldError[], locale: Locale): string[] {
  const colon = locale === 'en-US' ? ': ' : '：';
  return fields
    .filter((f) => f.message)
    .map((f) => {
      const label = recordFieldLabel(f.path, locale);
      return label ? `${label}${colon}${f.message}` : f.message;
    });
}

export function recordErrorText(e: unknown, t: Translate, locale: Locale): string {
  if (!(e instanceof ApiError) || e.status === 0) return t('app.error.network');
  const named = fieldTexts(e.body.fields, locale);
  // The generic "see the fields" says nothing the fields do not: they are the message.
  if (e.body.code === 'validation_failed' && named.length)
    return named.join(locale === 'en-US' ? '; ' : '；');
  return e.body.message;
}

/** The fields of a failure by path, to mark them in the form. */
export const fieldErrorsOf = (e: unknown): Record<string, string> =>
  e instanceof ApiError ? Object.fromEntries(e.body.fields.map((f) => [f.path, f.message])) : {};

/** Runs a change, telling its failure as above; resolves true when it succeeded. */
export function useRecordAttempt(): (
  run: () => Promise<unknown>,
  onError?: (e: unknown) => void,
) => Promise<boolean> {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (run, onError) => {
      try {
        await run();
        return true;
      } catch (e) {
        message.error(recordErrorText(e, t, locale));
        onError?.(e);
        return false;
      }
    },
    [message, t, locale],
  );
}
