// API representations of the complication registry's rows.
import type { Complication } from '../../api/complications';
import type { ComplicationRow } from '../../db/complications/complication.repo';
import { COMPLICATION_LABELS } from '../../domain/complications/messages';

export const complicationDto = (x: ComplicationRow): Complication => ({
  id: x.id,
  type: x.type,
  label: COMPLICATION_LABELS[x.type] ?? { zh: x.type, en: x.type },
  onsetAt: x.onsetAt.toISOString(),
  status: x.status,
  rule: x.rule,
  evidence: (x.evidence as Record<string, unknown> | null) ?? null,
  grade: x.grade,
  disability: x.disability,
  treatment: x.treatment,
  outcome: x.outcome,
  decisionReason: x.decisionReason,
  decidedAt: x.decidedAt?.toISOString() ?? null,
  version: x.version,
});
