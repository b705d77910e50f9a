// The rules of one cases.csv row (history-import.md §2, §4 rules 1–7 for `full`, the `kpi_only` rules, and the
// per-row part of §1/§3). Rules between rows (person, admission, episode id) are in cross-rows.ts. A cell
// already reported invalid is not reported again by a rule that reads it.
import type { LocalText } from '../../common/field-messages';
import { localDateOf } from '../../quality/facts';
import type { CellReader } from './cells';
import { C, CASE_COLUMNS, FIRST_ANESTHESIA_COLUMN } from './headers';
import { MSG, WHY } from './messages';
import { type HistoryCaseRow, SUBTYPES_OF } from './types';

/** `cells` is empty or known valid: a rule may read its value. */
const known = (cells: CellReader, i: number) => !cells.isBad(i);

/** The anchors of rule 4, in their required order. */
const CHAIN = [
  C.in_room_at,
  C.anesthesia_start_at,
  C.surgery_start_at,
  C.surgery_end_at,
  C.anesthesia_end_at,
  C.out_of_room_at,
  C.pacu_in_at,
  C.pacu_out_at,
] as const;

/** Required on every full row (§3: may be empty on kpi_only rows only, or required for `full`). */
const FULL_REQUIRED = [C.person_name, C.birth_date, C.scheduled_at, C.location] as const;
const PERFORMED_ANCHORS = [
  C.in_room_at,
  C.anesthesia_start_at,
  C.anesthesia_end_at,
  C.out_of_room_at,
] as const;
const ANESTHESIA_ANCHORS = [C.in_room_at, C.anesthesia_start_at, C.anesthesia_end_at] as const;
const SURGERY_AND_PACU = [C.surgery_start_at, C.surgery_end_at, C.pacu_in_at, C.pacu_out_at] as const;

function chainValue(r: HistoryCaseRow, i: number): number | null {
  switch (i) {
    case C.in_room_at:
      return r.inRoomAt;
    case C.anesthesia_start_at:
      return r.anesthesiaStartAt;
    case C.surgery_start_at:
      return r.surgeryStartAt;
    case C.surgery_end_at:
      return r.surgeryEndAt;
    case C.anesthesia_end_at:
      return r.anesthesiaEndAt;
    case C.out_of_room_at:
      return r.outOfRoomAt;
    case C.pacu_in_at:
      return r.pacuInAt;
    default:
      return r.pacuOutAt;
  }
}

/** Every rule of one row. */
export function checkCaseRow(cells: CellReader, r: HistoryCaseRow): void {
  labourAndGrade(cells, r);
  admission(cells, r);
  death(cells, r);
  if (!known(cells, C.record_level)) return;
  if (r.recordLevel === 'kpi_only') {
    kpiOnly(cells, r);
    return;
  }
  for (const i of FULL_REQUIRED) cells.need(i, WHY.full);
  method(cells, r);
  if (known(cells, C.case_status)) {
    if (r.caseStatus === 'performed') performed(cells, r);
    else cancelled(cells, r);
  }
  order(cells, r);
  dependents(cells, r);
}

/** Rule 6 and §3 `surgery_grade` (both levels: the columns say so for every row). */
function labourAndGrade(cells: CellReader, r: HistoryCaseRow): void {
  if (!known(cells, C.procedure_type)) return;
  const labour = r.procedureType === 'labour_analgesia';
  if (known(cells, C.urgency)) {
    if (labour && r.urgency !== 'na') cells.problem(C.urgency, MSG.urgencyNa());
    if (!labour && r.urgency === 'na') cells.problem(C.urgency, MSG.urgencyNotNa());
  }
  if (labour && known(cells, C.sex) && r.sex !== 'female') cells.problem(C.sex, MSG.labourFemale(r.sex));
  if (r.procedureType !== 'surgery') cells.empty(C.surgery_grade, WHY.gradeNotSurgery);
}

/**
 * Rule 7: admission_date iff admission_id; discharge ≥ admission; no discharge or ward without admission; and a ward
 * with every admission (our reading: the stay becomes an admission of a ward, docs/clinical-decisions.md).
 */
function admission(cells: CellReader, r: HistoryCaseRow): void {
  if (!known(cells, C.admission_id)) return;
  if (r.admissionId !== null) {
    cells.need(C.admission_date, WHY.admission);
    cells.need(C.ward, WHY.admissionWard);
  } else {
    cells.empty(C.admission_date, WHY.admission);
    cells.empty(C.discharge_date, WHY.noAdmission);
    cells.empty(C.ward, WHY.noAdmission);
  }
  if (r.admissionDate !== null && r.dischargeDate !== null && r.dischargeDate < r.admissionDate)
    cells.problem(C.discharge_date, MSG.dischargeBeforeAdmission(r.dischargeDate, r.admissionDate));
}

/** Rule 7: death_at's local date is death_date; nobody is discharged after their death (§3 discharge_date). */
function death(cells: CellReader, r: HistoryCaseRow): void {
  if (r.deathAt !== null && known(cells, C.death_date)) {
    if (r.deathDate === null) cells.need(C.death_date, WHY.deathAt);
    else if (localDateOf(r.deathAt) !== r.deathDate)
      cells.problem(C.death_at, MSG.deathDate(r.deathDate, localDateOf(r.deathAt)));
  }
  if (r.deathDate !== null && r.dischargeDate !== null && r.dischargeDate > r.deathDate)
    cells.problem(C.discharge_date, MSG.dischargeAfterDeath(r.dischargeDate, r.deathDate));
}

/**
 * `kpi_only`: performed, with a surgery date; the anesthesia columns (22–75) empty except the two the rules name
 * themselves: `case_status` (= performed) and `location` (may be given).
 */
function kpiOnly(cells: CellReader, r: HistoryCaseRow): void {
  if (known(cells, C.case_status) && r.caseStatus !== 'performed')
    cells.problem(C.case_status, MSG.kpiPerformed());
  cells.need(C.surgery_date, WHY.kpiOnlySurgeryDate);
  for (let i = FIRST_ANESTHESIA_COLUMN; i < CASE_COLUMNS.length; i++) {
    if (i !== C.location && i !== C.case_status) cells.empty(i, WHY.kpiOnly);
  }
}

/** Rule 1 (§2): subtype allowed for the class; the device required with a class and matching it. */
function method(cells: CellReader, r: HistoryCaseRow): void {
  if (!known(cells, C.anesthesia_class)) return;
  const cls = r.anesthesiaClass;
  if (cls === null) {
    cells.empty(C.anesthesia_subtype, WHY.noClass);
    cells.empty(C.airway_device, WHY.noClass);
    return;
  }
  const subtype = r.anesthesiaSubtype;
  const subtypeOk =
    cells.need(C.anesthesia_subtype, WHY.withClass) &&
    known(cells, C.anesthesia_subtype) &&
    subtype !== null &&
    (SUBTYPES_OF[cls] as readonly string[]).includes(subtype);
  if (subtype !== null && !subtypeOk) cells.problem(C.anesthesia_subtype, MSG.subtype(subtype, cls));
  if (!cells.need(C.airway_device, WHY.withClass) || r.airwayDevice === null) return;
  const device = r.airwayDevice;
  if (cls === 'ga_airway' && subtypeOk && device !== subtype)
    cells.problem(C.airway_device, MSG.deviceEqualsSubtype(device, subtype ?? ''));
  if (cls === 'ga_no_airway' && device !== 'none' && device !== 'facemask')
    cells.problem(C.airway_device, MSG.deviceNoAirway(device));
}

/** Rule 2: a performed row. */
function performed(cells: CellReader, r: HistoryCaseRow): void {
  cells.empty(C.cancel_stage, WHY.performed);
  cells.empty(C.cancelled_at, WHY.performed);
  for (const i of PERFORMED_ANCHORS) cells.need(i, WHY.performed);
  if (!known(cells, C.procedure_type)) return;
  if (r.procedureType === 'labour_analgesia') {
    for (const i of SURGERY_AND_PACU) cells.empty(i, WHY.labour);
    cells.empty(C.surgery_date, WHY.surgeryDateNoStart);
    return;
  }
  cells.need(C.surgery_start_at, WHY.performedSurgery);
  cells.need(C.surgery_end_at, WHY.performedSurgery);
  if (r.procedureType === 'surgery') cells.need(C.surgery_date, WHY.performedSurgeryDate);
  // §3: surgery_date is the local date of surgery_start_at (checked when both are there).
  if (r.surgeryDate !== null && r.surgeryStartAt !== null) {
    const local = localDateOf(r.surgeryStartAt);
    if (local !== r.surgeryDate) cells.problem(C.surgery_date, MSG.surgeryDate(r.surgeryDate, local));
  }
}

/** Rule 3: a cancelled row, by stage. */
function cancelled(cells: CellReader, r: HistoryCaseRow): void {
  cells.need(C.cancel_stage, WHY.cancelled);
  cells.need(C.cancelled_at, WHY.cancelled);
  for (const i of SURGERY_AND_PACU) cells.empty(i, WHY.cancelledEmpty);
  cells.empty(C.surgery_date, WHY.cancelledEmpty);
  const at = r.cancelledAt;
  switch (r.cancelStage) {
    case 'before_room':
      for (const i of PERFORMED_ANCHORS) cells.empty(i, WHY.beforeRoom);
      return;
    case 'after_room_before_anesthesia':
      cells.need(C.in_room_at, WHY.afterRoom);
      cells.empty(C.anesthesia_start_at, WHY.afterRoom);
      cells.empty(C.anesthesia_end_at, WHY.afterRoom);
      if (at !== null && r.inRoomAt !== null && at < r.inRoomAt)
        cells.problem(C.cancelled_at, MSG.before('in_room_at'));
      return;
    case 'after_anesthesia_before_incision':
      for (const i of ANESTHESIA_ANCHORS) cells.need(i, WHY.afterAnesthesia);
      if (at !== null && r.anesthesiaStartAt !== null && at < r.anesthesiaStartAt)
        cells.problem(C.cancelled_at, MSG.before('anesthesia_start_at'));
      return;
    default:
  }
}

/** Rule 4: the anchors non-decreasing; extubation after anesthesia start; re-intubation after extubation. */
function order(cells: CellReader, r: HistoryCaseRow): void {
  let latest: number | null = null;
  let latestColumn = 0;
  for (const i of CHAIN) {
    const v = chainValue(r, i);
    if (v === null || cells.isBad(i)) continue;
    if (latest !== null && v < latest) cells.problem(i, MSG.before(CASE_COLUMNS[latestColumn]!));
    else {
      latest = v;
      latestColumn = i;
    }
  }
  if (r.pacuInAt === null && known(cells, C.pacu_in_at)) cells.empty(C.pacu_out_at, WHY.pacuOut);
  if (r.extubatedAt !== null) {
    if (r.anesthesiaStartAt === null) {
      if (known(cells, C.anesthesia_start_at)) cells.empty(C.extubated_at, WHY.extubation);
    } else if (r.extubatedAt < r.anesthesiaStartAt)
      cells.problem(C.extubated_at, MSG.before('anesthesia_start_at'));
  }
  if (r.reintubatedAt !== null && r.extubatedAt !== null && r.reintubatedAt <= r.extubatedAt)
    cells.problem(C.reintubated_at, MSG.notAfter('extubated_at'));
}

/** The children are empty unless the parent (when valid) says `holds`. */
function emptyUnless(
  cells: CellReader,
  parent: number,
  holds: boolean,
  children: readonly number[],
  why: LocalText,
): void {
  if (holds || !known(cells, parent)) return;
  for (const i of children) cells.empty(i, why);
}

/** Rule 5: the dependent cells are empty unless their parent says otherwise. */
function dependents(cells: CellReader, r: HistoryCaseRow): void {
  emptyUnless(
    cells,
    C.icu_admission_at,
    r.icuAdmissionAt !== null,
    [C.icu_planned_before_induction],
    WHY.icu,
  );
  emptyUnless(cells, C.aspiration, r.aspiration === true, [C.aspiration_exit_spo2_air], WHY.aspiration);
  emptyUnless(cells, C.cardiac_arrest, r.cardiacArrest === true, [C.cardiac_arrest_times], WHY.arrest);
  emptyUnless(cells, C.extubated_at, r.extubatedAt !== null, [C.reintubation_unplanned], WHY.extubated);
  emptyUnless(
    cells,
    C.reintubation_unplanned,
    r.reintubationUnplanned === true,
    [C.reintubated_at, C.reintubation_due_to_reoperation],
    WHY.reintubation,
  );
  emptyUnless(
    cells,
    C.postop_analgesia,
    r.postopAnalgesia === true,
    [C.vas_rest, C.vas_movement, C.vas_assessed_at],
    WHY.analgesia,
  );
  const monitored = r.tempMonitoring === 'continuous' || r.tempMonitoring === 'intermittent';
  emptyUnless(cells, C.temp_monitoring, monitored, [C.temp_series], WHY.tempSeries);
  emptyUnless(
    cells,
    C.procedure_type,
    r.procedureType === 'labour_analgesia',
    [C.labour_converted_to_caesarean],
    WHY.labourOnly,
  );
  emptyUnless(cells, C.pacu_in_at, r.pacuInAt !== null, [C.pacu_first_temp_c], WHY.pacuTemp);
}
