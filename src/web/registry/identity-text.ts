// The sentence that asks before saving a patient whose ID number contradicts the entered birth date
// or sex: "身份证号显示出生日期 1985-03-12、女，与填写的 1960-01-01、男 不一致，仍要保存？".
import type { IdentityMismatch } from '../../domain/registry/identity';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import type { Translate } from '../shared/i18n';

const sexWord = (sex: Sex, lang: 'zh' | 'en') =>
  lang === 'en' ? SEX_LABELS[sex].en.toLowerCase() : SEX_LABELS[sex].zh;

export function identityMismatchText(
  mismatches: readonly IdentityMismatch[],
  t: Translate,
  lang: 'zh' | 'en',
): string {
  // A sex named alone says what it is ("性别女"); after the birth date the word is enough.
  const alone = mismatches.length === 1;
  const fromId = mismatches.map((m) =>
    m.field === 'birthDate'
      ? t('patient.identity.birthDate', { date: m.fromIdCard })
      : alone
        ? t('patient.identity.sex', { sex: sexWord(m.fromIdCard, lang) })
        : sexWord(m.fromIdCard, lang),
  );
  const entered = mismatches.map((m) => (m.field === 'birthDate' ? m.entered : sexWord(m.entered, lang)));
  const separator = t('patient.identity.separator');
  return t('patient.identity.mismatch', { fromId: fromId.join(separator), entered: entered.join(separator) });
}

/** What the ID number says, under its field ("身份证号显示：出生日期 1985-03-12，女"). */
export const idCardFactsText = (facts: { birthDate: string; sex: Sex }, t: Translate, lang: 'zh' | 'en') =>
  t('patient.idCard.facts', { birthDate: facts.birthDate, sex: sexWord(facts.sex, lang) });
