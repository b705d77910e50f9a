// Day-by-day figures of each ward over a period, from the replayed history, in O(segments + wards × days):
// every segment adds +1/−1 to its ward's difference array over census days, so no segment is walked day by day.
// Sums over any sub-range (a month, the period) then come from the arrays (china-standards.md §3).
import { type DatePeriod, periodDays } from '../quality/bed-days';
import { openBedsByWard } from './bed-counts';
import { type BedHistory, type HistoryIssue, replayAdmissions, wardsOf } from './census-history';
import { lastCensusDayAt } from './census-time';

/** Per ward (index as in `wards`) and census day (index 0 = day number `first`). */
export type WardDaySeries = {
  wards: readonly string[];
  /** Day number of index 0 (the period's first day). */
  first: number;
  /** Census days counted: the period, cut at the history's asOf (0 = none has happened yet). */
  days: number;
  /** Inpatients present at 24:00, plus 1 per same-day stay on its date (实际占用床日, §3). */
  occupied: readonly Int32Array[];
  /** Open beds at 24:00 (实际开放床位, §3; bed-counts.ts). */
  open: readonly Int32Array[];
  /** Discharges by discharge date, counted to the ward of the final segment. */
  discharges: readonly Int32Array[];
  /** Their lengths of stay, discharge − admission date, 0 → 1 (出院者占用总床日数, §3). */
  dischargedBedDays: readonly Int32Array[];
  /** Admissions left out because their history is inconsistent (census-history.ts). */
  skipped: readonly HistoryIssue[];
};

/** The wards selected: absent or null = every ward of the history; listed = those, each once, in order. */
export function selectWards(history: BedHistory, wards: readonly string[] | null | undefined): string[] {
  if (wards === null || wards === undefined) return wardsOf(history);
  return [...new Set(wards)];
}

export function buildWardDaySeries(
  history: BedHistory,
  period: DatePeriod,
  wards?: readonly string[] | null,
): WardDaySeries {
  const { first, last: periodLast } = periodDays(period);
  const last = Math.min(periodLast, lastCensusDayAt(history.asOf));
  const days = Math.max(0, last - first + 1);
  const codes = selectWards(history, wards);
  const index = new Map<string, number>(codes.map((w, i) => [w, i]));
  const diff = codes.map(() => new Int32Array(days + 1));
  const discharges = codes.map(() => new Int32Array(days));
  const dischargedBedDays = codes.map(() => new Int32Array(days));
  const sameDay = codes.map(() => new Int32Array(days));
  const { admissions, issues } = replayAdmissions(history.segments, history.admissions);
  for (const a of admissions) {
    for (const s of a.stretches) {
      const w = index.get(s.ward);
      if (w === undefined) continue;
      // §3 midnight census: present at 24:00 of each day the segment covers, in the segment's ward.
      const lo = Math.max(s.first, first);
      const hi = Math.min(s.last, last);
      if (lo > hi) continue;
      diff[w]![lo - first]! += 1;
      diff[w]![hi - first + 1]! -= 1;
    }
    if (a.dischargeDay === null || a.dischargeDay < first || a.dischargeDay > last) continue;
    const w = index.get(a.finalWard);
    if (w === undefined) continue;
    const d = a.dischargeDay - first;
    // §3: a same-day stay counts 1 occupied bed-day (and 1 discharge with 1 bed-day), on its date.
    if (a.sameDay) sameDay[w]![d]! += 1;
    discharges[w]![d]! += 1;
    // §3 出院者占用总床日数: LOS = discharge date − admission date, a same-day stay = 1.
    dischargedBedDays[w]![d]! += Math.max(1, a.dischargeDay - a.admissionDay);
  }
  const occupied = diff.map((dw, w) => {
    const out = new Int32Array(days);
    let running = 0;
    for (let i = 0; i < days; i++) {
      running += dw[i]!;
      out[i] = running + sameDay[w]![i]!;
    }
    return out;
  });
  const openMap = openBedsByWard(history.bedCounts, codes, first, last);
  const open = codes.map((w) => openMap.get(w)!);
  return { wards: codes, first, days, occupied, open, discharges, dischargedBedDays, skipped: issues };
}

/** Totals of some wards over census-day indexes lo … hi (both included) of a series. */
export type SeriesTotals = {
  days: number;
  openBedDays: number;
  occupiedBedDays: number;
  discharges: number;
  dischargedBedDays: number;
};

export function sumSeries(
  series: WardDaySeries,
  wardIndexes: readonly number[],
  lo: number,
  hi: number,
): SeriesTotals {
  const from = Math.max(0, lo);
  const to = Math.min(series.days - 1, hi);
  const totals: SeriesTotals = {
    days: Math.max(0, to - from + 1),
    openBedDays: 0,
    occupiedBedDays: 0,
    discharges: 0,
    dischargedBedDays: 0,
  };
  for (const w of wardIndexes) {
    const open = series.open[w]!;
    const occupied = series.occupied[w]!;
    const discharges = series.discharges[w]!;
    const bedDays = series.dischargedBedDays[w]!;
    for (let i = from; i <= to; i++) {
      totals.openBedDays += open[i]!;
      totals.occupiedBedDays += occupied[i]!;
      totals.discharges += discharges[i]!;
      totals.dischargedBedDays += bedDays[i]!;
    }
  }
  return totals;
}
