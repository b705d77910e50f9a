// Every read of a patient's data and every change lands in the append-only audit log.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

export type AuditAction =
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'transition'
  | 'login'
  | 'logout'
  | 'search'
  | 'export';
export type AuditEntry = {
  action: AuditAction | (string & {});
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  detail?: Record<string, unknown>;
};

/**
 * Records an audit entry. Inside a transaction (`db` given) it commits with the change; otherwise it
 * goes through the group-commit writer and resolves once committed.
 */
export async function audit(req: FastifyRequest, entry: AuditEntry, db?: Db): Promise<void> {
  const row = {
    at: req.server.ctx.clock(),
    userId: req.user?.id ?? null,
    username: req.user?.username ?? null,
    role: req.user?.role ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    patientId: entry.patientId ?? null,
    clientAddress: req.ip,
    outcome: entry.outcome ?? 'success',
    detail: entry.detail ?? null,
  };
  if (db) await db.insert(auditLog).values(row);
  else await req.server.ctx.auditWriter.write(row);
}

/** One entry per patient shown (a board, a list): written together, so the group-commit writer makes one insert. */
export const auditEach = (req: FastifyRequest, entries: AuditEntry[]): Promise<unknown> =>
  Promise.all(entries.map((e) => audit(req, e)));
