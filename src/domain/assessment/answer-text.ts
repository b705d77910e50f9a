// An answer of the visit as words, the same on the signed form and on paper: 是/否, a number with its
// unit, the option's label, the date. Null when unanswered (the caller says 未填, never "no").
import type { Locale } from '../common/field-messages';
import type { FieldDef } from './form-fields';
import { optionLabel, visitText } from './messages';

export const isAnswered = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** Numbers as typed, without binary noise (36.6 not 36.600000000000001). */
const numberText = (value: number) => String(Number(value.toPrecision(12)));

export function answerText(
  f: FieldDef,
  value: unknown,
  locale: Locale,
  dateTime: (iso: string) => string,
): string | null {
  if (!isAnswered(value)) return null;
  switch (f.kind) {
    case 'yesno':
      return visitText(value ? 'visit.yes' : 'visit.no', locale);
    case 'points':
      return String(value);
    case 'number':
      return typeof value === 'number' ? `${numberText(value)}${f.unit ? ` ${f.unit}` : ''}` : String(value);
    case 'select':
      return optionLabel(f.path, String(value), locale);
    case 'text':
    case 'date':
      return String(value);
    case 'datetime':
      return dateTime(String(value));
  }
}
