// The validating reader of a history import (历史病例导入, history-import.md): fed record by record, in any order of
// the files, it checks every rule of §1–§6, §9 and §10 and reports every problem with its row and column. The
// rows are kept only while the import is still clean: the first problem rejects the whole import (§9), so from
// then on only the compact maps of the rules between rows are kept.

import { readCaseRow } from './case-row';
import { checkCaseRow } from './case-rules';
import { CellReader } from './cells';
import { CrossRows } from './cross-rows';
import { HEADERS } from './headers';
import { checkLinks } from './links';
import { MSG } from './messages';
import { DeliveryTable, StaffingTable, WardTable } from './side-tables';
import type { HistoryCaseRow, HistoryFile, HistoryResult, ImportProblem } from './types';

const FILE_ORDER: Record<HistoryFile, number> = { cases: 0, staffing: 1, deliveries: 2, wards: 3 };

/** Problems by file (cases, staffing, deliveries, wards), then row (the file as a whole first), as found. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => FILE_ORDER[a.file] - FILE_ORDER[b.file] || (a.row ?? 0) - (b.row ?? 0));
}

export class HistoryValidator {
  private readonly problems: ImportProblem[] = [];
  private readonly cells: Record<HistoryFile, CellReader>;
  private readonly cross = new CrossRows();
  private readonly staffing = new StaffingTable();
  private readonly deliveries = new DeliveryTable();
  private readonly wards = new WardTable();
  private cases: HistoryCaseRow[] = [];
  /** Files not read to the end (encoding, CSV syntax, header): their rules over the whole file are skipped. */
  private readonly incomplete = new Set<HistoryFile>();

  constructor() {
    const reader = (file: HistoryFile) => new CellReader(file, HEADERS[file], this.problems);
    this.cells = {
      cases: reader('cases'),
      staffing: reader('staffing'),
      deliveries: reader('deliveries'),
      wards: reader('wards'),
    };
  }

  /** A record of cases.csv; `row` = the file's line where the record starts (header = 1). */
  addCase(fields: readonly string[], row: number): void {
    const cells = this.start('cases', fields, row);
    if (cells === null) return;
    const r = readCaseRow(cells, row);
    checkCaseRow(cells, r);
    this.cross.check(cells, r);
    if (this.problems.length === 0) this.cases.push(r);
    else if (this.cases.length > 0) this.cases = [];
  }

  addStaffing(fields: readonly string[], row: number): void {
    const cells = this.start('staffing', fields, row);
    if (cells !== null) this.staffing.add(cells, row);
  }

  addDelivery(fields: readonly string[], row: number): void {
    const cells = this.start('deliveries', fields, row);
    if (cells !== null) this.deliveries.add(cells, row);
  }

  addWard(fields: readonly string[], row: number): void {
    const cells = this.start('wards', fields, row);
    if (cells !== null) this.wards.add(cells, row);
  }

  /**
   * A problem found while reading a file (encoding, CSV syntax, header, field count). `incomplete`: the file
   * was not read to its end, so the rules over the whole file (and across files) are not applied to it.
   */
  addProblem(problem: ImportProblem, options: { incomplete?: boolean } = {}): void {
    this.problems.push(problem);
    if (options.incomplete === true) this.incomplete.add(problem.file);
    this.cases = [];
  }

  /** Every row of every file, or every problem found. */
  finish(): HistoryResult {
    const problems = [...this.problems];
    if (!this.incomplete.has('staffing')) this.staffing.finish(problems);
    if (!this.incomplete.has('wards')) this.wards.finish(problems);
    if (!this.incomplete.has('cases') && !this.incomplete.has('deliveries'))
      checkLinks(this.deliveries.rows, this.deliveries.unchecked, this.cross, problems);
    if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
    return {
      ok: true,
      cases: this.cases,
      staffing: this.staffing.rows,
      deliveries: this.deliveries.rows,
      wards: this.wards.rows,
    };
  }

  /** The file's reader set to the record, or null when the record has the wrong number of fields. */
  private start(file: HistoryFile, fields: readonly string[], row: number): CellReader | null {
    const cells = this.cells[file];
    cells.start(fields, row);
    const expected = HEADERS[file].length;
    if (fields.length === expected) return cells;
    cells.problem(null, MSG.fieldCount(expected, fields.length));
    this.cases = [];
    return null;
  }
}
