// A case's vital signs: every reading in pages for other systems; the whole case in time buckets for
// the record's chart (a long case from the stored minutes, its edges and short cases from the
// readings); a reading entered by hand, corrected or voided before signing (the reading it was kept,
// marked, with its correction); a reading marked artefact. Each method begins with the access check; a
// change is one transaction: repositories → what is derived → audit → publish.
import type { z } from 'zod';
import type { CorrectionResult, EntryVoid, VitalEdit } from '../../api/anesthesia';
import type {
  manualReadingInput,
  Observation,
  observationPageQuery,
  seriesQuery,
  VitalSeries,
} from '../../api/anesthesia-vitals';
import { lockManualReading, type ManualReading } from '../../db/anesthesia/manual-reading.repo';
import {
  caseArtefacts,
  caseMinuteSpans,
  caseObservations,
  caseReadingSeries,
  insertManualReading,
  markArtefact,
  readingExtent,
} from '../../db/anesthesia/reading.repo';
import { insertCorrection } from '../../db/anesthesia/record.repo';
import type { Db } from '../../db/client';
import type { CaseRow } from '../../db/registry/case.repo';
import {
  BUCKET_SECONDS,
  bucketStart,
  chooseBucketSeconds,
  downsampleCase,
  downsampleSpans,
} from '../../domain/anesthesia/downsample';
import { PARAMETERS } from '../../domain/interop/parameters';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { foldEntered, refoldMarked } from './derivation';
import { announce, entryTime, fieldError, invalid, openRecord } from './record-write';

/** A manual reading's version as the record gives it: 1 while it stands, 2 once corrected or voided. */
export const manualVersion = (r: Pick<ManualReading, 'artefact'>): number => (r.artefact ? 2 : 1);

const outOfRange = (param: string, value: number): string | null => {
  const p = PARAMETERS[param as keyof typeof PARAMETERS];
  return p && (value < p.min || value > p.max) ? `${p.min}–${p.max} ${p.unit}` : null;
};

function parseRange(q: { from?: string | undefined; to?: string | undefined }) {
  const from = q.from ? new Date(q.from) : null;
  const to = q.to ? new Date(q.to) : null;
  if (from && to && from > to)
    throw new AppError('validation_failed', {}, [{ path: 'from', message: 'from_after_to' }]);
  return { from, to };
}

export class ObservationService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async page(
    actor: Actor,
    id: string,
    query: z.infer<typeof observationPageQuery>,
  ): Promise<{ items: Observation[]; nextCursor: string | null; complete: boolean }> {
    const c = await this.ctx.access.case(actor, 'observation.read', id);
    const { from, to } = parseRange(query);
    const { limit, param, cursor } = query;
    const found = await caseObservations(this.db, c.id, {
      from,
      to,
      ...(param ? { param } : {}),
      ...(cursor ? { after: Number(cursor) } : {}),
      limit: limit + 1,
    });
    const more = found.length > limit;
    const items = more ? found.slice(0, limit) : found;
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'observations',
      resourceId: c.id,
      patientId: c.patientId,
      detail: { count: items.length, ...(cursor ? { cursor } : {}) },
    });
    return {
      items: items.map((r) => ({
        id: r.id,
        param: r.param,
        loinc: r.loinc,
        channel: r.channel,
        value: r.value,
        unit: r.unit,
        observedAt: r.observedAt.toISOString(),
        observedAtRaw: r.observedAtRaw,
        deviceId: r.deviceId,
        source: r.source,
        artefact: r.artefact,
      })),
      nextCursor: more ? String(items.at(-1)!.id) : null,
      complete: !more,
    };
  }

  /**
   * Every reading of the case in buckets aligned on the epoch (`from` moved back to the start of its
   * bucket); without a width, the narrowest giving at most 720 buckets.
   */
  async series(actor: Actor, id: string, query: z.infer<typeof seriesQuery>): Promise<VitalSeries> {
    const c = await this.ctx.access.case(actor, 'observation.read', id);
    const { from, to } = parseRange(query);
    // With a start, the width is known before reading; without one, it follows from the readings.
    let bucketSeconds =
      query.bucketSeconds ??
      (from ? chooseBucketSeconds(from.getTime(), (to ?? this.ctx.clock()).getTime()) : undefined);
    const start = from && bucketSeconds ? new Date(bucketStart(from.getTime(), bucketSeconds * 1000)) : null;
    if (bucketSeconds === undefined) {
      const extent = await readingExtent(this.db, c.id, { to });
      bucketSeconds = extent ? chooseBucketSeconds(extent.first, extent.last) : BUCKET_SECONDS[0];
    }
    // Buckets of whole minutes come from the stored minutes; narrower ones from the readings.
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let count = 0;
    const seen = (a: number, b: number, n: number) => {
      first = Math.min(first, a);
      last = Math.max(last, b);
      count += n;
    };
    let out: Omit<VitalSeries, 'from' | 'to' | 'count'>;
    if (bucketSeconds % 60 === 0) {
      const [spans, artefacts] = await Promise.all([
        caseMinuteSpans(this.db, c, { from: start, to }),
        caseArtefacts(this.db, c.id, { from: start, to }),
      ]);
      for (const s of spans) for (const m of s.spans) seen(m.firstT, m.lastT, m.n);
      for (const a of artefacts) seen(a.t, a.t, 1);
      out = downsampleSpans(spans, bucketSeconds, artefacts);
    } else {
      const readings = await caseReadingSeries(this.db, c.id, { from: start, to });
      for (const s of readings) if (s.t.length) seen(s.t[0]!, s.t.at(-1)!, s.t.length);
      out = downsampleCase(readings, bucketSeconds);
    }
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'observations',
      resourceId: c.id,
      patientId: c.patientId,
      detail: { count, bucketSeconds },
    });
    return {
      ...out,
      from: start?.toISOString() ?? (count ? new Date(first).toISOString() : null),
      to: to?.toISOString() ?? (count ? new Date(last).toISOString() : null),
      count,
    };
  }

  /** A vital sign entered by hand: stored, folded into the case's alerts, announced. */
  async enter(actor: Actor, id: string, body: z.infer<typeof manualReadingInput>): Promise<{ id: number }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    const at = entryTime(c, body.at, 'at', this.ctx.clock(), actor.locale);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const row = await this.store(tx, actor, c, body.param, body.value, at, now);
      await this.ctx.audit.record(
        actor,
        {
          action: 'observation',
          resourceType: 'anesthesia_record',
          resourceId: c.id,
          patientId: c.patientId,
          detail: { param: body.param },
        },
        tx,
      );
      await announce(this.ctx, tx, c, {
        type: 'readings.changed',
        id: c.id,
        data: { what: 'manual', at: at.toISOString() },
      });
      return row;
    });
  }

  /**
   * A vital sign entered by hand corrected (its value or time) before signing: the reading it was is
   * kept, marked with the reason, and the new one stored in its place; the alerts follow both.
   */
  async correct(actor: Actor, id: string, obsId: number, body: VitalEdit): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.openManual(tx, actor, c, obsId, body.version);
      const value = body.value ?? current.value;
      const range = outOfRange(current.param, value);
      if (range) throw invalid({ path: 'value', message: range });
      const at = body.at === undefined ? current.observedAt : entryTime(c, body.at, 'at', now, actor.locale);
      if (value === current.value && at.getTime() === current.observedAt.getTime())
        throw invalid(fieldError('', 'record.nothing_changed', actor.locale));
      await this.mark(tx, actor, current, body.reason, now);
      const row = await this.store(tx, actor, c, current.param, value, at, now);
      await insertCorrection(tx, {
        caseId: c.id,
        entryKind: 'vital',
        entryId: String(current.id),
        action: 'edit',
        version: 1,
        before: { param: current.param, value: current.value, at: current.observedAt.toISOString() },
        after: { id: row.id, value, at: at.toISOString() },
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      await this.changed(
        tx,
        actor,
        c,
        { observation: current.id, action: 'edit', replacedBy: row.id },
        body.reason,
      );
      await announce(this.ctx, tx, c, {
        type: 'readings.changed',
        id: c.id,
        data: {
          what: 'manual',
          at: new Date(Math.min(at.getTime(), current.observedAt.getTime())).toISOString(),
        },
      });
      return { id: String(row.id), version: 1 };
    });
  }

  /** A vital sign entered by hand voided: kept, marked with the reason, counted nowhere. */
  async voidManual(actor: Actor, id: string, obsId: number, body: EntryVoid): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.openManual(tx, actor, c, obsId, body.version);
      await this.mark(tx, actor, current, body.reason, now);
      await insertCorrection(tx, {
        caseId: c.id,
        entryKind: 'vital',
        entryId: String(current.id),
        action: 'void',
        version: 1,
        before: { param: current.param, value: current.value, at: current.observedAt.toISOString() },
        after: {},
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      await this.changed(tx, actor, c, { observation: current.id, action: 'void' }, body.reason);
      await announce(this.ctx, tx, c, {
        type: 'readings.changed',
        id: c.id,
        data: { what: 'manual', at: current.observedAt.toISOString() },
      });
      return { id: String(current.id), version: 2 };
    });
  }

  /** A reading entered by hand: stored and folded into the case's alerts. */
  private async store(tx: Db, actor: Actor, c: CaseRow, param: string, value: number, at: Date, now: Date) {
    const p = PARAMETERS[param as keyof typeof PARAMETERS];
    const row = await insertManualReading(tx, {
      caseId: c.id,
      param,
      loinc: p.loinc,
      value,
      unit: p.unit,
      observedAt: at,
      receivedAt: now,
      enteredBy: actor.id,
    });
    await foldEntered(
      tx,
      c.id,
      {
        id: row.id,
        caseId: c.id,
        deviceId: null,
        param,
        channel: 'manual',
        unit: p.unit,
        t: at.getTime(),
        value,
      },
      now,
    );
    return row;
  }

  /** The record open for changes and the manual reading locked, standing at the version read. */
  private async openManual(tx: Db, actor: Actor, c: CaseRow, obsId: number, version: number) {
    await openRecord(tx, c, actor, this.ctx.clock());
    const current = await lockManualReading(tx, c.id, obsId);
    if (!current) {
      const mine = (await caseObservations(tx, c.id, { id: obsId, limit: 1 })).length > 0;
      if (mine) throw invalid(fieldError('', 'record.vital.not_manual', actor.locale));
      throw notFound();
    }
    if (current.artefact) throw new AppError('entry_voided');
    if (version !== manualVersion(current)) throw conflict(manualVersion(current));
    return current;
  }

  /** The reading marked (kept, no longer counted) and its parameter derived again. */
  private async mark(tx: Db, actor: Actor, r: ManualReading, reason: string, now: Date) {
    const marked = await markArtefact(tx, r.id, { reason, by: actor.id, at: now });
    if (!marked) throw notFound();
    await refoldMarked(tx, r.id, marked.param, now);
  }

  private async changed(tx: Db, actor: Actor, c: CaseRow, detail: Record<string, unknown>, reason: string) {
    await this.ctx.audit.record(
      actor,
      {
        action: 'correction',
        resourceType: 'anesthesia_record',
        resourceId: c.id,
        patientId: c.patientId,
        detail: { entry: 'vital', ...detail, reason },
      },
      tx,
    );
  }

  /** A reading of this case marked artefact: kept, no longer counted — in the chart or the alerts. */
  async markArtefact(actor: Actor, id: string, obsId: number, reason: string): Promise<{ ok: true }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    // Only a reading that belongs to this case (bound to it, or its room's monitor while it was in the room).
    const mine = (await caseObservations(this.db, c.id, { id: obsId, limit: 1 })).length > 0;
    if (!mine) throw notFound();
    await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const marked = await markArtefact(tx, obsId, { reason, by: actor.id, at: now });
      if (!marked) throw notFound();
      await refoldMarked(tx, obsId, marked.param, now);
      await this.ctx.audit.record(
        actor,
        {
          action: 'artefact',
          resourceType: 'anesthesia_record',
          resourceId: c.id,
          patientId: c.patientId,
          detail: { observation: obsId, reason },
        },
        tx,
      );
      await announce(this.ctx, tx, c, {
        type: 'readings.changed',
        id: c.id,
        data: { what: 'artefact', at: new Date(marked.t).toISOString() },
      });
    });
    return { ok: true };
  }
}
