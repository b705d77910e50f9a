// Group commit for audit rows of reads: concurrent requests share one INSERT, and each request still
// waits for its own row to be committed before it answers, so no read goes unrecorded.
import type { Db } from '../../db/client';
import { insertAuditRows, type NewAuditRow } from '../../db/platform/audit.repo';

export type AuditRow = NewAuditRow;

export class AuditWriter {
  private queue: { row: AuditRow; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  write(row: AuditRow): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await insertAuditRows(
          this.db,
          batch.map((b) => b.row),
        );
        for (const b of batch) b.resolve();
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    this.flushing = null;
  }
}
