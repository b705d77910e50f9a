// The anesthesia record (麻醉记录单) of a case: the record as viewed and printed — its entries with the
// alerts and hypotension exposure as stored by the ingest, on screen with the voided entries and every
// correction — its method and details, signing (refused with each missing field named) and amendment,
// and the acknowledgement of an alert. Each method begins with the access check, then one
// transaction: domain → repositories → audit → publish.

import type { z } from 'zod';
import type {
  AnesthesiaRecord,
  alertAckInput,
  amendInput,
  recordUpdate,
  signInput,
} from '../../api/anesthesia';
import { manualReadings } from '../../db/anesthesia/manual-reading.repo';
import { caseReadingSeries } from '../../db/anesthesia/reading.repo';
import {
  correctionsOf,
  ensureRecord,
  insertAck,
  readRecord,
  recordEntries,
  updateRecord,
  userNames,
  voidedEntries,
} from '../../db/anesthesia/record.repo';
import { signerName } from '../../db/assessment/visit.repo';
import { recordText } from '../../domain/anesthesia/messages';
import { recordFieldLabel } from '../../domain/anesthesia/record-fields';
import { signingProblems } from '../../domain/anesthesia/record-signing';
import { completedYears } from '../../domain/registry/age';
import { AppError, conflict } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { renderPdf } from '../platform/pdf';
import { derivationsOf } from './derivation';
import { ledgerUsers, recordView } from './dto';
import { documentInput, recordDocument } from './record.pdf';
import { recordPrintContext } from './record-context.pdf';
import { entryTime, fieldError, openRecord, recordChanged } from './record-write';

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
    const [record, entries, voided, corrections, manual, derived] = await Promise.all([
      readRecord(this.db, c.id),
      recordEntries(this.db, c.id),
      voidedEntries(this.db, c.id),
      correctionsOf(this.db, c.id),
      manualReadings(this.db, c.id),
      derivationsOf(this.db, [c.id], now),
    ]);
    const ledger = { voided, corrections, manual };
    const names = await userNames(this.db, ledgerUsers(entries, ledger));
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'anesthesia_record',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const until = (c.outOfRoomAt ?? now).getTime();
    return recordView(c, record, entries, { ...ledger, names }, derived.get(c.id)!, until, actor.locale);
  }

  /** The printed record (A4): every reading on the grid, the rest as viewed. */
  async document(actor: Actor, id: string): Promise<{ pdf: Buffer; filename: string }> {
    const c = await this.ctx.access.case(actor, 'observation.read', id);
    const now = this.ctx.clock();
    const [record, entries, readings, derived, context] = await Promise.all([
      readRecord(this.db, c.id),
      recordEntries(this.db, c.id),
      caseReadingSeries(this.db, c.id),
      derivationsOf(this.db, [c.id], now),
      recordPrintContext(this.db, c),
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
          context,
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
      // What is missing, each by its field ("麻醉方式：必填"), before the version: the fix comes first.
      const problems = signingProblems(r).map((p) => fieldError(p.path, p.message, actor.locale));
      if (problems.length) {
        const sep = actor.locale === 'en-US' ? '; ' : '；';
        const colon = actor.locale === 'en-US' ? ': ' : '：';
        const fields = problems.map((f) => `${recordFieldLabel(f.path, actor.locale)}${colon}${f.message}`);
        throw new AppError('record_incomplete', { fields: fields.join(sep) }, problems);
      }
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
        startAt: entryTime(c, body.start, 'start', now, actor.locale),
        note: body.note ?? null,
        ackedBy: actor.id,
        ackedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'alert.ack', { kind: body.kind, start: body.start });
    });
    return { ok: true };
  }
}
