// Post-operative monitoring's contract: observation sets and scale-2 orders, early-warning alerts and
// their acknowledgement, the ward board, the response report, PACU events and summary, post-op
// assessments, intake/output, bedside vitals and lab entry — request and response schemas of every
// route, the realtime events monitoring publishes, and its error codes.
import { z } from 'zod';
import { BED_STANDINGS } from '../domain/monitoring/board-rank';
import { ACK_ACTIONS, ALERT_STATUSES, ALERT_TYPES } from '../domain/monitoring/escalation';
import { IO_DIRECTIONS, IO_IN, IO_OUT, type IoKind } from '../domain/monitoring/intake-output';
import { LAB_ANALYTES } from '../domain/monitoring/lab';
import { PACU_EVENT_CODES } from '../domain/monitoring/pacu';
import { POSTOP_FORMS } from '../domain/monitoring/postanesthesia-visit';
import { CONSCIOUSNESS } from '../domain/scores/news2';
import { isoInstant } from '../domain/scores/time';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();
const text200 = z.string().trim().min(1).max(200);
const label = z.object({ zh: z.string(), en: z.string() });
const json = z.record(z.string(), z.unknown());

// ── Observation sets ──
// Plausible ranges for a bedside set: outside them the value is a typo or a device error, refused
// with the field named (issue 5 §8). NEWS2's own schema covers the score's range.
export const observationValues = z.strictObject({
  respirationRate: z.number().int().min(0).max(80).nullish(),
  spo2: z.number().min(40).max(100).nullish(),
  onOxygen: z.boolean().nullish(),
  systolicBp: z.number().int().min(30).max(300).nullish(),
  pulse: z.number().int().min(10).max(300).nullish(),
  consciousness: z.enum(CONSCIOUSNESS).nullish(),
  temperature: z.number().min(25).max(45).nullish(),
});
export type ObservationValues = z.infer<typeof observationValues>;
export const observationSetInput = z.strictObject({ takenAt: isoInstant, values: observationValues });
export type ObservationSetInput = z.infer<typeof observationSetInput>;

export const observationSetSaved = z.object({
  id: z.string(),
  complete: z.boolean(),
  total: z.number().nullable(),
  band: z.string().nullable(),
  scale: z.number(),
  missing: z.array(z.string()),
  nextDueAt: z.string().nullable(),
  alert: z.object({ id: z.string(), type: z.enum(ALERT_TYPES) }).nullable(),
});
export type ObservationSetSaved = z.infer<typeof observationSetSaved>;

/** Who changed a set and when, why, and what it was before (and became: the changed fields, NEWS2 too). */
export const observationCorrectionSchema = z.object({
  action: z.enum(['edit', 'void']),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  before: json,
  after: json,
});
export type ObservationCorrection = z.infer<typeof observationCorrectionSchema>;

/** A set with when it was taken and, separately, when and by whom it was entered; voided ones stay listed. */
export const observationSetSchema = z.object({
  id: z.string(),
  version: z.number(),
  takenAt: z.string(),
  enteredAt: z.string(),
  enteredBy: z.string(),
  values: json,
  complete: z.boolean(),
  total: z.number().nullable(),
  band: z.string().nullable(),
  scale: z.number(),
  nextDueAt: z.string().nullable(),
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  corrections: z.array(observationCorrectionSchema),
});
export type ObservationSet = z.infer<typeof observationSetSchema>;
export const observationSetList = z.object({ items: z.array(observationSetSchema) });
export type ObservationSetList = z.infer<typeof observationSetList>;

// A correction over the version read, with its reason: the values given replace those stored (a value
// left out stays), the time moves the set; NEWS2, the next due time and the alerts follow.
const correction = { version, reason: text200 };
export const observationSetEdit = z.strictObject({
  ...correction,
  takenAt: isoInstant.optional(),
  values: observationValues.optional(),
});
export type ObservationSetEdit = z.infer<typeof observationSetEdit>;
export const observationSetVoid = z.strictObject(correction);
export type ObservationSetVoid = z.infer<typeof observationSetVoid>;
export const setParams = z.object({ id: z.uuid(), setId: z.uuid() });
/** The corrected set scored again, at its next version, with the alerts it withdrew. */
export const observationSetCorrected = observationSetSaved.extend({
  version: z.number(),
  withdrawnAlerts: z.array(z.string()),
});
export type ObservationSetCorrected = z.infer<typeof observationSetCorrected>;

export const scale2OrderInput = z.strictObject({ active: z.boolean(), reason: text200.optional() });
export type Scale2OrderInput = z.infer<typeof scale2OrderInput>;
export const scale2OrderSchema = z.object({ active: z.boolean() });
export type Scale2Order = z.infer<typeof scale2OrderSchema>;

// Consciousness and oxygen are for the nurse to assess: a monitor cannot tell them.
export const bedsideVitalsSchema = z.object({
  values: z.object({
    respirationRate: z.number().nullable(),
    spo2: z.number().nullable(),
    systolicBp: z.number().nullable(),
    pulse: z.number().nullable(),
    temperature: z.number().nullable(),
  }),
  at: z.string().nullable(),
});
export type BedsideVitals = z.infer<typeof bedsideVitalsSchema>;

// ── Early-warning alerts ──
export const ackInput = z.strictObject({
  action: z.enum(ACK_ACTIONS),
  note: z.string().trim().max(500).optional(),
  version,
});
export type AckInput = z.infer<typeof ackInput>;
export const ackSchema = z.object({
  id: z.string(),
  status: z.enum(ALERT_STATUSES),
  action: z.enum(ACK_ACTIONS).nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type Ack = z.infer<typeof ackSchema>;

export const alertSchema = z.object({
  id: z.string(),
  type: z.enum(ALERT_TYPES),
  raisedAt: z.string(),
  status: z.enum(ALERT_STATUSES),
  action: z.enum(ACK_ACTIONS).nullable(),
  note: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
});
export type Alert = z.infer<typeof alertSchema>;
export const alertList = z.object({ items: z.array(alertSchema) });
export type AlertList = z.infer<typeof alertList>;

export const responseReportQuery = z.strictObject({ from: isoInstant, to: isoInstant });
// Snake case as the report's rows have always been served.
export const responseReportSchema = z.object({
  items: z.array(
    z.object({
      ward_id: z.string().nullable(),
      ward_name: z.string().nullable(),
      type: z.enum(ALERT_TYPES),
      alerts: z.number(),
      acknowledged: z.number(),
      escalated: z.number(),
      median_ack_min: z.number().nullable(),
      p90_ack_min: z.number().nullable(),
      median_escalation_min: z.number().nullable(),
    }),
  ),
});
export type ResponseReport = z.infer<typeof responseReportSchema>;

// ── The ward board ──
/** An acknowledged alert the next complete set has not yet ended: who did what, when. */
export const acknowledgedAlertSchema = z.object({
  id: z.string(),
  type: z.enum(ALERT_TYPES),
  label,
  raisedAt: z.string(),
  /** NEWS2 of the set that raised it (an overdue alert: of the set that fell due). */
  total: z.number().nullable(),
  escalatedAt: z.string().nullable(),
  action: z.enum(ACK_ACTIONS).nullable(),
  note: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type AcknowledgedAlert = z.infer<typeof acknowledgedAlertSchema>;

/** Beds come most urgent first (domain/monitoring/board-rank.ts), each with its standing. */
export const wardBoardSchema = z.object({
  beds: z.array(
    z.object({
      wardId: z.string(),
      bedId: z.string(),
      bedCode: z.string(),
      patientId: z.string().nullable(),
      patientName: z.string().nullable(),
      caseId: z.string().nullable(),
      caseStatus: z.string().nullable(),
      procedureText: z.string().nullable(),
      news2: z
        .object({
          total: z.number().nullable(),
          band: z.string().nullable(),
          complete: z.boolean(),
          takenAt: z.string(),
        })
        .nullable(),
      trend: z.array(z.number().nullable()),
      nextDueAt: z.string().nullable(),
      alerts: z.array(
        z.object({
          id: z.string(),
          type: z.enum(ALERT_TYPES),
          label,
          raisedAt: z.string(),
          escalatedAt: z.string().nullable(),
          version: z.number(),
        }),
      ),
      standing: z.enum(BED_STANDINGS),
      acknowledged: z.array(acknowledgedAlertSchema),
    }),
  ),
});
export type WardBoard = z.infer<typeof wardBoardSchema>;

// ── Labs ──
export const labInput = z.strictObject({
  analyte: z.enum(LAB_ANALYTES),
  value: z.number().min(5).max(3000),
  takenAt: isoInstant,
});
export type LabInput = z.infer<typeof labInput>;
/** The result is recorded; a creatinine rise may have suggested AKI (the complication registry's id). */
export const labSavedSchema = z.object({
  suggestedComplication: z.string().nullable(),
  aki: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
});
export type LabSaved = z.infer<typeof labSavedSchema>;

// ── Post-op assessments ──
export const postopAssessmentInput = z.strictObject({
  instrument: z.enum(POSTOP_FORMS),
  at: isoInstant,
  input: z.record(z.string(), z.unknown()),
});
export type PostopAssessmentInput = z.infer<typeof postopAssessmentInput>;
export const postopAssessmentSaved = z.object({
  id: z.string(),
  result: json,
  suggestedComplications: z.array(z.string()),
});
export type PostopAssessmentSaved = z.infer<typeof postopAssessmentSaved>;
export const postopAssessmentList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      instrument: z.enum(POSTOP_FORMS),
      version: z.string(),
      at: z.string(),
      input: json,
      result: json,
      complete: z.boolean(),
      total: z.number().nullable(),
    }),
  ),
});
export type PostopAssessmentList = z.infer<typeof postopAssessmentList>;

// ── PACU ──
export const pacuEventInput = z.strictObject({
  code: z.enum(PACU_EVENT_CODES),
  at: isoInstant,
  text: z.string().trim().max(200).optional(),
});
export type PacuEventInput = z.infer<typeof pacuEventInput>;
export const pacuEventSaved = z.object({ id: z.string() });
export type PacuEventSaved = z.infer<typeof pacuEventSaved>;

export const postopSummarySchema = z.object({
  pacuInAt: z.string().nullable(),
  pacuOutAt: z.string().nullable(),
  pacuMinutes: z.number().nullable(),
  pacuDelayed: z.boolean(),
  firstPacuTemperature: z.number().nullable(),
  pacuHypothermia: z.boolean().nullable(),
  dischargeReady: z.boolean().nullable(),
  extubatedAt: z.string().nullable(),
  unplannedReintubation6h: z.boolean(),
  psychRepeatDue: z.boolean(),
  plannedIcu: z.boolean(),
  unplannedIcu: z.boolean(),
});
export type PostopSummary = z.infer<typeof postopSummarySchema>;

// ── Intake and output ──
export const ioInput = z
  .strictObject({
    direction: z.enum(IO_DIRECTIONS),
    kind: z.enum([...IO_IN, ...IO_OUT]),
    volumeMl: z.number().positive().max(10_000),
    at: isoInstant,
  })
  .refine(
    (b) =>
      (b.direction === 'in' ? (IO_IN as readonly IoKind[]) : (IO_OUT as readonly IoKind[])).includes(b.kind),
    { message: 'monitoring.io.kind_direction', path: ['kind'] },
  );
export type IoInput = z.infer<typeof ioInput>;
export const ioSaved = z.object({ id: z.string() });
export type IoSaved = z.infer<typeof ioSaved>;
export const ioSchema = z.object({
  days: z.array(
    z.object({
      day: z.number(),
      start: z.string(),
      inMl: z.number(),
      outMl: z.number(),
      balanceMl: z.number(),
      cumulativeMl: z.number(),
    }),
  ),
  entries: z.array(
    z.object({
      id: z.string(),
      direction: z.enum(IO_DIRECTIONS),
      kind: z.enum([...IO_IN, ...IO_OUT]),
      volumeMl: z.number(),
      at: z.string(),
    }),
  ),
});
export type IoBalance = z.infer<typeof ioSchema>;

// ── Realtime: what monitoring announces on `ward:<id>` and `case:<id>` (id: the case) ──
export type MonitoringEvent =
  /**
   * A set was entered or corrected (`ews.alert` when that raised an alert); an alert was acknowledged.
   * A correction may also have withdrawn alerts: the board reloads on either.
   */
  | { type: 'ews.set' | 'ews.alert' | 'ews.ack'; id: string }
  /** The escalation job escalated alerts or raised overdue ones on the ward (`ward:<id>` only). */
  | { type: 'ews.escalation' }
  /** A post-op assessment, a PACU event or an intake/output entry was recorded (`case:<id>` only). */
  | { type: 'postop.assessment' | 'pacu.event' | 'io'; id: string };

export const monitoringErrors = defineErrors({
  observation_set_voided: {
    status: 409,
    'zh-CN': '该观察记录已作废，不能再修改',
    'en-US': 'This observation set is voided and cannot be changed',
  },
  alert_closed: {
    status: 409,
    'zh-CN': '该预警已被处理',
    'en-US': 'The alert has already been acknowledged',
  },
});
