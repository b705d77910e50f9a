// 术中监控大屏: every running room with its patient, current vitals and open alerts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readRecord, recordEntries } from '../../db/anesthesia/record';
import { caseObservations, roomsNow } from '../../db/interop/observations';
import { coversWard } from '../../domain/auth/scope';
import { auditEach } from '../audit/audit';
import { deriveRecord } from './record-routes';

// Vitals older than this are not "current"; alerts are looked for in the last hour.
const CURRENT_MS = 5 * 60_000;
const ALERT_WINDOW_MS = 60 * 60_000;

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.ctx;
  const db = database.db;

  app.get(
    '/api/v1/overview/rooms',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary: '术中监控大屏：各手术间当前患者、生命体征与未确认警报 / every running room, live',
        response: {
          200: z.object({
            rooms: z.array(
              z.object({
                room: z.string(),
                caseId: z.string().nullable(),
                status: z.string().nullable(),
                patientName: z.string().nullable(),
                patientMrn: z.string().nullable(),
                procedureText: z.string().nullable(),
                vitals: z.record(z.string(), z.object({ value: z.number(), at: z.string() })),
                alerts: z.array(
                  z.object({ kind: z.string(), start: z.string(), end: z.string(), extreme: z.number() }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const now = clock().getTime();
      // A room whose patient is outside the user's wards is not shown at all.
      const rooms = (await roomsNow(db)).filter((r) => !r.caseId || coversWard(req.user!.scope, r.wardId));
      const result = await Promise.all(
        rooms.map(async (r) => {
          if (!r.caseId) return { ...r, caseId: null, vitals: {}, alerts: [] };
          const [obs, entries, record] = await Promise.all([
            caseObservations(db, r.caseId, { from: new Date(now - ALERT_WINDOW_MS) }),
            recordEntries(db, r.caseId),
            readRecord(db, r.caseId),
          ]);
          const vitals: Record<string, { value: number; at: string }> = {};
          for (const o of obs)
            if (!o.artefact && now - o.observedAt.getTime() <= CURRENT_MS)
              vitals[o.param] = { value: o.value, at: o.observedAt.toISOString() };
          const acked = new Set(entries.acks.map((a) => `${a.kind}|${a.startAt.getTime()}`));
          const { alerts } = deriveRecord(
            obs,
            entries,
            record.tempMode as 'continuous' | 'intermittent',
            now,
          );
          return {
            ...r,
            vitals,
            alerts: alerts
              .filter((a) => !acked.has(`${a.kind}|${a.start}`))
              .map((a) => ({
                kind: a.kind,
                start: new Date(a.start).toISOString(),
                end: new Date(a.end).toISOString(),
                extreme: a.extreme,
              })),
          };
        }),
      );
      // Every patient shown is a read of that patient's data.
      await auditEach(
        req,
        rooms
          .filter((r) => r.caseId)
          .map((r) => ({
            action: 'read',
            resourceType: 'overview.room',
            resourceId: r.caseId,
            patientId: r.patientId,
          })),
      );
      return { rooms: result };
    },
  );
};
