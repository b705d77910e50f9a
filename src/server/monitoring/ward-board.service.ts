// The ward board: each bed with its patient, the latest NEWS2 and its trend, the next set due, the open
// alerts and the acknowledged ones the next set has not ended (who did what, when), most urgent bed
// first. Begins with the access check on the ward.
import type { AcknowledgedAlert, WardBoard } from '../../api/monitoring';
import { type AlertStory, alertStories, alertsOfWards } from '../../db/monitoring/ews-alert.repo';
import { latestSets, wardBeds } from '../../db/monitoring/ward-board.repo';
import { bedStanding, rankBeds } from '../../domain/monitoring/board-rank';
import { ALERT_LABELS } from '../../domain/monitoring/escalation';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

const iso = (v: string | Date) => new Date(v).toISOString();
const isoOrNull = (v: string | Date | null) => (v === null ? null : iso(v));

const acknowledgedAlert = (a: AlertStory): AcknowledgedAlert => ({
  id: a.id,
  type: a.type,
  label: ALERT_LABELS[a.type],
  raisedAt: iso(a.raised_at),
  total: a.total,
  escalatedAt: isoOrNull(a.escalated_at),
  action: a.action,
  note: a.note,
  acknowledgedBy: a.acknowledged_by,
  acknowledgedByName: a.acknowledged_by_name,
  acknowledgedAt: isoOrNull(a.acknowledged_at),
});

export class WardBoardService {
  constructor(private readonly ctx: AppContext) {}

  async board(actor: Actor, wardId: string): Promise<WardBoard> {
    this.ctx.access.ward(actor, 'observation.read', wardId);
    const db = this.ctx.database.db;
    const beds = await wardBeds(db, [wardId]);
    const caseIds = beds.map((b) => b.caseId).filter((id): id is string => !!id);
    const [sets, alerts, stories] = await Promise.all([
      latestSets(db, caseIds),
      alertsOfWards(db, [wardId]),
      alertStories(db, caseIds),
    ]);
    await this.ctx.audit.recordEach(
      actor,
      beds
        .filter((b) => b.caseId)
        .map((b) => ({
          action: 'read',
          resourceType: 'ward_board',
          resourceId: b.caseId,
          patientId: b.patientId,
        })),
    );
    const now = this.ctx.clock().getTime();
    const board = beds.map((b) => {
      const mine = sets.filter((s) => s.case_id === b.caseId);
      const latest = mine[0];
      const open = alerts.filter((a) => a.caseId === b.caseId);
      const acknowledged = stories.filter((a) => a.case_id === b.caseId).map(acknowledgedAlert);
      // Due from the latest complete set: an incomplete one sets no due time and does not stop the clock.
      const dueFrom = mine.find((s) => s.next_due_at !== null);
      const nextDueAt = dueFrom?.next_due_at ? iso(dueFrom.next_due_at) : null;
      return {
        ...b,
        news2: latest
          ? {
              total: latest.total,
              band: latest.band,
              complete: latest.complete,
              takenAt: iso(latest.taken_at),
            }
          : null,
        trend: mine.map((s) => s.total).reverse(),
        nextDueAt,
        alerts: open.map((a) => ({
          id: a.id,
          type: a.type,
          label: ALERT_LABELS[a.type],
          raisedAt: a.raisedAt.toISOString(),
          escalatedAt: a.escalatedAt?.toISOString() ?? null,
          version: a.version,
        })),
        scored: mine.find((s) => s.complete)?.total ?? null,
        standing: bedStanding(
          {
            openAlerts: open.map((a) => a.type),
            nextDueAt: nextDueAt ? Date.parse(nextDueAt) : null,
            acknowledged: acknowledged.length > 0,
          },
          now,
        ),
        acknowledged,
      };
    });
    return {
      beds: rankBeds(board, (b) => ({
        standing: b.standing,
        total: b.scored,
        nextDueAt: b.nextDueAt ? Date.parse(b.nextDueAt) : null,
      })).map(({ scored: _, ...bed }) => bed),
    };
  }
}
