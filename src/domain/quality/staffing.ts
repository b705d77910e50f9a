// The staff categories of the ratio indicators (history-import.md §5; china-standards.md §1.2 AQI-DNR-01,
// AQI-ACC-02, §1.3 2015-01) and the year's head-counts as the indicators read them.
import type { LocalText } from '../common/field-messages';
import type { StaffingFacts } from './facts';

export const STAFF_CATEGORIES = [
  'anesthesia_nurse',
  'or_nurse_managed',
  'anesthesiologist_fixed_post',
  'resident_external',
  'visiting_trainee',
  'support_doctor',
  'multisite_doctor',
] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const STAFF_CATEGORY_LABELS: Record<StaffCategory, LocalText> = {
  anesthesia_nurse: { 'zh-CN': '麻醉科护士（专职配合麻醉医师）', 'en-US': 'Anesthesia nurses' },
  or_nurse_managed: { 'zh-CN': '麻醉科代管的手术室护士', 'en-US': 'OR nurses managed by anesthesia' },
  anesthesiologist_fixed_post: {
    'zh-CN': '本院固定在岗麻醉医师',
    'en-US': 'Anesthesiologists in fixed posts',
  },
  resident_external: { 'zh-CN': '外院规培住院医师', 'en-US': 'Residents from other hospitals' },
  visiting_trainee: { 'zh-CN': '进修医师', 'en-US': 'Visiting trainees' },
  support_doctor: { 'zh-CN': '支援医师', 'en-US': 'Support doctors' },
  multisite_doctor: { 'zh-CN': '多点执业医师', 'en-US': 'Multi-site doctors' },
};

/** A year's head-counts by category (a category not entered is null = not reported). */
export type Headcounts = Partial<Record<StaffCategory, number>>;

export function staffingFacts(year: number, counts: Headcounts): StaffingFacts {
  const n = (c: StaffCategory) => counts[c] ?? null;
  return {
    year,
    anesthesiaNurses: n('anesthesia_nurse'),
    orNursesManaged: n('or_nurse_managed'),
    anesthesiologistsFixedPost: n('anesthesiologist_fixed_post'),
    residentsExternal: n('resident_external'),
    visitingTrainees: n('visiting_trainee'),
    supportDoctors: n('support_doctor'),
    multisiteDoctors: n('multisite_doctor'),
  };
}
