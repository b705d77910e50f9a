// The audit log as the audit administrator (审计管理员) searches it; looking at who looked is recorded too.
import type { AuditPage, AuditQuery } from '../../api/platform';
import type { AuditRow } from '../../db/platform/audit.repo';
import { searchAudit } from '../../db/platform/audit.repo';
import { maskedMrn, maskedName } from '../../domain/common/masking';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

const entryDto = (r: AuditRow, identified: boolean): AuditPage['items'][number] => ({
  id: r.id,
  at: r.at.toISOString(),
  userId: r.userId,
  username: r.username,
  role: r.role,
  action: r.action,
  resourceType: r.resourceType,
  resourceId: r.resourceId,
  patientId: r.patientId,
  patient:
    r.patientName !== null && r.patientMrn !== null
      ? identified
        ? { name: r.patientName, mrn: r.patientMrn }
        : { name: maskedName(r.patientName), mrn: maskedMrn(r.patientMrn) }
      : null,
  clientAddress: r.clientAddress,
  outcome: r.outcome,
});

export class AuditService {
  constructor(private readonly ctx: AppContext) {}

  /** Newest first, by patient, user and time; a page ends at `nextCursor`. */
  async search(actor: Actor, q: AuditQuery): Promise<AuditPage> {
    this.ctx.access.require(actor, 'audit.read');
    const { items, hasMore } = await searchAudit(this.ctx.database.db, {
      patientId: q.patientId,
      username: q.username,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      before: q.cursor,
      limit: q.limit,
    });
    await this.ctx.audit.record(actor, {
      action: 'search',
      resourceType: 'audit',
      patientId: q.patientId ?? null,
      detail: { ...q },
    });
    const identified = await this.ctx.access.allows(() => this.ctx.access.require(actor, 'patient.read'));
    return {
      items: items.map((r) => entryDto(r, identified)),
      nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null,
    };
  }
}
