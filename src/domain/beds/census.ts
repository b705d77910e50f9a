// The midnight census (床位日报的“现有人数”) for any date, replayed from the admissions' bed segments, per
// bed, ward and department. The census is taken at 24:00 of the date, Asia/Shanghai (china-standards.md §3);
// a patient counts to the ward of the segment that covers that midnight.
import type { CalendarDate } from '../quality/bed-days';
import { censusMidnight } from './census-time';

/** One stretch of an admission in one bed, replayed from the admission / transfer / discharge events. */
export type BedSegment = {
  admissionId: string;
  patientId: string;
  /** Ward code (病区). */
  ward: string;
  /** The bed; null = an extra bed (加床) that has no registered bed id. */
  bedId: string | null;
  /** true = an extra bed (加床), registered or not. */
  temporary: boolean;
  /** When the patient entered this bed. */
  from: Date;
  /** When the patient left this bed (transfer or discharge); null = still there. */
  to: Date | null;
};

/** The admission's own dates (入院日期, 出院日期), local calendar dates in Asia/Shanghai. */
export type AdmissionRecord = {
  admissionId: string;
  patientId: string;
  admissionDate: CalendarDate;
  /** null = not discharged. */
  dischargeDate: CalendarDate | null;
};

/** Which wards a census covers; wards absent or null = every ward met in the segments. */
export type CensusScope = { wards?: readonly string[] | null };

export type CensusOccupant = {
  admissionId: string;
  patientId: string;
  ward: string;
  bedId: string | null;
  /** In an extra bed (加床): temporary, or no registered bed id. */
  extraBed: boolean;
  /** Start of the segment that covers the midnight. */
  since: Date;
};

export type WardCensus = {
  ward: string;
  /** Inpatients present at the midnight (= occupied beds, extra beds included; §3). */
  present: number;
  /** Of them, in extra beds (加床). */
  inExtraBeds: number;
  /** By bed id (registered beds first), then admission id. */
  occupants: readonly CensusOccupant[];
};

export type CensusConflict =
  /** Two admissions in one registered bed at the same midnight: both are counted, the history needs a look. */
  | { kind: 'bed_double_occupied'; bedId: string; admissionIds: readonly string[] }
  /** One admission in two segments at the same midnight: counted once, in the later-started segment. */
  | { kind: 'admission_in_two_places'; admissionId: string; wards: readonly string[] };

export type MidnightCensus = {
  date: CalendarDate;
  /** 24:00 of `date` in Asia/Shanghai (= 00:00 of the next day). */
  midnight: Date;
  /** In the scope's order, or by ward code when the scope names no wards. */
  wards: readonly WardCensus[];
  department: { present: number; inExtraBeds: number };
  conflicts: readonly CensusConflict[];
};

const byBed = (a: CensusOccupant, b: CensusOccupant): number => {
  if (a.bedId !== b.bedId) {
    if (a.bedId === null) return 1;
    if (b.bedId === null) return -1;
    return a.bedId < b.bedId ? -1 : 1;
  }
  return a.admissionId < b.admissionId ? -1 : a.admissionId > b.admissionId ? 1 : 0;
};

/** Does the segment cover the census instant? from < midnight ≤ to (census-time.ts nightsCovered). */
export function coversMidnight(segment: BedSegment, midnightMs: number): boolean {
  return segment.from.getTime() < midnightMs && (segment.to === null || segment.to.getTime() >= midnightMs);
}

/**
 * Who is present at 24:00 of `date` (china-standards.md §3 midnight census), by bed, ward and department.
 * Same-day stays (admitted and gone before that midnight) are not present; the bed statistics add their one
 * bed-day (bed-statistics.ts).
 */
export function midnightCensus(
  segments: readonly BedSegment[],
  date: CalendarDate,
  scope: CensusScope = {},
): MidnightCensus {
  const midnight = censusMidnight(date);
  const m = midnight.getTime();
  const wanted = scope.wards === null || scope.wards === undefined ? null : new Set(scope.wards);
  const chosen = new Map<string, BedSegment>();
  const seenIn = new Map<string, string[]>();
  for (const s of segments) {
    if (wanted !== null && !wanted.has(s.ward)) continue;
    if (!coversMidnight(s, m)) continue;
    const prior = chosen.get(s.admissionId);
    if (prior !== undefined) {
      const wards = seenIn.get(s.admissionId) ?? [prior.ward];
      wards.push(s.ward);
      seenIn.set(s.admissionId, wards);
      if (s.from.getTime() <= prior.from.getTime()) continue;
    }
    chosen.set(s.admissionId, s);
  }
  const conflicts: CensusConflict[] = [];
  for (const [admissionId, wards] of seenIn) {
    conflicts.push({ kind: 'admission_in_two_places', admissionId, wards });
  }
  const wardOrder = wanted === null ? [] : [...wanted];
  const byWard = new Map<string, CensusOccupant[]>(wardOrder.map((w) => [w, []]));
  const inBed = new Map<string, string[]>();
  for (const s of chosen.values()) {
    const occupant: CensusOccupant = {
      admissionId: s.admissionId,
      patientId: s.patientId,
      ward: s.ward,
      bedId: s.bedId,
      extraBed: s.temporary || s.bedId === null,
      since: s.from,
    };
    const list = byWard.get(s.ward) ?? [];
    list.push(occupant);
    byWard.set(s.ward, list);
    if (s.bedId !== null) {
      const ids = inBed.get(s.bedId) ?? [];
      ids.push(s.admissionId);
      inBed.set(s.bedId, ids);
    }
  }
  for (const [bedId, ids] of inBed) {
    if (ids.length > 1) conflicts.push({ kind: 'bed_double_occupied', bedId, admissionIds: ids.sort() });
  }
  const codes = wanted === null ? [...byWard.keys()].sort() : wardOrder;
  const wards: WardCensus[] = codes.map((ward) => {
    const occupants = (byWard.get(ward) ?? []).sort(byBed);
    return {
      ward,
      present: occupants.length,
      inExtraBeds: occupants.filter((o) => o.extraBed).length,
      occupants,
    };
  });
  return {
    date,
    midnight,
    wards,
    department: {
      present: wards.reduce((n, w) => n + w.present, 0),
      inExtraBeds: wards.reduce((n, w) => n + w.inExtraBeds, 0),
    },
    conflicts,
  };
}
