// The department KPIs of a period (科室指标, issue 12 §2): the rows of both sources (kpi-rows.repo.ts) counted by
// the domain (kpis.ts: 国考 persons per admission, 28-day mortality, the bed statistics of china-standards §3) with
// a Wilson 95 % interval for every proportion.
import type { KpisQuery, KpisResponse } from '../../api/quality';
import { kpiCases, kpiOpenBeds, kpiStays } from '../../db/quality/kpi-rows.repo';
import { CLAVIEN_GRADES } from '../../domain/interop/history/types';
import { type DepartmentKpis, departmentKpis, type KpiCase } from '../../domain/quality/kpis';
import { APPROACHES, type Approach } from '../../domain/registry/vocabulary';
import type { CdGrade } from '../../domain/scores/clavien-dindo';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { QualityIndicatorService } from './indicator.service';

const GRADES = new Set([1, 2, 3, 4]);
const PROCEDURE_TYPES = new Set(['surgery', 'procedure', 'labour_analgesia']);
const worst = (grades: readonly string[]): CdGrade | null => {
  let top = -1;
  for (const g of grades) top = Math.max(top, (CLAVIEN_GRADES as readonly string[]).indexOf(g));
  return top < 0 ? null : (CLAVIEN_GRADES[top] as CdGrade);
};

export class QualityKpiService {
  private readonly indicators: QualityIndicatorService;

  constructor(private readonly ctx: AppContext) {
    this.indicators = new QualityIndicatorService(ctx);
  }

  async kpis(actor: Actor, q: KpisQuery): Promise<KpisResponse> {
    this.ctx.access.require(actor, 'quality.read');
    const period = await this.indicators.period(actor, q);
    const p = { ...period, zone: this.ctx.config.PERIOP_SITE_TIMEZONE };
    const [cases, stays, openBeds] = await Promise.all([
      kpiCases(this.ctx.database.db, p),
      kpiStays(this.ctx.database.db, p),
      kpiOpenBeds(this.ctx.database.db, p),
    ]);
    const homeProvince = this.ctx.config.PERIOP_HOME_PROVINCE;
    const k: DepartmentKpis = departmentKpis(
      {
        cases: cases.map(
          (r): KpiCase => ({
            caseKey: r.caseKey,
            admissionKey: r.admissionKey,
            personKey: r.personKey,
            performed: r.performed,
            procedureType: PROCEDURE_TYPES.has(r.procedureType ?? '')
              ? (r.procedureType as KpiCase['procedureType'])
              : null,
            surgeryDate: r.surgeryDate,
            dischargeDate: r.dischargeDate,
            grade: r.grade !== null && GRADES.has(r.grade) ? (r.grade as KpiCase['grade']) : null,
            approach: (APPROACHES as readonly string[]).includes(r.approach ?? '')
              ? (r.approach as Approach)
              : null,
            province: r.province,
            deathDate: r.deathDate,
            clavienMax: worst(r.grades),
          }),
        ),
        stays,
        openBeds,
      },
      { period: { from: q.from, to: q.to }, homeProvince },
    );
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'quality_kpis',
      detail: { from: q.from, to: q.to, wards: q.wards ?? null },
    });
    return {
      from: q.from,
      to: q.to,
      wards: q.wards ?? [],
      homeProvince,
      operations: k.operations,
      ablationCount: k.ablationCount,
      grade4Share: k.grade4Share,
      minimallyInvasiveShare: k.minimallyInvasiveShare,
      minimallyInvasiveShareExcludingAblation: k.minimallyInvasiveShareExcludingAblation,
      roboticShare: k.roboticShare,
      outsideProvinceShare: k.outsideProvinceShare,
      mortality28d: k.mortality28d,
      clavienIIIPlusShare: k.clavienIIIPlusShare,
      bedOccupancy: k.bedOccupancy,
      averageLengthOfStay: k.averageLengthOfStay,
    };
  }
}
