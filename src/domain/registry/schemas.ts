// Input schemas of the registry, shared by the server (authoritative validation) and the web forms.
import { z } from 'zod';
import { optionalSingleLineText, singleLineText } from '../common/text';
import { isValidIdCard } from './id-card';
import { ANESTHESIA_METHODS, APPROACHES, SEXES, URGENCIES } from './vocabulary';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' });
export const isoDateTime = z.iso.datetime({ offset: true });

export const patientInput = z.strictObject({
  mrn: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,32}$/, { message: 'patient.mrn.format' }),
  name: singleLineText(50),
  sex: z.enum(SEXES),
  birthDate: isoDate.refine((d) => d >= '1900-01-01', { message: 'patient.birthDate.range' }),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9-]{5,20}$/, { message: 'patient.phone.format' })
    .nullable()
    .optional(),
  idCard: z
    .string()
    .trim()
    .refine(isValidIdCard, { message: 'patient.idCard.invalid' })
    .nullable()
    .optional(),
  province: optionalSingleLineText(20),
  city: optionalSingleLineText(20),
});
export type PatientInput = z.infer<typeof patientInput>;

export const admissionInput = z.strictObject({
  patientId: z.uuid(),
  wardId: z.uuid(),
  bedId: z.uuid().nullable().optional(),
  admittedAt: isoDateTime,
  dischargedAt: isoDateTime.nullable().optional(),
  attendingDoctor: singleLineText(50),
});
export type AdmissionInput = z.infer<typeof admissionInput>;

// ICD-10 national clinical edition (e.g. C15.400, C37.x00, C34.100x001) and ICD-9-CM-3 clinical
// edition (e.g. 42.4101, 34.3x01, 32.2000x003).
export const ICD10_CODE = /^[A-Z]\d{2}(\.[0-9A-Zx]{1,4})?(x\d{3})?$/;
export const ICD9CM3_CODE = /^\d{2}(\.[0-9x]{1,4})?(x\d{2,3})?$/;
const icd10 = z.string().trim().regex(ICD10_CODE, { message: 'case.icd10.format' });
const icd9cm3 = z.string().trim().regex(ICD9CM3_CODE, { message: 'case.icd9.format' });
const staffNames = z.array(singleLineText(50)).max(10).default([]);

export const caseInput = z.strictObject({
  patientId: z.uuid(),
  admissionId: z.uuid().nullable().optional(),
  diagnosisCode: icd10,
  diagnosisText: singleLineText(200),
  procedureCode: icd9cm3,
  procedureText: singleLineText(200),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  approach: z.enum(APPROACHES),
  urgency: z.enum(URGENCIES),
  plannedAnesthesia: z.enum(ANESTHESIA_METHODS),
  orRoom: singleLineText(20),
  scheduledStart: isoDateTime,
  /** The operating surgeon's name; when `surgeonUserId` is given, the server writes the account's name. */
  surgeon: singleLineText(50),
  /** The operating surgeon's account, checked against his authorised grade (china-standards.md §2.1). */
  surgeonUserId: z.uuid().nullable().optional(),
  assistants: staffNames,
  anesthesiologists: staffNames,
  /** 巡回/洗手护士. */
  nurses: staffNames,
});
export type CaseInput = z.infer<typeof caseInput>;
