// One record of cases.csv read into its types, column by column (history-import.md §3). Only the cells' own
// types are checked here; the rules between cells are in case-rules.ts.
import type { CancelStage } from '../../quality/facts';
import { type CellReader, vocabulary } from './cells';
import { C } from './headers';
import { readComplications, readInstants, readTempSeries } from './lists';
import { MSG } from './messages';
import {
  AIRWAY_DEVICES,
  ANESTHESIA_CLASSES,
  ANESTHESIA_SUBTYPES,
  APPROACHES,
  ASA_CLASSES,
  CANCEL_STAGES,
  CASE_STATUSES,
  type HistoryCaseRow,
  LOCATIONS,
  PROCEDURE_TYPES,
  RECORD_LEVELS,
  SEXES,
  SURGERY_GRADES,
  TEMP_MODES,
  URGENCIES,
} from './types';
import { PROVINCES } from './values';

export const V = {
  sex: vocabulary(SEXES),
  recordLevel: vocabulary(RECORD_LEVELS),
  surgeryGrade: vocabulary(SURGERY_GRADES),
  approach: vocabulary(APPROACHES),
  procedureType: vocabulary(PROCEDURE_TYPES),
  asa: vocabulary(ASA_CLASSES),
  urgency: vocabulary(URGENCIES),
  location: vocabulary(LOCATIONS),
  caseStatus: vocabulary(CASE_STATUSES),
  cancelStage: vocabulary<CancelStage>(CANCEL_STAGES),
  anesthesiaClass: vocabulary(ANESTHESIA_CLASSES),
  anesthesiaSubtype: vocabulary(ANESTHESIA_SUBTYPES),
  airwayDevice: vocabulary(AIRWAY_DEVICES),
  tempMonitoring: vocabulary(TEMP_MODES),
};

function province(cells: CellReader): string | null {
  const s = cells.text(C.province);
  return s === null || PROVINCES.has(s) ? s : cells.invalid(C.province, MSG.province(s));
}

/**
 * The row of the reader's current record. Cells found invalid are null here (and reported); the columns every
 * row needs (ids, sex, record level, type, status) fall back to a placeholder that is never imported, since a
 * reported problem rejects the whole import.
 */
export function readCaseRow(cells: CellReader, row: number): HistoryCaseRow {
  cells.need(C.episode_id);
  cells.need(C.person_id);
  cells.need(C.sex);
  cells.need(C.record_level);
  cells.need(C.procedure_type);
  cells.need(C.case_status);
  return {
    row,
    episodeId: cells.id(C.episode_id) ?? '',
    personId: cells.id(C.person_id) ?? '',
    personName: cells.text(C.person_name),
    sex: cells.oneOf(C.sex, V.sex) ?? 'unknown',
    birthDate: cells.date(C.birth_date),
    recordLevel: cells.oneOf(C.record_level, V.recordLevel) ?? 'full',
    admissionId: cells.id(C.admission_id),
    admissionDate: cells.date(C.admission_date),
    dischargeDate: cells.date(C.discharge_date),
    ward: cells.text(C.ward),
    province: province(cells),
    surgeryDate: cells.date(C.surgery_date),
    surgeryGrade: cells.oneOf(C.surgery_grade, V.surgeryGrade),
    approach: cells.oneOf(C.approach, V.approach),
    procedureType: cells.oneOf(C.procedure_type, V.procedureType) ?? 'surgery',
    procedureName: cells.text(C.procedure_name),
    asa: cells.oneOf(C.asa, V.asa),
    urgency: cells.oneOf(C.urgency, V.urgency),
    complications: readComplications(cells, C.complications),
    deathDate: cells.date(C.death_date),
    deathAt: cells.dt(C.death_at),
    scheduledAt: cells.dt(C.scheduled_at),
    location: cells.oneOf(C.location, V.location),
    locationDetail: cells.text(C.location_detail),
    caseStatus: cells.oneOf(C.case_status, V.caseStatus) ?? 'performed',
    cancelStage: cells.oneOf(C.cancel_stage, V.cancelStage),
    cancelledAt: cells.dt(C.cancelled_at),
    cancelReason: cells.text(C.cancel_reason),
    consentSignedAt: cells.dt(C.consent_signed_at),
    visitCompletedAt: cells.dt(C.visit_completed_at),
    inRoomAt: cells.dt(C.in_room_at),
    anesthesiaStartAt: cells.dt(C.anesthesia_start_at),
    surgeryStartAt: cells.dt(C.surgery_start_at),
    surgeryEndAt: cells.dt(C.surgery_end_at),
    anesthesiaEndAt: cells.dt(C.anesthesia_end_at),
    outOfRoomAt: cells.dt(C.out_of_room_at),
    pacuInAt: cells.dt(C.pacu_in_at),
    pacuOutAt: cells.dt(C.pacu_out_at),
    extubatedAt: cells.dt(C.extubated_at),
    icuAdmissionAt: cells.dt(C.icu_admission_at),
    icuPlannedBeforeInduction: cells.flag(C.icu_planned_before_induction),
    anesthesiaClass: cells.oneOf(C.anesthesia_class, V.anesthesiaClass),
    anesthesiaSubtype: cells.oneOf(C.anesthesia_subtype, V.anesthesiaSubtype),
    airwayDevice: cells.oneOf(C.airway_device, V.airwayDevice),
    tempMonitoring: cells.oneOf(C.temp_monitoring, V.tempMonitoring),
    tempSeries: readTempSeries(cells, C.temp_series),
    therapeuticCooling: cells.flag(C.therapeutic_cooling),
    activeWarming: cells.flag(C.active_warming),
    pacuFirstTempC: cells.temperature(C.pacu_first_temp_c),
    autologousMl: cells.int(C.autologous_ml, 0, null),
    allogeneicMl: cells.int(C.allogeneic_ml, 0, null),
    dentalInjury: cells.flag(C.dental_injury),
    aspiration: cells.flag(C.aspiration),
    aspirationExitSpo2Air: cells.int(C.aspiration_exit_spo2_air, 0, 100),
    unplannedAirway: cells.flag(C.unplanned_airway),
    cardiacArrest: cells.flag(C.cardiac_arrest),
    cardiacArrestTimes: readInstants(cells, C.cardiac_arrest_times),
    severeAllergyEpinephrine: cells.flag(C.severe_allergy_epinephrine),
    cvcPuncture: cells.flag(C.cvc_puncture),
    cvcSevereComplication: cells.flag(C.cvc_severe_complication),
    awareness: cells.flag(C.awareness),
    reintubationUnplanned: cells.flag(C.reintubation_unplanned),
    reintubatedAt: cells.dt(C.reintubated_at),
    reintubationDueToReoperation: cells.flag(C.reintubation_due_to_reoperation),
    postopAnalgesia: cells.flag(C.postop_analgesia),
    vasRest: cells.int(C.vas_rest, 0, 10),
    vasMovement: cells.int(C.vas_movement, 0, 10),
    vasAssessedAt: cells.dt(C.vas_assessed_at),
    neuroDeficit72h: cells.flag(C.neuro_deficit_72h),
    hoarseness72h: cells.flag(C.hoarseness_72h),
    coma24h: cells.flag(C.coma_24h),
    comaDeliberateSedation: cells.flag(C.coma_deliberate_sedation),
    exclCranialSurgery: cells.flag(C.excl_cranial_surgery),
    exclLaryngealNeckThoracicSurgery: cells.flag(C.excl_laryngeal_neck_thoracic_surgery),
    labourConvertedToCaesarean: cells.flag(C.labour_converted_to_caesarean),
  };
}
