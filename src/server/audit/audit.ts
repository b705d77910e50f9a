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

export async function audit(
  req: FastifyRequest,
  entry: AuditEntry,
  db: Db = req.server.ctx.database.db,
): Promise<void> {
  await db.insert(auditLog).values({
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
  });
}
