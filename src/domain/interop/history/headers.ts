// The exact headers of the history import files (history-import.md §3, §5, §6, §10) and the header check.
// A file's first line holds exactly these columns, in this order, and nothing else (§1).
import type { HistoryFile, ImportProblem } from './types';

/** cases.csv, the 75 columns of §3 in order (index = column number − 1). */
export const CASE_COLUMNS = [
  'episode_id',
  'person_id',
  'person_name',
  'sex',
  'birth_date',
  'record_level',
  'admission_id',
  'admission_date',
  'discharge_date',
  'ward',
  'province',
  'surgery_date',
  'surgery_grade',
  'approach',
  'procedure_type',
  'procedure_name',
  'asa',
  'urgency',
  'complications',
  'death_date',
  'death_at',
  'scheduled_at',
  'location',
  'location_detail',
  'case_status',
  'cancel_stage',
  'cancelled_at',
  'cancel_reason',
  'consent_signed_at',
  'visit_completed_at',
  'in_room_at',
  'anesthesia_start_at',
  'surgery_start_at',
  'surgery_end_at',
  'anesthesia_end_at',
  'out_of_room_at',
  'pacu_in_at',
  'pacu_out_at',
  'extubated_at',
  'icu_admission_at',
  'icu_planned_before_induction',
  'anesthesia_class',
  'anesthesia_subtype',
  'airway_device',
  'temp_monitoring',
  'temp_series',
  'therapeutic_cooling',
  'active_warming',
  'pacu_first_temp_c',
  'autologous_ml',
  'allogeneic_ml',
  'dental_injury',
  'aspiration',
  'aspiration_exit_spo2_air',
  'unplanned_airway',
  'cardiac_arrest',
  'cardiac_arrest_times',
  'severe_allergy_epinephrine',
  'cvc_puncture',
  'cvc_severe_complication',
  'awareness',
  'reintubation_unplanned',
  'reintubated_at',
  'reintubation_due_to_reoperation',
  'postop_analgesia',
  'vas_rest',
  'vas_movement',
  'vas_assessed_at',
  'neuro_deficit_72h',
  'hoarseness_72h',
  'coma_24h',
  'coma_deliberate_sedation',
  'excl_cranial_surgery',
  'excl_laryngeal_neck_thoracic_surgery',
  'labour_converted_to_caesarean',
] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

/** The column index of each cases.csv column. */
export const C = Object.fromEntries(CASE_COLUMNS.map((name, i) => [name, i])) as Record<CaseColumn, number>;

/** The first anesthesia column (22, `scheduled_at`): columns 22–75 are empty on `kpi_only` rows (§4). */
export const FIRST_ANESTHESIA_COLUMN = C.scheduled_at;

export const STAFFING_COLUMNS = ['year', 'staff_category', 'headcount'] as const;
export type StaffingColumn = (typeof STAFFING_COLUMNS)[number];

export const DELIVERY_COLUMNS = [
  'delivery_id',
  'person_id',
  'delivery_at',
  'delivery_mode',
  'labour_analgesia_episode_id',
] as const;
export type DeliveryColumn = (typeof DELIVERY_COLUMNS)[number];

export const WARD_COLUMNS = ['ward', 'open_beds', 'valid_from', 'valid_to'] as const;
export type WardColumn = (typeof WARD_COLUMNS)[number];

export const HEADERS: Record<HistoryFile, readonly string[]> = {
  cases: CASE_COLUMNS,
  staffing: STAFFING_COLUMNS,
  deliveries: DELIVERY_COLUMNS,
  wards: WARD_COLUMNS,
};

const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The header line's problem, naming the first difference from the expected columns; null when it is exact. */
export function checkHeader(file: HistoryFile, fields: readonly string[]): ImportProblem | null {
  const expected = HEADERS[file];
  const n = Math.max(expected.length, fields.length);
  for (let i = 0; i < n; i++) {
    const want = expected[i];
    const got = fields[i];
    if (want === got) continue;
    const at = { file, row: 1 } as const;
    if (want === undefined) {
      return {
        ...at,
        column: got ?? null,
        message: {
          'zh-CN': `表头第 ${i + 1} 列“${shown(got ?? '')}”是多余的列：表头应恰好有 ${expected.length} 列`,
          'en-US': `Header column ${i + 1} "${shown(got ?? '')}" is extra: the header has exactly ${expected.length} columns`,
        },
      };
    }
    if (got === undefined) {
      return {
        ...at,
        column: want,
        message: {
          'zh-CN': `表头缺少第 ${i + 1} 列 ${want}（只有 ${fields.length} 列，应为 ${expected.length} 列）`,
          'en-US': `Header lacks column ${i + 1} ${want} (${fields.length} columns, expected ${expected.length})`,
        },
      };
    }
    return {
      ...at,
      column: want,
      message: {
        'zh-CN': `表头第 ${i + 1} 列应为 ${want}，实际为“${shown(got)}”`,
        'en-US': `Header column ${i + 1} must be ${want}, found "${shown(got)}"`,
      },
    };
  }
  return null;
}
