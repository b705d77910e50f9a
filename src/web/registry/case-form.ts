// The case form's values: what the form holds, from a stored case and back to the contract's body.
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { Case } from '../../api/registry';
import type { CaseInput } from '../../domain/registry/schemas';
import type { AnesthesiaMethod, Approach, SurgeryGrade, Urgency } from '../../domain/registry/vocabulary';

/** The fields a version conflict compares (the surgeon by name, as both sides show him). */
export const CASE_FORM_FIELDS = [
  'admissionId',
  'diagnosisCode',
  'diagnosisText',
  'procedureCode',
  'procedureText',
  'grade',
  'approach',
  'urgency',
  'plannedAnesthesia',
  'orRoom',
  'scheduledStart',
  'surgeon',
  'assistants',
  'anesthesiologists',
  'nurses',
] as const;

export type CaseFormValues = {
  admissionId?: string | null;
  diagnosisCode: string;
  diagnosisText: string;
  procedureCode: string;
  procedureText: string;
  grade: SurgeryGrade;
  approach: Approach;
  urgency: Urgency;
  plannedAnesthesia: AnesthesiaMethod;
  orRoom: string;
  scheduledStart: Dayjs;
  /** The surgeon's name, as his account has it (set when he is picked). */
  surgeon: string;
  surgeonUserId?: string | null;
  assistants: string[];
  anesthesiologists: string[];
  nurses: string[];
};

// The contract types the stored vocabulary as strings; the server validated them against it on save.
export const toValues = (c: Case): CaseFormValues => ({
  admissionId: c.admissionId,
  diagnosisCode: c.diagnosisCode,
  diagnosisText: c.diagnosisText,
  procedureCode: c.procedureCode,
  procedureText: c.procedureText,
  grade: c.grade as SurgeryGrade,
  approach: c.approach as Approach,
  urgency: c.urgency as Urgency,
  plannedAnesthesia: c.plannedAnesthesia as AnesthesiaMethod,
  orRoom: c.orRoom,
  scheduledStart: dayjs(c.scheduledStart),
  surgeon: c.surgeon,
  surgeonUserId: c.surgeonUserId,
  assistants: c.assistants,
  anesthesiologists: c.anesthesiologists,
  nurses: c.nurses,
});

export const toBody = (patientId: string, v: CaseFormValues): CaseInput => ({
  patientId,
  admissionId: v.admissionId ?? null,
  diagnosisCode: v.diagnosisCode,
  diagnosisText: v.diagnosisText,
  procedureCode: v.procedureCode,
  procedureText: v.procedureText,
  grade: v.grade,
  approach: v.approach,
  urgency: v.urgency,
  plannedAnesthesia: v.plannedAnesthesia,
  orRoom: v.orRoom,
  scheduledStart: v.scheduledStart.toISOString(),
  surgeon: v.surgeon,
  surgeonUserId: v.surgeonUserId ?? null,
  assistants: v.assistants ?? [],
  anesthesiologists: v.anesthesiologists ?? [],
  nurses: v.nurses ?? [],
});
