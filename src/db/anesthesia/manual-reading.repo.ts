// The vital signs entered by hand on a case's record, as the record lists them for correction: each
// with who entered it and — once corrected or voided — its mark (the artefact columns).
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';

export type ManualReading = {
  id: number;
  param: string;
  value: number;
  unit: string;
  observedAt: Date;
  receivedAt: Date;
  enteredBy: string | null;
  artefact: boolean;
  artefactReason: string | null;
  artefactBy: string | null;
  artefactAt: Date | null;
};

const MANUAL_COLUMNS = sql`o.id::float8 as id, o.param, o.value, o.unit, o.observed_at as "observedAt",
  o.received_at as "receivedAt", o.entered_by as "enteredBy", o.artefact, o.artefact_reason as "artefactReason",
  o.artefact_by as "artefactBy", o.artefact_at as "artefactAt"`;

const toManual = (r: ManualReading): ManualReading => ({
  ...r,
  id: Number(r.id),
  observedAt: new Date(r.observedAt),
  receivedAt: new Date(r.receivedAt),
  artefactAt: r.artefactAt ? new Date(r.artefactAt) : null,
});

/** The vital signs entered by hand on the case's record (until 出室), a corrected or voided one included. */
export async function manualReadings(db: Db, caseId: string): Promise<ManualReading[]> {
  const list = await rows<ManualReading>(
    db,
    sql`select ${MANUAL_COLUMNS} from observations o join surgical_cases c on c.id = o.case_id
      where o.case_id = ${caseId}::uuid and o.source = 'manual'
        and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
      order by o.observed_at, o.id`,
  );
  return list.map(toManual);
}

/** A reading entered by hand on the case, locked until the transaction ends; null when there is none. */
export async function lockManualReading(db: Db, caseId: string, id: number): Promise<ManualReading | null> {
  const [row] = await rows<ManualReading>(
    db,
    sql`select ${MANUAL_COLUMNS} from observations o
      where o.id = ${id} and o.case_id = ${caseId}::uuid and o.source = 'manual'
      for update`,
  );
  return row ? toManual(row) : null;
}
