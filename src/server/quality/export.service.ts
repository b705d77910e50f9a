// The quality exports (质控导出): the indicator table in the national reporting platform's layout and a
// drill-down list as Excel, and the monthly QC report as PDF — the same figures the pages show, audited as exports.
import type { IndicatorCasesQuery, IndicatorsQuery, ReportQuery } from '../../api/quality';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import type { DocumentFile } from '../platform/document-file';
import { indicatorCasesXlsx } from './exports/indicator-cases.xlsx';
import { indicatorTableXlsx } from './exports/indicator-table.xlsx';
import { monthlyReportPdf } from './exports/monthly-report.pdf';
import { monthEnd, QualityIndicatorService } from './indicator.service';
import { QualityKpiService } from './kpi.service';

const wardsPart = (wards: readonly string[] | undefined) =>
  wards && wards.length > 0 ? `_${wards.join('-')}` : '';

export class QualityExportService {
  private readonly indicators: QualityIndicatorService;
  private readonly kpis: QualityKpiService;

  constructor(private readonly ctx: AppContext) {
    this.indicators = new QualityIndicatorService(ctx);
    this.kpis = new QualityKpiService(ctx);
  }

  private async audited(actor: Actor, resourceType: string, detail: Record<string, unknown>) {
    await this.ctx.audit.record(actor, { action: 'export', resourceType, detail });
  }

  async indicatorTable(actor: Actor, q: IndicatorsQuery): Promise<DocumentFile> {
    const indicators = await this.indicators.indicators(actor, q);
    const bytes = await indicatorTableXlsx({
      indicators,
      generatedAt: this.ctx.clock(),
      locale: actor.locale,
    });
    await this.audited(actor, 'quality_indicators', {
      edition: q.edition,
      from: q.from,
      to: q.to,
      wards: q.wards ?? null,
    });
    return { bytes, filename: `麻醉质控指标_${q.edition}版_${q.from}_${q.to}${wardsPart(q.wards)}.xlsx` };
  }

  async cases(actor: Actor, code: string, q: IndicatorCasesQuery): Promise<DocumentFile> {
    const ind = this.indicators.indicator(q.edition, code);
    const cases = await this.indicators.cases(actor, code, q);
    const bytes = await indicatorCasesXlsx({
      indicator: {
        code,
        name: ind.name,
        edition: q.edition,
        counting: ind.kind === 'staffing' ? 'staffing' : ind.counting,
      },
      term: q.term,
      period: { from: q.from, to: q.to, wards: q.wards ?? [] },
      cases,
      generatedAt: this.ctx.clock(),
      locale: actor.locale,
    });
    await this.audited(actor, 'quality_cases', {
      code,
      term: q.term,
      from: q.from,
      to: q.to,
      rows: cases.items.length,
    });
    return { bytes, filename: `${code}_${q.term}_${q.from}_${q.to}${wardsPart(q.wards)}.xlsx` };
  }

  /** The month's report: its indicators, the 12-month trend ending with it, and the month's KPIs. */
  async monthlyReport(actor: Actor, q: ReportQuery): Promise<DocumentFile> {
    const period = { from: `${q.month}-01`, to: monthEnd(q.month), wards: q.wards };
    const [indicators, trend, kpis] = await Promise.all([
      this.indicators.indicators(actor, { edition: q.edition, ...period }),
      this.indicators.trend(actor, q),
      this.kpis.kpis(actor, period),
    ]);
    const bytes = await monthlyReportPdf({
      edition: q.edition,
      month: q.month,
      wards: q.wards ?? [],
      indicators,
      trend,
      kpis,
      generatedAt: this.ctx.clock(),
      locale: actor.locale,
    });
    await this.audited(actor, 'quality_report', {
      edition: q.edition,
      month: q.month,
      wards: q.wards ?? null,
    });
    return { bytes, filename: `月度麻醉质控报告_${q.month}_${q.edition}版${wardsPart(q.wards)}.pdf` };
  }
}
