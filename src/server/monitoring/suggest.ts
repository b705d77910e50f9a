// A rule's suggestion enters the complication registry once per case and type, as "suggested",
// for a clinician to confirm or dismiss; watchers of the case and ward hear of it.
import type { Db } from '../../db/client';
import { caseComplications, insertComplication } from '../../db/monitoring/monitoring';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import type { Actor } from '../../db/versioned';
import type { Suggestion } from '../../domain/monitoring/detection';
import type { RealtimeHub } from '../realtime/hub';

export async function suggestComplications(
  tx: Db,
  hub: RealtimeHub,
  c: CaseWithPatient,
  suggestions: Suggestion[],
  actor: Actor,
): Promise<string[]> {
  if (suggestions.length === 0) return [];
  const existing = new Set(
    (await caseComplications(tx, c.id)).filter((x) => x.status !== 'dismissed').map((x) => x.type),
  );
  const created: string[] = [];
  for (const s of suggestions) {
    if (existing.has(s.type)) continue;
    existing.add(s.type);
    const row = await insertComplication(
      tx,
      {
        caseId: c.id,
        patientId: c.patientId,
        type: s.type,
        onsetAt: new Date(s.onsetAt),
        status: 'suggested',
        rule: s.rule,
        evidence: s.evidence,
      },
      actor,
    );
    created.push(row.id);
  }
  if (created.length) {
    if (c.wardId)
      await hub.publish(tx, { topic: `ward:${c.wardId}`, type: 'complication.suggested', id: c.id });
    await hub.publish(tx, { topic: `case:${c.id}`, type: 'complication.suggested', id: c.id });
  }
  return created;
}
