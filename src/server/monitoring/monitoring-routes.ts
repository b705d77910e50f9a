// Post-operative monitoring: ward observation sets scored with NEWS2 and the escalation loop,
// scale-2 orders, alert acknowledgement, the ward board, the response report, labs with the AKI
// rule, the complication registry, and the 28-day outcome follow-up tasks.

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  acknowledgeAlert,
  activeScale2,
  alertsOfWards,
  bedsideReadings,
  caseAlerts,
  caseComplications,
  caseSets,
  completeTask,
  getAlert,
  getComplication,
  getOutcome,
  getTask,
  insertComplication,
  insertLab,
  insertSet,
  latestSets,
  openTasks as listOpenTasks,
  orderScale2,
  patientLabs,
  raiseAlert,
  responseReport,
  setOutcome,
  stopScale2,
  updateComplication,
  wardBeds,
} from '../../db/monitoring/monitoring';
import { type CaseWithPatient, getCase } from '../../db/registry/case.repo';
import { coversWard } from '../../domain/auth/scope';
import {
  CD_GRADES,
  COMPLICATION_LABELS,
  COMPLICATION_TYPES,
  suggestAki,
  suggestFever,
} from '../../domain/monitoring/detection';
import { ACK_ACTIONS, ALERT_LABELS, type AlertType, responseFor } from '../../domain/monitoring/escalation';
import { diedWithin24h } from '../../domain/monitoring/outcome';
import { getInstrument } from '../../domain/scores/index';
import type { MonitoringFrequency, News2Band } from '../../domain/scores/news2';
import { isoInstant } from '../../domain/scores/time';
import { audit, auditEach } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { suggestComplications } from './suggest';

const idParams = z.object({ id: z.uuid() });
const text200 = z.string().trim().min(1).max(200);

// Plausible ranges for a bedside set: outside them the value is a typo or a device error, refused
// with the field named (issue 5 §8). NEWS2's own schema covers the score's range.
const setValues = z.strictObject({
  respirationRate: z.number().int().min(0).max(80).nullish(),
  spo2: z.number().min(40).max(100).nullish(),
  onOxygen: z.boolean().nullish(),
  systolicBp: z.number().int().min(30).max(300).nullish(),
  pulse: z.number().int().min(10).max(300).nullish(),
  consciousness: z.enum(['A', 'C', 'V', 'P', 'U']).nullish(),
  temperature: z.number().min(25).max(45).nullish(),
});

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, hub } = app.ctx;
  const db = database.db;

  const caseOrThrow = async (req: FastifyRequest, id: string): Promise<CaseWithPatient> => {
    const c = await getCase(db, id, req.user!.scope);
    if (!c) throw notFound();
    return c;
  };
  const actorOf = (req: FastifyRequest) => ({ userId: req.user!.id, now: clock() });
  const announce = async (tx: Db, wardId: string | null, c: CaseWithPatient, type: string) => {
    if (wardId) await hub.publish(tx, { topic: `ward:${wardId}`, type, id: c.id });
    await hub.publish(tx, { topic: `case:${c.id}`, type, id: c.id });
  };

  app.post(
    '/api/v1/cases/:id/observation-sets',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '录入一组生命体征（自动计算 NEWS2 与响应）/ enter an observation set; NEWS2 and the response follow',
        params: idParams,
        body: z.strictObject({ takenAt: isoInstant, values: setValues }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const now = clock();
      const takenAt = new Date(req.body.takenAt);
      if (takenAt.getTime() > now.getTime() + 5 * 60_000)
        throw new AppError('validation_failed', {}, [{ path: 'takenAt', message: 'time.in_future' }]);
      const order = await activeScale2(db, c.id);
      const values = { ...req.body.values, spo2Scale: order ? 2 : 1 };
      const result = getInstrument('news2')!.compute(
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as never,
      );
      const wardId = c.wardId;
      return db.transaction(async (tx) => {
        const complete = result.status === 'complete';
        const response = complete
          ? responseFor(result.band as News2Band, result.details!.monitoringFrequency as MonitoringFrequency)
          : null;
        const set = await insertSet(tx, {
          caseId: c.id,
          patientId: c.patientId,
          wardId,
          takenAt,
          values,
          complete,
          total: complete ? result.total : null,
          band: complete ? result.band : null,
          redScore: complete ? result.details!.redScore === true : false,
          scale: order ? 2 : 1,
          result,
          nextDueAt: response ? new Date(takenAt.getTime() + response.dueMinutes * 60_000) : null,
          enteredBy: req.user!.id,
          enteredAt: now,
        });
        const alert = response?.alert
          ? await raiseAlert(tx, {
              caseId: c.id,
              patientId: c.patientId,
              wardId,
              setId: set.id,
              type: response.alert,
              raisedAt: now,
            })
          : null;
        await audit(
          req,
          {
            action: 'create',
            resourceType: 'observation_set',
            resourceId: set.id,
            patientId: c.patientId,
            detail: { total: set.total },
          },
          tx,
        );
        // Persistent fever across the case's sets suggests itself to the registry.
        const temps = (await caseSets(tx, c.id))
          .map((x) => ({
            value: (x.values as { temperature?: number | null }).temperature,
            at: x.takenAt.toISOString(),
          }))
          .filter((x): x is { value: number; at: string } => typeof x.value === 'number');
        const fever = suggestFever(temps);
        await suggestComplications(tx, hub, c, fever ? [fever] : [], actorOf(req));
        await announce(tx, wardId, c, alert ? 'ews.alert' : 'ews.set');
        return {
          id: set.id,
          complete,
          total: set.total,
          band: set.band,
          scale: set.scale,
          missing: result.status === 'incomplete' ? result.missing : [],
          nextDueAt: set.nextDueAt?.toISOString() ?? null,
          alert: alert ? { id: alert.id, type: alert.type } : null,
        };
      });
    },
  );

  app.get(
    '/api/v1/cases/:id/observation-sets',
    {
      config: { permission: 'observation.read' },
      schema: { tags: ['monitoring'], summary: '观察记录与 NEWS2 / observation sets', params: idParams },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const sets = await caseSets(db, c.id);
      await audit(req, {
        action: 'read',
        resourceType: 'observation_set',
        resourceId: c.id,
        patientId: c.patientId,
      });
      return {
        items: sets.map((s) => ({
          id: s.id,
          takenAt: s.takenAt.toISOString(),
          values: s.values,
          complete: s.complete,
          total: s.total,
          band: s.band,
          scale: s.scale,
          nextDueAt: s.nextDueAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/scale2-order',
    {
      config: { permission: 'observation.order' },
      schema: {
        tags: ['monitoring'],
        summary: 'SpO2 量表 2 医嘱（需理由，可停止）/ order (or stop) SpO2 scale 2 for the episode',
        params: idParams,
        body: z.strictObject({ active: z.boolean(), reason: text200.optional() }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      if (req.body.active && !req.body.reason)
        throw new AppError('validation_failed', {}, [
          { path: 'reason', message: 'monitoring.scale2.reason_required' },
        ]);
      await db.transaction(async (tx) => {
        if (req.body.active) await orderScale2(tx, c.id, req.body.reason!, actorOf(req));
        else await stopScale2(tx, c.id);
        await audit(
          req,
          {
            action: req.body.active ? 'order' : 'stop',
            resourceType: 'scale2_order',
            resourceId: c.id,
            patientId: c.patientId,
            detail: { reason: req.body.reason ?? null },
          },
          tx,
        );
      });
      return { active: req.body.active };
    },
  );

  app.post(
    '/api/v1/ews-alerts/:id/ack',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '确认预警并记录处理（评估、开始治疗、转 ICU、快速反应小组）/ acknowledge with the action taken',
        params: idParams,
        body: z.strictObject({
          action: z.enum(ACK_ACTIONS),
          note: z.string().trim().max(500).optional(),
          version: z.number().int().positive(),
        }),
      },
    },
    async (req) => {
      const alert = await getAlert(db, req.params.id);
      if (!alert) throw notFound();
      const c = await caseOrThrow(req, alert.caseId);
      if (alert.status !== 'open') throw new AppError('alert_closed');
      return db.transaction(async (tx) => {
        const row = await acknowledgeAlert(
          tx,
          alert.id,
          req.body.version,
          { action: req.body.action, note: req.body.note ?? null },
          actorOf(req),
        );
        if (!row) throw conflict(alert.version);
        await audit(
          req,
          {
            action: 'acknowledge',
            resourceType: 'ews_alert',
            resourceId: row.id,
            patientId: row.patientId,
            detail: { action: row.action },
          },
          tx,
        );
        await announce(tx, row.wardId, c, 'ews.ack');
        return {
          id: row.id,
          status: row.status,
          action: row.action,
          acknowledgedAt: row.acknowledgedAt!.toISOString(),
        };
      });
    },
  );

  app.get(
    '/api/v1/cases/:id/ews-alerts',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '该手术的全部预警及处理记录 / every alert of the case and what was done',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const list = await caseAlerts(db, c.id);
      await audit(req, {
        action: 'read',
        resourceType: 'ews_alert',
        resourceId: c.id,
        patientId: c.patientId,
      });
      return {
        items: list.map((a) => ({
          id: a.id,
          type: a.type,
          raisedAt: a.raisedAt.toISOString(),
          status: a.status,
          action: a.action,
          note: a.note,
          acknowledgedBy: a.acknowledgedBy,
          acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
          escalatedAt: a.escalatedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/v1/wards/:id/board',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '病区看板：床位、NEWS2 及趋势、下次观察时间、未处理预警 / the ward board',
        params: idParams,
      },
    },
    async (req) => {
      if (!coversWard(req.user!.scope, req.params.id)) throw notFound();
      const beds = await wardBeds(db, [req.params.id]);
      const caseIds = beds.map((b) => b.caseId).filter((id): id is string => !!id);
      const [sets, alerts] = await Promise.all([latestSets(db, caseIds), alertsOfWards(db, [req.params.id])]);
      await auditEach(
        req,
        beds
          .filter((b) => b.caseId)
          .map((b) => ({
            action: 'read',
            resourceType: 'ward_board',
            resourceId: b.caseId,
            patientId: b.patientId,
          })),
      );
      return {
        beds: beds.map((b) => {
          const mine = sets.filter((s) => s.case_id === b.caseId);
          const latest = mine[0];
          return {
            ...b,
            news2: latest
              ? {
                  total: latest.total,
                  band: latest.band,
                  complete: latest.complete,
                  takenAt: new Date(latest.taken_at).toISOString(),
                }
              : null,
            trend: mine.map((s) => s.total).reverse(),
            nextDueAt: latest?.next_due_at ? new Date(latest.next_due_at).toISOString() : null,
            alerts: alerts
              .filter((a) => a.caseId === b.caseId)
              .map((a) => ({
                id: a.id,
                type: a.type,
                label: ALERT_LABELS[a.type as AlertType],
                raisedAt: a.raisedAt.toISOString(),
                escalatedAt: a.escalatedAt?.toISOString() ?? null,
                version: a.version,
              })),
          };
        }),
      };
    },
  );

  app.get(
    '/api/v1/reports/ews-response',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['monitoring'],
        summary: '各病区预警响应时间报表 / time to acknowledge and to escalation per ward',
        querystring: z.strictObject({ from: isoInstant, to: isoInstant }),
      },
    },
    async (req) => ({
      items: await responseReport(db, new Date(req.query.from), new Date(req.query.to), req.user!.scope),
    }),
  );

  app.post(
    '/api/v1/cases/:id/labs',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: '录入检验结果（肌酐触发 AKI 判定）/ enter a lab result; creatinine runs the AKI rule',
        params: idParams,
        body: z.strictObject({
          analyte: z.enum(['creatinine']),
          value: z.number().min(5).max(3000),
          takenAt: isoInstant,
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const takenAt = new Date(req.body.takenAt);
      if (takenAt.getTime() > clock().getTime() + 5 * 60_000)
        throw new AppError('validation_failed', {}, [{ path: 'takenAt', message: 'time.in_future' }]);
      return db.transaction(async (tx) => {
        await insertLab(tx, {
          patientId: c.patientId,
          caseId: c.id,
          analyte: 'creatinine',
          value: req.body.value,
          unit: 'µmol/L',
          takenAt,
          enteredBy: req.user!.id,
          enteredAt: clock(),
        });
        await audit(
          req,
          { action: 'create', resourceType: 'lab_result', resourceId: c.id, patientId: c.patientId },
          tx,
        );
        // KDIGO against the pre-operative baseline: the last value before anesthesia began.
        const labs = await patientLabs(tx, c.patientId, 'creatinine');
        const start = (c.anesthesiaStartAt ?? c.inRoomAt ?? c.scheduledStart).getTime();
        const before = labs.filter((l) => l.takenAt.getTime() < start);
        const after = labs.filter((l) => l.takenAt.getTime() >= start);
        const base = before.at(-1);
        const suggestion = suggestAki(
          base ? { value: base.value, at: base.takenAt.toISOString() } : null,
          after.map((l) => ({ value: l.value, at: l.takenAt.toISOString() })),
          new Date(start).toISOString(),
        );
        const [suggested = null] = await suggestComplications(
          tx,
          hub,
          c,
          suggestion ? [suggestion] : [],
          actorOf(req),
        );
        return { suggestedComplication: suggested, aki: suggestion?.evidence ?? null };
      });
    },
  );

  const complicationDto = (x: Awaited<ReturnType<typeof caseComplications>>[number]) => ({
    id: x.id,
    type: x.type,
    label: COMPLICATION_LABELS[x.type as keyof typeof COMPLICATION_LABELS] ?? { zh: x.type, en: x.type },
    onsetAt: x.onsetAt.toISOString(),
    status: x.status,
    rule: x.rule,
    evidence: x.evidence,
    grade: x.grade,
    disability: x.disability,
    treatment: x.treatment,
    outcome: x.outcome,
    decisionReason: x.decisionReason,
    decidedAt: x.decidedAt?.toISOString() ?? null,
    version: x.version,
  });

  app.get(
    '/api/v1/cases/:id/complications',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '并发症登记 / the complication registry of a case',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const list = await caseComplications(db, c.id);
      await audit(req, {
        action: 'read',
        resourceType: 'complication',
        resourceId: c.id,
        patientId: c.patientId,
      });
      return { items: list.map(complicationDto) };
    },
  );

  app.post(
    '/api/v1/cases/:id/complications',
    {
      config: { permission: 'complication.write' },
      schema: {
        tags: ['monitoring'],
        summary: '登记并发症 / record a complication',
        params: idParams,
        body: z.strictObject({
          type: z.enum(COMPLICATION_TYPES),
          onsetAt: isoInstant,
          grade: z.enum(CD_GRADES),
          disability: z.boolean().default(false),
          treatment: z.string().trim().max(500).optional(),
          outcome: z.string().trim().max(200).optional(),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const row = await db.transaction(async (tx) => {
        const r = await insertComplication(
          tx,
          {
            caseId: c.id,
            patientId: c.patientId,
            type: req.body.type,
            onsetAt: new Date(req.body.onsetAt),
            status: 'confirmed',
            rule: null,
            evidence: null,
            grade: req.body.grade,
            treatment: req.body.treatment ?? null,
            outcome: req.body.outcome ?? null,
            decidedBy: req.user!.id,
            decidedAt: clock(),
          },
          actorOf(req),
        );
        await audit(
          req,
          { action: 'create', resourceType: 'complication', resourceId: r.id, patientId: c.patientId },
          tx,
        );
        return r;
      });
      return complicationDto(row);
    },
  );

  app.post(
    '/api/v1/complications/:id/decision',
    {
      config: { permission: 'complication.write' },
      schema: {
        tags: ['monitoring'],
        summary: '确认（含 Clavien–Dindo 分级）或排除提示的并发症 / confirm with a grade, or dismiss',
        params: idParams,
        body: z.discriminatedUnion('decision', [
          z.strictObject({
            decision: z.literal('confirm'),
            grade: z.enum(CD_GRADES),
            disability: z.boolean().default(false),
            treatment: z.string().trim().max(500).optional(),
            outcome: z.string().trim().max(200).optional(),
            version: z.number().int().positive(),
          }),
          z.strictObject({
            decision: z.literal('dismiss'),
            reason: text200,
            version: z.number().int().positive(),
          }),
        ]),
      },
    },
    async (req) => {
      const x = await getComplication(db, req.params.id);
      if (!x) throw notFound();
      await caseOrThrow(req, x.caseId);
      if (x.status !== 'suggested') throw new AppError('complication_decided');
      const b = req.body;
      const row = await db.transaction(async (tx) => {
        const r = await updateComplication(
          tx,
          x.id,
          b.version,
          b.decision === 'confirm'
            ? {
                status: 'confirmed',
                grade: b.grade,
                disability: b.disability,
                treatment: b.treatment ?? null,
                outcome: b.outcome ?? null,
                decidedBy: req.user!.id,
                decidedAt: clock(),
              }
            : { status: 'dismissed', decisionReason: b.reason, decidedBy: req.user!.id, decidedAt: clock() },
          actorOf(req),
        );
        if (!r) throw conflict(x.version);
        await audit(
          req,
          { action: b.decision, resourceType: 'complication', resourceId: r.id, patientId: r.patientId },
          tx,
        );
        return r;
      });
      return complicationDto(row);
    },
  );

  app.get(
    '/api/v1/followup/tasks',
    {
      config: { permission: 'followup.work' },
      schema: { tags: ['monitoring'], summary: '随访任务（第 28 天电话随访）/ open follow-up tasks' },
    },
    async (req) => {
      const items = await listOpenTasks(db, req.user!.scope);
      await auditEach(
        req,
        items.map((t) => ({
          action: 'list',
          resourceType: 'followup_task',
          resourceId: t.id,
          patientId: t.patient_id,
        })),
      );
      return {
        items: items.map((t) => ({
          id: t.id,
          caseId: t.case_id,
          patientId: t.patient_id,
          kind: t.kind,
          dueAt: new Date(t.due_at).toISOString(),
          patientName: t.patient_name,
          patientMrn: t.patient_mrn,
          phone: t.phone,
          procedureText: t.procedure_text,
        })),
      };
    },
  );

  app.post(
    '/api/v1/followup/tasks/:id/complete',
    {
      config: { permission: 'followup.work' },
      schema: {
        tags: ['monitoring'],
        summary: '完成随访：存活，或死亡（日期与原因）/ record the call: alive, or died with date and cause',
        params: idParams,
        body: z.discriminatedUnion('status', [
          z.strictObject({ status: z.literal('alive') }),
          z.strictObject({ status: z.literal('died'), deathAt: isoInstant, cause: text200 }),
          z.strictObject({ status: z.literal('unreachable'), note: text200 }),
        ]),
      },
    },
    async (req) => {
      const task = await getTask(db, req.params.id, req.user!.scope);
      if (!task) throw notFound();
      const c = await caseOrThrow(req, task.caseId);
      const b = req.body;
      if (b.status === 'died' && Date.parse(b.deathAt) > clock().getTime())
        throw new AppError('validation_failed', {}, [{ path: 'deathAt', message: 'time.in_future' }]);
      return db.transaction(async (tx) => {
        const done = await completeTask(
          tx,
          task.id,
          b.status === 'unreachable' ? `unreachable: ${b.note}` : b.status,
          actorOf(req),
        );
        if (!done) throw new AppError('followup_done');
        if (b.status !== 'unreachable')
          await setOutcome(tx, {
            caseId: c.id,
            patientId: c.patientId,
            status: b.status,
            deathAt: b.status === 'died' ? new Date(b.deathAt) : null,
            cause: b.status === 'died' ? b.cause : null,
            source: 'followup',
            decidedAt: clock(),
            decidedBy: req.user!.id,
          });
        await audit(
          req,
          {
            action: 'complete',
            resourceType: 'followup_task',
            resourceId: task.id,
            patientId: c.patientId,
            detail: { status: b.status },
          },
          tx,
        );
        return { id: task.id, status: 'done' };
      });
    },
  );

  app.get(
    '/api/v1/cases/:id/outcome',
    {
      config: { permission: 'observation.read' },
      schema: { tags: ['monitoring'], summary: '28 天结局 / the 28-day outcome', params: idParams },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const o = await getOutcome(db, c.id);
      await audit(req, { action: 'read', resourceType: 'outcome', resourceId: c.id, patientId: c.patientId });
      const end = (c.anesthesiaEndAt ?? c.outOfRoomAt)?.getTime() ?? null;
      return {
        status: o?.status ?? null,
        deathAt: o?.deathAt?.toISOString() ?? null,
        cause: o?.cause ?? null,
        source: o?.source ?? null,
        // AQI-TPM-25: death within 24 h after anesthesia.
        diedWithin24h: end !== null && o?.deathAt ? diedWithin24h(end, o.deathAt.getTime()) : false,
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/bedside-vitals',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          '床旁监护仪最近 15 分钟数值（预填观察表）/ the ward bed monitor’s latest readings, to prefill a set',
        params: idParams,
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const readings = await bedsideReadings(db, c.id, new Date(clock().getTime() - 15 * 60_000));
      const get = (...params: string[]) => readings.find((r) => params.includes(r.param));
      const at = readings.map((r) => new Date(r.observed_at).getTime());
      await audit(req, {
        action: 'read',
        resourceType: 'bedside_vitals',
        resourceId: c.id,
        patientId: c.patientId,
      });
      return {
        // Consciousness and oxygen are for the nurse to assess: a monitor cannot tell them.
        values: {
          respirationRate: get('rr')?.value ?? null,
          spo2: get('spo2')?.value ?? null,
          systolicBp: get('nibp_sys', 'art_sys')?.value ?? null,
          pulse: get('hr', 'pr')?.value ?? null,
          temperature: get('temp')?.value ?? null,
        },
        at: at.length ? new Date(Math.max(...at)).toISOString() : null,
      };
    },
  );
};
