// API representations of registry rows: ISO times, camelCase, sensitive numbers masked in lists.

import type { ImportedEpisode } from '../../api/imported';
import type { Admission, Case, CaseEvent, Patient } from '../../api/registry';
import type { PatientEpisodeRow } from '../../db/history/history-people.repo';
import type { AdmissionRow } from '../../db/registry/admission.repo';
import type { CaseEventRow, CaseRow, CaseWithPatient } from '../../db/registry/case.repo';
import type { PatientRow } from '../../db/registry/patient.repo';
import { maskedName } from '../../domain/common/masking';
import { maskIdCard, maskPhone } from '../../domain/registry/id-card';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const importedFrom = (row: { sourceFile: string | null; sourceRow: number | null }) =>
  row.sourceFile === null || row.sourceRow === null ? null : { file: row.sourceFile, row: row.sourceRow };

export const importedEpisodeDto = (row: PatientEpisodeRow): ImportedEpisode => ({
  id: row.id,
  externalId: row.externalId,
  at: new Date(row.anchorMs).toISOString(),
  procedureName: row.procedureName,
  procedureType: row.procedureType,
  caseStatus: row.caseStatus,
  visitNumber: row.visitNumber,
  importedFrom: { file: row.sourceFile, row: row.sourceRow },
});

export function patientDto(row: PatientRow, mask: boolean): Patient {
  return {
    id: row.id,
    mrn: row.mrn,
    name: row.name,
    nameInitials: row.nameInitials,
    sex: row.sex,
    birthDate: row.birthDate,
    phone: mask ? maskPhone(row.phone) : row.phone,
    idCard: mask ? maskIdCard(row.idCard) : row.idCard,
    province: row.province,
    city: row.city,
    importedFrom: importedFrom(row),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function admissionDto(row: AdmissionRow): Admission {
  return {
    id: row.id,
    patientId: row.patientId,
    wardId: row.wardId,
    wardName: row.wardName,
    bedId: row.bedId,
    bedCode: row.bedCode,
    admittedAt: row.admittedAt.toISOString(),
    dischargedAt: iso(row.dischargedAt),
    attendingDoctor: row.attendingDoctor,
    visitNumber: row.visitNumber,
    importedFrom: importedFrom(row),
    version: row.version,
  };
}

/**
 * A name as a public screen shows it (家属等候区、手术室大屏). Decision: the `viewer` role sees cases this way,
 * without MRN or birth date (docs/clinical-decisions.md).
 */
export { maskedName };

/** A case, with the patient's identity for users who may read patient data and masked for the rest. */
export function caseDto(row: CaseRow | CaseWithPatient, identified = true): Case {
  return {
    id: row.id,
    patientId: row.patientId,
    admissionId: row.admissionId,
    wardId: row.wardId,
    diagnosisCode: row.diagnosisCode,
    diagnosisText: row.diagnosisText,
    procedureCode: row.procedureCode,
    procedureText: row.procedureText,
    grade: row.grade,
    approach: row.approach,
    urgency: row.urgency,
    plannedAnesthesia: row.plannedAnesthesia,
    orRoom: row.orRoom,
    scheduledStart: row.scheduledStart.toISOString(),
    surgeon: row.surgeon,
    surgeonUserId: row.surgeonUserId,
    assistants: row.assistants,
    anesthesiologists: row.anesthesiologists,
    nurses: row.nurses,
    status: row.status,
    times: {
      in_room: iso(row.inRoomAt),
      anesthesia_start: iso(row.anesthesiaStartAt),
      surgery_start: iso(row.surgeryStartAt),
      surgery_end: iso(row.surgeryEndAt),
      anesthesia_end: iso(row.anesthesiaEndAt),
      out_of_room: iso(row.outOfRoomAt),
      pacu_in: iso(row.pacuInAt),
      pacu_out: iso(row.pacuOutAt),
      destination: iso(row.destinationAt),
      cancelled: iso(row.cancelledAt),
    },
    destination: row.destination,
    cancelStage: row.cancelStage,
    cancelReasonCode: row.cancelReasonCode,
    cancelReason: row.cancelReason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    ...('patientName' in row
      ? {
          patient: identified
            ? {
                name: row.patientName,
                mrn: row.patientMrn,
                sex: row.patientSex,
                birthDate: row.patientBirthDate,
              }
            : { name: maskedName(row.patientName), mrn: '', sex: row.patientSex, birthDate: null },
        }
      : {}),
  };
}

export const caseEventDto = (e: CaseEventRow): CaseEvent => ({
  id: e.id,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  occurredAt: e.occurredAt.toISOString(),
  recordedAt: e.recordedAt.toISOString(),
  recordedBy: e.recordedBy,
  reason: e.reason,
});
