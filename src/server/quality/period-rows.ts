// Everything the QC figures of a period are counted from, gathered once: Periop's own cases (their facts derived
// live, case-facts.ts) and the imported episodes (outcome rows stored at import, recomputed when the engine
// changed, kept between requests: history-rows.ts), the deliveries with their labour episodes, and the year's
// head-counts when the period is one calendar year (D21: the staffing indicators are annual).
import type { Db } from '../../db/client';
import { historyDeliveryRows, staffingOfYear } from '../../db/quality/indicator-rows.repo';
import type { WardScope } from '../../domain/auth/scope';
import { classifyCase, type RowsInput } from '../../domain/quality/compute';
import type { CaseFacts, DeliveryFacts, Instant, LocalDate } from '../../domain/quality/facts';
import { localDateOf, localDayBounds } from '../../domain/quality/facts';
import { outcomeRow } from '../../domain/quality/outcome-rows';
import { type Headcounts, staffingFacts } from '../../domain/quality/staffing';
import type { Indicator } from '../../domain/quality/types';
import { deriveCaseFacts } from './case-facts';
import { type AnchoredRow, historyRows } from './history-rows';

/** Local dates, both ends included, and the wards asked for (null = every ward of the scope). */
export type QualityPeriod = {
  from: LocalDate;
  to: LocalDate;
  wardIds: readonly string[] | null;
  scope: WardScope;
};

export const nextDay = (d: LocalDate): LocalDate => localDateOf(localDayBounds(d).end);

/** The full calendar year the period is, or null. */
export function calendarYear(p: { from: LocalDate; to: LocalDate }): number | null {
  const y = p.from.slice(0, 4);
  return p.from === `${y}-01-01` && p.to === `${y}-12-31` ? Number(y) : null;
}

/** The ward ids Periop's own cases are read for: the asked wards within the scope. */
function ownWardIds(p: QualityPeriod): readonly string[] | null {
  if (p.scope.kind === 'department') return p.wardIds;
  const scoped = p.scope.ids;
  return p.wardIds ? p.wardIds.filter((id) => scoped.includes(id)) : scoped;
}

/** The outcome rows of the period, each with its anchor (for splitting a span by month). */
export async function periodRows(
  db: Db,
  p: QualityPeriod,
): Promise<{ rows: AnchoredRow[]; own: CaseFacts[] }> {
  const bounds = { from: new Date(localDayBounds(p.from).start), to: new Date(localDayBounds(p.to).end) };
  const [own, stored] = await Promise.all([
    deriveCaseFacts(db, { from: p.from, to: nextDay(p.to), wardIds: ownWardIds(p) }),
    historyRows(db, { ...bounds, wardIds: p.wardIds, scope: p.scope }),
  ]);
  const rows: AnchoredRow[] = own.map((f) => ({
    ...outcomeRow(f, classifyCase),
    anchorAt: f.times.inRoomAt ?? f.times.scheduledAt ?? 0,
  }));
  for (const r of stored) rows.push(r);
  return { rows, own };
}

/**
 * The deliveries of the register in the period with their labour episodes. The register knows no ward, so
 * AQI-EPD-26 is counted for the whole department only: with a ward filter or a ward scope it has no deliveries.
 */
export async function periodDeliveries(
  db: Db,
  p: QualityPeriod,
): Promise<{ deliveries: DeliveryFacts[]; labourEpisodes: CaseFacts[] }> {
  if (p.wardIds !== null || p.scope.kind !== 'department') return { deliveries: [], labourEpisodes: [] };
  const found = await historyDeliveryRows(
    db,
    new Date(localDayBounds(p.from).start),
    new Date(localDayBounds(p.to).end),
  );
  const labourEpisodes: CaseFacts[] = [];
  const deliveries = found.map((d): DeliveryFacts => {
    if (d.labourFacts && d.labourCaseId) labourEpisodes.push({ ...d.labourFacts, caseId: d.labourCaseId });
    return {
      deliveryId: d.deliveryId,
      personId: d.personId,
      at: d.at as Instant,
      mode: d.mode as DeliveryFacts['mode'],
      // A link to an episode that is not there is counted missing (compute.ts).
      labourEpisodeId: d.labourEpisodeId === null ? null : (d.labourCaseId ?? `absent:${d.labourEpisodeId}`),
    };
  });
  return { deliveries, labourEpisodes };
}

/** The year's head-counts, or null when the period is not one calendar year or nothing was entered. */
export async function periodStaffing(db: Db, p: QualityPeriod): Promise<RowsInput['staffing']> {
  const year = calendarYear(p);
  if (year === null) return null;
  const rows = await staffingOfYear(db, year);
  if (rows.length === 0) return null;
  const counts: Headcounts = {};
  for (const r of rows) counts[r.category] = r.headcount;
  return staffingFacts(year, counts);
}

/**
 * What the indicators are counted from, as the domain's input: the deliveries (with the labour episodes) only for a
 * delivery indicator and the head-counts only for a staffing one, the only ones that read them (compute.ts).
 */
export async function periodInput(
  db: Db,
  p: QualityPeriod,
  indicators: readonly Indicator[],
): Promise<RowsInput> {
  const reads = (kind: Indicator['kind']) => indicators.some((i) => i.kind === kind);
  const [{ rows, own }, births, staffing] = await Promise.all([
    periodRows(db, p),
    reads('delivery') ? periodDeliveries(db, p) : null,
    reads('staffing') ? periodStaffing(db, p) : null,
  ]);
  if (births === null) return { rows, deliveries: [], labourEpisodes: [], staffing };
  return {
    rows,
    deliveries: births.deliveries,
    labourEpisodes: [...births.labourEpisodes, ...own],
    staffing,
  };
}
