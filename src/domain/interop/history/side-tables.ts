// The side tables of an import: staffing.csv (§5), deliveries.csv (§6, the rules of one row and delivery_id
// unique) and wards.csv (§10). Each table keeps its valid rows; its rules over the whole table run in finish().
import { STAFF_CATEGORIES, type StaffCategory } from '../../quality/staffing';
import { type CellReader, vocabulary } from './cells';
import { DUPLICATE_OF, MSG } from './messages';
import {
  DELIVERY_MODES,
  type DeliveryRow,
  type ImportProblem,
  type StaffingRow,
  type WardBedsRow,
} from './types';

const CATEGORY = vocabulary<StaffCategory>(STAFF_CATEGORIES);
const MODE = vocabulary(DELIVERY_MODES);

/** staffing.csv: year, staff_category, headcount. */
export class StaffingTable {
  readonly rows: StaffingRow[] = [];
  /** `year|category` → its row. */
  private readonly seen = new Map<string, number>();

  add(cells: CellReader, row: number): void {
    const ok = [0, 1, 2].map((i) => cells.need(i)).every(Boolean);
    const year = cells.int(0, 1000, 9999);
    const category = cells.oneOf(1, CATEGORY);
    const headcount = cells.int(2, 0, null);
    if (!ok || year === null || category === null || headcount === null) return;
    const key = `${year}|${category}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      cells.problem(1, MSG.duplicate(DUPLICATE_OF.staffing, first));
      return;
    }
    this.seen.set(key, row);
    this.rows.push({ row, year, category, headcount });
  }

  /** §5: all seven categories appear for each year. */
  finish(problems: ImportProblem[]): void {
    const years = [...new Set(this.rows.map((r) => r.year))].sort((a, b) => a - b);
    for (const year of years) {
      for (const category of STAFF_CATEGORIES) {
        if (!this.seen.has(`${year}|${category}`))
          problems.push({
            file: 'staffing',
            row: null,
            column: 'staff_category',
            message: MSG.missingCategory(year, category),
          });
      }
    }
  }
}

/** deliveries.csv: delivery_id, person_id, delivery_at, delivery_mode, labour_analgesia_episode_id. */
export class DeliveryTable {
  readonly rows: DeliveryRow[] = [];
  /** Episodes linked from a row that is itself invalid (so not checked as links, nor reported as unlinked). */
  readonly unchecked = new Set<string>();
  private readonly seen = new Map<string, number>();

  add(cells: CellReader, row: number): void {
    const ok = [0, 1, 2, 3].map((i) => cells.need(i)).every(Boolean);
    const deliveryId = cells.id(0);
    const personId = cells.id(1);
    const deliveryAt = cells.dt(2);
    const deliveryMode = cells.oneOf(3, MODE);
    const episodeId = cells.id(4);
    if (deliveryMode === 'caesarean_elective' && episodeId !== null)
      cells.problem(4, MSG.electiveWithEpisode());
    if (deliveryId !== null) {
      const first = this.seen.get(deliveryId);
      if (first !== undefined) cells.problem(0, MSG.duplicate(DUPLICATE_OF.delivery, first));
      else this.seen.set(deliveryId, row);
    }
    const valid =
      ok && deliveryId !== null && personId !== null && deliveryAt !== null && deliveryMode !== null;
    if (!valid || cells.isBad(4)) {
      if (episodeId !== null) this.unchecked.add(episodeId);
      return;
    }
    this.rows.push({
      row,
      deliveryId,
      personId,
      deliveryAt,
      deliveryMode,
      labourAnalgesiaEpisodeId: episodeId,
    });
  }
}

/** wards.csv: ward, open_beds, valid_from, valid_to. */
export class WardTable {
  readonly rows: WardBedsRow[] = [];

  add(cells: CellReader, row: number): void {
    const ok = cells.need(0) && cells.need(1);
    const ward = cells.id(0);
    const openBeds = cells.int(1, 0, null);
    const validFrom = cells.date(2);
    const validTo = cells.date(3);
    if (validFrom !== null && validTo !== null && validTo < validFrom)
      cells.problem(3, MSG.periodOrder(validFrom, validTo));
    else if (ok && ward !== null && openBeds !== null && !cells.isBad(2) && !cells.isBad(3))
      this.rows.push({ row, ward, openBeds, validFrom, validTo });
  }

  /** §10: the periods of one ward do not overlap (inclusive days; empty = unbounded). */
  finish(problems: ImportProblem[]): void {
    const byWard = new Map<string, WardBedsRow[]>();
    for (const r of this.rows) {
      const own = byWard.get(r.ward);
      if (own) own.push(r);
      else byWard.set(r.ward, [r]);
    }
    for (const periods of byWard.values()) {
      periods.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.row - b.row);
      // Every period against the one reaching furthest among those before it (sorted by start).
      let reach: WardBedsRow | null = null;
      for (const p of periods) {
        if (
          reach !== null &&
          (reach.validTo === null || p.validFrom === null || p.validFrom <= reach.validTo)
        ) {
          problems.push({
            file: 'wards',
            row: p.row,
            column: 'valid_from',
            message: MSG.wardOverlap(reach.row),
          });
        }
        if (reach === null || (reach.validTo !== null && (p.validTo === null || p.validTo > reach.validTo)))
          reach = p;
      }
    }
  }
}
