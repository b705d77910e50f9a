// The anesthesia record (麻醉记录单) of a case: the record as viewed and printed — its entries with the
// alerts and hypotension exposure as stored by the ingest — its method and details, signing and
// amendment, and the acknowledgement of an alert. Each method begins with the access check, then one
// transaction: domain → repositories → audit → publish.
import type { z } from 'zod';
import type {
  AnesthesiaRecord,
  alertAckInput,
  amendInput,
  recordUpdate,
  signInput,
} from '../../api/anesthesia';
import { caseReadingSeries } from '../../db/anesthesia/reading.repo';
import {
  ensureRecord,
  insertAck,
  readRecord,
  recordEntries,
  updateRecord,
} from '../../db/anesthesia/record.repo';
import { signerName } from '../../db/assessment/visit.repo';
import { recordText } from '../../domain/anesthesia/messages';
import { completedYears } from '../../domain/registry/age';
import { AppError, conflict } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { renderPdf } from '../platform/pdf';
import { derivationsOf } from './derivation';
import { recordView } from './dto';
import { documentInput, recordDocument } from './record.pdf';
import { entryTime, openRecord, recordChanged } from './record-write';

type RecordUpdate = z.infer<typeof recordUpdate>;

export class RecordService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** The record with everything derived: read from what is stored, never from every reading. */
  async view(actor: Actor, id: string): Promise<AnesthesiaRecord> {
    const c = await this.ctx.access.case(actor, 'observation.read', id);
    const now = this.ctx.clock();
    const [record, entries, derived] = await Promise.all([
      readRecord(this.db, c.id),
      recordEntries(this.db, c.id),
      derivationsOf(this.db, [c.id], now),
    ]);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'anesthesia_record',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const until = (c.outOfRoomAt ?? now).getTime();
    return recordView(c, record, entries, derived.get(c.id)!, until, actor.locale);
  }

  /** The printed record (A4): every reading on the grid, the rest as viewed. */
  async document(actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
    const c = await this.ctx.access.case(actor, 'observation.read', id);
    const now = this.ctx.clock();
    const [record, entries, readings, derived] = await Promise.all([
      readRecord(this.db, c.id),
      recordEntries(this.db, c.id),
      caseReadingSeries(this.db, c.id),
      derivationsOf(this.db, [c.id], now),
    ]);
    const tz = this.ctx.config.PERIOP_SITE_TIMEZONE;
    const pdf = await renderPdf(
      recordDocument(
        documentInput({
          c,
          age: completedYears(c.patientBirthDate, localDate(now, tz)),
          record: { ...record, signerName: await signerName(this.db, record.signedBy) },
          entries,
          readings,
          derived: derived.get(c.id)!,
          until: (c.outOfRoomAt ?? now).getTime(),
          locale: actor.locale,
          timeZone: tz,
          printedAt: now,
        }),
      ),
    );
    await this.ctx.audit.record(actor, {
      action: 'print',
      resourceType: 'anesthesia_record',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return { pdf, filename: recordText('record.pdf.filename', actor.locale, { mrn: c.patientMrn }) };
  }

  async update(actor: Actor, id: string, body: RecordUpdate): Promise<{ version: number }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const r = await openRecord(tx, c, actor, now);
      const { version, ...values } = body;
      const row = await updateRecord(tx, r.id, version, values, { userId: actor.id, now });
      if (!row) throw conflict(r.version);
      await recordChanged(this.ctx, tx, actor, c, 'update', {});
      return { version: row.version };
    });
  }

  async sign(
    actor: Actor,
    id: string,
    body: z.infer<typeof signInput>,
  ): Promise<{ version: number; status: 'draft' | 'signed' }> {
    const c = await this.ctx.access.case(actor, 'assessment.sign', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const r = await openRecord(tx, c, actor, now);
      if (!r.method)
        throw new AppError('validation_failed', {}, [{ path: 'method', message: 'record.method_required' }]);
      const row = await updateRecord(
        tx,
        r.id,
        body.version,
        { status: 'signed', signedAt: now, signedBy: actor.id },
        { userId: actor.id, now },
      );
      if (!row) throw conflict(r.version);
      await recordChanged(this.ctx, tx, actor, c, 'sign', { revision: row.revision });
      return { version: row.version, status: row.status };
    });
  }

  async amend(
    actor: Actor,
    id: string,
    body: z.infer<typeof amendInput>,
  ): Promise<{ version: number; status: 'draft' | 'signed'; revision: number }> {
    const c = await this.ctx.access.case(actor, 'assessment.sign', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const r = await ensureRecord(tx, c.id, c.patientId, { userId: actor.id, now });
      if (r.status !== 'signed') throw new AppError('record_not_signed');
      const row = await updateRecord(
        tx,
        r.id,
        body.version,
        {
          status: 'draft',
          revision: r.revision + 1,
          amendmentReason: body.reason,
          signedAt: null,
          signedBy: null,
        },
        { userId: actor.id, now },
      );
      if (!row) throw conflict(r.version);
      await recordChanged(this.ctx, tx, actor, c, 'amend', { reason: body.reason, revision: row.revision });
      return { version: row.version, status: row.status, revision: row.revision };
    });
  }

  /** An intra-op alert acknowledged, by its kind and start. */
  async acknowledge(actor: Actor, id: string, body: z.infer<typeof alertAckInput>): Promise<{ ok: true }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await insertAck(tx, {
        caseId: c.id,
        kind: body.kind,
        startAt: entryTime(c, body.start, 'start', now),
        note: body.note ?? null,
        ackedBy: actor.id,
        ackedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'alert.ack', { kind: body.kind, start: body.start });
    });
    return { ok: true };
  }
}
