import { useCallback, useMemo } from 'react';
import {
  fieldLabel,
  optionLabel,
  type VisitMessageKey,
  visitLabel,
  visitText,
} from '../../domain/assessment/messages';
import { useI18n } from '../shared/i18n';

/** The visible label of a visit path ("labs.creatinine" → 肌酐), the case's own items included. */
export function useFieldLabel(): (path: string) => string {
  const { locale } = useI18n();
  return useCallback((path: string) => fieldLabel(path, locale), [locale]);
}

/** The visit form's words (src/domain/assessment/messages.ts), the same the printed visit uses. */
export function useVisitMessages() {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      text: (key: VisitMessageKey, params?: Record<string, string | number>) =>
        visitText(key, locale, params),
      /** A key built at run time: a field's or a section's label, `visit.o.<option>`. */
      label: (key: string) => visitLabel(key, locale),
      option: (path: string, option: string) => optionLabel(path, option, locale),
    }),
    [locale],
  );
}
