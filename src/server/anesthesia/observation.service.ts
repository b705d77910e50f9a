// A case's vital signs: every reading in pages for other systems; the whole case in time buckets for
// the record's chart (a long case from the stored minutes, its edges and short cases from the
// readings); a reading entered by hand; a reading marked artefact. Each method begins with the access
// check; a change is one transaction: repositories → what is derived → audit → publish.
import type { z } from 'zod';
import type {
  manualReadingInput,
  Observation,
  observationPageQuery,
  seriesQuery,
  VitalSeries,
} from '../../api/anesthesia';
import {
  caseArtefacts,
  caseMinuteSpans,
  caseObservations,
  caseReadingSeries,
  insertManualReading,
  markArtefact,
  readingExtent,
} from '../../db/anesthesia/reading.repo';
import {
  BUCKET_SECONDS,
  bucketStart,
  chooseBucketSeconds,
  downsampleCase,
  downsampleSpans,
} from '../../domain/anesthesia/downsample';
import { PARAMETERS } from '../../domain/interop/parameters';
import { AppError, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { foldEntered, refoldMarked } from './derivation';
import { announce, entryTime } from './record-write';

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
    const at = entryTime(c, body.at, 'at', this.ctx.clock());
    const p = PARAMETERS[body.param as keyof typeof PARAMETERS];
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const row = await insertManualReading(tx, {
        caseId: c.id,
        param: body.param,
        loinc: p.loinc,
        value: body.value,
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
          param: body.param,
          channel: 'manual',
          unit: p.unit,
          t: at.getTime(),
          value: body.value,
        },
        now,
      );
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
