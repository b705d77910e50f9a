// "其余均否 / Rest: No": one explicit answer for the rest of a section. Every yes/no the clinician has
// not answered becomes "no", and every choice with a "none" option (diabetes, liver disease, dentures…; not the tumour)
// becomes "none"; an answer already given is never changed. Yes/no items that record how something was
// measured or what was done (SpO2 on room air, fasting instructed, a finding of an examination) are
// left alone, as is the yes/no of a list that already has rows.
import type { FieldDef, Section } from './form-fields';
import { valueAt } from './visit';

const answered = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The fields "其余均否" may answer in a section. */
export const shortcutFields = (section: Section): FieldDef[] =>
  section.fields.filter(
    (f) => !f.noShortcut && (f.kind === 'yesno' || (f.kind === 'select' && f.options.includes('none'))),
  );

/** The answers "其余均否" gives: path → false or 'none', for the still unanswered fields only. */
export function restNoAnswers(data: unknown, section: Section): { path: string; value: false | 'none' }[] {
  const rows = section.list ? valueAt(data, section.list.path) : undefined;
  const hasRows = Array.isArray(rows) && rows.length > 0;
  return shortcutFields(section)
    .filter((f) => !answered(valueAt(data, f.path)))
    .filter((f) => !(hasRows && f.path === section.list?.flag))
    .map((f) => ({ path: f.path, value: f.kind === 'yesno' ? false : 'none' }));
}
