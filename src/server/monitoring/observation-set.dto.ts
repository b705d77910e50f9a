// Observation sets as the API gives them: a set entered or corrected with its score and alert, a set
// listed with who entered it, its voiding and its corrections, and a set's fields as a correction keeps them.
import type { ObservationSet, ObservationSetSaved } from '../../api/monitoring';
import type { AlertRow } from '../../db/monitoring/ews-alert.repo';
import type { ListedCorrection } from '../../db/monitoring/observation-correction.repo';
import type { ListedSet, SetRow } from '../../db/monitoring/observation-set.repo';
import type { SetValues } from '../../domain/monitoring/observation-corrections';
import type { ScoredSet } from '../../domain/monitoring/observation-scoring';

/** The stored columns of a scored set. */
export const scoredColumns = (s: ScoredSet) => ({
  values: s.values,
  complete: s.complete,
  total: s.total,
  band: s.band,
  redScore: s.redScore,
  result: s.result,
  nextDueAt: s.nextDueAt === null ? null : new Date(s.nextDueAt),
});

export const saved = (set: SetRow, scored: ScoredSet, alert: AlertRow | null): ObservationSetSaved => ({
  id: set.id,
  complete: scored.complete,
  total: set.total,
  band: set.band,
  scale: set.scale,
  missing: scored.result.status === 'incomplete' ? scored.result.missing : [],
  nextDueAt: set.nextDueAt?.toISOString() ?? null,
  alert: alert ? { id: alert.id, type: alert.type } : null,
});

/** The named fields of a set as they were (its time as an ISO string, as the API gives it). */
export function snapshot(
  set: { takenAt: Date; values: SetValues; total: number | null },
  fields: readonly string[],
) {
  return Object.fromEntries(
    fields.map((f) => [
      f,
      f === 'takenAt'
        ? set.takenAt.toISOString()
        : f === 'total'
          ? set.total
          : (set.values[f as keyof SetValues] ?? null),
    ]),
  );
}

const name = (n: string | null) => n ?? '—';

export const listedSet = (
  { set: s, enteredByName, voidedByName }: ListedSet,
  corrections: readonly ListedCorrection[],
): ObservationSet => ({
  id: s.id,
  version: s.version,
  takenAt: s.takenAt.toISOString(),
  enteredAt: s.enteredAt.toISOString(),
  enteredBy: name(enteredByName),
  values: s.values as Record<string, unknown>,
  complete: s.complete,
  total: s.total,
  band: s.band,
  scale: s.scale,
  nextDueAt: s.nextDueAt?.toISOString() ?? null,
  voided: s.voidedAt
    ? { at: s.voidedAt.toISOString(), by: name(voidedByName), reason: s.voidReason ?? '' }
    : null,
  corrections: corrections
    .filter(({ correction: k }) => k.setId === s.id)
    .map(({ correction: k, changedByName }) => ({
      action: k.action,
      at: k.changedAt.toISOString(),
      by: name(changedByName),
      reason: k.reason,
      before: k.before,
      after: k.after,
    })),
});
