// The bed statistics (床位统计, issue 13 §5): the NHC figures of a period, the month-by-month table per ward
// with the pool's balance, the midnight census of a date and the Excel export — all replayed by the domain
// (src/domain/beds) from the event history (bed-history.repo.ts), never from a mutable "current bed".
// Each method begins with the access check; every figure read is audited as a report read, every patient
// the census lists as a read of that patient.
import type {
  BedCensusQuery,
  BedCensusResponse,
  BedFigures,
  BedMonthlyQuery,
  BedMonthlyResponse,
  BedStatisticsQuery,
} from '../../api/beds-statistics';
import {
  censusDetails,
  loadBedHistory,
  type StatisticsWardRow,
  statisticsWards,
} from '../../db/beds/bed-history.repo';
import { openBedsByWard } from '../../domain/beds/bed-counts';
import {
  bedStatistics,
  figuresOf,
  monthlyWardStatistics,
  wardBalance,
} from '../../domain/beds/bed-statistics';
import { midnightCensus } from '../../domain/beds/census';
import type { BedHistory } from '../../domain/beds/census-history';
import { censusMidnight, shanghaiDateOf } from '../../domain/beds/census-time';
import { type DatePeriod, dayNumber } from '../../domain/quality/bed-days';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import type { DocumentFile } from '../platform/document-file';
import { bedStatisticsXlsx } from './statistics.xlsx';

type Totals = {
  days: number;
  openBedDays: number;
  occupiedBedDays: number;
  discharges: number;
  dischargedBedDays: number;
};
const ZERO: Totals = { days: 0, openBedDays: 0, occupiedBedDays: 0, discharges: 0, dischargedBedDays: 0 };
const add = (a: Totals, b: Totals): Totals => ({
  days: a.days + b.days,
  openBedDays: a.openBedDays + b.openBedDays,
  occupiedBedDays: a.occupiedBedDays + b.occupiedBedDays,
  discharges: a.discharges + b.discharges,
  dischargedBedDays: a.dischargedBedDays + b.dischargedBedDays,
});

/** The nine figures alone, in the contract's order (acceptance checks read exactly these). */
export const nineFigures = (f: BedFigures): BedFigures => ({
  openBedDays: f.openBedDays,
  occupiedBedDays: f.occupiedBedDays,
  averageOpenBeds: f.averageOpenBeds,
  occupancy: f.occupancy,
  turnover: f.turnover,
  averageBedWorkingDays: f.averageBedWorkingDays,
  discharges: f.discharges,
  dischargedBedDays: f.dischargedBedDays,
  averageLengthOfStay: f.averageLengthOfStay,
});

/** "2026-03" → its last calendar day. */
export const monthLastDay = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

const wardsPart = (codes: readonly string[] | undefined) =>
  codes && codes.length > 0 ? `_${codes.join('-')}` : '';

/** The domain refuses a history that contradicts itself (more beds closed than open, an instant before 1991). */
const inconsistent = (e: unknown): unknown =>
  e instanceof RangeError ? new AppError('beds_statistics_inconsistent', { reason: e.message }) : e;

export type StatisticsScope = { wards: StatisticsWardRow[]; codes: string[]; wardIds: string[] | null };

export class BedStatisticsService {
  constructor(private readonly ctx: AppContext) {}

  /**
   * The wards asked for (absent = every ward of the department within the actor's wards), in the department's
   * order; an unknown code or one outside the actor's wards is a field error.
   */
  scopeOf(actor: Actor, asked: readonly string[] | undefined, all: StatisticsWardRow[]): StatisticsScope {
    const mine = (w: StatisticsWardRow) =>
      actor.scope.kind === 'department' || actor.scope.ids.includes(w.id);
    if (asked !== undefined) {
      const unknown = asked.filter((c) => !all.some((w) => w.code === c));
      if (unknown.length > 0)
        throw new AppError('validation_failed', {}, [
          { path: 'querystring.wards', message: 'quality.wards.unknown' },
        ]);
      if (all.some((w) => asked.includes(w.code) && !mine(w)))
        throw new AppError('validation_failed', {}, [
          { path: 'querystring.wards', message: 'ward.out_of_scope' },
        ]);
    }
    const wards = all.filter((w) => mine(w) && (asked === undefined || asked.includes(w.code)));
    const everything = wards.length === all.length;
    return { wards, codes: wards.map((w) => w.code), wardIds: everything ? null : wards.map((w) => w.id) };
  }

  /**
   * The wards and the history of the period, known up to now. For the whole department both are read at once;
   * for some wards the history is read for those alone.
   */
  private async scopeAndHistory(
    actor: Actor,
    asked: readonly string[] | undefined,
    period: DatePeriod,
    asOf: Date | null,
  ): Promise<{ s: StatisticsScope; history: BedHistory }> {
    const db = this.ctx.database.db;
    const wards = statisticsWards(db);
    const whole = actor.scope.kind === 'department' && asked === undefined;
    const early = whole ? loadBedHistory(db, { ...period, wardIds: null }) : null;
    // The early read must not go unobserved if the ward list fails first.
    early?.catch(() => undefined);
    const s = this.scopeOf(actor, asked, await wards);
    try {
      const history = await (early ?? loadBedHistory(db, { ...period, wardIds: s.wardIds }));
      return { s, history: { ...history, asOf } };
    } catch (e) {
      throw inconsistent(e);
    }
  }

  private replay<T>(compute: () => T): T {
    try {
      return compute();
    } catch (e) {
      throw inconsistent(e);
    }
  }

  async statistics(actor: Actor, q: BedStatisticsQuery): Promise<BedFigures> {
    this.ctx.access.require(actor, 'beds.statistics');
    const period = { from: q.from, to: q.to };
    const { s, history } = await this.scopeAndHistory(actor, q.wards, period, this.ctx.clock());
    const figures = this.replay(() => bedStatistics(history, period, s.codes));
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'bed_statistics',
      detail: { from: q.from, to: q.to, wards: q.wards ?? null },
    });
    return nineFigures(figures);
  }

  /** Month by month per ward, the department and the balance, and the same over the whole period. */
  async monthlyFigures(actor: Actor, q: BedMonthlyQuery): Promise<BedMonthlyResponse> {
    this.ctx.access.require(actor, 'beds.statistics');
    const period = { from: `${q.from}-01`, to: monthLastDay(q.to) };
    const { s, history } = await this.scopeAndHistory(actor, q.wards, period, this.ctx.clock());
    const monthly = this.replay(() => monthlyWardStatistics(history, period, s.codes));
    const perWard = s.codes.map(() => ZERO);
    let department = ZERO;
    for (const m of monthly.months) {
      m.wards.forEach((w, i) => {
        perWard[i] = add(perWard[i]!, w);
      });
      department = add(department, m.department);
    }
    const totalWards = s.codes.map((ward, i) => ({ ward, ...figuresOf(perWard[i]!) }));
    return {
      from: q.from,
      to: q.to,
      wards: s.wards.map((w) => ({ code: w.code, name: w.name, nameEn: w.nameEn })),
      months: monthly.months.map((m) => ({
        month: m.month,
        from: m.period.from,
        to: m.period.to,
        wards: m.wards.map((w) => ({ ward: w.ward, ...nineFigures(w), days: w.days })),
        department: { ...nineFigures(m.department), days: m.department.days },
        balance: m.balance,
      })),
      total: {
        wards: totalWards.map((w) => ({ ward: w.ward, ...nineFigures(w), days: w.days })),
        department: { ...nineFigures(figuresOf(department)), days: department.days },
        balance: wardBalance(totalWards),
      },
      skippedAdmissions: monthly.skippedAdmissions,
    };
  }

  async monthly(actor: Actor, q: BedMonthlyQuery): Promise<BedMonthlyResponse> {
    const result = await this.monthlyFigures(actor, q);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'bed_statistics_monthly',
      detail: { from: q.from, to: q.to, wards: q.wards ?? null },
    });
    return result;
  }

  /** The monthly bed report (病床使用情况月报) as Excel: the same figures as the monthly table. */
  async export(actor: Actor, q: BedMonthlyQuery): Promise<DocumentFile> {
    const monthly = await this.monthlyFigures(actor, q);
    const bytes = await bedStatisticsXlsx({ monthly, generatedAt: this.ctx.clock(), locale: actor.locale });
    await this.ctx.audit.record(actor, {
      action: 'export',
      resourceType: 'bed_statistics',
      detail: { from: q.from, to: q.to, wards: q.wards ?? null },
    });
    const span = q.from === q.to ? q.from : `${q.from}_${q.to}`;
    return { bytes, filename: `病床使用情况月报_${span}${wardsPart(q.wards)}.xlsx` };
  }

  /** Who was in which bed at 24:00 of the date (a date still to come is refused: it has no census yet). */
  async census(actor: Actor, q: BedCensusQuery): Promise<BedCensusResponse> {
    this.ctx.access.require(actor, 'beds.statistics');
    this.ctx.access.require(actor, 'patient.read');
    const now = this.ctx.clock();
    if (q.date > shanghaiDateOf(now))
      throw new AppError('validation_failed', {}, [
        { path: 'querystring.date', message: 'record.time.in_future' },
      ]);
    const { s, history } = await this.scopeAndHistory(actor, q.wards, { from: q.date, to: q.date }, null);
    const day = dayNumber(q.date);
    const { census, open } = this.replay(() => ({
      census: midnightCensus(history.segments, q.date, { wards: s.codes }),
      open: openBedsByWard(history.bedCounts, s.codes, day, day),
    }));
    const occupants = census.wards.flatMap((w) => w.occupants);
    const details = await censusDetails(
      this.ctx.database.db,
      [...new Set(occupants.map((o) => o.patientId))],
      [...new Set(occupants.flatMap((o) => (o.bedId === null ? [] : [o.bedId])))],
    );
    const patients = new Map(details.patients.map((p) => [p.patientId, p]));
    const bedCodes = new Map(details.beds.map((b) => [b.id, b.code]));
    await this.ctx.audit.recordEach(actor, [
      { action: 'read', resourceType: 'bed_census', detail: { date: q.date, wards: q.wards ?? null } },
      ...occupants.map((o) => ({
        action: 'read' as const,
        resourceType: 'bed_census',
        resourceId: o.admissionId,
        patientId: o.patientId,
        detail: { date: q.date },
      })),
    ]);
    const names = new Map(s.wards.map((w) => [w.code, w]));
    const wards = census.wards.map((w) => ({
      ward: w.ward,
      name: names.get(w.ward)?.name ?? w.ward,
      nameEn: names.get(w.ward)?.nameEn ?? null,
      present: w.present,
      inExtraBeds: w.inExtraBeds,
      openBeds: open.get(w.ward)?.[0] ?? 0,
      occupants: w.occupants.map((o) => ({
        admissionId: o.admissionId,
        patientId: o.patientId,
        patientName: patients.get(o.patientId)?.name ?? '',
        mrn: patients.get(o.patientId)?.mrn ?? '',
        bedId: o.bedId,
        bedCode: o.bedId === null ? null : (bedCodes.get(o.bedId) ?? null),
        extraBed: o.extraBed,
        since: o.since.toISOString(),
      })),
    }));
    return {
      date: q.date,
      midnight: census.midnight.toISOString(),
      provisional: censusMidnight(q.date).getTime() > now.getTime(),
      wards,
      department: {
        present: census.department.present,
        inExtraBeds: census.department.inExtraBeds,
        openBeds: wards.reduce((n, w) => n + w.openBeds, 0),
      },
      conflicts: census.conflicts.map((c) =>
        c.kind === 'bed_double_occupied'
          ? { kind: c.kind, bedId: c.bedId, admissionIds: [...c.admissionIds], wards: [] }
          : { kind: c.kind, bedId: null, admissionIds: [c.admissionId], wards: [...c.wards] },
      ),
    };
  }
}
