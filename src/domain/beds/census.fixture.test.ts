import { describe, expect, it } from 'vitest';
import { addDays, type BedStay, dayNumber, bedStatistics as stayStatistics } from '../quality/bed-days';
import { bedStatistics, monthlyWardStatistics } from './bed-statistics';
import { midnightCensus } from './census';
import { buildAdmissionHistory } from './census.fixture';
import { type BedHistory, bedHistoryIssues } from './census-history';
import { SHANGHAI_OFFSET_MS } from './census-time';

const localHour = (t: Date): number => new Date(t.getTime() + SHANGHAI_OFFSET_MS).getUTCHours();

describe('buildAdmissionHistory', () => {
  it('is deterministic: the same seed gives the same history, another seed another one', () => {
    const a = buildAdmissionHistory(3, 20, 1, 7);
    expect(buildAdmissionHistory(3, 20, 1, 7)).toEqual(a);
    expect(buildAdmissionHistory(3, 20, 1, 8).history.segments).not.toEqual(a.history.segments);
    expect(a.wards).toEqual(['W01', 'W02', 'W03']);
    expect(a.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(buildAdmissionHistory(['TS1', 'TS2'], 10, 1, 1).wards).toEqual(['TS1', 'TS2']);
  });

  it('holds transfers at 15:00, same-day stays and extra beds, with a consistent history', () => {
    const { history, beds } = buildAdmissionHistory(4, 20, 2, 3);
    expect(bedHistoryIssues(history)).toEqual([]);
    const byAdmission = new Map<string, number>();
    for (const s of history.segments)
      byAdmission.set(s.admissionId, (byAdmission.get(s.admissionId) ?? 0) + 1);
    const transferred = [...byAdmission].filter(([, n]) => n > 1).map(([id]) => id);
    expect(transferred.length).toBeGreaterThan(50);
    const moved = history.segments.filter((s) => s.admissionId === transferred[0])[1]!;
    expect(localHour(moved.from)).toBe(15);
    const sameDay = history.admissions.filter((a) => a.admissionDate === a.dischargeDate);
    expect(sameDay.length / history.admissions.length).toBeGreaterThan(0.02);
    expect(history.segments.some((s) => s.temporary)).toBe(true);
    expect(history.bedCounts.extraBeds.some((e) => e.to === null)).toBe(true);
    expect(history.bedCounts.closures.map((c) => c.reason)).toContain('major_repair');
    expect(beds.filter((b) => !b.extra).length).toBe(80);
    // No bed holds two patients at once.
    const perBed = new Map<string, { from: number; to: number }[]>();
    for (const s of history.segments) {
      const list = perBed.get(s.bedId!) ?? [];
      list.push({ from: s.from.getTime(), to: s.to === null ? Number.POSITIVE_INFINITY : s.to.getTime() });
      perBed.set(s.bedId!, list);
    }
    for (const list of perBed.values()) {
      list.sort((x, y) => x.from - y.from);
      for (let i = 1; i < list.length; i++) expect(list[i]!.from).toBeGreaterThanOrEqual(list[i - 1]!.to);
    }
  });

  it('no patient lies in a bed closed for major repair', () => {
    const { history } = buildAdmissionHistory(4, 20, 1, 5);
    const repair = history.bedCounts.closures.find((c) => c.reason === 'major_repair')!;
    const census = midnightCensus(history.segments, addDays(repair.from, 10), { wards: [repair.ward] });
    const beds = census.wards[0]!.occupants.map((o) => o.bedId);
    for (const n of ['17', '18', '19', '20']) expect(beds).not.toContain(`${repair.ward}-${n}`);
    expect(bedStatistics(history, { from: repair.from, to: repair.from }, [repair.ward]).openBedDays).toBe(
      16,
    );
  });
});

describe('cross-checks', () => {
  it('occupied bed-days = Σ daily midnight census + same-day stays, per ward (with transfers)', () => {
    const { history, wards } = buildAdmissionHistory(4, 20, 1, 21);
    const period = { from: '2023-03-01', to: '2023-05-31' };
    const sameDay = new Map<string, number>();
    const finalWard = new Map<string, string>();
    for (const s of history.segments) finalWard.set(s.admissionId, s.ward);
    for (const a of history.admissions) {
      const d = a.dischargeDate;
      if (d !== null && d === a.admissionDate && d >= period.from && d <= period.to) {
        const w = finalWard.get(a.admissionId)!;
        sameDay.set(w, (sameDay.get(w) ?? 0) + 1);
      }
    }
    const present = new Map<string, number>();
    for (let d = period.from; d <= period.to; d = addDays(d, 1)) {
      for (const w of midnightCensus(history.segments, d).wards) {
        present.set(w.ward, (present.get(w.ward) ?? 0) + w.present);
      }
    }
    for (const w of wards) {
      const s = bedStatistics(history, period, [w]);
      expect(s.occupiedBedDays).toBe((present.get(w) ?? 0) + (sameDay.get(w) ?? 0));
    }
  });

  it('without transfers, equals src/domain/quality/bed-days.ts on the same stays and regular beds', () => {
    const { history } = buildAdmissionHistory(4, 20, 2, 11, { transfers: false });
    const plain: BedHistory = {
      ...history,
      bedCounts: { ...history.bedCounts, closures: [], extraBeds: [] },
    };
    const wardOf = new Map(history.segments.map((s) => [s.admissionId, s.ward]));
    const stays: BedStay[] = history.admissions.map((a) => ({
      admissionDate: a.admissionDate,
      dischargeDate: a.dischargeDate,
      ward: wardOf.get(a.admissionId)!,
    }));
    const periods = [
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2023-02-14', to: '2023-02-16' },
      { from: '2024-07-01', to: '2024-07-01' },
    ];
    for (const period of periods) {
      for (const wards of [null, ['W01'], ['W02', 'W04']]) {
        const ours = bedStatistics(plain, period, wards);
        const theirs = stayStatistics(period, stays, history.bedCounts.regular, wards && new Set(wards));
        expect(theirs.invalidStays).toBe(0);
        expect(ours.occupiedBedDays).toBeGreaterThan(0);
        expect({
          openBedDays: ours.openBedDays,
          occupiedBedDays: ours.occupiedBedDays,
          averageOpenBeds: ours.averageOpenBeds,
          occupancy: ours.occupancy,
          turnover: ours.turnover,
          averageBedWorkingDays: ours.averageBedWorkingDays,
          discharges: ours.discharges,
          dischargedBedDays: ours.dischargedBedDays,
          averageLengthOfStay: ours.averageLengthOfStay,
        }).toEqual({
          openBedDays: theirs.openBedDays,
          occupiedBedDays: theirs.occupiedBedDays,
          averageOpenBeds: theirs.averageOpenBeds,
          occupancy: theirs.occupancy,
          turnover: theirs.turnover,
          averageBedWorkingDays: theirs.averageBedWorkingDays,
          discharges: theirs.discharges,
          dischargedBedDays: theirs.sumLosDays,
          averageLengthOfStay: theirs.averageLengthOfStay,
        });
      }
    }
  });
});

describe('speed (issue 13: one year, 8 wards / 400 beds, < 300 ms)', () => {
  it('a year of statistics and its monthly series for all wards, each well under 300 ms', () => {
    const { history, period } = buildAdmissionHistory(8, 50, 1, 2024);
    expect(history.admissions.length).toBeGreaterThan(9_000);
    let t = performance.now();
    const year = bedStatistics(history, period);
    const yearMs = performance.now() - t;
    t = performance.now();
    const monthly = monthlyWardStatistics(history, period);
    const monthlyMs = performance.now() - t;
    expect(year.days).toBe(365);
    expect(monthly.months).toHaveLength(12);
    expect(year.occupancy).toBeGreaterThan(0.6);
    expect(year.occupancy).toBeLessThan(1);
    expect(dayNumber(period.to) - dayNumber(period.from) + 1).toBe(365);
    expect(yearMs).toBeLessThan(300);
    expect(monthlyMs).toBeLessThan(300);
  });
});
