// The audit log as services write it: one entry per read or change of patient data, by an Actor.
// Inside a transaction (`tx` given) the entry commits with the change; otherwise it goes through the
// group-commit writer and resolves once committed, so no read goes unrecorded.
import type { Db } from '../../db/client';
import { insertAudit } from '../../db/platform/audit.repo';
import type { Actor } from '../platform/actor';
import type { AuditEntry } from './audit';
import type { AuditWriter } from './audit-writer';

/** Who the entry is of: an Actor, or only the address of an anonymous client (a failed login). */
export type AuditSubject = Pick<Actor, 'address'> & Partial<Pick<Actor, 'id' | 'username' | 'role'>>;

export class AuditTrail {
  constructor(
    private readonly writer: AuditWriter,
    private readonly clock: () => Date,
  ) {}

  async record(actor: AuditSubject, entry: AuditEntry, tx?: Db): Promise<void> {
    const row = {
      at: this.clock(),
      userId: actor.id ?? null,
      username: actor.username ?? null,
      role: actor.role ?? null,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      patientId: entry.patientId ?? null,
      clientAddress: actor.address,
      outcome: entry.outcome ?? 'success',
      detail: entry.detail ?? null,
    };
    if (tx) await insertAudit(tx, row);
    else await this.writer.write(row);
  }

  /** One entry per patient shown (a board, a list): written together, in one group-committed insert. */
  recordEach(actor: Actor, entries: AuditEntry[]): Promise<unknown> {
    return Promise.all(entries.map((e) => this.record(actor, e)));
  }
}
