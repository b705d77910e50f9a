// What a case names must exist: its diagnosis and procedure in the hospital's active dictionaries (a
// case booked before the dictionary keeps its codes until they are changed), and its operating surgeon
// an active surgeon account authorised for the case's grade (手术分级授权: a surgeon may only perform
// procedures up to his authorised grade, china-standards.md §2.1).

import type { Db } from '../../db/client';
import type { CaseRow } from '../../db/registry/case.repo';
import { findEntries, hasDictionary } from '../../db/registry/code-dictionary.repo';
import { getStaffAccount } from '../../db/registry/staff.repo';
import type { Locale, LocalText } from '../../domain/common/field-messages';
import type { DictionaryKind } from '../../domain/registry/code-dictionary';
import type { CaseInput } from '../../domain/registry/schemas';
import { GRADE_LABELS, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { AppError, type FieldError } from '../errors/app-error';

const TEXT = {
  unknown: {
    'zh-CN': '编码 {code} 不在{kind}字典中',
    'en-US': 'Code {code} is not in the {kind} dictionary',
  },
  inactive: {
    'zh-CN': '编码 {code} 已在{kind}字典中停用',
    'en-US': 'Code {code} has been deactivated in the {kind} dictionary',
  },
  notSurgeon: {
    'zh-CN': '所选账户不是在岗的外科医师',
    'en-US': 'The account chosen is not an active surgeon',
  },
  noGrade: { 'zh-CN': '无（未授权主刀）', 'en-US': 'no grade (not authorised to operate)' },
} satisfies Record<string, LocalText>;
const KIND_WORD: Record<DictionaryKind, LocalText> = {
  diagnosis: { 'zh-CN': '诊断', 'en-US': 'diagnosis' },
  procedure: { 'zh-CN': '手术操作', 'en-US': 'procedure' },
};

const say = (text: LocalText, locale: Locale, params: Record<string, string> = {}) =>
  text[locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

const gradeText = (grade: number | null, locale: Locale) =>
  grade === null
    ? TEXT.noGrade[locale]
    : GRADE_LABELS[grade as SurgeryGrade][locale === 'en-US' ? 'en' : 'zh'];

async function codeProblem(
  db: Db,
  kind: DictionaryKind,
  code: string,
  path: string,
  locale: Locale,
): Promise<FieldError | null> {
  if (!(await hasDictionary(db, kind))) return null;
  const [entry] = await findEntries(db, kind, [code]);
  if (entry?.active) return null;
  const params = { code, kind: KIND_WORD[kind][locale] };
  return { path, message: say(entry ? TEXT.inactive : TEXT.unknown, locale, params) };
}

/**
 * Refuses a case whose codes or surgeon do not stand; returns the input with the surgeon's name as his
 * account has it. `existing` is the stored case on an update: codes it already holds are not re-checked.
 */
export async function checkCaseCoding(
  db: Db,
  locale: Locale,
  input: CaseInput,
  existing?: CaseRow,
): Promise<CaseInput> {
  const problems = await Promise.all([
    existing?.diagnosisCode === input.diagnosisCode
      ? null
      : codeProblem(db, 'diagnosis', input.diagnosisCode, 'diagnosisCode', locale),
    existing?.procedureCode === input.procedureCode
      ? null
      : codeProblem(db, 'procedure', input.procedureCode, 'procedureCode', locale),
  ]);
  const fields = problems.filter((p): p is FieldError => p !== null);
  if (!input.surgeonUserId) {
    if (fields.length) throw new AppError('validation_failed', {}, fields);
    return input;
  }
  const surgeon = await getStaffAccount(db, input.surgeonUserId);
  if (surgeon?.role !== 'surgeon' || surgeon.disabled)
    fields.push({ path: 'surgeonUserId', message: say(TEXT.notSurgeon, locale) });
  if (fields.length || !surgeon) throw new AppError('validation_failed', {}, fields);
  if (surgeon.surgicalGrade === null || surgeon.surgicalGrade < input.grade)
    throw new AppError(
      'surgeon_not_authorised',
      {
        surgeon: surgeon.displayName,
        surgeonGrade: gradeText(surgeon.surgicalGrade, locale),
        caseGrade: gradeText(input.grade, locale),
      },
      [{ path: 'surgeonUserId', message: '' }],
      { surgeon: { id: surgeon.id, surgicalGrade: surgeon.surgicalGrade }, caseGrade: input.grade },
    );
  return { ...input, surgeon: surgeon.displayName };
}
