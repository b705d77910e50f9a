// The NEWS2 escalation loop (RCP 2017, Charts 3 and 4; clinical-scores.md §1.2): each scored set
// sets the next observation due time and the alert it raises; an incomplete set is never scored.
import type { ScoreResult } from '../scores/instrument';
import type { MonitoringFrequency, News2Band } from '../scores/news2';

export const ALERT_TYPES = ['red_score', 'urgent', 'emergency', 'overdue'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];
// Withdrawn: the set that raised it was corrected so that it no longer calls for it, or voided
// (observation-corrections.ts); kept, with who acknowledged it if anyone had, never escalated.
export const ALERT_STATUSES = ['open', 'acknowledged', 'withdrawn'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const ACK_ACTIONS = ['reviewed', 'treatment_started', 'escalated_icu', 'rapid_response'] as const;
export type AckAction = (typeof ACK_ACTIONS)[number];

// Minutes until the next set is due, from RCP Chart 4's minimum frequency. "Continuous" still needs a
// charted set: every 15 min is the institutional default; 4–6-hourly uses the stricter 4 h.
export const DUE_MINUTES: Record<MonitoringFrequency, number> = {
  '12h': 720,
  '4-6h': 240,
  '1h': 60,
  continuous: 15,
};

export type Response = { alert: Exclude<AlertType, 'overdue'> | null; dueMinutes: number };

/** Decision D5: the single-parameter red score is an alert type of its own, below the total-based ones. */
export function responseFor(band: News2Band, frequency: MonitoringFrequency): Response {
  const alert =
    band === 'high' ? 'emergency' : band === 'medium' ? 'urgent' : band === 'low_medium' ? 'red_score' : null;
  return { alert, dueMinutes: DUE_MINUTES[frequency] };
}

/** The response to an entered set's NEWS2; none for an incomplete set, which is never scored as normal. */
export function responseToSet(result: ScoreResult): Response | null {
  if (result.status !== 'complete') return null;
  return responseFor(result.band as News2Band, result.details?.monitoringFrequency as MonitoringFrequency);
}

export type EscalationConfig = {
  /** An alert not acknowledged within this many minutes is escalated (to the team leader). */
  escalateAfterMinutes: Record<Exclude<AlertType, 'overdue'>, number>;
  /** An observation this many minutes past due raises an "overdue" alert. */
  overdueGraceMinutes: number;
};

export const DEFAULT_ESCALATION: EscalationConfig = {
  escalateAfterMinutes: { emergency: 5, urgent: 15, red_score: 30 },
  overdueGraceMinutes: 15,
};

export const ALERT_LABELS: Record<AlertType, { zh: string; en: string }> = {
  red_score: { zh: '单项 3 分', en: 'Single red score' },
  urgent: { zh: '紧急反应（NEWS2 5–6）', en: 'Urgent response (NEWS2 5–6)' },
  emergency: { zh: '紧急抢救（NEWS2 ≥ 7）', en: 'Emergency response (NEWS2 ≥ 7)' },
  overdue: { zh: '观察逾期', en: 'Observation overdue' },
};

/** Whether an open alert raised at `raisedAt` should now be escalated. */
export const shouldEscalate = (
  type: AlertType,
  raisedAt: number,
  now: number,
  cfg = DEFAULT_ESCALATION,
): boolean => type !== 'overdue' && now - raisedAt >= cfg.escalateAfterMinutes[type] * 60_000;

/** Whether an observation due at `dueAt` is overdue enough to alert. */
export const isOverdue = (dueAt: number, now: number, cfg = DEFAULT_ESCALATION): boolean =>
  now - dueAt >= cfg.overdueGraceMinutes * 60_000;
