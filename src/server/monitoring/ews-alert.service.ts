// Early-warning alerts: acknowledging one with the action taken, a case's alerts and what was done,
// and the wards' response report. Each method begins with the access check.
import type { Ack, AckInput, AlertList, ResponseReport } from '../../api/monitoring';
import { acknowledgeAlert, caseAlerts, getAlert, responseReport } from '../../db/monitoring/ews-alert.repo';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceToWard } from './announce';

export class EwsAlertService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** Records who acknowledged the open alert, when, and the action taken; once. */
  async acknowledge(actor: Actor, id: string, input: AckInput): Promise<Ack> {
    this.ctx.access.require(actor, 'observation.write');
    const alert = await getAlert(this.db, id, actor.scope);
    if (!alert) throw notFound();
    const c = await this.ctx.access.case(actor, 'observation.write', alert.caseId);
    if (alert.status !== 'open') throw new AppError('alert_closed');
    return this.db.transaction(async (tx) => {
      const row = await acknowledgeAlert(
        tx,
        alert.id,
        input.version,
        { action: input.action, note: input.note ?? null },
        { userId: actor.id, now: this.ctx.clock() },
      );
      if (!row) throw conflict(alert.version);
      await this.ctx.audit.record(
        actor,
        {
          action: 'acknowledge',
          resourceType: 'ews_alert',
          resourceId: row.id,
          patientId: row.patientId,
          detail: { action: row.action },
        },
        tx,
      );
      await announceToWard(this.ctx, tx, c, { type: 'ews.ack', id: c.id }, row.wardId);
      return {
        id: row.id,
        status: row.status,
        action: row.action,
        acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
      };
    });
  }

  async ofCase(actor: Actor, caseId: string): Promise<AlertList> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const list = await caseAlerts(this.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'ews_alert',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return {
      items: list.map((a) => ({
        id: a.id,
        type: a.type,
        raisedAt: a.raisedAt.toISOString(),
        status: a.status,
        action: a.action,
        note: a.note,
        acknowledgedBy: a.acknowledgedBy,
        acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
        escalatedAt: a.escalatedAt?.toISOString() ?? null,
      })),
    };
  }

  /** Per ward within the actor's scope: alerts, time to acknowledge and to escalation. */
  async responseReport(actor: Actor, from: string, to: string): Promise<ResponseReport> {
    this.ctx.access.require(actor, 'report.read');
    return { items: await responseReport(this.db, new Date(from), new Date(to), actor.scope) };
  }
}
