// The one error vocabulary: every code a client can receive, declared by its capability, in Chinese
// and English. The server maps failures to these codes in one handler; the web switches on them.
import { anesthesiaErrors } from './anesthesia';
import { assessmentErrors } from './assessment';
import { bedsErrors } from './beds';
import { bedsStatisticsErrors } from './beds-statistics';
import { bedsStructureErrors } from './beds-structure';
import { complicationsErrors } from './complications';
import type { ErrorDef } from './error-def';
import { followupErrors } from './followup';
import { interopErrors } from './interop';
import { historyImportErrors } from './interop-history';
import { monitoringErrors } from './monitoring';
import { platformErrors } from './platform';
import { qualityErrors } from './quality';
import { registryErrors } from './registry';

export type Locale = 'zh-CN' | 'en-US';

export const ERRORS = {
  ...platformErrors,
  ...registryErrors,
  ...assessmentErrors,
  ...anesthesiaErrors,
  ...monitoringErrors,
  ...complicationsErrors,
  ...followupErrors,
  ...interopErrors,
  ...historyImportErrors,
  ...qualityErrors,
  ...bedsErrors,
  ...bedsStructureErrors,
  ...bedsStatisticsErrors,
} satisfies Record<string, ErrorDef>;
export type ErrorCode = keyof typeof ERRORS;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function localise(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return format(ERRORS[code][locale], params);
}
