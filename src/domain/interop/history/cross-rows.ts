// The rules between rows of cases.csv (history-import.md §1, §4 rule 7): `episode_id` unique, a person's
// attributes (sex, birth_date, death_date, death_at) identical on all their rows, an admission's attributes
// (person, admission_date, discharge_date, ward) identical on all its episodes. Each row is compared with the
// first row that gave the value, kept in compact maps (one small entry per id, no row kept).
import type { Instant } from '../../quality/facts';
import type { CellReader } from './cells';
import { C } from './headers';
import { DUPLICATE_OF, MSG } from './messages';
import type { HistoryCaseRow } from './types';

/** One attribute as first seen: its comparable value, the text shown, and the row. */
type Seen = { value: string | number | null; text: string; row: number };

type Person = { sex?: Seen; birth?: Seen; deathDate?: Seen; deathAt?: Seen };
type Admission = { person: Seen; admissionDate?: Seen; dischargeDate?: Seen; ward?: Seen };

/** What the delivery checks need of a full `labour_analgesia` row (links.ts). */
export type LabourEpisode = {
  row: number;
  personId: string;
  performed: boolean;
  converted: boolean | null;
  convertedText: string;
};

export class CrossRows {
  /** episode_id → its row. */
  readonly episodes = new Map<string, number>();
  /** episode_id → the full labour analgesia rows. */
  readonly labour = new Map<string, LabourEpisode>();
  private readonly persons = new Map<string, Person>();
  private readonly admissions = new Map<string, Admission>();

  check(cells: CellReader, r: HistoryCaseRow): void {
    if (r.episodeId !== '') {
      const first = this.episodes.get(r.episodeId);
      if (first !== undefined) cells.problem(C.episode_id, MSG.duplicate(DUPLICATE_OF.episode, first));
      else this.episodes.set(r.episodeId, r.row);
    }
    if (r.personId !== '') this.person(cells, r);
    if (r.admissionId !== null && r.personId !== '') this.admission(cells, r);
    if (
      r.recordLevel === 'full' &&
      r.procedureType === 'labour_analgesia' &&
      !cells.isBad(C.procedure_type) &&
      !cells.isBad(C.record_level) &&
      r.episodeId !== ''
    ) {
      this.labour.set(r.episodeId, {
        row: r.row,
        personId: r.personId,
        performed: r.caseStatus === 'performed' && !cells.isBad(C.case_status),
        converted: r.labourConvertedToCaesarean,
        convertedText: cells.raw(C.labour_converted_to_caesarean),
      });
    }
  }

  private person(cells: CellReader, r: HistoryCaseRow): void {
    let p = this.persons.get(r.personId);
    if (p === undefined) {
      p = {};
      this.persons.set(r.personId, p);
    }
    p.sex = same(cells, C.sex, r.sex, p.sex, MSG.personDiffers);
    // §3: birth_date may be empty on a kpi_only row; an empty one there says nothing about the person.
    if (!(r.recordLevel === 'kpi_only' && r.birthDate === null))
      p.birth = same(cells, C.birth_date, r.birthDate, p.birth, MSG.personDiffers);
    p.deathDate = same(cells, C.death_date, r.deathDate, p.deathDate, MSG.personDiffers);
    p.deathAt = same(cells, C.death_at, r.deathAt, p.deathAt, MSG.personDiffers);
  }

  private admission(cells: CellReader, r: HistoryCaseRow): void {
    const id = r.admissionId!;
    let a = this.admissions.get(id);
    if (a === undefined) {
      a = { person: { value: r.personId, text: r.personId, row: r.row } };
      this.admissions.set(id, a);
    } else if (a.person.value !== r.personId) {
      cells.problem(C.admission_id, MSG.admissionOtherPerson(a.person.row, a.person.text));
      return;
    }
    a.admissionDate = same(cells, C.admission_date, r.admissionDate, a.admissionDate, MSG.admissionDiffers);
    a.dischargeDate = same(cells, C.discharge_date, r.dischargeDate, a.dischargeDate, MSG.admissionDiffers);
    a.ward = same(cells, C.ward, r.ward, a.ward, MSG.admissionDiffers);
  }
}

/**
 * Compares the row's value with the first seen (reporting a difference) and returns what stays seen. A cell
 * reported invalid on this row is neither compared nor remembered.
 */
function same(
  cells: CellReader,
  i: number,
  value: string | Instant | null,
  seen: Seen | undefined,
  differs: typeof MSG.personDiffers,
): Seen | undefined {
  if (cells.isBad(i)) return seen;
  if (seen === undefined) return { value, text: cells.raw(i), row: cells.row };
  if (seen.value !== value) cells.problem(i, differs(cells.raw(i), seen.row, seen.text));
  return seen;
}
