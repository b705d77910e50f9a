// Picks staff from the accounts of a role: the operating surgeon as his account (with the grade he is
// authorised for), assistants, anesthesiologists and nurses by name (the case stores the names).
import { Select } from 'antd';
import type { Staff, StaffRole } from '../../api/registry';
import { GRADE_LABELS, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { useStaff } from './dictionary.resource';

/** A surgeon's authorised grade in words ("四级" / "Not authorised to operate"). */
export function useGradeText(): (grade: number | null) => string {
  const { t, lang } = useI18n();
  return (grade) => (grade === null ? t('staff.noGrade') : GRADE_LABELS[grade as SurgeryGrade][lang]);
}

/** The operating surgeon: one account, by id. */
export function SurgeonPicker({
  value,
  onChange,
  onPick,
  testId,
}: {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  onPick?: (surgeon: Staff | null) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const staff = useStaff('surgeon');
  const gradeText = useGradeText();
  const items = staff.data?.items ?? [];
  return (
    <Select
      showSearch
      allowClear
      value={value ?? undefined}
      loading={staff.isLoading}
      placeholder={t('staff.search')}
      optionFilterProp="name"
      options={items.map((s) => ({
        value: s.id,
        name: s.displayName,
        label: `${s.displayName}（${gradeText(s.surgicalGrade)}）`,
      }))}
      onChange={(id: string | undefined) => {
        onChange?.(id);
        onPick?.(items.find((s) => s.id === id) ?? null);
      }}
      data-testid={testId}
    />
  );
}

/** Several people of a role, by name; a name no account holds any more stays as it was stored. */
export function StaffPicker({
  staffRole,
  value,
  onChange,
  testId,
}: {
  staffRole: StaffRole;
  value?: string[];
  onChange?: (names: string[]) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const staff = useStaff(staffRole);
  const names = (staff.data?.items ?? []).map((s) => s.displayName);
  const options = [...new Set([...names, ...(value ?? [])])].map((n) => ({ value: n, label: n }));
  return (
    <Select
      mode="multiple"
      showSearch
      allowClear
      value={value ?? []}
      loading={staff.isLoading}
      placeholder={t('staff.search')}
      options={options}
      onChange={(v: string[]) => onChange?.(v)}
      maxCount={10}
      data-testid={testId}
    />
  );
}
