// Everything the QC figures of a period are counted from, gathered once: Periop's own cases (their facts derived
// live, case-facts.ts) and the imported episodes (outcome rows stored at import, recomputed when the engine
// changed), the deliveries with their labour episodes, and the year's head-counts when the period is one
// calendar year (D21: the staffing indicators are annual).
import type { Db } from '../../db/client';
import {
  historyDeliveryRows,
  historyFacts,
  historyOutcomeRows,
  staffingOfYear,
  updateOutcomes,
} from '../../db/quality/indicator-rows.repo';
import type { WardScope } from '../../domain/auth/scope';
import { classifyCase, type RowsInput } from '../../domain/quality/compute';
import type { AsaClass, CaseFacts, DeliveryFacts, Instant, LocalDate } from '../../domain/quality/facts';
import { localDateOf, localDayBounds } from '../../domain/quality/facts';
import { ENGINE, type OutcomeRow, outcomeRow } from '../../domain/quality/outcome-rows';
import { type Headcounts, staffingFacts } from '../../domain/quality/staffing';
import { deriveCaseFacts } from './case-facts';

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

export type AnchoredRow = OutcomeRow & { anchorAt: number };

/** The outcome rows of the period, each with its anchor (for splitting a span by month). */
export async function periodRows(
  db: Db,
  p: QualityPeriod,
): Promise<{ rows: AnchoredRow[]; own: CaseFacts[] }> {
  const bounds = { from: new Date(localDayBounds(p.from).start), to: new Date(localDayBounds(p.to).end) };
  const [own, stored] = await Promise.all([
    deriveCaseFacts(db, { from: p.from, to: nextDay(p.to), wardIds: ownWardIds(p) }),
    historyOutcomeRows(db, { ...bounds, wardIds: p.wardIds, scope: p.scope }),
  ]);
  const stale = stored.filter((r) => r.engine !== ENGINE);
  const fresh = new Map<string, OutcomeRow>();
  if (stale.length > 0) {
    const facts = await historyFacts(
      db,
      stale.map((r) => r.caseId),
    );
    for (const f of facts) fresh.set(f.id, outcomeRow(f.facts, classifyCase));
    await updateOutcomes(db, [...fresh.values()], ENGINE);
  }
  const rows: AnchoredRow[] = own.map((f) => ({
    ...outcomeRow(f, classifyCase),
    anchorAt: f.times.inRoomAt ?? f.times.scheduledAt ?? 0,
  }));
  for (const r of stored) {
    const again = fresh.get(r.caseId);
    rows.push({
      caseId: r.caseId,
      personId: r.personId,
      anesthesia: again?.anesthesia ?? r.anesthesia,
      asa: r.asa as AsaClass | null,
      outcomes: again?.outcomes ?? r.outcomes,
      anchorAt: r.anchorAt,
    });
  }
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

/** All of it, as the domain's input. */
export async function periodInput(db: Db, p: QualityPeriod): Promise<RowsInput> {
  const [{ rows, own }, { deliveries, labourEpisodes }, staffing] = await Promise.all([
    periodRows(db, p),
    periodDeliveries(db, p),
    periodStaffing(db, p),
  ]);
  return { rows, deliveries, labourEpisodes: [...labourEpisodes, ...own], staffing };
}
