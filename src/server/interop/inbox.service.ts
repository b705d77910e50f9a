// The interface inbox (system administrator): messages from unregistered devices (quarantined) and
// malformed ones (rejected), and the replay of a quarantined message once its device is registered.
import type { InboxList, InboxQuery, ReplayResult } from '../../api/interop';
import { getInboxEntry, listInbox, markAssigned } from '../../db/interop/inbox.repo';
import { maskPatientSegments } from '../../domain/interop/mask';
import { AppError, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { decodeIncoming } from './mllp-listener';

export class InboxService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** The latest messages; the segments that identify a patient are masked in the readable copy. */
  async list(actor: Actor, query: InboxQuery): Promise<InboxList> {
    this.ctx.access.require(actor, 'device.admin');
    const items = await listInbox(this.db, query.status ?? null);
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'interop_inbox',
      detail: { count: items.length },
    });
    return {
      items: items.map((m) => ({
        id: m.id,
        receivedAt: m.receivedAt.toISOString(),
        remoteAddress: m.remoteAddress,
        status: m.status,
        reason: m.reason,
        controlId: m.controlId,
        messageType: m.messageType,
        deviceHint: m.deviceHint,
        raw: maskPatientSegments(m.raw),
        assignedDeviceId: m.assignedDeviceId,
      })),
    };
  }

  /** Feeds a quarantined message to the ingestor again, decoded anew with the device's character set. */
  async replay(actor: Actor, id: string): Promise<ReplayResult> {
    this.ctx.access.require(actor, 'device.admin');
    const entry = await getInboxEntry(this.db, id);
    if (!entry) throw notFound();
    if (entry.status !== 'quarantined') throw new AppError('inbox_not_quarantined');
    const { ingestor } = this.ctx;
    ingestor.devices.invalidate();
    await ingestor.devices.ensureFresh(Date.now());
    const bytes = entry.rawBytes ?? undefined;
    const text = bytes
      ? decodeIncoming(bytes, ingestor.devices, entry.remoteAddress, this.ctx.config.MLLP_DEFAULT_CHARSET)
          .text
      : entry.raw;
    // The ingestor commits the observations in its own batch; the inbox row follows once they are stored.
    const result = await ingestor.submit({
      text,
      ...(bytes ? { bytes } : {}),
      remoteAddress: entry.remoteAddress,
      receivedAt: entry.receivedAt,
    });
    await this.db.transaction(async (tx) => {
      if (result.outcome === 'stored' && result.deviceId)
        await markAssigned(tx, entry.id, result.deviceId, actor.id, this.ctx.clock());
      await this.ctx.audit.record(
        actor,
        {
          action: 'replay',
          resourceType: 'interop_inbox',
          resourceId: entry.id,
          detail: { outcome: result.outcome },
        },
        tx,
      );
    });
    return { outcome: result.outcome, deviceId: result.deviceId };
  }
}
