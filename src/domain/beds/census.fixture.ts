// A deterministic department history for tests and the `beds` bench: wards of regular beds (one ward opens
// four beds mid-February, one closes four for a month of major repair, every ward disinfects a bed for three
// days a year), winter temporary extra beds, two long-standing extra beds, and admissions arriving day by day
// into free beds — some same-day stays, some transfers between wards at 15:00, overflow into other wards and
// into extra beds when the home ward is full. The same arguments always give the same history.
import { seededRandom } from '../common/random';
import { addDays, type CalendarDate, type DatePeriod, dayNumber } from '../quality/bed-days';
import {
  addCalendarMonths,
  type BedClosure,
  type BedCountHistory,
  type ExtraBedPlacement,
  type OpenBedPeriod,
} from './bed-counts';
import type { AdmissionRecord, BedSegment } from './census';
import type { BedHistory } from './census-history';
import { shanghaiDateOf, startOfShanghaiDay } from './census-time';

export type FixtureBed = { id: string; ward: string; extra: boolean };

export type AdmissionHistoryFixture = {
  wards: readonly string[];
  beds: readonly FixtureBed[];
  history: BedHistory;
  /** First to last day of the generated span. */
  period: DatePeriod;
};

export type AdmissionHistoryOptions = {
  /** First day of the history (default 2023-01-01, so three years include 2024-02-29). */
  from?: CalendarDate;
  /** Transfers between wards (default true); false gives single-segment stays only. */
  transfers?: boolean;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MEAN_LOS_DAYS = 11;
const TARGET_OCCUPANCY = 0.9;

type SimBed = FixtureBed & { openMs: number; closeMs: number; freeAt: number; blocked: [number, number][] };

const dayStart = (date: CalendarDate): number => startOfShanghaiDay(date).getTime();

function canUse(bed: SimBed, from: number, to: number): boolean {
  if (bed.freeAt > from || from < bed.openMs || to > bed.closeMs) return false;
  for (const [lo, hi] of bed.blocked) if (from < hi && to > lo) return false;
  return true;
}

/** Poisson draw (Knuth) for the day's arrivals. */
function poisson(rand: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

function bedCountsOf(
  codes: readonly string[],
  bedsPerWard: number,
  from: CalendarDate,
  lastDay: CalendarDate,
  years: number,
): { counts: BedCountHistory; beds: SimBed[] } {
  const regular: OpenBedPeriod[] = [];
  const closures: BedClosure[] = [];
  const extraBeds: ExtraBedPlacement[] = [];
  const beds: SimBed[] = [];
  const lateOpen = addDays(from, 45);
  const lateBeds = bedsPerWard > 8 ? 4 : 0;
  const repairFrom = addCalendarMonths(from, 5);
  const repairTo = addDays(repairFrom, 29);
  codes.forEach((ward, w) => {
    if (w === 0 && lateBeds > 0) {
      regular.push({
        ward,
        openBeds: bedsPerWard - lateBeds,
        validFrom: from,
        validTo: addDays(lateOpen, -1),
      });
      regular.push({ ward, openBeds: bedsPerWard, validFrom: lateOpen, validTo: null });
    } else {
      regular.push({ ward, openBeds: bedsPerWard, validFrom: from, validTo: null });
    }
    for (let n = 1; n <= bedsPerWard; n++) {
      const late = w === 0 && n > bedsPerWard - lateBeds;
      const bed: SimBed = {
        id: `${ward}-${String(n).padStart(2, '0')}`,
        ward,
        extra: false,
        openMs: dayStart(late ? lateOpen : from),
        closeMs: Number.POSITIVE_INFINITY,
        freeAt: 0,
        blocked: [],
      };
      if (w === 1 && lateBeds > 0 && n > bedsPerWard - lateBeds) {
        bed.blocked.push([dayStart(repairFrom), dayStart(addDays(repairTo, 1))]);
      }
      beds.push(bed);
    }
    if (w === 1 && lateBeds > 0) {
      closures.push({ ward, beds: lateBeds, reason: 'major_repair', from: repairFrom, to: repairTo });
    }
    for (let y = 0; y < years; y++) {
      const cFrom = addDays(addCalendarMonths(from, 12 * y + 3), 7 + w);
      const cTo = addDays(cFrom, 2);
      closures.push({ ward, beds: 1, reason: 'disinfection', from: cFrom, to: cTo });
      beds[beds.length - 1 - (y % bedsPerWard)]!.blocked.push([dayStart(cFrom), dayStart(addDays(cTo, 1))]);
    }
    // Winter extra beds (temporary): 1 Dec – end of February each winter.
    const startYear = Number(from.slice(0, 4));
    for (let y = startYear; y < startYear + years; y++) {
      const wFrom = `${y}-12-01`;
      if (dayNumber(wFrom) > dayNumber(lastDay)) continue;
      const wTo = addDays(`${y + 1}-03-01`, -1);
      extraBeds.push({ ward, beds: 3, from: wFrom, to: wTo });
      for (let n = 1; n <= 3; n++) {
        beds.push({
          id: `${ward}-J${n}`,
          ward,
          extra: true,
          openMs: dayStart(wFrom),
          closeMs: dayStart(addDays(wTo, 1)),
          freeAt: 0,
          blocked: [],
        });
      }
    }
  });
  if (codes.length > 0) {
    // Two extra beds that stay for good: open beds from six months after placement (§3).
    const ward = codes[0]!;
    const lFrom = addDays(from, 20);
    extraBeds.push({ ward, beds: 2, from: lFrom, to: null });
    for (let n = 1; n <= 2; n++) {
      beds.push({
        id: `${ward}-L${n}`,
        ward,
        extra: true,
        openMs: dayStart(lFrom),
        closeMs: Number.POSITIVE_INFINITY,
        freeAt: 0,
        blocked: [],
      });
    }
  }
  return { counts: { regular, closures, extraBeds }, beds };
}

/**
 * A department history of `wards` wards (a count, coded W01, W02 …, or the codes) with `bedsPerWard` regular
 * beds each over `years` years, from a seed. For 400 beds about 33 admissions a day (≈ 12,000 a year, demand
 * for 90 % occupancy of which ≈ 80 % is reached, mean stay ≈ 10 days), 4 % same-day stays, 8 % of stays of 3
 * days or more transferred to another ward at 15:00; a move after the end of the span has not happened yet.
 */
export function buildAdmissionHistory(
  wards: number | readonly string[],
  bedsPerWard: number,
  years: number,
  seed: number,
  options: AdmissionHistoryOptions = {},
): AdmissionHistoryFixture {
  const codes =
    typeof wards === 'number'
      ? Array.from({ length: wards }, (_, i) => `W${String(i + 1).padStart(2, '0')}`)
      : [...wards];
  const from = options.from ?? '2023-01-01';
  const transfers = options.transfers ?? true;
  const lastDay = addDays(addCalendarMonths(from, 12 * years), -1);
  const endMs = dayStart(addDays(lastDay, 1));
  const rand = seededRandom(seed);
  const { counts, beds } = bedCountsOf(codes, bedsPerWard, from, lastDay, years);
  const regularBy = new Map<string, SimBed[]>(codes.map((w) => [w, []]));
  const extraBy = new Map<string, SimBed[]>(codes.map((w) => [w, []]));
  for (const b of beds) (b.extra ? extraBy : regularBy).get(b.ward)!.push(b);
  // Regular beds of the other wards: where an overflow or a transfer may go.
  const othersOf = new Map<string, SimBed[]>(
    codes.map((w) => [w, beds.filter((x) => !x.extra && x.ward !== w)]),
  );
  // Uneven demand: later wards are wanted more, so the pool has something to balance.
  const weights = codes.map((_, i) => 1 + 0.12 * i);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const pickWard = (): string => {
    let u = rand() * weightSum;
    for (let i = 0; i < codes.length; i++) {
      u -= weights[i]!;
      if (u <= 0) return codes[i]!;
    }
    return codes[codes.length - 1]!;
  };
  const findBed = (list: readonly SimBed[], a: number, b: number): SimBed | null => {
    const start = Math.floor(rand() * list.length);
    for (let k = 0; k < list.length; k++) {
      const bed = list[(start + k) % list.length]!;
      if (canUse(bed, a, b)) return bed;
    }
    return null;
  };
  const segments: BedSegment[] = [];
  const admissions: AdmissionRecord[] = [];
  const perDay = (codes.length * bedsPerWard * TARGET_OCCUPANCY) / MEAN_LOS_DAYS;
  const totalDays = dayNumber(lastDay) - dayNumber(from) + 1;
  let n = 0;
  for (let d = 0; d < totalDays && codes.length > 0; d++) {
    const day = dayStart(from) + d * DAY;
    const times = Array.from({ length: poisson(rand, perDay) }, () => day + (8 + rand() * 12) * HOUR).sort(
      (x, y) => x - y,
    );
    for (const a of times) {
      const sameDay = rand() < 0.04;
      const los = sameDay ? 0 : 1 + Math.min(59, Math.floor(-Math.log(1 - rand()) * (MEAN_LOS_DAYS - 1)));
      const b = sameDay
        ? a + (1 + rand() * Math.max(0.5, (day + 23.5 * HOUR - a) / HOUR - 1)) * HOUR
        : day + los * DAY + (9 + rand() * 7) * HOUR;
      const home = pickWard();
      const bed =
        findBed(regularBy.get(home)!, a, b) ??
        findBed(extraBy.get(home)!, a, b) ??
        findBed(othersOf.get(home)!, a, b);
      if (bed === null) continue;
      n++;
      const admissionId = `A${String(n).padStart(6, '0')}`;
      const patientId = `P${String(n).padStart(6, '0')}`;
      const stays: { bed: SimBed; from: number; to: number }[] = [{ bed, from: a, to: b }];
      if (transfers && los >= 3 && rand() < 0.08) {
        const t = day + (1 + Math.floor(rand() * (los - 1))) * DAY + 15 * HOUR;
        const target = findBed(othersOf.get(bed.ward)!, t, b);
        if (target !== null) {
          stays[0]!.to = t;
          stays.push({ bed: target, from: t, to: b });
        }
      }
      for (const s of stays) {
        s.bed.freeAt = s.to + HOUR;
        // A move after the end of the history has not happened yet.
        if (s.from >= endMs) continue;
        segments.push({
          admissionId,
          patientId,
          ward: s.bed.ward,
          bedId: s.bed.id,
          temporary: s.bed.extra,
          from: new Date(s.from),
          to: s.to > endMs ? null : new Date(s.to),
        });
      }
      admissions.push({
        admissionId,
        patientId,
        admissionDate: shanghaiDateOf(new Date(a)),
        dischargeDate: b > endMs ? null : shanghaiDateOf(new Date(b)),
      });
    }
  }
  return {
    wards: codes,
    beds: beds.map(({ id, ward, extra }) => ({ id, ward, extra })),
    history: { segments, admissions, bedCounts: counts, asOf: new Date(endMs) },
    period: { from, to: lastDay },
  };
}
