// Inline validation with the same zod schemas the server uses, and server field errors onto forms.
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { z } from 'zod';
import { FIELD_MESSAGES, type Locale } from '../../domain/common/field-messages';
import type { FieldError } from './api';

const zhCN = z.locales.zhCN();

export function issueText(issue: z.core.$ZodIssue, locale: Locale): string {
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
      if (!result.success) throw new Error(issueText(result.error.issues[0]!, locale));
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

/** The fields whose values differ between what the user wanted to save and what is stored now. */
export function diffFields(
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  fields: readonly string[],
): string[] {
  return fields.filter((f) => JSON.stringify(mine[f] ?? null) !== JSON.stringify(theirs[f] ?? null));
}
