// The QC indicators of a period (质控指标): the figures of an edition, their 12-month trend, and the cases behind
// each term. Each method begins with the access check; the figures are counted by the domain's engine
// (src/domain/quality) from the period's rows (period-rows.ts); every listed patient's row is audited.
import type {
  IndicatorCasesQuery,
  IndicatorCasesResponse,
  IndicatorItem,
  IndicatorsQuery,
  IndicatorsResponse,
  TrendQuery,
  TrendResponse,
} from '../../api/quality';
import type { Db } from '../../db/client';
import { listedCases, wardIdsByCode } from '../../db/quality/indicator-rows.repo';
import { computeRows, type IndicatorResult, type RowsInput } from '../../domain/quality/compute';
import { localDateOf } from '../../domain/quality/facts';
import { findIndicator, INDICATORS } from '../../domain/quality/indicators';
import type { Edition, Indicator } from '../../domain/quality/types';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { periodDeliveries, periodInput, periodRows, type QualityPeriod } from './period-rows';

export function indicatorItem(ind: Indicator, r: IndicatorResult): IndicatorItem {
  return {
    code: r.code,
    edition: r.edition,
    name: ind.name,
    unit: r.unit,
    counting: r.counting,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
    missing: r.missing,
    unclassifiable: r.unclassifiable,
    excluded: r.excluded,
    unknownsAsNonEvents: r.unknownsAsNonEvents,
    source: ind.source,
    readings: [...ind.readings],
  };
}

/** The 12 months ending with `month` (YYYY-MM), oldest first. */
export function last12Months(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (11 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export class QualityIndicatorService {
  constructor(private readonly ctx: AppContext) {}

  private get db(): Db {
    return this.ctx.database.db;
  }

  /** The period as the rows are read for it; a ward code that does not exist is a field error. */
  async period(
    actor: Actor,
    q: { from: string; to: string; wards?: string[] | undefined },
  ): Promise<QualityPeriod> {
    let wardIds: string[] | null = null;
    if (q.wards) {
      const found = await wardIdsByCode(this.db, q.wards);
      const unknown = q.wards.filter((c) => !found.some((w) => w.code === c));
      if (unknown.length > 0)
        throw new AppError('validation_failed', {}, [
          { path: 'querystring.wards', message: 'quality.wards.unknown' },
        ]);
      wardIds = found.map((w) => w.id);
    }
    return { from: q.from, to: q.to, wardIds, scope: actor.scope };
  }

  indicator(edition: Edition, code: string): Indicator {
    const ind = findIndicator(edition, code);
    if (!ind) throw new AppError('quality_unknown_indicator', { edition, code });
    return ind;
  }

  async figures(
    actor: Actor,
    q: IndicatorsQuery,
  ): Promise<{ input: RowsInput; response: IndicatorsResponse }> {
    this.ctx.access.require(actor, 'quality.read');
    const p = await this.period(actor, q);
    const indicators = INDICATORS[q.edition];
    const input = await periodInput(this.db, p, indicators);
    const results = computeRows(indicators, input, { ids: false });
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'quality_indicators',
      detail: { edition: q.edition, from: q.from, to: q.to, wards: q.wards ?? null },
    });
    return {
      input,
      response: {
        edition: q.edition,
        from: q.from,
        to: q.to,
        wards: q.wards ?? [],
        items: indicators.map((ind, i) => indicatorItem(ind, results[i]!)),
      },
    };
  }

  async indicators(actor: Actor, q: IndicatorsQuery): Promise<IndicatorsResponse> {
    return (await this.figures(actor, q)).response;
  }

  /** Each indicator's value in each of the 12 months ending with `month` (the staffing ones are annual: null). */
  async trend(actor: Actor, q: TrendQuery): Promise<TrendResponse> {
    this.ctx.access.require(actor, 'quality.read');
    const months = last12Months(q.month);
    const p = await this.period(actor, { from: `${months[0]}-01`, to: monthEnd(q.month), wards: q.wards });
    const [{ rows }, { deliveries, labourEpisodes }] = await Promise.all([
      periodRows(this.db, p),
      periodDeliveries(this.db, p),
    ]);
    const monthOf = (t: number) => localDateOf(t as Parameters<typeof localDateOf>[0]).slice(0, 7);
    const indicators = INDICATORS[q.edition];
    const values = indicators.map(() => [] as (number | null)[]);
    for (const m of months) {
      const input: RowsInput = {
        rows: rows.filter((r) => monthOf(r.anchorAt) === m),
        deliveries: deliveries.filter((d) => monthOf(d.at) === m),
        labourEpisodes,
        staffing: null,
      };
      computeRows(indicators, input, { ids: false }).forEach((r, i) => {
        values[i]!.push(r.value);
      });
    }
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'quality_trend',
      detail: { edition: q.edition, month: q.month, wards: q.wards ?? null },
    });
    return {
      edition: q.edition,
      months,
      items: indicators.map((ind, i) => ({ code: ind.code, values: values[i]! })),
    };
  }

  /** The cases behind one term of one indicator (for a person-based one, each listed person's episodes). */
  async cases(actor: Actor, code: string, q: IndicatorCasesQuery): Promise<IndicatorCasesResponse> {
    this.ctx.access.require(actor, 'quality.read');
    const ind = this.indicator(q.edition, code);
    const p = await this.period(actor, q);
    const input = await periodInput(this.db, p, [ind]);
    const [result] = computeRows([ind], input, { ids: true });
    const ids = result?.caseIds?.[q.term] ?? [];
    const listed = await listedCases(this.db, ids);
    await this.ctx.audit.recordEach(
      actor,
      listed.map((c) => ({
        action: 'list',
        resourceType: c.source === 'periop' ? 'case' : 'history_episode',
        resourceId: c.caseId,
        patientId: c.patientId,
        detail: { indicator: code, term: q.term },
      })),
    );
    const counts = result
      ? {
          numerator: result.numerator,
          denominator: result.denominator,
          missing: result.missing,
          unclassifiable: result.unclassifiable,
          excluded: result.excluded,
        }
      : null;
    return {
      code,
      term: q.term,
      count: counts?.[q.term] ?? 0,
      items: listed.map((c) => ({
        caseId: c.caseId,
        externalId: c.externalId,
        personId: c.personId,
        source: c.source,
        patientName: c.patientName,
        anchorAt: new Date(c.anchorAt).toISOString(),
        procedure: c.procedure,
        wardCode: c.wardCode,
      })),
    };
  }
}
