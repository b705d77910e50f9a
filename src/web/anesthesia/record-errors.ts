// Why a change to the record failed, said so that a person can act on it: each field the server named,
// by its label with what is wrong ("麻醉方式：必填"); otherwise the server's message in the user's language.
import { App } from 'antd';
import { useCallback } from 'react';
import { recordFieldLabel } from '../../domain/anesthesia/record-fields';
import type { Locale } from '../../domain/common/field-messages';
import type { FieldError } from '../shared/api';
import { errorText } from '../shared/error-text';
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

export const recordErrorText = (e: unknown, t: Translate, locale: Locale): string =>
  errorText(e, t, locale, (path) => recordFieldLabel(path, locale));

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
