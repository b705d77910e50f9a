// Test fixtures for the history import: minimal valid rows of each kind (a performed GA operation, a labour
// analgesia with its delivery, each cancellation stage, a kpi_only row), CSV text, the §7 example of
// history-import.md verbatim, and a generated file of any size. Used by the *.test.ts files only.
import {
  C,
  CASE_COLUMNS,
  type CaseColumn,
  DELIVERY_COLUMNS,
  type DeliveryColumn,
  STAFFING_COLUMNS,
  WARD_COLUMNS,
} from './headers';
import type { HistoryResult } from './types';
import { HistoryValidator } from './validator';

/** A local (UTC+08:00) date-time cell on 2025-03-03, e.g. T('08:05'); T('08:05', '2025-03-04'). */
export const T = (hhmm: string, date = '2025-03-03'): string => `${date}T${hhmm}:00+08:00`;

export type CaseOver = Partial<Record<CaseColumn, string>>;

const SURGERY: Record<CaseColumn, string> = {
  episode_id: 'E1',
  person_id: 'P1',
  person_name: '测试患者',
  sex: 'male',
  birth_date: '1960-01-01',
  record_level: 'full',
  admission_id: 'A1',
  admission_date: '2025-03-01',
  discharge_date: '2025-03-06',
  ward: 'TS1',
  province: '山西省',
  surgery_date: '2025-03-03',
  surgery_grade: '3',
  approach: 'open',
  procedure_type: 'surgery',
  procedure_name: '手术',
  asa: '2',
  urgency: 'elective',
  complications: '',
  death_date: '',
  death_at: '',
  scheduled_at: T('08:00'),
  location: 'or',
  location_detail: '',
  case_status: 'performed',
  cancel_stage: '',
  cancelled_at: '',
  cancel_reason: '',
  consent_signed_at: '',
  visit_completed_at: T('16:00', '2025-03-02'),
  in_room_at: T('08:05'),
  anesthesia_start_at: T('08:15'),
  surgery_start_at: T('08:45'),
  surgery_end_at: T('10:00'),
  anesthesia_end_at: T('10:15'),
  out_of_room_at: T('10:20'),
  pacu_in_at: T('10:25'),
  pacu_out_at: T('11:00'),
  extubated_at: T('10:10'),
  icu_admission_at: '',
  icu_planned_before_induction: '',
  anesthesia_class: 'ga_airway',
  anesthesia_subtype: 'ett',
  airway_device: 'ett',
  temp_monitoring: 'intermittent',
  temp_series: `${T('08:20')}=36.4;${T('09:20')}=36.2`,
  therapeutic_cooling: '0',
  active_warming: '1',
  pacu_first_temp_c: '36.5',
  autologous_ml: '0',
  allogeneic_ml: '0',
  dental_injury: '0',
  aspiration: '0',
  aspiration_exit_spo2_air: '',
  unplanned_airway: '0',
  cardiac_arrest: '0',
  cardiac_arrest_times: '',
  severe_allergy_epinephrine: '0',
  cvc_puncture: '0',
  cvc_severe_complication: '',
  awareness: '0',
  reintubation_unplanned: '0',
  reintubated_at: '',
  reintubation_due_to_reoperation: '',
  postop_analgesia: '0',
  vas_rest: '',
  vas_movement: '',
  vas_assessed_at: '',
  neuro_deficit_72h: '0',
  hoarseness_72h: '0',
  coma_24h: '0',
  coma_deliberate_sedation: '0',
  excl_cranial_surgery: '0',
  excl_laryngeal_neck_thoracic_surgery: '0',
  labour_converted_to_caesarean: '',
};

const fields = (base: Record<CaseColumn, string>, over: CaseOver): string[] =>
  CASE_COLUMNS.map((c) => over[c] ?? base[c]);

/** A performed elective GA operation (tube), valid on its own. */
export const surgeryRow = (over: CaseOver = {}): string[] => fields(SURGERY, over);

/** A performed epidural labour analgesia of P2 (E9), valid with `labourDelivery()`. */
export const labourRow = (over: CaseOver = {}): string[] =>
  fields(SURGERY, {
    episode_id: 'E9',
    person_id: 'P2',
    sex: 'female',
    birth_date: '1995-07-19',
    admission_id: 'A2',
    ward: 'OB1',
    surgery_date: '',
    surgery_grade: '',
    approach: '',
    procedure_type: 'labour_analgesia',
    urgency: 'na',
    location: 'outside_or',
    surgery_start_at: '',
    surgery_end_at: '',
    pacu_in_at: '',
    pacu_out_at: '',
    pacu_first_temp_c: '',
    extubated_at: '',
    reintubation_unplanned: '',
    anesthesia_class: 'neuraxial',
    anesthesia_subtype: 'epidural',
    airway_device: 'none',
    temp_monitoring: 'none',
    temp_series: '',
    labour_converted_to_caesarean: '0',
    ...over,
  });

const NO_PROCEDURE: CaseOver = {
  surgery_date: '',
  surgery_start_at: '',
  surgery_end_at: '',
  pacu_in_at: '',
  pacu_out_at: '',
  pacu_first_temp_c: '',
  extubated_at: '',
  reintubation_unplanned: '',
};

/** A cancellation at each stage (E2), valid on its own. */
export function cancelledRow(
  stage: 'before_room' | 'after_room_before_anesthesia' | 'after_anesthesia_before_incision',
  over: CaseOver = {},
): string[] {
  const byStage: Record<typeof stage, CaseOver> = {
    before_room: {
      in_room_at: '',
      anesthesia_start_at: '',
      anesthesia_end_at: '',
      out_of_room_at: '',
      cancelled_at: T('07:30'),
    },
    after_room_before_anesthesia: {
      anesthesia_start_at: '',
      anesthesia_end_at: '',
      out_of_room_at: T('08:40'),
      cancelled_at: T('08:20'),
    },
    after_anesthesia_before_incision: {
      anesthesia_end_at: T('08:30'),
      out_of_room_at: T('08:40'),
      cancelled_at: T('08:25'),
    },
  };
  return fields(SURGERY, {
    episode_id: 'E2',
    case_status: 'cancelled',
    cancel_stage: stage,
    cancel_reason: '血压过高',
    ...NO_PROCEDURE,
    ...byStage[stage],
    ...over,
  });
}

/** A kpi_only surgical case (E3): KPI columns only, every anesthesia column (22–75) empty. */
export function kpiRow(over: CaseOver = {}): string[] {
  const base = CASE_COLUMNS.map((c, i) => (i >= C.scheduled_at ? '' : SURGERY[c]));
  const row = fields(Object.fromEntries(CASE_COLUMNS.map((c, i) => [c, base[i]!])) as typeof SURGERY, {
    episode_id: 'E3',
    record_level: 'kpi_only',
    person_name: '',
    case_status: 'performed',
    ...over,
  });
  return row;
}

export type DeliveryOver = Partial<Record<DeliveryColumn, string>>;

/** DL1: P2's vaginal delivery linked to E9 (`labourRow()`). */
export const labourDelivery = (over: DeliveryOver = {}): string[] => {
  const base: Record<DeliveryColumn, string> = {
    delivery_id: 'DL1',
    person_id: 'P2',
    delivery_at: T('14:20'),
    delivery_mode: 'vaginal',
    labour_analgesia_episode_id: 'E9',
  };
  return DELIVERY_COLUMNS.map((c) => over[c] ?? base[c]);
};

/** The seven categories of one year (§5), with optional head-counts. */
export const staffingYear = (year: number, headcount = '3'): string[][] =>
  [
    'anesthesia_nurse',
    'or_nurse_managed',
    'anesthesiologist_fixed_post',
    'resident_external',
    'visiting_trainee',
    'support_doctor',
    'multisite_doctor',
  ].map((category) => [String(year), category, headcount]);

export type Files = {
  cases?: string[][];
  staffing?: string[][];
  deliveries?: string[][];
  wards?: string[][];
};

/** Validates records directly (row k of a list is line k + 2: the header is line 1). */
export function validate(files: Files): HistoryResult {
  const v = new HistoryValidator();
  for (const [i, f] of (files.cases ?? []).entries()) v.addCase(f, i + 2);
  for (const [i, f] of (files.staffing ?? []).entries()) v.addStaffing(f, i + 2);
  for (const [i, f] of (files.deliveries ?? []).entries()) v.addDelivery(f, i + 2);
  for (const [i, f] of (files.wards ?? []).entries()) v.addWard(f, i + 2);
  return v.finish();
}

/** Where the problems are: [file, row, column] of each. */
export const where = (r: HistoryResult): [string, number | null, string | null][] =>
  r.ok ? [] : r.problems.map((p) => [p.file, p.row, p.column]);

const quote = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);

/** CSV text (RFC 4180 quoting, `\n` line ends). */
export const csv = (header: readonly string[], rows: readonly (readonly string[])[], eol = '\n'): string =>
  [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;

export const casesCsv = (rows: readonly (readonly string[])[]) => csv(CASE_COLUMNS, rows);
export const staffingCsv = (rows: readonly (readonly string[])[]) => csv(STAFFING_COLUMNS, rows);
export const deliveriesCsv = (rows: readonly (readonly string[])[]) => csv(DELIVERY_COLUMNS, rows);
export const wardsCsv = (rows: readonly (readonly string[])[]) => csv(WARD_COLUMNS, rows);

/** history-import.md §7, cases.csv, verbatim. */
export const EXAMPLE_CASES = `episode_id,person_id,person_name,sex,birth_date,record_level,admission_id,admission_date,discharge_date,ward,province,surgery_date,surgery_grade,approach,procedure_type,procedure_name,asa,urgency,complications,death_date,death_at,scheduled_at,location,location_detail,case_status,cancel_stage,cancelled_at,cancel_reason,consent_signed_at,visit_completed_at,in_room_at,anesthesia_start_at,surgery_start_at,surgery_end_at,anesthesia_end_at,out_of_room_at,pacu_in_at,pacu_out_at,extubated_at,icu_admission_at,icu_planned_before_induction,anesthesia_class,anesthesia_subtype,airway_device,temp_monitoring,temp_series,therapeutic_cooling,active_warming,pacu_first_temp_c,autologous_ml,allogeneic_ml,dental_injury,aspiration,aspiration_exit_spo2_air,unplanned_airway,cardiac_arrest,cardiac_arrest_times,severe_allergy_epinephrine,cvc_puncture,cvc_severe_complication,awareness,reintubation_unplanned,reintubated_at,reintubation_due_to_reoperation,postop_analgesia,vas_rest,vas_movement,vas_assessed_at,neuro_deficit_72h,hoarseness_72h,coma_24h,coma_deliberate_sedation,excl_cranial_surgery,excl_laryngeal_neck_thoracic_surgery,labour_converted_to_caesarean
EP1,P1,测试患者甲,male,1961-04-02,full,AD1,2025-02-28,2025-03-06,TS1,山西省,2025-03-03,4,vats,surgery,胸腔镜下肺叶切除术,3,elective,air_leak:I,,,2025-03-03T08:00:00+08:00,or,手术室,performed,,,,2025-03-02T16:20:00+08:00,2025-03-02T16:30:00+08:00,2025-03-03T08:05:00+08:00,2025-03-03T08:15:00+08:00,2025-03-03T08:45:00+08:00,2025-03-03T11:05:00+08:00,2025-03-03T11:20:00+08:00,2025-03-03T11:26:00+08:00,2025-03-03T11:30:00+08:00,2025-03-03T13:31:00+08:00,2025-03-03T11:50:00+08:00,,,combined,ga_block,dlt,intermittent,2025-03-03T08:20:00+08:00=36.4;2025-03-03T09:20:00+08:00=35.9;2025-03-03T09:50:00+08:00=35.8;2025-03-03T10:50:00+08:00=36.1,0,1,35.9,0,0,0,0,,0,0,,0,1,0,0,0,,,1,2,3,2025-03-04T09:00:00+08:00,0,0,0,0,0,1,
EP2,P1,测试患者甲,male,1961-04-02,full,AD1,2025-02-28,2025-03-06,TS1,山西省,,4,vats,surgery,胸腔镜下肺叶切除术,3,elective,,,,2025-03-01T08:00:00+08:00,or,手术室,cancelled,after_room_before_anesthesia,2025-03-01T08:20:00+08:00,入室后血压过高,2025-02-28T16:00:00+08:00,2025-02-28T16:10:00+08:00,2025-03-01T08:02:00+08:00,,,,,2025-03-01T08:30:00+08:00,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,0,1,
EP3,P2,测试患者乙,female,1995-07-19,full,AD2,2025-03-09,2025-03-12,OB1,山西省,,,,labour_analgesia,分娩镇痛,2,na,,,,2025-03-10T01:50:00+08:00,outside_or,产房,performed,,,,2025-03-10T01:30:00+08:00,2025-03-10T01:30:00+08:00,2025-03-10T02:00:00+08:00,2025-03-10T02:10:00+08:00,,,2025-03-10T08:40:00+08:00,2025-03-10T09:20:00+08:00,,,,,,neuraxial,epidural,none,none,,0,0,,0,0,0,0,,0,0,,0,0,0,,,,,0,,,,0,0,0,0,0,0,0
`;

/** history-import.md §7, deliveries.csv, verbatim. */
export const EXAMPLE_DELIVERIES = `delivery_id,person_id,delivery_at,delivery_mode,labour_analgesia_episode_id
DL1,P2,2025-03-10T08:20:00+08:00,vaginal,EP3
`;

/**
 * A valid file set of `n` episodes: operations (some with ICU, re-intubation, an arrest, analgesia,
 * complications), cancellations before and after room entry, labour analgesia with its delivery, kpi_only rows;
 * one person and one admission per four consecutive episodes (a labour row has its own).
 */
export function generatedFiles(n: number): { cases: string[][]; deliveries: string[][] } {
  const cases: string[][] = [];
  const deliveries: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const t = (hhmm: string) => T(hhmm, day);
    const kind = i % 10;
    const stay = { admission_date: '2024-12-31', discharge_date: '', ward: `W${(i >> 2) % 9}` };
    if (kind === 9) {
      cases.push(
        labourRow({
          ...stay,
          episode_id: `E${i}`,
          person_id: `L${i}`,
          admission_id: `LA${i}`,
          scheduled_at: t('01:50'),
          visit_completed_at: t('01:30'),
          in_room_at: t('02:00'),
          anesthesia_start_at: t('02:10'),
          anesthesia_end_at: t('08:40'),
          out_of_room_at: t('09:20'),
        }),
      );
      deliveries.push(
        labourDelivery({
          delivery_id: `D${i}`,
          person_id: `L${i}`,
          delivery_at: t('08:20'),
          labour_analgesia_episode_id: `E${i}`,
        }),
      );
      continue;
    }
    const id = { ...stay, episode_id: `E${i}`, person_id: `P${i >> 2}`, admission_id: `A${i >> 2}` };
    if ((i >> 2) % 5 === 4) {
      cases.push(kpiRow({ ...id, sex: 'female', birth_date: '1990-01-01', surgery_date: day }));
      continue;
    }
    const times = {
      scheduled_at: t('08:00'),
      visit_completed_at: T('16:00', '2024-12-31'),
      in_room_at: t('08:05'),
      anesthesia_start_at: t('08:15'),
      surgery_start_at: t('08:45'),
      surgery_end_at: t('10:00'),
      anesthesia_end_at: t('10:15'),
      out_of_room_at: t('10:20'),
      pacu_in_at: t('10:25'),
      pacu_out_at: t('11:00'),
      extubated_at: t('10:10'),
      surgery_date: day,
      temp_series: `${t('08:20')}=35.9;${t('08:50')}=35.8;${t('09:20')}=36.1`,
    };
    if (kind === 7) {
      cases.push(
        cancelledRow('after_room_before_anesthesia', {
          ...id,
          scheduled_at: t('08:00'),
          in_room_at: t('08:05'),
          out_of_room_at: t('08:40'),
          cancelled_at: t('08:20'),
        }),
      );
    } else if (kind === 8) {
      cases.push(cancelledRow('before_room', { ...id, scheduled_at: t('08:00'), cancelled_at: t('07:00') }));
    } else {
      cases.push(
        surgeryRow({
          ...id,
          ...times,
          icu_admission_at: kind === 3 ? t('11:30') : '',
          icu_planned_before_induction: kind === 3 ? '0' : '',
          reintubation_unplanned: kind === 4 ? '1' : '0',
          reintubated_at: kind === 4 ? t('12:00') : '',
          cardiac_arrest: kind === 5 ? '1' : '0',
          cardiac_arrest_times: kind === 5 ? t('09:00') : '',
          complications: kind === 6 ? 'pneumonia:II;death:sepsis:V' : '',
          postop_analgesia: kind === 2 ? '1' : '0',
          vas_movement: kind === 2 ? '3' : '',
        }),
      );
    }
  }
  return { cases, deliveries };
}
