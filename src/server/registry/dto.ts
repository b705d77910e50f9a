// API representations of registry rows: ISO times, camelCase, sensitive numbers masked in lists.
import { z } from 'zod';
import type { AdmissionRow } from '../../db/registry/admissions';
import type { CaseEventRow, CaseRow, CaseWithPatient } from '../../db/registry/cases';
import type { PatientRow } from '../../db/registry/patients';
import { CASE_STATUSES } from '../../domain/registry/case-status';
import { maskIdCard, maskPhone } from '../../domain/registry/id-card';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const patientSchema = z.object({
  id: z.string(),
  mrn: z.string(),
  name: z.string(),
  nameInitials: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  phone: z.string().nullable(),
  idCard: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type PatientDto = z.infer<typeof patientSchema>;

export function patientDto(row: PatientRow, mask: boolean): PatientDto {
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
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const admissionSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  wardId: z.string(),
  wardName: z.string().nullable(),
  bedId: z.string().nullable(),
  bedCode: z.string().nullable(),
  admittedAt: z.string(),
  dischargedAt: z.string().nullable(),
  attendingDoctor: z.string(),
  version: z.number(),
});

export function admissionDto(row: AdmissionRow): z.infer<typeof admissionSchema> {
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
    version: row.version,
  };
}

export const caseSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  admissionId: z.string().nullable(),
  wardId: z.string().nullable(),
  diagnosisCode: z.string(),
  diagnosisText: z.string(),
  procedureCode: z.string(),
  procedureText: z.string(),
  grade: z.number(),
  approach: z.string(),
  urgency: z.string(),
  plannedAnesthesia: z.string(),
  orRoom: z.string(),
  scheduledStart: z.string(),
  surgeon: z.string(),
  assistants: z.array(z.string()),
  anesthesiologists: z.array(z.string()),
  status: z.enum(CASE_STATUSES),
  times: z.record(z.string(), z.string().nullable()),
  destination: z.string().nullable(),
  cancelStage: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  patient: z.object({ name: z.string(), mrn: z.string(), sex: z.string(), birthDate: z.string() }).optional(),
  // High-risk flags of the latest pre-anesthesia visit, for the OR board's risk badge.
  risk: z
    .object({ flags: z.array(z.string()), signed: z.boolean() })
    .nullable()
    .optional(),
});
export type CaseDto = z.infer<typeof caseSchema>;

/**
 * A name as a public screen shows it (家属等候区、手术室大屏): the first character, a star for each other.
 * Decision: the `viewer` role sees cases this way, without MRN or birth date (docs/clinical-decisions.md).
 */
export const maskedName = (name: string): string => {
  const chars = [...name];
  return chars[0] ? chars[0] + '*'.repeat(Math.max(1, chars.length - 1)) : '';
};

/** A case, with the patient's identity for users who may read patient data and masked for the rest. */
export function caseDto(row: CaseRow | CaseWithPatient, identified = true): CaseDto {
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
    assistants: row.assistants,
    anesthesiologists: row.anesthesiologists,
    status: row.status as CaseDto['status'],
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
            : { name: maskedName(row.patientName), mrn: '', sex: row.patientSex, birthDate: '' },
        }
      : {}),
  };
}

export const caseEventSchema = z.object({
  id: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  reason: z.string().nullable(),
});

export const caseEventDto = (e: CaseEventRow): z.infer<typeof caseEventSchema> => ({
  id: e.id,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  occurredAt: e.occurredAt.toISOString(),
  recordedAt: e.recordedAt.toISOString(),
  recordedBy: e.recordedBy,
  reason: e.reason,
});
