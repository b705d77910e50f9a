// Why a case was cancelled: a coded reason (for the QC drill-down of indicators 5 and 6, cancellations
// after room entry and after anesthesia start, china-standards.md §1.2) with free text, required for
// "other". The stage the case was in is recorded beside it (case-status.ts).
import type { Locale } from '../common/field-messages';

export const CANCEL_REASON_CODES = [
  'patient_condition',
  'patient_refused',
  'workup_incomplete',
  'fasting_not_observed',
  'no_blood',
  'no_icu_bed',
  'surgeon_unavailable',
  'equipment',
  'overrun',
  'emergency_displaced',
  'other',
] as const;
export type CancelReasonCode = (typeof CANCEL_REASON_CODES)[number];

export const CANCEL_REASON_LABELS: Record<CancelReasonCode, { zh: string; en: string }> = {
  patient_condition: { zh: '患者病情变化', en: "Patient's condition changed" },
  patient_refused: { zh: '患者或家属拒绝、要求推迟', en: 'Patient or family refused or asked to postpone' },
  workup_incomplete: { zh: '术前检查未完善', en: 'Pre-operative work-up incomplete' },
  fasting_not_observed: { zh: '未按要求禁食禁饮', en: 'Fasting not observed' },
  no_blood: { zh: '血源不足', en: 'No blood available' },
  no_icu_bed: { zh: 'ICU 无床位', en: 'No ICU bed' },
  surgeon_unavailable: { zh: '手术医师不能到场', en: 'Surgeon unavailable' },
  equipment: { zh: '设备或器械不能使用', en: 'Equipment or instruments unavailable' },
  overrun: { zh: '手术时间不足（接台超时）', en: 'Not enough theatre time (list overran)' },
  emergency_displaced: { zh: '急诊手术占用手术间', en: 'Displaced by an emergency' },
  other: { zh: '其他', en: 'Other' },
};

export const isCancelReasonCode = (code: string | null | undefined): code is CancelReasonCode =>
  !!code && (CANCEL_REASON_CODES as readonly string[]).includes(code);

/** Whether the free text is required with this reason (only "other" says nothing by itself). */
export const cancelTextRequired = (code: CancelReasonCode): boolean => code === 'other';

/**
 * The reason in words: the coded reason's label with what was written ("患者病情变化（体温 38.5 ℃）");
 * a reason recorded before the coded list existed is its text alone.
 */
export function cancelReasonText(code: string | null, text: string | null, locale: Locale): string {
  const label = isCancelReasonCode(code) ? CANCEL_REASON_LABELS[code][locale === 'en-US' ? 'en' : 'zh'] : '';
  const note = text?.trim() ?? '';
  if (!label) return note;
  if (!note) return label;
  return locale === 'en-US' ? `${label} (${note})` : `${label}（${note}）`;
}
