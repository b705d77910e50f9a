// Quality control's contract (质控): the national anesthesia QC indicators of a period with the cases behind
// each term, their 12-month trend, the department KPIs, the year's staffing, and the exports — request and
// response schemas of every route — and its error codes.
import { z } from 'zod';
import { TERMS } from '../domain/quality/compute';
import { STAFF_CATEGORIES } from '../domain/quality/staffing';
import { UNIT_FACTOR } from '../domain/quality/types';
import { isoDate } from '../domain/registry/schemas';
import { defineErrors } from './error-def';

export const EDITIONS = ['2022', '2015'] as const;
const edition = z.enum(EDITIONS);
const localText = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const DAY_MS = 86_400_000;

/** `wards=TS1,TS2`: the ward codes to keep; absent = every ward of the actor's scope. */
const wards = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,32}(,[A-Za-z0-9-]{1,32})*$/, { message: 'quality.wards.format' })
  .transform((s) => s.split(','))
  .optional();

/** A period of local (UTC+08:00) calendar days, both ends included (history-import.md §1). */
const period = { from: isoDate, to: isoDate, wards };
type Period = { from: string; to: string };
const ordered = <T extends z.ZodType<Period>>(schema: T) =>
  schema
    .refine((p) => p.from <= p.to, { path: ['to'], message: 'quality.period.reversed' })
    .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 3660 * DAY_MS, {
      path: ['to'],
      message: 'quality.period.too_long',
    });

export const indicatorsQuery = ordered(z.strictObject({ edition, ...period }));
export type IndicatorsQuery = z.infer<typeof indicatorsQuery>;

export const term = z.enum(TERMS);
export const indicatorCasesQuery = ordered(
  z.strictObject({ edition, ...period, term: term.default('numerator') }),
);
export type IndicatorCasesQuery = z.infer<typeof indicatorCasesQuery>;
export const codeParams = z.object({ code: z.string().min(1).max(40) });

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'quality.month.format' });
export const trendQuery = z.strictObject({ edition, month, wards });
export type TrendQuery = z.infer<typeof trendQuery>;
export const reportQuery = trendQuery;
export type ReportQuery = TrendQuery;

export const kpisQuery = ordered(z.strictObject(period));
export type KpisQuery = z.infer<typeof kpisQuery>;

const units = Object.keys(UNIT_FACTOR) as [keyof typeof UNIT_FACTOR, ...(keyof typeof UNIT_FACTOR)[]];

export const indicatorItem = z.object({
  code: z.string(),
  edition,
  name: localText,
  unit: z.enum(units),
  counting: z.enum(['episode', 'person', 'staffing']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** In the indicator's own unit (96.18 for 96.18 %); null when the denominator is 0 or not reported. */
  value: z.number().nullable(),
  missing: z.number(),
  unclassifiable: z.number(),
  excluded: z.number(),
  /** The figure with unknown numerator status counted as non-events (labelled); null when nothing is missing. */
  unknownsAsNonEvents: z
    .object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() })
    .nullable(),
  source: z.string(),
  readings: z.array(z.string()),
});
export type IndicatorItem = z.infer<typeof indicatorItem>;
export const indicatorsResponse = z.object({
  edition,
  from: z.string(),
  to: z.string(),
  wards: z.array(z.string()),
  items: z.array(indicatorItem),
});
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;

export const trendResponse = z.object({
  edition,
  /** The 12 months ending with the asked one, oldest first. */
  months: z.array(z.string()),
  items: z.array(z.object({ code: z.string(), values: z.array(z.number().nullable()) })),
});
export type TrendResponse = z.infer<typeof trendResponse>;

export const indicatorCase = z.object({
  caseId: z.string(),
  /** The imported episode id; null for a case entered in Periop. */
  externalId: z.string().nullable(),
  /** The import's person id, or the patient's MRN. */
  personId: z.string(),
  source: z.enum(['periop', 'import']),
  patientName: z.string().nullable(),
  /** The period anchor: room entry, else the scheduled start. */
  anchorAt: z.string(),
  procedure: z.string().nullable(),
  wardCode: z.string().nullable(),
});
export type IndicatorCase = z.infer<typeof indicatorCase>;
export const indicatorCasesResponse = z.object({
  code: z.string(),
  term,
  /** Persons for a person-based indicator's count; the list holds each person's episodes behind the term. */
  count: z.number(),
  items: z.array(indicatorCase),
});
export type IndicatorCasesResponse = z.infer<typeof indicatorCasesResponse>;

const proportion = z.object({
  numerator: z.number(),
  denominator: z.number(),
  /** A fraction (0.25 for 25 %); null, like the bounds, when the denominator is 0. */
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** Units left out of both terms because the deciding datum is unknown. */
  unknown: z.number(),
  countingNote: z.enum(['persons_per_admission', 'episodes', 'persons']),
});
export type Proportion = z.infer<typeof proportion>;
export const kpisResponse = z.object({
  from: z.string(),
  to: z.string(),
  wards: z.array(z.string()),
  homeProvince: z.string(),
  operations: z.number(),
  ablationCount: z.number(),
  grade4Share: proportion,
  minimallyInvasiveShare: proportion,
  minimallyInvasiveShareExcludingAblation: proportion,
  roboticShare: proportion,
  outsideProvinceShare: proportion,
  mortality28d: proportion,
  clavienIIIPlusShare: proportion,
  bedOccupancy: z.object({
    occupiedBedDays: z.number(),
    openBedDays: z.number(),
    value: z.number().nullable(),
  }),
  averageLengthOfStay: z.object({
    discharges: z.number(),
    sumLosDays: z.number(),
    value: z.number().nullable(),
  }),
});
export type KpisResponse = z.infer<typeof kpisResponse>;

const headcount = z
  .number()
  .int({ message: 'quality.headcount.range' })
  .min(0, { message: 'quality.headcount.range' })
  .max(9999, { message: 'quality.headcount.range' });
export const yearParams = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const staffingInput = z.strictObject({
  counts: z.strictObject(
    Object.fromEntries(STAFF_CATEGORIES.map((c) => [c, headcount])) as Record<
      (typeof STAFF_CATEGORIES)[number],
      typeof headcount
    >,
  ),
});
export type StaffingInput = z.infer<typeof staffingInput>;
export const staffingResponse = z.object({
  year: z.number(),
  counts: z.record(z.enum(STAFF_CATEGORIES), z.number().nullable()),
  source: z.enum(['entered', 'import']).nullable(),
  updatedAt: z.string().nullable(),
});
export type StaffingResponse = z.infer<typeof staffingResponse>;

export const qualityErrors = defineErrors({
  quality_unknown_indicator: {
    status: 400,
    'zh-CN': '{edition} 版没有编号为 {code} 的质控指标',
    'en-US': 'The {edition} edition has no QC indicator {code}',
  },
});

/** An imported case-episode as the drill-down opens it: the row's own data and the facts the indicators read. */
export const episodeResponse = z.object({
  id: z.string(),
  externalId: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  sex: z.string(),
  birthDate: z.string().nullable(),
  import: z.object({ id: z.string(), file: z.string(), row: z.number() }),
  recordLevel: z.string(),
  admission: z
    .object({ id: z.string(), admissionDate: z.string().nullable(), dischargeDate: z.string().nullable() })
    .nullable(),
  wardCode: z.string().nullable(),
  province: z.string().nullable(),
  procedureType: z.string(),
  procedureName: z.string().nullable(),
  surgeryDate: z.string().nullable(),
  grade: z.number().nullable(),
  approach: z.string().nullable(),
  asa: z.number().nullable(),
  urgency: z.string().nullable(),
  caseStatus: z.string(),
  location: z.string().nullable(),
  complications: z.string().nullable(),
  deathDate: z.string().nullable(),
  anchorAt: z.string(),
  /** Each indicator of both editions this episode stands in, and how (numerator, denominator, missing …). */
  indicators: z.array(z.object({ edition, code: z.string(), name: localText, outcome: z.string() })),
});
export type EpisodeResponse = z.infer<typeof episodeResponse>;
