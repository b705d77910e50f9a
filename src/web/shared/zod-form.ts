// Inline validation with the same zod schemas the server uses, and server field errors onto forms.
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { z } from 'zod';
import { FIELD_MESSAGES } from '../../api/field-messages';
import { isRequiredMiss, type Locale, REQUIRED } from '../../domain/common/field-messages';
import type { FieldError } from './api';

const zhCN = z.locales.zhCN();

/** An issue in the user's words; given the value checked, one about a value left out says 必填 / Required. */
export function issueText(issue: z.core.$ZodIssue, locale: Locale, checked?: { value: unknown }): string {
  if (checked && isRequiredMiss(issue, checked.value)) return FIELD_MESSAGES[REQUIRED]![locale];
  const custom = FIELD_MESSAGES[issue.message];
  if (custom) return custom[locale];
  if (locale === 'en-US') return issue.message;
  const local = zhCN.localeError(issue as unknown as Parameters<typeof zhCN.localeError>[0]);
  return typeof local === 'string' ? local : (local?.message ?? issue.message);
}

/** An antd rule that validates one field with its zod schema; empty optional fields pass. */
export function zodRule(schema: z.ZodType, locale: Locale, options: { required?: boolean } = {}): Rule {
  return {
    required: options.required,
    validator: async (_rule, value: unknown) => {
      const empty = value === undefined || value === null || value === '';
      if (empty && !options.required) return;
      const result = schema.safeParse(empty ? undefined : value);
      if (!result.success) throw new Error(issueText(result.error.issues[0]!, locale, { value }));
    },
  };
}

/** Puts the server's per-field messages on the form; returns the ones it could not place. */
export function applyServerFields(form: FormInstance, fields: FieldError[]): FieldError[] {
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const placed = fields.filter((f) => known.has(f.path.split('.')[0]!));
  form.setFields(placed.map((f) => ({ name: f.path.split('.')[0]!, errors: [f.message] })));
  return fields.filter((f) => !placed.includes(f));
}

/** antd's failed fields (onFinishFailed's errorFields) as field errors. */
export const formFailures = (errorFields: { name: (string | number)[]; errors: string[] }[]): FieldError[] =>
  errorFields.map((f) => ({ path: f.name.join('.'), message: f.errors[0] ?? '' }));

/** Field errors as one line that names each field, for a toast: "姓名：必填；住院号：必填". */
export function namedFieldErrors(
  fields: readonly FieldError[],
  labels: Readonly<Record<string, string>>,
  locale: Locale,
): string {
  const [colon, separator] = locale === 'zh-CN' ? ['：', '；'] : [': ', '; '];
  return fields
    .map((f) => `${labels[f.path] ?? labels[f.path.split('.')[0]!] ?? f.path}${colon}${f.message}`)
    .join(separator);
}

/** The fields whose values differ between what the user wanted to save and what is stored now. */
export function diffFields(
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  fields: readonly string[],
): string[] {
  return fields.filter((f) => JSON.stringify(mine[f] ?? null) !== JSON.stringify(theirs[f] ?? null));
}
