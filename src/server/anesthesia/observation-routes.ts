// The stored vital-sign numerics of a case: every reading in pages for other systems, and the whole
// case downsampled into compact per-parameter arrays for the anesthesia record's chart.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseObservations, caseReadingSeries } from '../../db/interop/observations';
import { getCase } from '../../db/registry/case.repo';
import {
  BUCKET_SECONDS,
  bucketStart,
  chooseBucketSeconds,
  downsampleCase,
} from '../../domain/anesthesia/downsample';
import { isoInstant } from '../../domain/scores/time';
import { audit } from '../audit/audit';
import { AppError, notFound } from '../errors/app-error';

const observationSchema = z.object({
  id: z.number(),
  param: z.string(),
  loinc: z.string(),
  channel: z.string(),
  value: z.number(),
  unit: z.string(),
  observedAt: z.string(),
  observedAtRaw: z.string().nullable(),
  deviceId: z.string().nullable(),
  source: z.string(),
  artefact: z.boolean(),
});

const numbers = z.array(z.number());
const seriesSchema = z.object({
  bucketSeconds: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  count: z.number(),
  series: z.array(
    z.object({
      param: z.string(),
      channel: z.string(),
      deviceId: z.string().nullable(),
      unit: z.string(),
      t: numbers,
      n: numbers,
      min: numbers,
      max: numbers,
      last: numbers,
      minId: numbers,
      maxId: numbers,
    }),
  ),
  artefacts: z.array(
    z.object({
      id: z.number(),
      param: z.string(),
      channel: z.string(),
      deviceId: z.string().nullable(),
      t: z.number(),
      value: z.number(),
    }),
  ),
});

const range = {
  from: isoInstant.optional(),
  to: isoInstant.optional(),
};

function parseRange(q: { from?: string | undefined; to?: string | undefined }) {
  const from = q.from ? new Date(q.from) : null;
  const to = q.to ? new Date(q.to) : null;
  if (from && to && from > to)
    throw new AppError('validation_failed', {}, [{ path: 'from', message: 'from_after_to' }]);
  return { from, to };
}

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const { clock } = app.ctx;

  app.get(
    '/api/v1/cases/:id/observations',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary:
          '手术的生命体征数值（按时间分页，nextCursor 为空即已取完）/ every vital-sign reading of a case, paged in time order until nextCursor is null',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({
          ...range,
          param: z.string().max(40).optional(),
          cursor: z
            .string()
            .regex(/^[1-9]\d{0,15}$/)
            .optional(),
          limit: z.coerce.number().int().min(1).max(50_000).default(5000),
        }),
        response: {
          200: z.object({
            items: z.array(observationSchema),
            nextCursor: z.string().nullable(),
            complete: z.boolean(),
          }),
        },
      },
    },
    async (req) => {
      const c = await getCase(db, req.params.id, req.user!.scope);
      if (!c) throw notFound();
      const { from, to } = parseRange(req.query);
      const { limit, param, cursor } = req.query;
      const rows = await caseObservations(db, c.id, {
        from,
        to,
        ...(param ? { param } : {}),
        ...(cursor ? { after: Number(cursor) } : {}),
        limit: limit + 1,
      });
      const more = rows.length > limit;
      const items = more ? rows.slice(0, limit) : rows;
      await audit(req, {
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
    },
  );

  app.get(
    '/api/v1/cases/:id/observations/series',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary:
          '图表用生命体征：按时间桶的最小/最大/末值数组，伪差逐条列出 / every reading of a case in time buckets (min, max, last per parameter), artefacts one by one',
        description:
          'Buckets are aligned on the epoch; `from` is moved back to the start of its bucket. Without `bucketSeconds` the narrowest width giving at most 720 buckets is chosen.',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({
          ...range,
          bucketSeconds: z.coerce
            .number()
            .int()
            .refine((s) => (BUCKET_SECONDS as readonly number[]).includes(s), {
              message: `one of ${BUCKET_SECONDS.join(', ')}`,
            })
            .optional(),
        }),
        response: { 200: seriesSchema },
      },
    },
    async (req) => {
      const c = await getCase(db, req.params.id, req.user!.scope);
      if (!c) throw notFound();
      const { from, to } = parseRange(req.query);
      // With a start, the width is known before reading; without one, it follows from the readings.
      let bucketSeconds =
        req.query.bucketSeconds ??
        (from ? chooseBucketSeconds(from.getTime(), (to ?? clock()).getTime()) : undefined);
      const start =
        from && bucketSeconds ? new Date(bucketStart(from.getTime(), bucketSeconds * 1000)) : null;
      const readings = await caseReadingSeries(db, c.id, { from: start, to });
      let first = Number.POSITIVE_INFINITY;
      let last = Number.NEGATIVE_INFINITY;
      let count = 0;
      for (const s of readings) {
        if (s.t.length === 0) continue;
        first = Math.min(first, s.t[0]!);
        last = Math.max(last, s.t.at(-1)!);
        count += s.t.length;
      }
      bucketSeconds ??= count ? chooseBucketSeconds(first, last) : BUCKET_SECONDS[0];
      const out = downsampleCase(readings, bucketSeconds);
      await audit(req, {
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
    },
  );
};
