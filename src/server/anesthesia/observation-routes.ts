// The stored vital-sign numerics of a case, for the anesthesia record's chart and for other systems.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseObservations } from '../../db/interop/observations';
import { getCase } from '../../db/registry/cases';
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

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/v1/cases/:id/observations',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary: '手术的生命体征数值 / the vital-sign numerics of a case',
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ from: isoInstant.optional(), to: isoInstant.optional() }),
        response: { 200: z.object({ items: z.array(observationSchema) }) },
      },
    },
    async (req) => {
      const c = await getCase(db, req.params.id, req.user!.wardIds);
      if (!c) throw notFound();
      const from = req.query.from ? new Date(req.query.from) : null;
      const to = req.query.to ? new Date(req.query.to) : null;
      if (from && to && from > to)
        throw new AppError('validation_failed', {}, [{ path: 'from', message: 'from_after_to' }]);
      const rows = await caseObservations(db, c.id, { from, to });
      await audit(req, {
        action: 'read',
        resourceType: 'observations',
        resourceId: c.id,
        patientId: c.patientId,
        detail: { count: rows.length },
      });
      return {
        items: rows.map((r) => ({
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
      };
    },
  );
};
