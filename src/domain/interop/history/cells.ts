// Reads the cells of one record of a history file into their types (history-import.md §1), reporting each bad
// cell with its row and column. One reader per file, reused for every record (nothing is kept per row): a
// cell found invalid is marked so that the row rules do not report it a second time.
import type { LocalText } from '../../common/field-messages';
import type { Instant, LocalDate } from '../../quality/facts';
import { MSG } from './messages';
import type { HistoryFile, ImportProblem } from './types';
import { isId, parseDate, parseDateTime, parseInteger, parseTemperature } from './values';

/** A code list as a lookup from the cell text to the (shared) value, with the codes for messages. */
export type Vocabulary<T> = {
  readonly map: ReadonlyMap<string, T>;
  readonly codes: readonly (string | number)[];
};

export function vocabulary<T extends string | number>(values: readonly T[]): Vocabulary<T> {
  return { map: new Map(values.map((v) => [String(v), v])), codes: values };
}

export class CellReader {
  private fields: readonly string[] = [];
  /** Line of the current record. */
  row = 0;
  /** 1 = the cell of that column was reported invalid in the current record. */
  private readonly bad: Uint8Array;

  constructor(
    readonly file: HistoryFile,
    private readonly columns: readonly string[],
    private readonly problems: ImportProblem[],
  ) {
    this.bad = new Uint8Array(columns.length);
  }

  start(fields: readonly string[], row: number): void {
    this.fields = fields;
    this.row = row;
    this.bad.fill(0);
  }

  /** The cell text ('' when empty). */
  raw(i: number): string {
    return this.fields[i] ?? '';
  }

  has(i: number): boolean {
    return this.raw(i) !== '';
  }

  /** The cell was reported invalid: rules that read it are skipped. */
  isBad(i: number): boolean {
    return this.bad[i] === 1;
  }

  /** A problem of the current row at column `i` (null = the whole row). */
  problem(i: number | null, message: LocalText): void {
    this.problems.push({
      file: this.file,
      row: this.row,
      column: i === null ? null : (this.columns[i] ?? null),
      message,
    });
  }

  /** The cell's value is invalid (reported once, and marked). */
  invalid(i: number, message: LocalText): null {
    this.bad[i] = 1;
    this.problem(i, message);
    return null;
  }

  /** Reports a required cell that is empty; true when it is there. */
  need(i: number, why: LocalText | null = null): boolean {
    if (this.has(i)) return true;
    this.invalid(i, why === null ? MSG.required() : MSG.requiredBecause(why));
    return false;
  }

  /** Reports a cell that must be empty (once, and marks it); true when it is empty. */
  empty(i: number, why: LocalText): boolean {
    if (!this.has(i)) return true;
    if (!this.isBad(i)) this.invalid(i, MSG.mustBeEmpty(why));
    return false;
  }

  text(i: number): string | null {
    const s = this.raw(i);
    if (s === '') return null;
    return s.includes('\u0000') ? this.invalid(i, MSG.nul()) : s;
  }

  id(i: number): string | null {
    const s = this.raw(i);
    if (s === '') return null;
    return isId(s) ? s : this.invalid(i, MSG.id(s));
  }

  oneOf<T>(i: number, vocab: Vocabulary<T>): T | null {
    const s = this.raw(i);
    if (s === '') return null;
    const v = vocab.map.get(s);
    return v === undefined ? this.invalid(i, MSG.enumValue(s, vocab.codes)) : v;
  }

  /** `0`, `1` or empty; empty is unknown (null), never false (§1). */
  flag(i: number): boolean | null {
    const s = this.raw(i);
    if (s === '') return null;
    if (s === '1') return true;
    if (s === '0') return false;
    return this.invalid(i, MSG.flag(s));
  }

  date(i: number): LocalDate | null {
    const s = this.raw(i);
    if (s === '') return null;
    const d = parseDate(s);
    if (d === 'format') return this.invalid(i, MSG.date(s));
    if (d === 'real') return this.invalid(i, MSG.realDate(s));
    return d;
  }

  dt(i: number): Instant | null {
    const s = this.raw(i);
    if (s === '') return null;
    const v = instantOrMessage(s);
    return typeof v === 'number' ? v : this.invalid(i, v);
  }

  int(i: number, min: number, max: number | null): number | null {
    const s = this.raw(i);
    if (s === '') return null;
    const v = parseInteger(s);
    if (v === null) return this.invalid(i, MSG.int(s));
    return v < min || (max !== null && v > max) ? this.invalid(i, MSG.intRange(s, min, max)) : v;
  }

  temperature(i: number): number | null {
    const s = this.raw(i);
    if (s === '') return null;
    const v = temperatureOrMessage(s);
    return typeof v === 'number' ? v : this.invalid(i, v);
  }
}

/** A date-time cell or list item: its instant, or the message saying why it is not one. */
export function instantOrMessage(s: string): Instant | LocalText {
  const v = parseDateTime(s);
  if (typeof v === 'number') return v;
  if (v === 'seconds') return MSG.noSeconds(s);
  if (v === 'offset') return MSG.noOffset(s);
  return v === 'real' ? MSG.realDate(s) : MSG.dateTime(s);
}

export function temperatureOrMessage(s: string): number | LocalText {
  const v = parseTemperature(s);
  if (typeof v === 'number') return v;
  if (v === 'decimals') return MSG.tempDecimals(s);
  return v === 'range' ? MSG.tempRange(s) : MSG.decimal(s);
}
