// 术中监控大屏: every running room with its patient, current vitals and the alerts not yet acknowledged
// — all read from what the ingest stored (the newest reading of each parameter, the alert episodes),
// so the screen costs the same after eight hours of readings as after one minute.
import type { OverviewRooms } from '../../api/anesthesia-vitals';
import { acksOf, recordsOf } from '../../db/anesthesia/record.repo';
import { roomsNow } from '../../db/anesthesia/room.repo';
import { alertsAt } from '../../domain/anesthesia/intraop-state';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { derivationsOf } from './derivation';

// Vitals older than this are not "current"; alerts that ended longer ago than this are no longer shown.
const CURRENT_MS = 5 * 60_000;
const ALERT_WINDOW_MS = 60 * 60_000;

export class OverviewService {
  constructor(private readonly ctx: AppContext) {}

  async rooms(actor: Actor): Promise<OverviewRooms> {
    this.ctx.access.require(actor, 'observation.read');
    const db = this.ctx.database.db;
    const now = this.ctx.clock();
    const rooms = await roomsNow(db, actor.scope);
    const caseIds = rooms.flatMap((r) => (r.caseId ? [r.caseId] : []));
    const [derived, acks, records] = await Promise.all([
      derivationsOf(db, caseIds, now, new Date(now.getTime() - ALERT_WINDOW_MS)),
      acksOf(db, caseIds),
      recordsOf(db, caseIds),
    ]);
    const acked = new Set(acks.map((a) => `${a.caseId}|${a.kind}|${a.startAt.getTime()}`));
    const tempMode = new Map(records.map((r) => [r.caseId, r.tempMode]));
    // Every patient shown is a read of that patient's data.
    await this.ctx.audit.recordEach(
      actor,
      rooms
        .filter((r) => r.caseId)
        .map((r) => ({
          action: 'read',
          resourceType: 'overview.room',
          resourceId: r.caseId,
          patientId: r.patientId,
        })),
    );
    return {
      rooms: rooms.map((r) => {
        const d = r.caseId ? derived.get(r.caseId) : undefined;
        const base = {
          room: r.room,
          caseId: r.caseId,
          status: r.status,
          patientName: r.patientName,
          patientMrn: r.patientMrn,
          procedureText: r.procedureText,
        };
        if (!r.caseId || !d) return { ...base, vitals: {}, alerts: [] };
        const vitals: Record<string, { value: number; at: string }> = {};
        for (const [param, l] of Object.entries(d.trackers.latest))
          if (now.getTime() - l.t <= CURRENT_MS)
            vitals[param] = { value: l.value, at: new Date(l.t).toISOString() };
        const alerts = alertsAt(d.trackers, d.episodes, tempMode.get(r.caseId) ?? 'continuous', now.getTime())
          .filter((a) => !acked.has(`${r.caseId}|${a.kind}|${a.start}`))
          .map((a) => ({
            kind: a.kind,
            start: new Date(a.start).toISOString(),
            end: new Date(a.end).toISOString(),
            extreme: a.extreme,
          }));
        return { ...base, vitals, alerts };
      }),
    };
  }
}
