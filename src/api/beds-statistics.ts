// The bed statistics' contract (床位统计, issue 13 §5): the NHC figures of a period and a set of wards
// (china-standards.md §3), the month-by-month table per ward with the pool's balance, the midnight census
// of a date, and the Excel export — request and response schemas of every route, and the error codes.
import { z } from 'zod';
import { dayNumber } from '../domain/quality/bed-days';
import { isoDate } from '../domain/registry/schemas';
import { defineErrors } from './error-def';

const DAY_MS = 86_400_000;
/** The longest period asked for at once: ten years (as the quality pages). */
const MAX_DAYS = 3660;
const MAX_MONTHS = 120;

const realDate = (s: string): boolean => {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
};

/** A real calendar date, YYYY-MM-DD (Asia/Shanghai). */
export const calendarDate = isoDate.refine(realDate, { message: 'date.format' });
/** A calendar month, YYYY-MM. */
export const calendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'quality.month.format' });

/** `wards=TS1,TS2`: ward codes, each once; absent = every ward of the department within the user's wards. */
export const wardCodes = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,32}(,[A-Za-z0-9-]{1,32})*$/, { message: 'quality.wards.format' })
  .transform((s) => [...new Set(s.split(','))])
  .optional();

type Span = { from: string; to: string };
const daysApart = (p: Span) => (Date.parse(p.to) - Date.parse(p.from)) / DAY_MS;
const monthsApart = (p: Span) =>
  (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 +
  Number(p.to.slice(5, 7)) -
  Number(p.from.slice(5, 7));

/** GET /api/v1/beds/statistics: a period of calendar days, both ends included. */
export const bedStatisticsQuery = z
  .strictObject({ from: calendarDate, to: calendarDate, wards: wardCodes })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'quality.period.reversed' })
  .refine((p) => daysApart(p) <= MAX_DAYS, { path: ['to'], message: 'quality.period.too_long' });
export type BedStatisticsQuery = z.infer<typeof bedStatisticsQuery>;

/** GET …/statistics/monthly and …/statistics/export.xlsx: whole calendar months, both ends included. */
export const bedMonthlyQuery = z
  .strictObject({ from: calendarMonth, to: calendarMonth, wards: wardCodes })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'quality.period.reversed' })
  .refine((p) => monthsApart(p) < MAX_MONTHS, { path: ['to'], message: 'quality.period.too_long' });
export type BedMonthlyQuery = z.infer<typeof bedMonthlyQuery>;

/** GET /api/v1/beds/census: the midnight census at 24:00 of `date`. */
export const bedCensusQuery = z.strictObject({ date: calendarDate, wards: wardCodes });
export type BedCensusQuery = z.infer<typeof bedCensusQuery>;

/**
 * The nine figures of china-standards.md §3, exactly these keys (acceptance checks rely on them).
 * Occupancy is a fraction; a figure whose denominator is 0 is null.
 */
export const bedFigures = z.object({
  /** 实际开放总床日数. */
  openBedDays: z.number(),
  /** 实际占用总床日数 (same-day stays = 1). */
  occupiedBedDays: z.number(),
  /** 平均开放病床数 = open bed-days / census days. */
  averageOpenBeds: z.number().nullable(),
  /** 病床使用率 = occupied / open bed-days, a fraction. */
  occupancy: z.number().nullable(),
  /** 病床周转次数 = discharges / average open beds. */
  turnover: z.number().nullable(),
  /** 平均病床工作日 = occupied bed-days / average open beds. */
  averageBedWorkingDays: z.number().nullable(),
  /** 出院人数. */
  discharges: z.number(),
  /** 出院者占用总床日数. */
  dischargedBedDays: z.number(),
  /** 出院者平均住院日 = discharged bed-days / discharges. */
  averageLengthOfStay: z.number().nullable(),
});
export type BedFigures = z.infer<typeof bedFigures>;
export const bedStatisticsResponse = bedFigures;

const withDays = bedFigures.extend({
  /** Census days counted (the period's days, cut at the present). */
  days: z.number(),
});
const occupancyOf = z.object({ ward: z.string(), occupancy: z.number() });
export const wardBalanceSchema = z.object({
  wardsCompared: z.number(),
  /** Highest − lowest ward occupancy (各病区占用率极差), a fraction; null with fewer than two wards. */
  spread: z.number().nullable(),
  standardDeviation: z.number().nullable(),
  highest: occupancyOf.nullable(),
  lowest: occupancyOf.nullable(),
});
export type WardBalanceDto = z.infer<typeof wardBalanceSchema>;

export const statisticsWard = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
});
export type StatisticsWard = z.infer<typeof statisticsWard>;

const wardFigures = withDays.extend({ ward: z.string() });
export type WardFigures = z.infer<typeof wardFigures>;
export const monthStatistics = z.object({
  /** YYYY-MM. */
  month: z.string(),
  /** The month's first and last day. */
  from: z.string(),
  to: z.string(),
  /** In the order of `wards`. */
  wards: z.array(wardFigures),
  /** The selected wards together. */
  department: withDays,
  balance: wardBalanceSchema,
});
export type MonthStatisticsDto = z.infer<typeof monthStatistics>;

export const bedMonthlyResponse = z.object({
  from: z.string(),
  to: z.string(),
  wards: z.array(statisticsWard),
  months: z.array(monthStatistics),
  /** The whole period: per ward, the department and the balance of the period's occupancies. */
  total: z.object({ wards: z.array(wardFigures), department: withDays, balance: wardBalanceSchema }),
  /** Admissions left out of every figure because their bed history contradicts itself. */
  skippedAdmissions: z.number(),
});
export type BedMonthlyResponse = z.infer<typeof bedMonthlyResponse>;

export const censusOccupant = z.object({
  admissionId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  mrn: z.string(),
  bedId: z.string().nullable(),
  /** null = an unregistered extra bed, or an imported stay whose bed is unknown. */
  bedCode: z.string().nullable(),
  extraBed: z.boolean(),
  /** When the patient came into this bed. */
  since: z.string(),
});
export type CensusOccupantDto = z.infer<typeof censusOccupant>;
export const wardCensus = z.object({
  ward: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  /** Inpatients present at the midnight (extra beds included). */
  present: z.number(),
  inExtraBeds: z.number(),
  /** Open beds at that midnight (§3). */
  openBeds: z.number(),
  occupants: z.array(censusOccupant),
});
export const bedCensusResponse = z.object({
  date: z.string(),
  /** 24:00 of the date, Asia/Shanghai, as an instant. */
  midnight: z.string(),
  /** The midnight has not come yet: the census as the history stands now. */
  provisional: z.boolean(),
  wards: z.array(wardCensus),
  department: z.object({ present: z.number(), inExtraBeds: z.number(), openBeds: z.number() }),
  conflicts: z.array(
    z.object({
      kind: z.enum(['bed_double_occupied', 'admission_in_two_places']),
      bedId: z.string().nullable(),
      admissionIds: z.array(z.string()),
      wards: z.array(z.string()),
    }),
  ),
});
export type BedCensusResponse = z.infer<typeof bedCensusResponse>;

export const bedsStatisticsErrors = defineErrors({
  beds_statistics_inconsistent: {
    status: 409,
    'zh-CN': '床位记录前后矛盾，无法计算床位统计，请核对床位记录：{reason}',
    'en-US':
      'The bed records contradict each other; check them before the statistics can be computed: {reason}',
  },
});
