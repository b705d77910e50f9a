// Small hand-written bed histories for tests: an admission is a list of moves (ward, bed, local time) and a
// leaving time; its segments chain through the moves and its dates are the local dates of the first move and
// of leaving, unless given. Times are Asia/Shanghai wall-clock, 'YYYY-MM-DD HH:MM'.
import type { BedCountHistory, OpenBedPeriod } from './bed-counts';
import type { AdmissionRecord, BedSegment } from './census';
import type { BedHistory } from './census-history';
import { shanghaiDateOf } from './census-time';

/** A local (UTC+08:00) wall-clock time, 'YYYY-MM-DD HH:MM'. */
export const localTime = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** [ward, bed id (null = unnumbered extra bed), local time the patient moved in, temporary extra bed?] */
export type Move = readonly [ward: string, bedId: string | null, at: string, temporary?: boolean];

export type StaySpec = {
  id: string;
  moves: readonly Move[];
  /** Local time the patient left (discharge or death); null = still there. */
  out: string | null;
  /** Override the dates derived from the moves (an inconsistent record, for instance). */
  admissionDate?: string;
  dischargeDate?: string | null;
};

export function stayOf(spec: StaySpec): { segments: BedSegment[]; record: AdmissionRecord } {
  const patientId = `P-${spec.id}`;
  const segments = spec.moves.map(([ward, bedId, at, temporary], i): BedSegment => {
    const next = spec.moves[i + 1];
    const to = next !== undefined ? next[2] : spec.out;
    return {
      admissionId: spec.id,
      patientId,
      ward,
      bedId,
      temporary: temporary ?? false,
      from: localTime(at),
      to: to === null ? null : localTime(to),
    };
  });
  const first = spec.moves[0];
  const admissionDate =
    spec.admissionDate ?? (first === undefined ? '2024-01-01' : shanghaiDateOf(localTime(first[2])));
  const dischargeDate =
    spec.dischargeDate !== undefined
      ? spec.dischargeDate
      : spec.out === null
        ? null
        : shanghaiDateOf(localTime(spec.out));
  return { segments, record: { admissionId: spec.id, patientId, admissionDate, dischargeDate } };
}

/** Regular beds of a ward from a date on: { ward, openBeds, validFrom, validTo: null }. */
export const regularBeds = (ward: string, openBeds: number, validFrom = '2020-01-01'): OpenBedPeriod => ({
  ward,
  openBeds,
  validFrom,
  validTo: null,
});

export function historyOf(
  stays: readonly StaySpec[],
  bedCounts: Partial<BedCountHistory> = {},
  asOf: Date | null = null,
): BedHistory {
  const built = stays.map(stayOf);
  return {
    segments: built.flatMap((b) => b.segments),
    admissions: built.map((b) => b.record),
    bedCounts: { regular: [], closures: [], extraBeds: [], ...bedCounts },
    asOf,
  };
}
