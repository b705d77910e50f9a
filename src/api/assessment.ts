// The pre-operative assessment's contract: the pre-anesthesia visit, its recommendations followed as
// tasks, the worklists (待访视, 高危患者) and the stateless scores API — request and response schemas of
// every route, the realtime events the visit publishes, and its error codes.

import { z } from 'zod';
import { TASK_STATUSES } from '../domain/assessment/recommendation-task';
import { visitData } from '../domain/assessment/visit';
import { VISIT_STATUSES } from '../domain/assessment/visit-status';
import type { CaseStatus } from '../domain/registry/case-status';
import { APPROACHES, SEXES, URGENCIES } from '../domain/registry/vocabulary';
import { pdfDocument } from './documents';
import { defineErrors } from './error-def';

export const caseIdParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();
const text = z.object({ zh: z.string(), en: z.string() });

// ── Scores (one instrument's result, also stored in every visit) ──
export const scoreResultSchema = z.union([
  z.object({
    status: z.literal('complete'),
    total: z.number().nullable(),
    band: z.string(),
    bandLabel: text,
    subscores: z.record(z.string(), z.number()),
    flags: z.array(z.object({ code: z.string(), severity: z.string(), label: text })),
    recommendations: z.array(z.object({ code: z.string(), text, source: z.string() })),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  z.object({ status: z.literal('incomplete'), missing: z.array(z.string()) }),
]);
export type ScoreResultDto = z.infer<typeof scoreResultSchema>;

export const instrumentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      names: text,
      version: z.string(),
      source: z.string(),
      inputSchema: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type InstrumentList = z.infer<typeof instrumentListSchema>;
export const scoreParams = z.object({ id: z.string().max(40) });
/** Each instrument's own input schema (GET /api/v1/scores) validates the body. */
export const scoreInput = z.record(z.string(), z.unknown());

// ── The visit ──
export const instrumentOutcomeSchema = z.union([
  z.object({ id: z.string(), version: z.string(), result: scoreResultSchema }),
  z.object({ id: z.string(), version: z.string(), invalid: z.array(z.string()) }),
]);

export const visitSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  revision: z.number(),
  status: z.enum(VISIT_STATUSES),
  /** The visit record as saved (the shape of `visitSave.data`). */
  data: z.record(z.string(), z.unknown()),
  /** Every pre-op score, recomputed by the server from `data` on each save. */
  results: z.array(instrumentOutcomeSchema),
  highRiskFlags: z.array(z.string()),
  visitAt: z.string().nullable(),
  late: z.boolean(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

/** What the scores need from the case and the patient. */
export const visitContextSchema = z.object({
  age: z.number().nullable(),
  sex: z.enum(SEXES),
  approach: z.enum(APPROACHES),
  urgency: z.enum(URGENCIES),
  diagnosisCode: z.string(),
});

export const visitBundleSchema = z.object({
  current: visitSchema.nullable(),
  revisions: z.array(visitSchema),
  context: visitContextSchema,
});
export type VisitBundle = z.infer<typeof visitBundleSchema>;

export const visitSave = z.strictObject({ data: visitData, version: version.nullish() });
export type VisitSave = z.infer<typeof visitSave>;
export const visitSign = z.strictObject({ version });
export const visitAmend = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const visitPdfQuery = z.strictObject({ revision: z.coerce.number().int().positive().optional() });
/** The signed revision as an A4 PDF (bytes, not JSON). */
export const visitPdf = pdfDocument;

// ── Recommendations followed as tasks ──
export const taskListQuery = z.strictObject({
  status: z.enum(['open', 'all']).default('open'),
  caseId: z.uuid().optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export const taskSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  patientMrn: z.string(),
  scheduledStart: z.string(),
  orRoom: z.string(),
  code: z.string(),
  text,
  source: z.string(),
  status: z.enum(TASK_STATUSES),
  reason: z.string().nullable(),
  actedBy: z.string().nullable(),
  actedAt: z.string().nullable(),
  version: z.number(),
});
export type RecommendationTask = z.infer<typeof taskSchema>;
export const taskListSchema = z.object({ items: z.array(taskSchema) });
export type TaskList = z.infer<typeof taskListSchema>;

export const taskParams = z.object({ id: z.uuid() });
export const taskActionInput = z.strictObject({
  action: z.enum(['accept', 'decline', 'complete']),
  reason: z.string().trim().max(500).optional(),
  version,
});
export type TaskActionInput = z.infer<typeof taskActionInput>;
export const taskActionResult = z.object({
  id: z.string(),
  status: z.enum(TASK_STATUSES),
  version: z.number(),
});
export type TaskActionResult = z.infer<typeof taskActionResult>;

// ── Worklists: 待访视 and 高危患者 ──
export const worklistItemSchema = z.object({
  caseId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  patientMrn: z.string(),
  scheduledStart: z.string(),
  orRoom: z.string(),
  procedureText: z.string(),
  visitStatus: z.enum(VISIT_STATUSES).nullable(),
  flags: z.array(z.string()).optional(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;
export const worklistSchema = z.object({ items: z.array(worklistItemSchema) });
export type Worklist = z.infer<typeof worklistSchema>;

// ── Realtime: what a visit announces on `board:<date>` and `case:<id>` ──
export type AssessmentEvent = {
  type: 'visit.saved' | 'visit.signed';
  id: string;
  data: { status: CaseStatus };
};

export const assessmentErrors = defineErrors({
  case_closed: {
    status: 409,
    'zh-CN': '该手术已取消或已结束，不能再填写术前访视',
    'en-US': 'The case is cancelled or finished; no pre-anesthesia visit can be recorded',
  },
  visit_signed: {
    status: 409,
    'zh-CN': '访视已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The visit is signed and locked; start an amendment with a reason to change it',
  },
  visit_not_signed: {
    status: 409,
    'zh-CN': '访视尚未签名，无需修订',
    'en-US': 'The visit is not signed; no amendment is needed',
  },
  visit_incomplete: {
    status: 400,
    'zh-CN': '签名前请完成标出的必填项目',
    'en-US': 'Complete the marked items before signing',
  },
  print_requires_signature: {
    status: 409,
    'zh-CN': '访视签名后才能打印',
    'en-US': 'Only a signed visit can be printed',
  },
  task_closed: { status: 409, 'zh-CN': '该建议已处理完毕', 'en-US': 'This recommendation is already closed' },
});
