import { useCallback } from 'react';
import { labelKeyOf } from '../../../domain/assessment/visit-form';
import { isMessageKey, useI18n } from '../../app/i18n';

/** The visible label of a visit path ("labs.creatinine" → 肌酐), the case's own items included. */
export function useFieldLabel(): (path: string) => string {
  const { t } = useI18n();
  return useCallback(
    (path: string) => {
      const key = labelKeyOf(path);
      return isMessageKey(key) ? t(key) : path;
    },
    [t],
  );
}
