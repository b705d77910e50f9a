// Every read of a patient's data and every change lands in the append-only audit log.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';

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

/** Records an audit entry for a request (routes not yet behind a service); see AuditTrail. */
export function audit(req: FastifyRequest, entry: AuditEntry, db?: Db): Promise<void> {
  const user = req.user;
  return req.server.ctx.audit.record(
    user ? { id: user.id, username: user.username, role: user.role, address: req.ip } : { address: req.ip },
    entry,
    db,
  );
}

/** One entry per patient shown (a board, a list): written together, so the group-commit writer makes one insert. */
export const auditEach = (req: FastifyRequest, entries: AuditEntry[]): Promise<unknown> =>
  Promise.all(entries.map((e) => audit(req, e)));
