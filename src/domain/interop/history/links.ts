// The rules between deliveries.csv and cases.csv (history-import.md §6): a linked episode is a performed
// `labour_analgesia` row of the same person, linked from one delivery only, whose
// `labour_converted_to_caesarean` is 1 exactly when the delivery is `caesarean_in_labour`; and every performed
// labour row is linked from exactly one delivery (a row that a delivery names, but by an invalid link, is
// reported on that delivery only).
import type { CrossRows } from './cross-rows';
import { MSG } from './messages';
import type { DeliveryRow, ImportProblem } from './types';

const LINK = 'labour_analgesia_episode_id';

export function checkLinks(
  deliveries: readonly DeliveryRow[],
  unchecked: ReadonlySet<string>,
  cases: CrossRows,
  problems: ImportProblem[],
): void {
  const linkedBy = new Map<string, number>();
  /** Episodes some delivery names, valid link or not: an invalid link is reported on its delivery only. */
  const named = new Set(unchecked);
  const onDelivery = (row: number, message: ImportProblem['message']) =>
    problems.push({ file: 'deliveries', row, column: LINK, message });
  for (const d of deliveries) {
    const id = d.labourAnalgesiaEpisodeId;
    if (id === null) continue;
    named.add(id);
    const labour = cases.labour.get(id);
    if (labour === undefined || !labour.performed) {
      const caseRow = cases.episodes.get(id);
      onDelivery(d.row, caseRow === undefined ? MSG.episodeNotFound(id) : MSG.episodeNotLabour(id, caseRow));
      continue;
    }
    if (labour.personId !== d.personId) {
      onDelivery(d.row, MSG.episodeOtherPerson(id, labour.row, labour.personId));
      continue;
    }
    const first = linkedBy.get(id);
    if (first !== undefined) {
      onDelivery(d.row, MSG.linkedTwice(id, first));
      continue;
    }
    linkedBy.set(id, d.row);
    if ((labour.converted === true) !== (d.deliveryMode === 'caesarean_in_labour'))
      problems.push({
        file: 'cases',
        row: labour.row,
        column: 'labour_converted_to_caesarean',
        message: MSG.conversion(labour.convertedText, d.deliveryMode, d.row),
      });
  }
  for (const [id, labour] of cases.labour) {
    if (labour.performed && !named.has(id))
      problems.push({ file: 'cases', row: labour.row, column: 'episode_id', message: MSG.labourNotLinked() });
  }
}
