// API representations of the assessment's rows: ISO times, camelCase, only the declared fields.
import type { RecommendationTask, Visit, WorklistItem } from '../../api/assessment';
import type { TaskWithPatient } from '../../db/assessment/recommendation-task.repo';
import type { VisitRow } from '../../db/assessment/visit.repo';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const visitDto = (v: VisitRow): Visit => ({
  id: v.id,
  caseId: v.caseId,
  revision: v.revision,
  status: v.status,
  data: v.data,
  results: v.results,
  highRiskFlags: v.highRiskFlags,
  visitAt: iso(v.visitAt),
  late: v.late,
  signedAt: iso(v.signedAt),
  signedBy: v.signedBy,
  amendmentReason: v.amendmentReason,
  version: v.version,
  updatedAt: v.updatedAt.toISOString(),
});

export const taskDto = (r: TaskWithPatient): RecommendationTask => ({
  id: r.id,
  caseId: r.caseId,
  patientId: r.patientId,
  patientName: r.patientName,
  patientMrn: r.patientMrn,
  scheduledStart: r.scheduledStart.toISOString(),
  orRoom: r.orRoom,
  code: r.code,
  text: r.text,
  source: r.source,
  status: r.status,
  reason: r.reason,
  actedBy: r.actedBy,
  actedAt: iso(r.actedAt),
  version: r.version,
});

export const worklistItemDto = <T extends Omit<WorklistItem, 'scheduledStart'> & { scheduledStart: Date }>(
  r: T,
): WorklistItem => ({ ...r, scheduledStart: r.scheduledStart.toISOString() });
