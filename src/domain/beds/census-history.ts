// The event history the bed statistics replay: every admission with its bed segments, checked so that no
// patient is counted twice or counted where the history contradicts itself. An admission whose history is
// inconsistent is left out of every figure and reported with its reason (never silently repaired).
import { dayNumber } from '../quality/bed-days';
import type { BedCountHistory } from './bed-counts';
import type { AdmissionRecord, BedSegment } from './census';
import { nightsCovered } from './census-time';

/** Everything the bed statistics read. */
export type BedHistory = {
  segments: readonly BedSegment[];
  admissions: readonly AdmissionRecord[];
  bedCounts: BedCountHistory;
  /**
   * The instant the history is known up to: census days whose 24:00 is after it are not counted (neither
   * occupied nor open, nor that day's discharges). Absent or null = the whole period has happened.
   */
  asOf?: Date | null;
};

export type HistoryIssueReason =
  | 'no_admission_record'
  | 'duplicate_admission_record'
  | 'no_segments'
  | 'discharge_before_admission'
  | 'segment_ends_before_start'
  | 'overlapping_segments'
  | 'open_segment_after_discharge'
  | 'patient_mismatch';

export type HistoryIssue = { admissionId: string; reason: HistoryIssueReason };

/** One admission ready to count: segments by start, with the census days each covers. */
export type ReplayedAdmission = {
  record: AdmissionRecord;
  admissionDay: number;
  dischargeDay: number | null;
  /** Per segment, by start: its ward and the census days it covers (census-time.ts nightsCovered). */
  stretches: readonly { ward: string; first: number; last: number }[];
  /** Ward of the last segment: where the discharge counts (issue 13 §5). */
  finalWard: string;
  /** Admitted and discharged on one date, present at no midnight: 1 occupied bed-day (§3). */
  sameDay: boolean;
};

export const HISTORY_ISSUE_TEXT: Record<HistoryIssueReason, string> = {
  no_admission_record: '床位记录没有对应的住院记录 / bed segments without an admission record',
  duplicate_admission_record: '住院记录重复 / the admission record appears twice',
  no_segments: '住院没有床位记录 / the admission has no bed segment',
  discharge_before_admission: '出院日期早于入院日期 / discharge date before admission date',
  segment_ends_before_start: '床位记录结束早于开始 / a bed segment ends before it starts',
  overlapping_segments: '同一住院的床位记录重叠 / bed segments of one admission overlap',
  open_segment_after_discharge: '已出院但床位记录未结束 / discharged, but a bed segment is still open',
  patient_mismatch: '床位记录与住院记录的患者不一致 / a bed segment names another patient',
};

type Entry = {
  record: AdmissionRecord | null;
  duplicated: boolean;
  segments: BedSegment[];
};

/** Groups the segments by admission and checks each admission; inconsistent ones come back as issues. */
export function replayAdmissions(
  segments: readonly BedSegment[],
  admissions: readonly AdmissionRecord[],
): { admissions: ReplayedAdmission[]; issues: HistoryIssue[] } {
  const entries = new Map<string, Entry>();
  for (const a of admissions) {
    const entry = entries.get(a.admissionId);
    if (entry === undefined) entries.set(a.admissionId, { record: a, duplicated: false, segments: [] });
    else entry.duplicated = true;
  }
  for (const s of segments) {
    const entry = entries.get(s.admissionId);
    if (entry === undefined) entries.set(s.admissionId, { record: null, duplicated: false, segments: [s] });
    else entry.segments.push(s);
  }
  const issues: HistoryIssue[] = [];
  const replayed: ReplayedAdmission[] = [];
  for (const [admissionId, entry] of entries) {
    const result =
      entry.record === null
        ? 'no_admission_record'
        : entry.duplicated
          ? 'duplicate_admission_record'
          : replayOne(entry.record, entry.segments);
    if (typeof result === 'string') issues.push({ admissionId, reason: result });
    else replayed.push(result);
  }
  return { admissions: replayed, issues };
}

function replayOne(record: AdmissionRecord, segments: BedSegment[]): ReplayedAdmission | HistoryIssueReason {
  if (segments.length === 0) return 'no_segments';
  const admissionDay = dayNumber(record.admissionDate);
  const dischargeDay = record.dischargeDate === null ? null : dayNumber(record.dischargeDate);
  if (dischargeDay !== null && dischargeDay < admissionDay) return 'discharge_before_admission';
  const sorted =
    segments.length === 1 ? segments : segments.sort((a, b) => a.from.getTime() - b.from.getTime());
  const stretches: { ward: string; first: number; last: number }[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  let midnights = 0;
  for (const s of sorted) {
    if (s.patientId !== record.patientId) return 'patient_mismatch';
    const from = s.from.getTime();
    const to = s.to === null ? Number.POSITIVE_INFINITY : s.to.getTime();
    if (to < from) return 'segment_ends_before_start';
    if (from < previousEnd) return 'overlapping_segments';
    if (s.to === null && dischargeDay !== null) return 'open_segment_after_discharge';
    previousEnd = to;
    const nights = nightsCovered(s.from, s.to);
    if (nights.last >= nights.first) midnights += nights.last - nights.first + 1;
    stretches.push({ ward: s.ward, first: nights.first, last: nights.last });
  }
  return {
    record,
    admissionDay,
    dischargeDay,
    stretches,
    finalWard: sorted[sorted.length - 1]!.ward,
    // §3: admitted and leaving (or dying) before that midnight = 1 occupied bed-day.
    sameDay: dischargeDay === admissionDay && midnights === 0,
  };
}

/** The history's issues alone, for a data-quality page. */
export function bedHistoryIssues(history: Pick<BedHistory, 'segments' | 'admissions'>): HistoryIssue[] {
  return replayAdmissions(history.segments, history.admissions).issues;
}

/** Every ward code the history names, sorted. */
export function wardsOf(history: BedHistory): string[] {
  const codes = new Set<string>();
  for (const p of history.bedCounts.regular) codes.add(p.ward);
  for (const c of history.bedCounts.closures) codes.add(c.ward);
  for (const e of history.bedCounts.extraBeds) codes.add(e.ward);
  for (const s of history.segments) codes.add(s.ward);
  return [...codes].sort();
}
