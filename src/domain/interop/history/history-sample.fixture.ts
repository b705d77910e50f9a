// A history file set (history-import.md) of `n` case-episodes over whole calendar years (three by default), built from the import's
// test fixtures with varied values: operations of every grade and approach, PACU stays from 35 min to over 3 h,
// intermittent and continuous temperatures with and without hypothermia, cancellations at each stage, ICU,
// re-intubation, arrests, analgesia with VAS, kpi_only rows, labour analgesia with its delivery, and the
// staffing and open beds of every year.

import { addDays } from '../../quality/bed-days';
import {
  cancelledRow,
  casesCsv,
  deliveriesCsv,
  kpiRow,
  labourDelivery,
  labourRow,
  staffingCsv,
  staffingYear,
  surgeryRow,
  T,
  wardsCsv,
} from './history.fixture';

const WARDS = ['TS1', 'TS2', 'TS3', 'GS1', 'GS2', 'OR1', 'UR1', 'NS1', 'OB1'];
const APPROACHES = ['open', 'vats', 'vats', 'robotic', 'ablation', 'laparoscopic', 'endoscopic', 'other'];
const PROVINCES = ['山西省', '山西省', '山西省', '河北省', '陕西省', ''];
const hm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function historyFileSet(
  n: number,
  years: readonly number[] = [2023, 2024, 2025],
): { cases: string; deliveries: string; staffing: string; wards: string } {
  const FIRST_DAY = `${years[0]}-01-01`;
  const LAST_DAY = `${years[years.length - 1]}-12-31`;
  const DAYS = Math.round((Date.parse(LAST_DAY) - Date.parse(FIRST_DAY)) / 86_400_000) + 1;
  const cases: string[][] = [];
  const deliveries: string[][] = [];
  const groups = Math.ceil(n / 4);
  for (let i = 0; i < n; i++) {
    const g = i >> 2;
    const groupDay = Math.min(DAYS - 4, Math.floor((g * (DAYS - 4)) / groups));
    const day = addDays(FIRST_DAY, groupDay + (i & 3));
    const t = (minutes: number) => T(hm(minutes), day);
    const discharge = addDays(FIRST_DAY, groupDay + 6 + (g % 9));
    const stay = {
      admission_date: addDays(FIRST_DAY, Math.max(0, groupDay - 1)),
      discharge_date: discharge > LAST_DAY ? '' : discharge,
      ward: WARDS[g % (WARDS.length - 1)]!,
      province: PROVINCES[g % PROVINCES.length]!,
    };
    const kind = i % 20;
    if (kind === 19) {
      cases.push(
        labourRow({
          ...stay,
          ward: 'OB1',
          episode_id: `E${i}`,
          person_id: `L${i}`,
          admission_id: `LA${i}`,
          scheduled_at: t(110),
          visit_completed_at: t(90),
          in_room_at: t(120),
          anesthesia_start_at: t(130),
          anesthesia_end_at: t(520),
          out_of_room_at: t(560),
        }),
      );
      deliveries.push(
        labourDelivery({
          delivery_id: `D${i}`,
          person_id: `L${i}`,
          delivery_at: t(500),
          labour_analgesia_episode_id: `E${i}`,
        }),
        labourDelivery({
          delivery_id: `DN${i}`,
          person_id: `N${i}`,
          delivery_at: t(600),
          labour_analgesia_episode_id: '',
        }),
      );
      continue;
    }
    const id = { ...stay, episode_id: `E${i}`, person_id: `P${g}`, admission_id: `A${g}` };
    if (g % 10 === 9) {
      cases.push(
        kpiRow({
          ...id,
          sex: 'female',
          birth_date: '1990-01-01',
          surgery_date: day,
          approach: APPROACHES[i % 8]!,
        }),
      );
      continue;
    }
    const start = 8 * 60 + (i % 5) * 20;
    const pacuMinutes = 35 + ((i * 37) % 190);
    const low = (i * 13) % 7 === 0;
    const readings = 3 + (i % 4);
    const series = Array.from({ length: readings }, (_, k) => {
      const c = low && k > 0 ? 35.6 + ((k * 3) % 4) / 10 : 36.2 + ((i + k) % 6) / 10;
      return `${t(start + 10 + k * 30)}=${c.toFixed(1)}`;
    }).join(';');
    if (kind === 17) {
      cases.push(
        cancelledRow('after_room_before_anesthesia', {
          ...id,
          scheduled_at: t(start),
          in_room_at: t(start + 5),
          out_of_room_at: t(start + 40),
          cancelled_at: t(start + 20),
        }),
      );
      continue;
    }
    if (kind === 18) {
      cases.push(cancelledRow('before_room', { ...id, scheduled_at: t(start), cancelled_at: t(start - 60) }));
      continue;
    }
    const end = start + 120 + (i % 7) * 15;
    cases.push(
      surgeryRow({
        ...id,
        surgery_date: day,
        surgery_grade: String(1 + (i % 4)),
        approach: APPROACHES[i % 8]!,
        asa: String(1 + (i % 4)),
        urgency: i % 11 === 0 ? 'emergency' : 'elective',
        scheduled_at: t(start),
        visit_completed_at: i % 23 === 0 ? '' : T('16:00', addDays(day, -1)),
        in_room_at: t(start + 5),
        anesthesia_start_at: t(start + 15),
        surgery_start_at: t(start + 45),
        surgery_end_at: t(end),
        anesthesia_end_at: t(end + 15),
        out_of_room_at: t(end + 20),
        pacu_in_at: t(end + 25),
        pacu_out_at: t(end + 25 + pacuMinutes),
        pacu_first_temp_c: (35.4 + (i % 12) / 10).toFixed(1),
        extubated_at: t(end + 10),
        temp_monitoring: i % 3 === 0 ? 'continuous' : 'intermittent',
        temp_series: series,
        active_warming: i % 9 === 0 ? '' : String(i % 4 === 0 ? 0 : 1),
        icu_admission_at: kind === 3 ? t(end + 40 + pacuMinutes) : '',
        icu_planned_before_induction: kind === 3 ? String(i % 2) : '',
        reintubation_unplanned: kind === 4 ? '1' : '0',
        reintubated_at: kind === 4 ? t(end + 60) : '',
        reintubation_due_to_reoperation: kind === 4 ? '0' : '',
        cardiac_arrest: kind === 5 && i % 7 === 0 ? '1' : '0',
        cardiac_arrest_times: kind === 5 && i % 7 === 0 ? t(start + 60) : '',
        complications: kind === 6 ? 'pneumonia:II;anastomotic_leak:IIIb' : kind === 8 ? 'air_leak:I' : '',
        postop_analgesia: kind === 2 ? '1' : '0',
        vas_rest: kind === 2 ? String(i % 4) : '',
        vas_movement: kind === 2 ? String(2 + (i % 5)) : '',
        vas_assessed_at: kind === 2 ? T('09:00', addDays(day, 1)) : '',
      }),
    );
  }
  const staffing = years.flatMap((y) => staffingYear(y, String(20 + (y % 7))));
  const wards = WARDS.map((w, k) => [w, String(30 + k * 2), '', '']);
  return {
    cases: casesCsv(cases),
    deliveries: deliveriesCsv(deliveries),
    staffing: staffingCsv(staffing),
    wards: wardsCsv(wards),
  };
}
