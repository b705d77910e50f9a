// The historical case import (历史病例导入): accepting an upload as an import job (one at a time), running it in
// the background (import-run.ts) with its progress published on `import:<id>`, and reporting it. Patient data:
// the quality officer's (history.import), audited when started and when read.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { ImportList, ImportState } from '../../../api/interop-history';
import {
  getImport,
  heartbeat,
  type ImportFile,
  type ImportRow,
  listImports,
  rejectInterrupted,
  startImport,
} from '../../../db/history/history.repo';
import { newId } from '../../../db/ids';
import type { ImportError } from '../../../domain/interop/history-job';
import { AppError, notFound } from '../../errors/app-error';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';

export type ImportContext = Pick<AppContext, 'database' | 'clock' | 'hub' | 'audit' | 'access'>;

import { finish, loadParts, type UploadedPart, validateParts } from './import-run';

const INTERRUPTED: ImportError = {
  file: 'cases',
  row: null,
  column: null,
  message: {
    'zh-CN': '导入过程中服务器停止，未导入任何数据；请重新导入该文件',
    'en-US': 'The server stopped during the import; nothing was imported. Import the file again',
  },
};
const FAILED: ImportError = {
  file: 'cases',
  row: null,
  column: null,
  message: {
    'zh-CN': '导入失败，未导入任何数据；请联系系统管理员查看服务器日志',
    'en-US':
      'The import failed and nothing was imported; ask the system administrator to check the server log',
  },
};

/** Publishing progress at most this often (ms). */
const PROGRESS_EVERY = 200;
/** A running import writes its heartbeat this often (PostgreSQL), and has lost its server after this silence. */
const HEARTBEAT_EVERY_MS = 5_000;
const HEARTBEAT_LOST_MS = 60_000;

export class HistoryImportService {
  /** Progress of the imports running in this instance (the row has it at the start and the end). */
  private readonly live = new Map<string, { done: number; total: number }>();
  private readonly runs = new Set<Promise<void>>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly log: FastifyBaseLogger,
  ) {}

  private get db() {
    return this.ctx.database.db;
  }

  /**
   * An import left running by a stopped server committed nothing; it is rejected. On PGlite (one server by
   * construction) every running import this server is not running is; on PostgreSQL those of another server whose
   * heartbeat stopped a minute ago.
   */
  async recoverInterrupted(): Promise<string[]> {
    const now = this.ctx.clock();
    const silentSince =
      this.ctx.database.kind === 'pglite' ? null : new Date(now.getTime() - HEARTBEAT_LOST_MS);
    return rejectInterrupted(this.db, [INTERRUPTED], now, silentSince, [...this.live.keys()]);
  }

  async start(actor: Actor, parts: (UploadedPart & { sha256: string })[]): Promise<{ id: string }> {
    this.ctx.access.require(actor, 'history.import');
    if (!parts.some((p) => p.part === 'cases')) throw new AppError('history_import_no_cases');
    await this.recoverInterrupted();
    const id = newId();
    const files: ImportFile[] = parts.map((p) => ({
      part: p.part,
      name: p.name,
      bytes: p.bytes,
      sha256: p.sha256,
    }));
    if (!(await startImport(this.db, id, files, actor.id, this.ctx.clock())))
      throw new AppError('history_import_running');
    await this.ctx.audit.record(actor, {
      action: 'create',
      resourceType: 'history_import',
      resourceId: id,
      detail: { files: files.map((f) => ({ part: f.part, name: f.name, bytes: f.bytes })) },
    });
    this.live.set(id, { done: 0, total: 1 });
    const run = this.run(id, parts).finally(() => {
      this.runs.delete(run);
      this.live.delete(id);
    });
    this.runs.add(run);
    return { id };
  }

  /** Waits for the imports running in this instance (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.runs]);
  }

  private async run(id: string, parts: UploadedPart[]): Promise<void> {
    let last = 0;
    let beat = Date.now();
    const report = (done: number, total: number, force = false) => {
      this.live.set(id, { done, total });
      const now = Date.now();
      if (this.ctx.database.kind === 'postgresql' && now - beat > HEARTBEAT_EVERY_MS) {
        beat = now;
        void heartbeat(this.db, id, done, total, this.ctx.clock()).catch(() => undefined);
      }
      if (!force && now - last < PROGRESS_EVERY) return;
      last = now;
      // While PGlite's one connection is in the loading transaction, a notify would wait for it: skip.
      if (this.ctx.database.kind === 'pglite' && this.loading.has(id)) return;
      void this.ctx.hub
        .publish(this.db, {
          type: 'history_import.progress',
          id,
          status: 'running',
          done,
          total,
          topic: `import:${id}`,
          wardId: null,
        })
        .catch(() => undefined);
    };
    let total = 0;
    try {
      const { result, rows } = await validateParts(parts, report);
      total = 2 * rows;
      report(rows, total, true);
      if (!result.ok) {
        await finish(this.ctx, id, { status: 'rejected', errors: result.problems, total });
      } else {
        this.loading.add(id);
        const loaded = await loadParts(this.ctx, id, result, (written) => report(rows + written, total));
        this.loading.delete(id);
        await finish(
          this.ctx,
          id,
          loaded.ok
            ? { status: 'done', counts: loaded.counts, total }
            : { status: 'rejected', errors: loaded.errors, total },
        );
      }
    } catch (e) {
      this.log.error({ err: e, importId: id }, 'history import failed');
      await finish(this.ctx, id, { status: 'rejected', errors: [FAILED], total }).catch(() => undefined);
    } finally {
      this.loading.delete(id);
      await Promise.all(parts.map((p) => rm(dirname(p.path), { recursive: true, force: true })));
    }
    const done = await getImport(this.db, id);
    if (done)
      await this.ctx.hub
        .publish(this.db, {
          type: 'history_import.progress',
          id,
          status: done.status,
          done: done.progressDone,
          total: done.progressTotal,
          topic: `import:${id}`,
          wardId: null,
        })
        .catch(() => undefined);
  }

  private readonly loading = new Set<string>();

  async get(actor: Actor, id: string): Promise<ImportState> {
    this.ctx.access.require(actor, 'history.import');
    const found = await getImport(this.db, id);
    if (!found) throw notFound();
    await this.ctx.audit.record(actor, { action: 'read', resourceType: 'history_import', resourceId: id });
    return this.state(actor, found);
  }

  async list(actor: Actor): Promise<ImportList> {
    this.ctx.access.require(actor, 'history.import');
    const found = await listImports(this.db, 50);
    return {
      items: found.map((r) => {
        const { errors: _errors, ...rest } = this.state(actor, r);
        return { ...rest, errorCount: r.errors.length };
      }),
    };
  }

  private state(actor: Actor, r: ImportRow): ImportState {
    const live = r.status === 'running' ? this.live.get(r.id) : undefined;
    return {
      id: r.id,
      status: r.status,
      progress: live ?? { done: r.progressDone, total: r.progressTotal },
      counts: r.counts,
      errors: r.errors.map((e) => ({ ...e, message: e.message[actor.locale], messages: e.message })),
      files: r.files.map((f) => ({ part: f.part, name: f.name, bytes: f.bytes })),
      createdAt: new Date(r.createdAt).toISOString(),
      finishedAt: r.finishedAt === null ? null : new Date(r.finishedAt).toISOString(),
    };
  }
}
