// The ward board: each bed with its patient, the latest NEWS2 and its trend, the next set due and the
// open alerts. Begins with the access check on the ward.
import type { WardBoard } from '../../api/monitoring';
import { alertsOfWards } from '../../db/monitoring/ews-alert.repo';
import { latestSets, wardBeds } from '../../db/monitoring/ward-board.repo';
import { ALERT_LABELS } from '../../domain/monitoring/escalation';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

const iso = (v: string | Date) => new Date(v).toISOString();

export class WardBoardService {
  constructor(private readonly ctx: AppContext) {}

  async board(actor: Actor, wardId: string): Promise<WardBoard> {
    this.ctx.access.ward(actor, 'observation.read', wardId);
    const db = this.ctx.database.db;
    const beds = await wardBeds(db, [wardId]);
    const caseIds = beds.map((b) => b.caseId).filter((id): id is string => !!id);
    const [sets, alerts] = await Promise.all([latestSets(db, caseIds), alertsOfWards(db, [wardId])]);
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
    return {
      beds: beds.map((b) => {
        const mine = sets.filter((s) => s.case_id === b.caseId);
        const latest = mine[0];
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
          nextDueAt: latest?.next_due_at ? iso(latest.next_due_at) : null,
          alerts: alerts
            .filter((a) => a.caseId === b.caseId)
            .map((a) => ({
              id: a.id,
              type: a.type,
              label: ALERT_LABELS[a.type],
              raisedAt: a.raisedAt.toISOString(),
              escalatedAt: a.escalatedAt?.toISOString() ?? null,
              version: a.version,
            })),
        };
      }),
    };
  }
}
