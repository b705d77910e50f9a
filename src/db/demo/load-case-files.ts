// Writes the demo's case files (case-files.ts): bulk `unnest` inserts per table, the monitor history
// (load-readings.ts), and the signed visits with their recommendations opened as tasks through their
// repository. Runs unchanged on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { recommendationsOf } from '../../domain/assessment/recommendation-task';
import { openTasks } from '../assessment/recommendation-task.repo';
import type { VisitRow } from '../assessment/visit.repo';
import { BATCH, bulkInsert, type Column, col } from '../bulk';
import type { Db } from '../client';
import { newId } from '../ids';
import { aldreteRow, type CaseFile } from './case-files';
import { type ManualReading, writeManualReadings, writeReadings } from './load-readings';

export type DemoStaff = { anesthesiologist: string; nurse: string; followup: string };

export type CaseFilesSummary = {
  records: number;
  entries: number;
  readings: number;
  visits: number;
  outcomes: number;
  followupTasks: number;
};

type Row = Record<string, unknown>;

// The tables written row by row from the case files, in the order they are written, with their columns.
const TABLES = {
  anesthesia_records: [
    'id:uuid',
    'case_id:uuid',
    'patient_id:uuid',
    'method:text',
    'details:jsonb',
    'status:text',
    'signed_at:timestamptz',
    'signed_by:uuid',
    'version:int',
    'created_at:timestamptz',
    'created_by:uuid',
    'updated_at:timestamptz',
    'updated_by:uuid',
  ],
  record_events: [
    'id:uuid',
    'case_id:uuid',
    'code:text',
    'text:text',
    'at:timestamptz',
    'recorded_by:uuid',
    'recorded_at:timestamptz',
  ],
  drug_entries: [
    'id:uuid',
    'case_id:uuid',
    'drug:text',
    'kind:text',
    'dose:float8',
    'rate:float8',
    'unit:text',
    'route:text',
    'start_at:timestamptz',
    'end_at:timestamptz',
    'recorded_by:uuid',
    'recorded_at:timestamptz',
  ],
  fluid_entries: [
    'id:uuid',
    'case_id:uuid',
    'direction:text',
    'kind:text',
    'volume_ml:float8',
    'at:timestamptz',
    'recorded_by:uuid',
    'recorded_at:timestamptz',
  ],
  checklist_answers: [
    'case_id:uuid',
    'phase:text',
    'item:text',
    'answer:text',
    'answered_by:uuid',
    'answered_at:timestamptz',
  ],
  postop_assessments: [
    'id:uuid',
    'case_id:uuid',
    'patient_id:uuid',
    'instrument:text',
    'instrument_version:text',
    'at:timestamptz',
    'input:jsonb',
    'result:jsonb',
    'complete:bool',
    'total:float8',
    'entered_by:uuid',
    'entered_at:timestamptz',
  ],
  case_outcomes: [
    'case_id:uuid',
    'patient_id:uuid',
    'status:text',
    'death_at:timestamptz',
    'cause:text',
    'source:text',
    'decided_at:timestamptz',
    'decided_by:uuid',
  ],
  followup_tasks: [
    'id:uuid',
    'case_id:uuid',
    'patient_id:uuid',
    'kind:text',
    'due_at:timestamptz',
    'status:text',
    'result:text',
    'done_by:uuid',
    'done_at:timestamptz',
    'created_at:timestamptz',
  ],
} as const;
type Table = keyof typeof TABLES;

/** Columns named `name:type`, each read from the row's property of that name. */
const columns = (specs: readonly string[]): Column[] =>
  specs.map((s) => {
    const [name, type] = s.split(':') as [string, string];
    return col<Row>(name, type, (r) => r[name]);
  });

/** The rows of the anesthesia record and its entries, and of the PACU's temperature and scores. */
function recordRows(
  file: CaseFile,
  staff: DemoStaff,
  out: Record<Table, Row[]>,
  temperatures: ManualReading[],
): void {
  const { c, record } = file;
  if (!record) return;
  const doctor = staff.anesthesiologist;
  out.anesthesia_records.push({
    id: newId(),
    case_id: c.id,
    patient_id: c.patientId,
    method: record.method,
    details: JSON.stringify(record.details),
    status: record.signedAt ? 'signed' : 'draft',
    signed_at: record.signedAt,
    signed_by: record.signedAt ? doctor : null,
    version: record.signedAt ? 3 : 2,
    created_at: record.createdAt,
    created_by: doctor,
    updated_at: record.signedAt ?? record.createdAt,
    updated_by: doctor,
  });
  /** An entry's own columns: its id and case, who recorded it and when. */
  const entry = (recordedAt: Date) => ({
    id: newId(),
    case_id: c.id,
    recorded_by: doctor,
    recorded_at: recordedAt,
  });
  for (const e of record.events)
    out.record_events.push({ ...entry(e.recordedAt), at: e.at, code: e.code, text: e.text });
  for (const d of record.drugs)
    out.drug_entries.push({
      ...entry(d.recordedAt),
      drug: d.drug,
      kind: d.kind,
      dose: d.dose,
      rate: d.rate,
      unit: d.unit,
      route: d.route,
      start_at: d.startAt,
      end_at: d.endAt,
    });
  for (const f of record.fluids)
    out.fluid_entries.push({
      ...entry(f.recordedAt),
      at: f.at,
      direction: f.direction,
      kind: f.kind,
      volume_ml: f.volumeMl,
    });
  for (const a of record.checklist)
    out.checklist_answers.push({
      case_id: c.id,
      phase: a.phase,
      item: a.item,
      answer: a.answer,
      answered_by: staff.nurse,
      answered_at: a.at,
    });
  if (record.pacuTemperature) {
    const t = record.pacuTemperature;
    temperatures.push({ caseId: c.id, param: 'temp', value: t.value, at: t.at, enteredBy: staff.nurse });
  }
  for (const a of record.aldrete) {
    const scored = aldreteRow(a.input);
    out.postop_assessments.push({
      id: newId(),
      case_id: c.id,
      patient_id: c.patientId,
      instrument: 'aldrete',
      instrument_version: scored.version,
      at: a.at,
      input: JSON.stringify(a.input),
      result: JSON.stringify(scored.result),
      complete: scored.complete,
      total: scored.total,
      entered_by: staff.nurse,
      entered_at: new Date(a.at.getTime() + 60_000),
    });
  }
}

/** The rows of the 28-day outcome and of the follow-up call. */
function outcomeRows({ outcome }: CaseFile, staff: DemoStaff, out: Record<Table, Row[]>): void {
  if (!outcome) return;
  out.case_outcomes.push({
    case_id: outcome.caseId,
    patient_id: outcome.patientId,
    status: outcome.status,
    death_at: outcome.deathAt,
    cause: outcome.cause,
    source: outcome.source,
    decided_at: outcome.decidedAt,
    decided_by: outcome.source === 'followup' ? staff.followup : null,
  });
  const task = outcome.task;
  if (task)
    out.followup_tasks.push({
      id: newId(),
      case_id: outcome.caseId,
      patient_id: outcome.patientId,
      kind: 'day28_call',
      due_at: task.dueAt,
      status: task.doneAt ? 'done' : 'open',
      result: task.result,
      done_by: task.doneAt ? staff.followup : null,
      done_at: task.doneAt,
      created_at: task.dueAt,
    });
}

export async function writeCaseFiles(
  db: Db,
  files: CaseFile[],
  staff: DemoStaff,
  rooms: ReadonlyMap<string, string>,
): Promise<CaseFilesSummary> {
  const out = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Record<Table, Row[]>;
  const temperatures: ManualReading[] = [];
  for (const file of files) {
    recordRows(file, staff, out, temperatures);
    outcomeRows(file, staff, out);
  }
  for (const table of Object.keys(TABLES) as Table[])
    await bulkInsert(db, table, columns(TABLES[table]), out[table]);
  const readings = await writeReadings(db, files, rooms);
  await writeManualReadings(db, temperatures);
  const visits = await writeVisits(db, files, staff);
  return {
    records: out.anesthesia_records.length,
    entries:
      out.record_events.length +
      out.drug_entries.length +
      out.fluid_entries.length +
      out.checklist_answers.length,
    readings,
    visits,
    outcomes: out.case_outcomes.length,
    followupTasks: out.followup_tasks.length,
  };
}

/** The signed visits, their high-risk flags, and the recommendations of those still to be operated on. */
async function writeVisits(db: Db, files: CaseFile[], staff: DemoStaff): Promise<number> {
  const by = staff.anesthesiologist;
  const rows: VisitRow[] = files.flatMap(({ c, visit: v }) =>
    v
      ? [
          {
            id: newId(),
            caseId: c.id,
            patientId: c.patientId,
            revision: 1,
            status: 'signed' as const,
            data: v.data,
            results: v.results,
            highRiskFlags: v.highRiskFlags,
            visitAt: v.visitAt,
            late: v.late,
            signedAt: v.signedAt,
            signedBy: by,
            amendmentReason: null,
            version: 2,
            createdAt: v.visitAt,
            createdBy: by,
            updatedAt: v.signedAt,
            updatedBy: by,
          },
        ]
      : [],
  );
  type V = VisitRow;
  await bulkInsert(
    db,
    'assessment_visits',
    [
      col<V>('id', 'uuid', (v) => v.id),
      col<V>('case_id', 'uuid', (v) => v.caseId),
      col<V>('patient_id', 'uuid', (v) => v.patientId),
      col<V>('revision', 'int', (v) => v.revision),
      col<V>('status', 'text', (v) => v.status),
      col<V>('data', 'jsonb', (v) => JSON.stringify(v.data)),
      col<V>('results', 'jsonb', (v) => JSON.stringify(v.results)),
      col<V>('visit_at', 'timestamptz', (v) => v.visitAt),
      col<V>('late', 'bool', (v) => v.late),
      col<V>('signed_at', 'timestamptz', (v) => v.signedAt),
      col<V>('signed_by', 'uuid', (v) => v.signedBy),
      col<V>('version', 'int', (v) => v.version),
      col<V>('created_at', 'timestamptz', (v) => v.createdAt),
      col<V>('created_by', 'uuid', (v) => v.createdBy),
      col<V>('updated_at', 'timestamptz', (v) => v.updatedAt),
      col<V>('updated_by', 'uuid', (v) => v.updatedBy),
    ],
    rows,
  );
  // Flag lists go in as text and are split in SQL: unnest cannot take a ragged 2-D array.
  const flagged = rows.filter((v) => v.highRiskFlags.length > 0);
  for (let start = 0; start < flagged.length; start += BATCH) {
    const batch = flagged.slice(start, start + BATCH);
    await db.execute(sql`
      update assessment_visits v set high_risk_flags = string_to_array(f.flags, '|')
      from unnest(${sql.param(batch.map((r) => r.id))}::uuid[], ${sql.param(batch.map((r) => r.highRiskFlags.join('|')))}::text[]) as f(id, flags)
      where v.id = f.id`);
  }
  const scheduled = new Set(files.filter((f) => f.c.status === 'scheduled').map((f) => f.c.id));
  for (const v of rows)
    if (scheduled.has(v.caseId))
      await openTasks(db, v, recommendationsOf(v.results), { userId: by, now: v.signedAt! });
  return rows.length;
}
