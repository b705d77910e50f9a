// The anesthesia record's contract: the record, its entries and its vital signs, the big screen — the
// request and response of every route, the realtime events the record publishes, and its error codes.

import { z } from 'zod';
import { DRUGS } from '../domain/anesthesia/drug-catalogue';
import { ALERT_KINDS } from '../domain/anesthesia/intraop-alerts';
import { CORRECTION_ACTIONS } from '../domain/anesthesia/record-corrections';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_PHASES,
  DRUG_KINDS,
  eventDef,
  FLUID_DIRECTIONS,
  FLUIDS_IN,
  FLUIDS_OUT,
  RECORD_STATUSES,
  TEMP_MODES,
} from '../domain/anesthesia/record-vocabulary';
import { CASE_STATUSES } from '../domain/registry/case-status';
import { ANESTHESIA_METHODS } from '../domain/registry/vocabulary';
import { isoInstant } from '../domain/scores/time';
import { pdfDocument } from './documents';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
export const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const drugEntryParams = entryParams;
export const observationParams = z.object({
  id: z.uuid(),
  obsId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
const shortText = z.string().trim().min(1).max(200);
const version = z.number().int().positive();
const label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

// ── The record and what is derived from its vitals ──
export const recordDetails = z.strictObject({
  airway: z.string().trim().max(200).optional(),
  lines: z.string().trim().max(200).optional(),
  position: z.string().trim().max(100).optional(),
  activeWarming: z.boolean().optional(),
});

export const alertSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  start: z.string(),
  end: z.string(),
  extreme: z.number(),
  source: z.string(),
  acknowledged: z.boolean(),
});
export const exposureSchema = z.object({
  source: z.enum(['invasive', 'cuff']),
  threshold: z.number(),
  minutesBelow: z.number(),
  aut: z.number(),
  twa: z.number(),
});

/** Who changed an entry and when, why, and what it was before (and became: the changed fields). */
export const correctionSchema = z.object({
  action: z.enum(CORRECTION_ACTIONS),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});
export type EntryCorrection = z.infer<typeof correctionSchema>;
/** What every correctable entry carries: its version, who recorded it and when, its voiding, its corrections. */
const entryMeta = {
  version: z.number(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  corrections: z.array(correctionSchema),
};

export const recordViewSchema = z.object({
  record: z.object({
    id: z.string().nullable(),
    method: z.enum(ANESTHESIA_METHODS).nullable(),
    details: z.object({
      airway: z.string().optional(),
      lines: z.string().optional(),
      position: z.string().optional(),
      activeWarming: z.boolean().optional(),
    }),
    tempMode: z.enum(TEMP_MODES),
    status: z.enum(RECORD_STATUSES),
    revision: z.number(),
    signedAt: z.string().nullable(),
    signedBy: z.string().nullable(),
    amendmentReason: z.string().nullable(),
    version: z.number(),
  }),
  case: z.object({
    status: z.enum(CASE_STATUSES),
    version: z.number(),
    inRoomAt: z.string().nullable(),
    outOfRoomAt: z.string().nullable(),
    orRoom: z.string(),
    plannedAnesthesia: z.string(),
  }),
  /** Every entry list holds the voided entries too (`voided` set), which count in no total. */
  events: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      label,
      text: z.string().nullable(),
      at: z.string(),
      overrideReason: z.string().nullable(),
      ...entryMeta,
    }),
  ),
  drugs: z.array(
    z.object({
      id: z.string(),
      drug: z.string(),
      name: z.string(),
      generic: z.string(),
      kind: z.enum(DRUG_KINDS),
      dose: z.number().nullable(),
      rate: z.number().nullable(),
      unit: z.string(),
      route: z.string(),
      startAt: z.string(),
      endAt: z.string().nullable(),
      ...entryMeta,
    }),
  ),
  drugTotals: z.array(z.object({ drug: z.string(), name: z.string(), total: z.number(), unit: z.string() })),
  fluids: z.array(
    z.object({
      id: z.string(),
      direction: z.enum(FLUID_DIRECTIONS),
      kind: z.string(),
      volumeMl: z.number(),
      at: z.string(),
      ...entryMeta,
    }),
  ),
  /** Vital signs entered by hand, a corrected or voided one kept (struck through). */
  manualVitals: z.array(
    z.object({
      id: z.number(),
      param: z.string(),
      value: z.number(),
      unit: z.string(),
      at: z.string(),
      ...entryMeta,
    }),
  ),
  balance: z.object({ inMl: z.number(), outMl: z.number(), balanceMl: z.number() }),
  exposure: exposureSchema.nullable(),
  antibioticTiming: z.array(
    z.object({
      drug: z.string(),
      name: z.string(),
      at: z.string(),
      minutesFromIncision: z.number().nullable(),
    }),
  ),
  checklist: z.array(
    z.object({
      phase: z.enum(CHECKLIST_PHASES),
      item: z.string(),
      answer: z.enum(CHECKLIST_ANSWERS),
      answeredBy: z.string(),
      answeredAt: z.string(),
      version: z.number(),
    }),
  ),
  /** Changed and withdrawn answers, by item (`phase.item`), in the order they were made. */
  checklistCorrections: z.array(
    correctionSchema.extend({ phase: z.enum(CHECKLIST_PHASES), item: z.string() }),
  ),
  checklistComplete: z.record(z.enum(CHECKLIST_PHASES), z.boolean()),
  alerts: z.array(alertSchema),
});
export type AnesthesiaRecord = z.infer<typeof recordViewSchema>;

export const recordUpdate = z.strictObject({
  method: z.enum(ANESTHESIA_METHODS).nullable(),
  details: recordDetails,
  tempMode: z.enum(TEMP_MODES),
  version,
});
export type RecordUpdate = z.infer<typeof recordUpdate>;
export const signInput = z.strictObject({ version });
export type SignInput = z.infer<typeof signInput>;
export const amendInput = z.strictObject({ reason: shortText, version });
export type AmendInput = z.infer<typeof amendInput>;
export const alertAckInput = z.strictObject({
  kind: z.enum(ALERT_KINDS),
  start: isoInstant,
  note: z.string().trim().max(200).optional(),
});
export type AlertAckInput = z.infer<typeof alertAckInput>;
export const versionResult = z.object({ version: z.number() });
export type VersionResult = z.infer<typeof versionResult>;
export const signResult = z.object({ version: z.number(), status: z.enum(RECORD_STATUSES) });
export type SignResult = z.infer<typeof signResult>;
export const amendResult = signResult.extend({ revision: z.number() });
export type AmendResult = z.infer<typeof amendResult>;
export const okResult = z.object({ ok: z.literal(true) });
export type OkResult = z.infer<typeof okResult>;

// ── Entries: events, drugs, fluids, the checklist ──
export const eventInput = z.strictObject({
  code: z.string().refine((c) => !!eventDef(c), { message: 'record.event.unknown' }),
  at: isoInstant,
  text: shortText.optional(),
  overrideReason: shortText.optional(),
  caseVersion: version.optional(),
});
export type EventInput = z.infer<typeof eventInput>;
export const eventResult = z.object({ id: z.string(), caseVersion: z.number() });
export type EventResult = z.infer<typeof eventResult>;

export const drugInput = z
  .strictObject({
    drug: z.enum(DRUGS.map((d) => d.code) as [string, ...string[]]),
    kind: z.enum(DRUG_KINDS),
    dose: z.number().positive().max(100_000).optional(),
    rate: z.number().min(0).max(100_000).optional(),
    startAt: isoInstant,
    replaces: z.uuid().optional(),
  })
  .refine((b) => (b.kind === 'bolus' ? b.dose !== undefined : b.rate !== undefined), {
    message: 'record.drug.amount_required',
    path: ['dose'],
  });
export type DrugInput = z.infer<typeof drugInput>;
export const drugStopInput = z.strictObject({ at: isoInstant });
export type DrugStopInput = z.infer<typeof drugStopInput>;

export const fluidInput = z
  .strictObject({
    direction: z.enum(FLUID_DIRECTIONS),
    kind: z.enum([...FLUIDS_IN, ...FLUIDS_OUT]),
    volumeMl: z.number().positive().max(20_000),
    at: isoInstant,
  })
  .refine(
    (b) =>
      (b.direction === 'in' ? (FLUIDS_IN as readonly string[]) : (FLUIDS_OUT as readonly string[])).includes(
        b.kind,
      ),
    { message: 'record.fluid.kind_direction', path: ['kind'] },
  );
export type FluidInput = z.infer<typeof fluidInput>;

export const checklistInput = z.strictObject({
  phase: z.enum(CHECKLIST_PHASES),
  answers: z.record(z.string(), z.enum(CHECKLIST_ANSWERS)),
  /** The versions of the saved answers the client saw: a changed answer applies only over its own. */
  versions: z.record(z.string(), version).optional(),
  /** Why saved answers are changed (needed when one is). */
  reason: shortText.optional(),
});
export type ChecklistInput = z.infer<typeof checklistInput>;
export const entryResult = z.object({ id: z.string() });
export type EntryResult = z.infer<typeof entryResult>;

// ── Corrections before signing: each over the version read, with its reason ──
const correction = { version, reason: shortText };
export const eventEdit = z.strictObject({
  ...correction,
  at: isoInstant.optional(),
  text: shortText.nullable().optional(),
  /** For an event that moved the case: the case's version the client saw. */
  caseVersion: version.optional(),
});
export type EventEdit = z.infer<typeof eventEdit>;
export const drugEdit = z.strictObject({
  ...correction,
  drug: z.enum(DRUGS.map((d) => d.code) as [string, ...string[]]).optional(),
  dose: z.number().positive().max(100_000).optional(),
  rate: z.number().min(0).max(100_000).optional(),
  startAt: isoInstant.optional(),
  /** An infusion segment's end (a stopped one only). */
  endAt: isoInstant.optional(),
});
export type DrugEdit = z.infer<typeof drugEdit>;
export const fluidEdit = z.strictObject({
  ...correction,
  kind: z.enum([...FLUIDS_IN, ...FLUIDS_OUT]).optional(),
  volumeMl: z.number().positive().max(20_000).optional(),
  at: isoInstant.optional(),
});
export type FluidEdit = z.infer<typeof fluidEdit>;
export const vitalEdit = z.strictObject({
  ...correction,
  value: z.number().optional(),
  at: isoInstant.optional(),
});
export type VitalEdit = z.infer<typeof vitalEdit>;
export const entryVoid = z.strictObject(correction);
export type EntryVoid = z.infer<typeof entryVoid>;
export const checklistWithdraw = z.strictObject({
  ...correction,
  phase: z.enum(CHECKLIST_PHASES),
  item: z.string().max(60),
});
export type ChecklistWithdraw = z.infer<typeof checklistWithdraw>;
/** The entry's new version (a corrected vital sign: the new reading's id); the case's, if it moved. */
export const correctionResult = z.object({
  id: z.string(),
  version: z.number(),
  caseVersion: z.number().optional(),
});
export type CorrectionResult = z.infer<typeof correctionResult>;

// ── Realtime: what the record announces on `case:<id>`, and the monitors on their place's topic ──
/** What a change to the record's entries was: the page reloads the record, never the readings. */
export const RECORD_CHANGES = [
  'event',
  'drug',
  'drug.stop',
  'fluid',
  'checklist',
  'update',
  'sign',
  'amend',
  'alert.ack',
  'correction',
] as const;
export type RecordChange = (typeof RECORD_CHANGES)[number];

export type AnesthesiaEvent =
  | { type: 'record.changed'; id: string; data: { what: RecordChange } }
  /**
   * A reading of the case entered by hand, corrected or marked artefact: the readings from `at` on, and
   * the alerts; `stay`: its 入室 or 出室 corrected, so every reading again.
   */
  | { type: 'readings.changed'; id: string; data: { what: 'manual' | 'artefact' | 'stay'; at: string } }
  /** New monitor readings on an OR room, PACU or ward bed (or a case a monitor is bound to). */
  | { type: 'observations'; data: { count: number } };

export const anesthesiaErrors = defineErrors({
  record_signed: {
    status: 409,
    'zh-CN': '麻醉记录已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The anesthesia record is signed; amend it with a reason to change it',
  },
  record_not_signed: {
    status: 409,
    'zh-CN': '麻醉记录尚未签名，无需修订',
    'en-US': 'The record is not signed; no amendment is needed',
  },
  record_incomplete: {
    status: 400,
    'zh-CN': '签名前请补全：{fields}',
    'en-US': 'Complete before signing: {fields}',
  },
  entry_voided: {
    status: 409,
    'zh-CN': '该条目已作废，不能再修改',
    'en-US': 'This entry is voided and cannot be changed',
  },
  event_moved_case: {
    status: 409,
    'zh-CN': '「{event}」已将手术状态变为“{status}”，不能作废；时间有误请修改时间',
    'en-US': '"{event}" moved the case to "{status}" and cannot be voided; correct its time instead',
  },
  checklist_gate_passed: {
    status: 409,
    'zh-CN': '「{phase}」已放行“{status}”，其答案不能撤销，只能更改',
    'en-US':
      'The phase "{phase}" let the case through to "{status}"; its answers can be changed, not withdrawn',
  },
  checklist_incomplete: {
    status: 400,
    'zh-CN': '「{phase}」尚未完成，如确需继续请填写越过核查的理由',
    'en-US': 'The checklist phase "{phase}" is not complete; give a reason to proceed without it',
  },
});

/** The anesthesia record as an A4 PDF (bytes, not JSON). */
export const recordPdf = pdfDocument;
