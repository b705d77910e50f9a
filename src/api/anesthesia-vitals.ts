// The anesthesia record's vital signs (monitor and manual readings, artefacts, the chart's series) and
// the big screen (术中监控大屏): the request and response of their routes.
import { z } from 'zod';
import { BUCKET_SECONDS } from '../domain/anesthesia/downsample';
import { ALERT_KINDS } from '../domain/anesthesia/intraop-alerts';
import { PARAMETER_CODES, PARAMETERS } from '../domain/interop/parameters';
import { isoInstant } from '../domain/scores/time';

const shortText = z.string().trim().min(1).max(200);

// ── Vital signs ──
const range = { from: isoInstant.optional(), to: isoInstant.optional() };

export const manualReadingInput = z
  .strictObject({
    param: z.enum(PARAMETER_CODES as [string, ...string[]]),
    value: z.number(),
    at: isoInstant,
  })
  .superRefine((b, ctx) => {
    const p = PARAMETERS[b.param as keyof typeof PARAMETERS];
    if (p && (b.value < p.min || b.value > p.max))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${p.min}–${p.max} ${p.unit}` });
  });
export type ManualReadingInput = z.infer<typeof manualReadingInput>;
export const readingResult = z.object({ id: z.number() });
export type ReadingResult = z.infer<typeof readingResult>;
export const artefactInput = z.strictObject({ reason: shortText });
export type ArtefactInput = z.infer<typeof artefactInput>;

export const observationPageQuery = z.strictObject({
  ...range,
  param: z.string().max(40).optional(),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(5000),
});
export const observationSchema = z.object({
  id: z.number(),
  param: z.string(),
  loinc: z.string(),
  channel: z.string(),
  value: z.number(),
  unit: z.string(),
  observedAt: z.string(),
  observedAtRaw: z.string().nullable(),
  deviceId: z.string().nullable(),
  source: z.string(),
  artefact: z.boolean(),
});
export type Observation = z.infer<typeof observationSchema>;
export const observationPage = z.object({
  items: z.array(observationSchema),
  nextCursor: z.string().nullable(),
  complete: z.boolean(),
});

export const seriesQuery = z.strictObject({
  ...range,
  bucketSeconds: z.coerce
    .number()
    .int()
    .refine((s) => (BUCKET_SECONDS as readonly number[]).includes(s), {
      message: `one of ${BUCKET_SECONDS.join(', ')}`,
    })
    .optional(),
});
const numbers = z.array(z.number());
/** Every reading of the case in time buckets, per source as columnar arrays; artefacts one by one. */
export const seriesSchema = z.object({
  bucketSeconds: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  count: z.number(),
  series: z.array(
    z.object({
      param: z.string(),
      channel: z.string(),
      deviceId: z.string().nullable(),
      unit: z.string(),
      t: numbers,
      n: numbers,
      min: numbers,
      max: numbers,
      last: numbers,
      minId: numbers,
      maxId: numbers,
    }),
  ),
  artefacts: z.array(
    z.object({
      id: z.number(),
      param: z.string(),
      channel: z.string(),
      deviceId: z.string().nullable(),
      t: z.number(),
      value: z.number(),
    }),
  ),
});
export type VitalSeries = z.infer<typeof seriesSchema>;

// ── The big screen (术中监控大屏) ──
export const overviewSchema = z.object({
  rooms: z.array(
    z.object({
      room: z.string(),
      caseId: z.string().nullable(),
      status: z.string().nullable(),
      patientName: z.string().nullable(),
      patientMrn: z.string().nullable(),
      procedureText: z.string().nullable(),
      vitals: z.record(z.string(), z.object({ value: z.number(), at: z.string() })),
      alerts: z.array(
        z.object({ kind: z.enum(ALERT_KINDS), start: z.string(), end: z.string(), extreme: z.number() }),
      ),
    }),
  ),
});
export type OverviewRooms = z.infer<typeof overviewSchema>;
