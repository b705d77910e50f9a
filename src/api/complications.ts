// The complication registry's contract: a case's complications, recording one, deciding a rule's
// suggestion (confirm with a Clavien–Dindo grade, or dismiss), and the 28-day outcome — request and
// response schemas of every route, the realtime events it publishes, and its error codes.
import { z } from 'zod';
import { OUTCOME_SOURCES, OUTCOME_STATUSES } from '../domain/complications/outcome';
import { CD_GRADES, COMPLICATION_STATUSES, COMPLICATION_TYPES } from '../domain/complications/vocabulary';
import { isoInstant } from '../domain/scores/time';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();

export const complicationSchema = z.object({
  id: z.string(),
  type: z.enum(COMPLICATION_TYPES),
  label: z.object({ zh: z.string(), en: z.string() }),
  onsetAt: z.string(),
  status: z.enum(COMPLICATION_STATUSES),
  rule: z.string().nullable(),
  evidence: z.record(z.string(), z.unknown()).nullable(),
  grade: z.enum(CD_GRADES).nullable(),
  disability: z.boolean(),
  treatment: z.string().nullable(),
  outcome: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number(),
});
export type Complication = z.infer<typeof complicationSchema>;
export const complicationList = z.object({ items: z.array(complicationSchema) });
export type ComplicationList = z.infer<typeof complicationList>;

export const complicationInput = z.strictObject({
  type: z.enum(COMPLICATION_TYPES),
  onsetAt: isoInstant,
  grade: z.enum(CD_GRADES),
  disability: z.boolean().default(false),
  treatment: z.string().trim().max(500).optional(),
  outcome: z.string().trim().max(200).optional(),
});
export type ComplicationInput = z.infer<typeof complicationInput>;

export const decisionInput = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('confirm'),
    grade: z.enum(CD_GRADES),
    disability: z.boolean().default(false),
    treatment: z.string().trim().max(500).optional(),
    outcome: z.string().trim().max(200).optional(),
    version,
  }),
  z.strictObject({
    decision: z.literal('dismiss'),
    reason: z.string().trim().min(1).max(200),
    version,
  }),
]);
export type DecisionInput = z.infer<typeof decisionInput>;

export const outcomeSchema = z.object({
  status: z.enum(OUTCOME_STATUSES).nullable(),
  deathAt: z.string().nullable(),
  cause: z.string().nullable(),
  source: z.enum(OUTCOME_SOURCES).nullable(),
  /** AQI-TPM-25: death within 24 h after anesthesia. */
  diedWithin24h: z.boolean(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

// ── Realtime: what the registry announces on `ward:<id>` and `case:<id>` (id: the case) ──
export type ComplicationsEvent = { type: 'complication.suggested'; id: string };

export const complicationsErrors = defineErrors({
  complication_decided: {
    status: 409,
    'zh-CN': '该并发症提示已被确认或排除',
    'en-US': 'The suggested complication has already been decided',
  },
});
