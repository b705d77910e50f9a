// The audit log as the audit administrator reads it (newest first, by patient, user and time, with the
// patient's name and MRN beside the id), and the
// rows written outside a request (the command line). Append-only: nothing here updates or deletes.
import { and, desc, eq, getTableColumns, gte, lt, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, patients } from '../schema';

export type AuditRow = typeof auditLog.$inferSelect & {
  patientName: string | null;
  patientMrn: string | null;
};
export type NewAuditRow = typeof auditLog.$inferInsert;

export type AuditFilter = {
  patientId?: string | undefined;
  username?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Entries older than this id (the previous page's last). */
  before?: number | undefined;
  limit: number;
};

/** One page, with whether more follow. */
export async function searchAudit(db: Db, f: AuditFilter): Promise<{ items: AuditRow[]; hasMore: boolean }> {
  const rows = await db
    .select({ ...getTableColumns(auditLog), patientName: patients.name, patientMrn: patients.mrn })
    .from(auditLog)
    .leftJoin(patients, eq(patients.id, auditLog.patientId))
    .where(
      and(
        f.patientId ? eq(auditLog.patientId, f.patientId) : undefined,
        f.username ? eq(auditLog.username, f.username) : undefined,
        f.from ? gte(auditLog.at, f.from) : undefined,
        f.to ? lte(auditLog.at, f.to) : undefined,
        f.before ? lt(auditLog.id, f.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  const hasMore = rows.length > f.limit;
  return { items: hasMore ? rows.slice(0, f.limit) : rows, hasMore };
}

export async function insertAudit(db: Db, row: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}

/** Several entries in one statement (the group-commit writer's batch). */
export async function insertAuditRows(db: Db, rows: readonly NewAuditRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(auditLog).values([...rows]);
}
