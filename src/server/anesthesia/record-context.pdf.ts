// What the printed record needs beyond the case, its record and entries: the ward and bed of the
// admission the case belongs to, the ASA class of the latest pre-anesthesia visit, and the corrections
// made to the record's entries (更正记录) with who made them. Read after the service's access check.
import { correctionsOf, userNames } from '../../db/anesthesia/record.repo';
import { currentVisit } from '../../db/assessment/visit.repo';
import type { Db } from '../../db/client';
import { listAdmissions } from '../../db/registry/admission.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';

export type PrintedCorrection = {
  kind: string;
  /** The entry's id; for a checklist answer "phase.item". */
  entryId: string;
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string;
  by: string;
  at: Date;
};

export type RecordPrintContext = {
  ward: string | null;
  bed: string | null;
  asa: { asaClass: number; emergency: boolean } | null;
  corrections: PrintedCorrection[];
};

export async function recordPrintContext(db: Db, c: CaseWithPatient): Promise<RecordPrintContext> {
  const [admissions, visit, corrections] = await Promise.all([
    c.admissionId ? listAdmissions(db, c.patientId) : Promise.resolve([]),
    currentVisit(db, c.id),
    correctionsOf(db, c.id),
  ]);
  const names = await userNames(
    db,
    corrections.map((x) => x.changedBy),
  );
  const admission = admissions.find((a) => a.id === c.admissionId);
  const asaClass = visit?.data.asaClass;
  return {
    ward: admission?.wardName ?? null,
    bed: admission?.bedCode ?? null,
    asa: asaClass ? { asaClass, emergency: visit?.data.asaEmergency === true } : null,
    corrections: corrections.map((x) => ({
      kind: x.entryKind,
      entryId: x.entryId,
      action: x.action,
      before: x.before,
      after: x.after,
      reason: x.reason,
      by: names.get(x.changedBy) ?? '—',
      at: x.changedAt,
    })),
  };
}
