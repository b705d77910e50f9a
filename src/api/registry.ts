// The registry's contract: patients, admissions, cases and the OR board — request and response schemas
// of every route, the realtime events the registry publishes, and its error codes.

import { z } from 'zod';
import { CHECKLIST_PHASES } from '../domain/anesthesia/record-vocabulary';
import { singleLineText } from '../domain/common/text';
import { CANCEL_REASON_CODES } from '../domain/registry/cancel-reasons';
import { CASE_STATUSES, type CaseStatus } from '../domain/registry/case-status';
import { DICTIONARY_KINDS } from '../domain/registry/code-dictionary';
import { admissionInput, caseInput, isoDate, isoDateTime, patientInput } from '../domain/registry/schemas';
import { APPROACHES } from '../domain/registry/vocabulary';
import { pdfDocument, xlsxDocument } from './documents';
import { defineErrors } from './error-def';
import { type ImportedEpisode, importedFromSchema } from './imported';

export { admissionInput, caseInput, patientInput };

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();

// ── Patients ──
export const patientSchema = z.object({
  id: z.string(),
  mrn: z.string(),
  name: z.string(),
  nameInitials: z.string(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  idCard: z.string().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  importedFrom: importedFromSchema,
  version: z.number(),
  updatedAt: z.string(),
});
export type Patient = z.infer<typeof patientSchema>;

export const patientSearchQuery = z.strictObject({
  q: z.string().max(50).optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const patientPage = z.object({ items: z.array(patientSchema), nextCursor: z.string().nullable() });
export type PatientPage = z.infer<typeof patientPage>;
export const patientUpdate = patientInput.extend({ version });

// ── Admissions ──
export const admissionSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  wardId: z.string(),
  wardName: z.string().nullable(),
  bedId: z.string().nullable(),
  bedCode: z.string().nullable(),
  admittedAt: z.string(),
  dischargedAt: z.string().nullable(),
  attendingDoctor: z.string().nullable(),
  visitNumber: z.string().nullable(),
  importedFrom: importedFromSchema,
  version: z.number(),
});
export type Admission = z.infer<typeof admissionSchema>;
export const admissionUpdate = admissionInput.extend({ version });

// ── Cases ──
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
  /** The operating surgeon's account (null for a case booked with the surgeon's name only). */
  surgeonUserId: z.string().nullable(),
  assistants: z.array(z.string()),
  anesthesiologists: z.array(z.string()),
  nurses: z.array(z.string()),
  status: z.enum(CASE_STATUSES),
  times: z.record(z.string(), z.string().nullable()),
  destination: z.string().nullable(),
  cancelStage: z.string().nullable(),
  /** The coded reason (domain/registry/cancel-reasons.ts); null for a case cancelled before the list existed. */
  cancelReasonCode: z.string().nullable(),
  /** The free text of the cancellation (required with "other"). */
  cancelReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  // For users who may read patient data; masked (张*, no MRN or birth date) for the others.
  patient: z
    .object({ name: z.string(), mrn: z.string(), sex: z.string(), birthDate: z.string().nullable() })
    .optional(),
  // High-risk flags of the latest pre-anesthesia visit, for the OR board's risk badge.
  risk: z
    .object({ flags: z.array(z.string()), signed: z.boolean() })
    .nullable()
    .optional(),
});
export type Case = z.infer<typeof caseSchema>;

export const caseEventSchema = z.object({
  id: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  reason: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

const TARGETS = CASE_STATUSES.filter((s) => s !== 'scheduled') as [
  Exclude<CaseStatus, 'scheduled'>,
  ...Exclude<CaseStatus, 'scheduled'>[],
];

/** An allowed transition held by a WHO checklist phase (domain/registry/case-gates.ts), and whether it is complete. */
export const caseGateSchema = z.object({
  to: z.enum(TARGETS),
  checklist: z.enum(CHECKLIST_PHASES),
  complete: z.boolean(),
});
export type CaseGate = z.infer<typeof caseGateSchema>;
/** The case still in the theatre this case would enter (the patient's name masked for those without patient.read). */
export const roomOccupantSchema = z.object({
  caseId: z.string(),
  room: z.string(),
  patientName: z.string(),
  procedureText: z.string(),
});
export type RoomOccupantInfo = z.infer<typeof roomOccupantSchema>;

export const caseDetailSchema = caseSchema.extend({
  events: z.array(caseEventSchema),
  allowedTransitions: z.array(z.string()),
  /** One per allowed transition that a checklist phase gates (麻醉开始, 手术开始, 出室). */
  gates: z.array(caseGateSchema),
  /** When 入室 is allowed and another case is still in the room: that case; else null. */
  roomOccupant: roomOccupantSchema.nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type PatientChart = Patient & {
  admissions: Admission[];
  cases: Case[];
  importedEpisodes: ImportedEpisode[];
};

/**
 * What narrows the OR board; the printed schedule and its Excel export take the same filters, so a
 * sheet holds exactly the cases the board showed. `q` finds the patient's name, MRN or pinyin
 * initials, or the surgeon.
 */
export const boardFilter = z.strictObject({
  q: z.string().trim().max(50).optional(),
  room: z.string().trim().max(20).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  surgeon: z.string().trim().max(50).optional(),
  anesthesiologist: z.string().trim().max(50).optional(),
});
export type BoardFilter = z.infer<typeof boardFilter>;
export const boardQuery = boardFilter.extend({ date: isoDate.optional() });
export type BoardQuery = z.infer<typeof boardQuery>;
export const boardSchema = z.object({
  date: z.string(),
  items: z.array(caseSchema),
  /** The day's cases before the filters, and the people of that day to filter by. */
  facets: z
    .object({
      total: z.number(),
      surgeons: z.array(z.string()),
      anesthesiologists: z.array(z.string()),
    })
    .optional(),
});
export type Board = z.infer<typeof boardSchema>;

/** GET /api/v1/cases/schedule/pdf and …/xlsx: the day's 手术排班表, filtered as the board is. */
export const scheduleQuery = boardQuery;
export const schedulePdf = pdfDocument;
export const scheduleXlsx = xlsxDocument;
/** GET /api/v1/cases/:id/notice/pdf: the 手术通知单 of one case, on A5 (default) or A4. */
export const NOTICE_SIZES = ['A5', 'A4'] as const;
export const noticeQuery = z.strictObject({ size: z.enum(NOTICE_SIZES).default('A5') });
export const noticePdf = pdfDocument;
export const caseUpdate = caseInput.extend({ version });

/** Proceeding past a safety gate (an incomplete checklist phase, an occupied room): case.gate_override only. */
export const gateOverrideInput = z.strictObject({ reason: singleLineText(200) });
export const transitionInput = z.strictObject({
  to: z.enum(TARGETS),
  at: isoDateTime,
  version,
  /** Why a case is cancelled, from the list; `reason` is its free text (required with "other"). */
  reasonCode: z.enum(CANCEL_REASON_CODES).optional(),
  reason: singleLineText(200).optional(),
  override: gateOverrideInput.optional(),
});
export type TransitionInput = z.infer<typeof transitionInput>;

// ── The department's structure ──
export const wardListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      beds: z.array(z.object({ id: z.string(), code: z.string() })),
    }),
  ),
});
export type WardList = z.infer<typeof wardListSchema>;
export type Ward = z.infer<typeof wardListSchema>['items'][number];
export const orRoomListSchema = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type OrRoomList = z.infer<typeof orRoomListSchema>;
export type OrRoom = z.infer<typeof orRoomListSchema>['items'][number];

// ── Coded dictionaries (/api/v1/dictionary) and staff (/api/v1/staff) ──
export const dictionaryKind = z.enum(DICTIONARY_KINDS);
/** A lookup: a code prefix, pinyin initials or part of a name; a page of `limit` from `offset`. */
export const dictionaryQuery = z.strictObject({
  kind: dictionaryKind,
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type DictionaryQuery = z.infer<typeof dictionaryQuery>;
export const dictionaryEntrySchema = z.object({
  kind: dictionaryKind,
  code: z.string(),
  name: z.string(),
  pinyin: z.string(),
  /** The hospital catalogue's grade (a restricted technology: 4) and approach; null when it gives none. */
  grade: z.number().nullable(),
  approach: z.enum(APPROACHES).nullable(),
  restricted: z.boolean(),
  source: z.enum(['starter', 'his']),
});
export type DictionaryEntryDto = z.infer<typeof dictionaryEntrySchema>;
/** `more`: further entries match beyond this page. */
export const dictionaryPage = z.object({ items: z.array(dictionaryEntrySchema), more: z.boolean() });
export type DictionaryPage = z.infer<typeof dictionaryPage>;
export const dictionarySummary = z.object({
  items: z.array(
    z.object({
      kind: dictionaryKind,
      active: z.number(),
      inactive: z.number(),
      fromHis: z.number(),
      starter: z.number(),
      updatedAt: z.string().nullable(),
    }),
  ),
});
export type DictionarySummary = z.infer<typeof dictionarySummary>;
export const DICTIONARY_ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
/** The base64 text of an upload: about 18 MB of file, far above a national edition's export. */
export const DICTIONARY_UPLOAD_CHARS = 24 * 1024 * 1024;
/**
 * A HIS export, its bytes in base64 (UTF-8 with or without BOM, or GB18030; `auto` tells them apart).
 * With `replace`, the kind's codes missing from the file are deactivated (never deleted: cases keep them).
 */
export const dictionaryImportInput = z.strictObject({
  kind: dictionaryKind,
  content: z.base64().min(1).max(DICTIONARY_UPLOAD_CHARS),
  encoding: z.enum(DICTIONARY_ENCODINGS).default('auto'),
  replace: z.boolean().default(false),
});
export type DictionaryImportInput = z.input<typeof dictionaryImportInput>;
export const dictionaryImportResult = z.object({
  kind: dictionaryKind,
  encoding: z.enum(['utf-8', 'gb18030', 'utf-16le']),
  header: z.boolean(),
  rows: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  deactivated: z.number(),
});
export type DictionaryImportResult = z.infer<typeof dictionaryImportResult>;
/** A refused import's rows (in the error body beside `code`), each with its line and reasons. */
export type RejectedImportRow = { line: number; code: string; reasons: string[] };
export const starterInstallResult = z.object({
  items: z.array(z.object({ kind: dictionaryKind, inserted: z.number(), updated: z.number() })),
});
export type StarterInstallResult = z.infer<typeof starterInstallResult>;

export const STAFF_ROLES = ['surgeon', 'anesthesiologist', 'nurse'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffQuery = z.strictObject({
  role: z.enum(STAFF_ROLES),
  q: z.string().trim().max(50).optional(),
});
export const staffSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  /** The authorised surgical grade (手术分级授权); null: not authorised to operate. */
  surgicalGrade: z.number().nullable(),
});
export type Staff = z.infer<typeof staffSchema>;
export const staffList = z.object({ items: z.array(staffSchema) });
export type StaffList = z.infer<typeof staffList>;
/** PUT /api/v1/users/:id/surgical-grade (security administrator). */
export const surgicalGradeInput = z.strictObject({
  surgicalGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  version,
});
export type SurgicalGradeInput = z.infer<typeof surgicalGradeInput>;
export const surgicalGradeSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  surgicalGrade: z.number().nullable(),
  version: z.number(),
});
export const surgicalGradeList = z.object({ items: z.array(surgicalGradeSchema) });
export type SurgicalGradeList = z.infer<typeof surgicalGradeList>;

// ── Realtime: what the registry announces on `board:<date>`, `case:<id>` and `patient:<id>` ──
export type RegistryEvent =
  | {
      type: 'case.created' | 'case.updated' | 'case.transition';
      id: string;
      version: number;
      data: { status: CaseStatus };
    }
  | { type: 'patient.updated'; id: string; version: number };

export const registryErrors = defineErrors({
  illegal_transition: {
    status: 409,
    'zh-CN': '当前状态“{from}”不能变更为“{to}”，允许的操作：{allowed}',
    'en-US': 'A case in status "{from}" cannot move to "{to}"; allowed: {allowed}',
  },
  transition_before_previous: {
    status: 400,
    'zh-CN': '时间不能早于上一环节的时间（{previous}）',
    'en-US': 'The time cannot precede the previous step ({previous})',
  },
  transition_in_future: {
    status: 400,
    'zh-CN': '时间不能晚于当前时间',
    'en-US': 'The time cannot be in the future',
  },
  cancel_reason_required: {
    status: 400,
    'zh-CN': '取消手术须从列表中选择取消原因，选“其他”时须填写说明',
    'en-US': 'Cancelling needs a reason from the list, and a description when it is "Other"',
  },
  surgeon_not_authorised: {
    status: 400,
    'zh-CN': '{surgeon}的授权手术级别为{surgeonGrade}，不能主刀{caseGrade}手术',
    'en-US': '{surgeon} is authorised for {surgeonGrade}; this case is {caseGrade}',
  },
  dictionary_import_rejected: {
    status: 400,
    'zh-CN': '{count} 行不能导入（见各行原因），未导入任何编码；请修正后重新导入',
    'en-US':
      '{count} rows cannot be imported (see each row); nothing was imported — correct them and import again',
  },
  dictionary_import_empty: {
    status: 400,
    'zh-CN': '文件中没有编码行',
    'en-US': 'The file holds no code rows',
  },
  dictionary_import_too_many: {
    status: 400,
    'zh-CN': '文件有 {rows} 行，超过一次导入的上限 {max} 行',
    'en-US': 'The file has {rows} rows, more than the {max} one import may hold',
  },
  duplicate_mrn: { status: 409, 'zh-CN': '住院号 {mrn} 已存在', 'en-US': 'MRN {mrn} already exists' },
  // `checklist` in the body names the phase (sign_in, time_out, sign_out).
  transition_checklist_incomplete: {
    status: 409,
    'zh-CN': '{checklistName}尚未完成，不能变更为{to}',
    'en-US': 'The checklist "{checklistName}" is not complete; the case cannot move to "{to}"',
  },
  // `occupant` in the body: the case still in the room ({ caseId, room }).
  room_occupied: {
    status: 409,
    'zh-CN': '{room} 中患者 {patient}（手术：{procedure}）尚未出室',
    'en-US': 'Patient {patient} ({procedure}) has not yet left {room}',
  },
  gate_override_forbidden: {
    status: 403,
    'zh-CN': '越过安全核查须由麻醉医师填写理由',
    'en-US': 'Only an anesthesiologist may proceed past a safety check, with a reason',
  },
});
