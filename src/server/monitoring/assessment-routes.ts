// Post-operative assessments with the score engine (Aldrete, PADSS, Braden, pain, 4AT, CAM-ICU,
// RASS, PHQ-9, GAD-7) and the 72-hour post-anesthesia visit; delirium and visit findings feed the
// complication rules; the post-op summary gives the PACU and outcome indicators of the case.

import { and, desc, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getRecord, insertEvent, recordEntries } from '../../db/anesthesia/record';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { caseObservations } from '../../db/interop/observations';
import { getCase } from '../../db/registry/case.repo';
import { assessmentVisits, ioEntries, postopAssessments } from '../../db/schema';
import { suggestAkiFromUrine, suggestDelirium, suggestFromVisit } from '../../domain/monitoring/detection';
import { IO_IN, IO_OUT, ioByDay, urineHours } from '../../domain/monitoring/intake-output';
import {
  pacuDelayed,
  pacuHypothermia,
  readyForDischarge,
  reintubatedWithin6h,
  unplannedIcu,
} from '../../domain/monitoring/pacu';
import { POSTOP_FORMS, postanesthesiaVisit } from '../../domain/monitoring/postanesthesia-visit';
import { getInstrument, type Instrument } from '../../domain/scores/index';
import { isoInstant } from '../../domain/scores/time';
import { audit } from '../audit/audit';
import { AppError, notFound } from '../errors/app-error';
import { suggestComplications } from './suggest';

const idParams = z.object({ id: z.uuid() });
export const formOf = (id: string): Instrument | undefined =>
  id === 'postanesthesia-visit' ? (postanesthesiaVisit as unknown as Instrument) : getInstrument(id);

export const postopAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, hub } = app.ctx;
  const db = database.db;
  const caseOrThrow = async (req: FastifyRequest<{ Params: { id: string } }>) => {
    const c = await getCase(db, req.params.id, req.user!.scope);
    if (!c) throw notFound();
    return c;
  };

  app.post(
    '/api/v1/cases/:id/postop-assessments',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '术后评估（Aldrete、Braden、疼痛、4AT、CAM-ICU、PHQ-9……、术后 72 小时访视）/ a post-op assessment',
        params: idParams,
        body: z.strictObject({
          instrument: z.enum(POSTOP_FORMS),
          at: isoInstant,
          input: z.record(z.string(), z.unknown()),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const at = new Date(req.body.at);
      const now = clock();
      if (at.getTime() > now.getTime() + 5 * 60_000)
        throw new AppError('validation_failed', {}, [{ path: 'at', message: 'time.in_future' }]);
      const form = formOf(req.body.instrument)!;
      const parsed = form.input.safeParse(req.body.input);
      if (!parsed.success)
        throw new AppError(
          'validation_failed',
          {},
          parsed.error.issues.map((i) => ({ path: ['input', ...i.path].join('.'), message: i.message })),
        );
      const result = form.compute(parsed.data);
      const actor = { userId: req.user!.id, now };
      return db.transaction(async (tx) => {
        const id = newId();
        await tx.insert(postopAssessments).values({
          id,
          caseId: c.id,
          patientId: c.patientId,
          instrument: form.id,
          version: form.version,
          at,
          input: parsed.data,
          result,
          complete: result.status === 'complete',
          total: result.status === 'complete' ? result.total : null,
          enteredBy: req.user!.id,
          enteredAt: now,
        });
        let suggested: string[] = [];
        // CAM-ICU "unable to assess" has no total and suggests nothing.
        if (
          result.status === 'complete' &&
          result.total !== null &&
          (form.id === '4at' || form.id === 'cam-icu')
        ) {
          const s = suggestDelirium([
            {
              instrument: form.id,
              total: result.total,
              positive: result.band === 'positive',
              at: at.toISOString(),
            },
          ]);
          suggested = await suggestComplications(tx, hub, c, s ? [s] : [], actor);
        }
        if (result.status === 'complete' && form.id === 'postanesthesia-visit') {
          const entries = await recordEntries(tx, c.id);
          const record = await getRecord(tx, c.id);
          const method = record?.method ?? c.plannedAnesthesia;
          suggested = await suggestComplications(
            tx,
            hub,
            c,
            suggestFromVisit(parsed.data as Record<string, unknown>, at.getTime(), {
              anesthesiaEnd: (c.anesthesiaEndAt ?? c.outOfRoomAt ?? at).getTime(),
              ketamineGiven: entries.drugs.some((d) => d.drug === 'ketamine' || d.drug === 'esketamine'),
              regionalBlock: ['nerve_block', 'combined', 'neuraxial'].includes(method ?? ''),
            }),
            actor,
          );
        }
        await audit(
          req,
          {
            action: 'create',
            resourceType: 'postop_assessment',
            resourceId: id,
            patientId: c.patientId,
            detail: { instrument: form.id },
          },
          tx,
        );
        await hub.publish(tx, { topic: `case:${c.id}`, type: 'postop.assessment', id: c.id });
        return { id, result, suggestedComplications: suggested };
      });
    },
  );

  app.get(
    '/api/v1/cases/:id/postop-assessments',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '术后评估记录 / post-op assessments of a case',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const list = await db
        .select()
        .from(postopAssessments)
        .where(eq(postopAssessments.caseId, c.id))
        .orderBy(desc(postopAssessments.at))
        .limit(500);
      await audit(req, {
        action: 'read',
        resourceType: 'postop_assessment',
        resourceId: c.id,
        patientId: c.patientId,
      });
      return {
        items: list.map((a) => ({
          id: a.id,
          instrument: a.instrument,
          version: a.version,
          at: a.at.toISOString(),
          input: a.input,
          result: a.result,
          complete: a.complete,
          total: a.total,
        })),
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/pacu-events',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: 'PACU/病房事件：拔管、非计划再插管 / extubation and unplanned re-intubation after surgery',
        params: idParams,
        body: z.strictObject({
          code: z.enum(['extubation', 'reintubation_unplanned']),
          at: isoInstant,
          text: z.string().trim().max(200).optional(),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const at = new Date(req.body.at);
      if (at.getTime() > clock().getTime() + 5 * 60_000)
        throw new AppError('validation_failed', {}, [{ path: 'at', message: 'time.in_future' }]);
      return db.transaction(async (tx) => {
        const row = await insertEvent(tx, {
          caseId: c.id,
          code: req.body.code,
          text: req.body.text ?? null,
          at,
          overrideReason: null,
          recordedBy: req.user!.id,
          recordedAt: clock(),
        });
        await audit(
          req,
          {
            action: 'event',
            resourceType: 'pacu',
            resourceId: c.id,
            patientId: c.patientId,
            detail: { code: req.body.code },
          },
          tx,
        );
        await hub.publish(tx, { topic: `case:${c.id}`, type: 'pacu.event', id: c.id });
        return { id: row.id };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/io',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: '术后出入量 / post-op intake or output',
        params: idParams,
        body: z
          .strictObject({
            direction: z.enum(['in', 'out']),
            kind: z.enum([...IO_IN, ...IO_OUT]),
            volumeMl: z.number().positive().max(10_000),
            at: isoInstant,
          })
          .refine(
            (b) =>
              (b.direction === 'in' ? (IO_IN as readonly string[]) : (IO_OUT as readonly string[])).includes(
                b.kind,
              ),
            {
              message: 'monitoring.io.kind_direction',
              path: ['kind'],
            },
          ),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const at = new Date(req.body.at);
      if (at.getTime() > clock().getTime() + 5 * 60_000)
        throw new AppError('validation_failed', {}, [{ path: 'at', message: 'time.in_future' }]);
      const id = newId();
      await db.transaction(async (tx) => {
        await tx
          .insert(ioEntries)
          .values({ id, caseId: c.id, ...req.body, at, enteredBy: req.user!.id, enteredAt: clock() });
        await audit(
          req,
          { action: 'create', resourceType: 'io_entry', resourceId: id, patientId: c.patientId },
          tx,
        );
        await hub.publish(tx, { topic: `case:${c.id}`, type: 'io', id: c.id });
        // Urine output feeds the KDIGO urine criterion, weighed with the visit's weight.
        if (req.body.kind === 'urine') {
          const urine = await tx
            .select({ volumeMl: ioEntries.volumeMl, at: ioEntries.at })
            .from(ioEntries)
            .where(and(eq(ioEntries.caseId, c.id), eq(ioEntries.kind, 'urine')));
          const [visit] = await tx
            .select({ data: assessmentVisits.data })
            .from(assessmentVisits)
            .where(eq(assessmentVisits.caseId, c.id))
            .orderBy(desc(assessmentVisits.revision))
            .limit(1);
          const weight = (visit?.data as { weightKg?: number } | undefined)?.weightKg ?? null;
          const from = (c.anesthesiaEndAt ?? c.outOfRoomAt ?? urine[0]?.at ?? at).getTime();
          const s = suggestAkiFromUrine(
            weight,
            urineHours(
              urine.map((u) => ({ volumeMl: u.volumeMl, at: u.at.getTime() })),
              from,
            ),
          );
          await suggestComplications(tx, hub, c, s ? [s] : [], { userId: req.user!.id, now: clock() });
        }
      });
      return { id };
    },
  );

  app.get(
    '/api/v1/cases/:id/io',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '每 24 小时出入量及累计平衡 / intake and output per 24 h',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const list = await db
        .select()
        .from(ioEntries)
        .where(eq(ioEntries.caseId, c.id))
        .orderBy(desc(ioEntries.at));
      await audit(req, {
        action: 'read',
        resourceType: 'io_entry',
        resourceId: c.id,
        patientId: c.patientId,
      });
      const days = ioByDay(
        list.map((e) => ({
          direction: e.direction as 'in' | 'out',
          volumeMl: e.volumeMl,
          at: e.at.getTime(),
        })),
        (c.anesthesiaEndAt ?? c.outOfRoomAt)?.getTime() ?? null,
      );
      return {
        days: days.map((d) => ({ ...d, start: new Date(d.start).toISOString() })),
        entries: list.slice(0, 50).map((e) => ({
          id: e.id,
          direction: e.direction,
          kind: e.kind,
          volumeMl: e.volumeMl,
          at: e.at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/postop-summary',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          '术后质控要点（PACU 停留、入 PACU 体温、再插管、非计划转 ICU……）/ the case’s post-op indicators',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req);
      const entries = await recordEntries(db, c.id);
      const aldrete = await db
        .select()
        .from(postopAssessments)
        .where(and(eq(postopAssessments.caseId, c.id), eq(postopAssessments.instrument, 'aldrete')))
        .orderBy(desc(postopAssessments.at))
        .limit(1);
      const [visit] = await db
        .select({ data: assessmentVisits.data, results: assessmentVisits.results })
        .from(assessmentVisits)
        .where(eq(assessmentVisits.caseId, c.id))
        .orderBy(desc(assessmentVisits.revision))
        .limit(1);
      // PHQ-9/GAD-7 repeated after surgery for patients flagged before it (issue 5 §5).
      const preFlags = (
        (visit?.results ?? []) as { result?: { status: string; flags?: { code: string }[] } }[]
      ).flatMap((o) => (o.result?.status === 'complete' ? (o.result.flags ?? []).map((f) => f.code) : []));
      const flaggedPsych = preFlags.some((f) => f === 'phq9.high' || f === 'phq9.item9' || f === 'gad7.high');
      const repeated = await db
        .select({ id: postopAssessments.id })
        .from(postopAssessments)
        .where(
          and(eq(postopAssessments.caseId, c.id), inArray(postopAssessments.instrument, ['phq9', 'gad7'])),
        )
        .limit(1);
      const plannedIcu =
        (visit?.data as { plan?: { postopDestination?: string } } | undefined)?.plan?.postopDestination ===
        'icu';
      const extubation = entries.events.filter((e) => e.code === 'extubation').at(-1)?.at ?? null;
      const reintubations = entries.events.filter((e) => e.code === 'reintubation_unplanned');
      const firstPacuTemp = await firstPacuTemperature(db, c.id, c.pacuInAt);
      const stay = c.pacuInAt && c.pacuOutAt ? (c.pacuOutAt.getTime() - c.pacuInAt.getTime()) / 60_000 : null;
      await audit(req, {
        action: 'read',
        resourceType: 'postop_summary',
        resourceId: c.id,
        patientId: c.patientId,
      });
      const lastAldrete = aldrete[0]?.result as { status: string; total?: number } | undefined;
      return {
        pacuInAt: c.pacuInAt?.toISOString() ?? null,
        pacuOutAt: c.pacuOutAt?.toISOString() ?? null,
        pacuMinutes: stay,
        // AQI-IDP-18, IHP-17, IUR-19, IUI-20 and Aldrete readiness: src/domain/monitoring/pacu.ts.
        pacuDelayed: pacuDelayed(
          c.pacuInAt?.getTime() ?? null,
          c.pacuOutAt?.getTime() ?? null,
          clock().getTime(),
        ),
        firstPacuTemperature: firstPacuTemp,
        pacuHypothermia: pacuHypothermia(firstPacuTemp),
        dischargeReady: readyForDischarge(
          lastAldrete?.status === 'complete' ? (lastAldrete.total ?? null) : null,
        ),
        extubatedAt: extubation?.toISOString() ?? null,
        unplannedReintubation6h: reintubatedWithin6h(
          extubation?.getTime() ?? null,
          reintubations.map((e) => e.at.getTime()),
        ),
        psychRepeatDue: flaggedPsych && repeated.length === 0,
        plannedIcu,
        unplannedIcu: unplannedIcu(c.destination, plannedIcu),
      };
    },
  );
};

/** The first temperature recorded at or after PACU admission (manual or device). */
async function firstPacuTemperature(db: Db, caseId: string, pacuIn: Date | null): Promise<number | null> {
  if (!pacuIn) return null;
  const t = (await caseObservations(db, caseId, { from: pacuIn, param: 'temp' })).find((o) => !o.artefact);
  return t?.value ?? null;
}
