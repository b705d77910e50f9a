// The anesthesia record (麻醉记录单) of a case: one-tap events that drive the case's state machine,
// drugs, fluids, the WHO checklist, method and details, intra-op alerts computed from the stored
// vitals, manual vitals and artefact marking, signing and amendment.

import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  endInfusion,
  ensureRecord,
  insertAck,
  insertDrug,
  insertEvent,
  insertFluid,
  type RecordRow,
  readRecord,
  recordEntries,
  updateRecord,
  upsertChecklist,
} from '../../db/anesthesia/record';
import { signerName } from '../../db/assessment/visits';
import type { Db } from '../../db/client';
import { caseObservations, caseReadingSeries, type ObservationRow } from '../../db/interop/observations';
import { type CaseWithPatient, getCase, lockCase } from '../../db/registry/case.repo';
import { observations as observationsTable } from '../../db/schema';
import { groupReadings, type ReadingSeries } from '../../domain/anesthesia/downsample';
import {
  DEFAULT_ALERTS,
  exposureBelow,
  intraopAlerts,
  type Point,
} from '../../domain/anesthesia/intraop-alerts';
import { recordTimeProblem } from '../../domain/anesthesia/record-time';
import {
  CHECKLIST,
  CHECKLIST_PHASES,
  type ChecklistAnswer,
  DRUGS,
  drugDef,
  drugTotals,
  eventDef,
  FLUIDS_IN,
  FLUIDS_OUT,
  fluidBalance,
  phaseComplete,
} from '../../domain/anesthesia/record-vocabulary';
import { PARAMETER_CODES, PARAMETERS } from '../../domain/interop/parameters';
import { completedYears } from '../../domain/registry/age';
import { ANESTHESIA_METHODS } from '../../domain/registry/vocabulary';
import { isoInstant } from '../../domain/scores/time';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { actorOf as actorOfRequest } from '../platform/actor';
import { localDate } from '../platform/local-date';
import { renderPdf } from '../platform/pdf';
import { transitionCase } from '../registry/transition';
import { type RecordDocumentInput, recordDocument } from './record-pdf';

const idParams = z.object({ id: z.uuid() });
const shortText = z.string().trim().min(1).max(200);

/** The record's derived view: alerts from the vitals (artefacts excluded), drug totals, fluid balance. */
export function deriveRecord(
  obs: ObservationRow[],
  entries: Awaited<ReturnType<typeof recordEntries>>,
  tempMode: 'continuous' | 'intermittent',
  now: number,
) {
  const readings = groupReadings(
    obs.map((o) => ({
      id: o.id,
      param: o.param,
      channel: o.channel,
      deviceId: o.deviceId,
      unit: o.unit,
      t: o.observedAt.getTime(),
      value: o.value,
      artefact: o.artefact,
    })),
  );
  return deriveFromSeries(readings, entries, tempMode, now);
}

/** The parameters the derived view reads. */
const DERIVED_PARAMS = ['art_mean', 'nibp_mean', 'spo2', 'hr', 'temp'];

function deriveFromSeries(
  readings: ReadingSeries[],
  entries: Awaited<ReturnType<typeof recordEntries>>,
  tempMode: 'continuous' | 'intermittent',
  now: number,
) {
  const valid = (s: ReadingSeries): Point[] => {
    const out: Point[] = [];
    for (let i = 0; i < s.t.length; i++) if (!s.artefact[i]) out.push({ t: s.t[i]!, value: s.value[i]! });
    return out;
  };
  // One parameter from every source, in time order (a sort that keeps equal times in source order).
  const series = (param: string) =>
    readings
      .filter((s) => s.param === param)
      .flatMap(valid)
      .sort((a, b) => a.t - b.t);
  const art = series('art_mean');
  const alerts = intraopAlerts(
    {
      map: art.length ? art : series('nibp_mean'),
      spo2: series('spo2'),
      hr: series('hr'),
      // Each temperature probe (device and channel) on its own.
      temp: readings
        .filter((s) => s.param === 'temp')
        .map(valid)
        .filter((p) => p.length > 0),
    },
    tempMode,
    now,
  );
  const totals = drugTotals(
    entries.drugs.map((d) => ({
      drug: d.drug,
      kind: d.kind as 'bolus' | 'infusion',
      dose: d.dose,
      rate: d.rate,
      startAt: d.startAt.getTime(),
      endAt: d.endAt?.getTime() ?? null,
    })),
    now,
  );
  const balance = fluidBalance(
    entries.fluids.map((f) => ({ direction: f.direction as 'in' | 'out', volumeMl: f.volumeMl })),
  );
  // Hypotension exposure over the monitored time (clinical-scores.md §18.2): step method, the
  // invasive series when there is one — cuff and arterial readings are never pooled.
  const mapSeries = art.length ? art : series('nibp_mean');
  const exposure = mapSeries.length
    ? {
        source: art.length ? 'invasive' : 'cuff',
        threshold: DEFAULT_ALERTS.mapThreshold,
        ...exposureBelow(mapSeries, DEFAULT_ALERTS.mapThreshold, now, 'step'),
      }
    : null;
  return { alerts, totals, balance, exposure };
}

/** Each antibiotic dose in minutes relative to incision (negative = before 切皮). */
export function antibioticTiming(entries: Awaited<ReturnType<typeof recordEntries>>) {
  const incision = entries.events.find((e) => e.code === 'incision')?.at.getTime() ?? null;
  return entries.drugs
    .filter((d) => drugDef(d.drug)?.category === 'antibiotic')
    .map((d) => ({
      drug: d.drug,
      name: drugDef(d.drug)?.zh ?? d.drug,
      at: d.startAt.toISOString(),
      minutesFromIncision: incision === null ? null : Math.round((d.startAt.getTime() - incision) / 60_000),
    }));
}

export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, hub } = app.ctx;
  const db = database.db;

  const caseOrThrow = async (req: FastifyRequest, id: string) => {
    const c = await getCase(db, id, req.user!.scope);
    if (!c) throw notFound();
    return c;
  };
  const actorOf = (req: FastifyRequest) => ({ userId: req.user!.id, now: clock() });
  /** The time an entry happened, checked against the case and now; `path` names the field on refusal. */
  const entryTime = (c: CaseWithPatient, iso: string, path: string): Date => {
    const at = new Date(iso);
    const problem = recordTimeProblem(
      at.getTime(),
      { inRoomAt: c.inRoomAt?.getTime() ?? null, scheduledStart: c.scheduledStart.getTime() },
      clock().getTime(),
    );
    if (problem) throw new AppError('validation_failed', {}, [{ path, message: `record.time.${problem}` }]);
    return at;
  };
  /** An open (unsigned) record of the case, created on first write. */
  const openRecord = async (tx: Db, req: FastifyRequest, c: CaseWithPatient): Promise<RecordRow> => {
    const r = await ensureRecord(tx, c.id, c.patientId, actorOf(req));
    if (r.status === 'signed') throw new AppError('record_signed');
    return r;
  };
  /**
   * Everything the record view and the printed sheet show: the record, its entries, every reading
   * (or only those the derived view reads) and what follows from them.
   */
  const loadRecord = async (c: CaseWithPatient, params?: readonly string[]) => {
    const [record, entries, readings] = await Promise.all([
      readRecord(db, c.id),
      recordEntries(db, c.id),
      caseReadingSeries(db, c.id, params ? { params } : {}),
    ]);
    const now = (c.outOfRoomAt ?? clock()).getTime();
    return {
      record,
      entries,
      readings,
      derived: deriveFromSeries(readings, entries, record.tempMode as 'continuous' | 'intermittent', now),
    };
  };
  const changed = async (tx: Db, c: CaseWithPatient, what: string) =>
    hub.publish(tx, { topic: `case:${c.id}`, type: 'record.changed', id: c.id, data: { what } });
  const write = async (
    req: FastifyRequest,
    c: CaseWithPatient,
    action: string,
    detail: Record<string, unknown>,
    tx: Db,
  ) => {
    await audit(
      req,
      { action, resourceType: 'anesthesia_record', resourceId: c.id, patientId: c.patientId, detail },
      tx,
    );
    await changed(tx, c, action);
  };

  app.get(
    '/api/v1/cases/:id/record',
    {
      config: { permission: 'observation.read' },
      schema: { tags: ['anesthesia'], summary: '麻醉记录单 / the anesthesia record', params: idParams },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const { record, entries, derived } = await loadRecord(c, DERIVED_PARAMS);
      await audit(req, {
        action: 'read',
        resourceType: 'anesthesia_record',
        resourceId: c.id,
        patientId: c.patientId,
      });
      const acked = new Set(entries.acks.map((a) => `${a.kind}|${a.startAt.toISOString()}`));
      return {
        record: {
          id: record.id,
          method: record.method,
          details: record.details,
          tempMode: record.tempMode,
          status: record.status,
          revision: record.revision,
          signedAt: record.signedAt?.toISOString() ?? null,
          signedBy: record.signedBy,
          amendmentReason: record.amendmentReason,
          version: record.version,
        },
        case: {
          status: c.status,
          version: c.version,
          inRoomAt: c.inRoomAt?.toISOString() ?? null,
          outOfRoomAt: c.outOfRoomAt?.toISOString() ?? null,
          orRoom: c.orRoom,
        },
        events: entries.events.map((e) => ({
          id: e.id,
          code: e.code,
          label: eventDef(e.code)?.label ?? { zh: e.code, en: e.code },
          text: e.text,
          at: e.at.toISOString(),
          overrideReason: e.overrideReason,
        })),
        drugs: entries.drugs.map((d) => ({
          id: d.id,
          drug: d.drug,
          name: drugDef(d.drug)?.zh ?? d.drug,
          generic: drugDef(d.drug)?.generic ?? d.drug,
          kind: d.kind,
          dose: d.dose,
          rate: d.rate,
          unit: d.unit,
          route: d.route,
          startAt: d.startAt.toISOString(),
          endAt: d.endAt?.toISOString() ?? null,
        })),
        drugTotals: [...derived.totals].map(([drug, total]) => ({
          drug,
          name: drugDef(drug)?.zh ?? drug,
          total,
          unit: drugDef(drug)?.unit ?? '',
        })),
        fluids: entries.fluids.map((f) => ({
          id: f.id,
          direction: f.direction,
          kind: f.kind,
          volumeMl: f.volumeMl,
          at: f.at.toISOString(),
        })),
        balance: derived.balance,
        exposure: derived.exposure
          ? {
              ...derived.exposure,
              minutesBelow: Math.round(derived.exposure.minutesBelow * 10) / 10,
              aut: Math.round(derived.exposure.aut * 10) / 10,
              twa: Math.round(derived.exposure.twa * 100) / 100,
            }
          : null,
        antibioticTiming: antibioticTiming(entries),
        checklist: entries.checklist.map((a) => ({
          phase: a.phase,
          item: a.item,
          answer: a.answer,
          answeredBy: a.answeredBy,
          answeredAt: a.answeredAt.toISOString(),
        })),
        checklistComplete: Object.fromEntries(
          CHECKLIST_PHASES.map((p) => [
            p,
            phaseComplete(
              p,
              new Map(entries.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer as ChecklistAnswer])),
            ),
          ]),
        ),
        alerts: derived.alerts.map((a) => ({
          ...a,
          start: new Date(a.start).toISOString(),
          end: new Date(a.end).toISOString(),
          acknowledged: acked.has(`${a.kind}|${new Date(a.start).toISOString()}`),
        })),
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/record/events',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '记录事件（入室、麻醉开始、切皮……驱动手术状态）/ record an event; some move the case status',
        params: idParams,
        body: z.strictObject({
          code: z.string().refine((c) => !!eventDef(c), { message: 'record.event.unknown' }),
          at: isoInstant,
          text: shortText.optional(),
          overrideReason: shortText.optional(),
          caseVersion: z.number().int().positive().optional(),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const def = eventDef(req.body.code)!;
      if (req.body.code === 'custom' && !req.body.text)
        throw new AppError('validation_failed', {}, [
          { path: 'text', message: 'record.event.text_required' },
        ]);
      const at = entryTime(c, req.body.at, 'at');
      return db.transaction(async (tx) => {
        await openRecord(tx, req, c);
        if (def.needs) {
          const entries = await recordEntries(tx, c.id);
          const answers = new Map(
            entries.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer as ChecklistAnswer]),
          );
          if (!phaseComplete(def.needs, answers) && !req.body.overrideReason)
            throw new AppError('checklist_incomplete', { phase: CHECKLIST[def.needs].label.zh }, [
              { path: 'overrideReason', message: 'record.override_required' },
            ]);
        }
        let caseVersion = c.version;
        if (def.transition) {
          const current = await lockCase(tx, c.id);
          if (!current) throw notFound();
          if (req.body.caseVersion !== undefined && current.version !== req.body.caseVersion)
            throw conflict(current.version);
          caseVersion = (
            await transitionCase(app.ctx, tx, actorOfRequest(req), current, { to: def.transition, at })
          ).version;
        }
        const row = await insertEvent(tx, {
          caseId: c.id,
          code: def.code,
          text: req.body.text ?? null,
          at,
          overrideReason: req.body.overrideReason ?? null,
          recordedBy: req.user!.id,
          recordedAt: clock(),
        });
        await write(
          req,
          c,
          'event',
          { code: def.code, at: req.body.at, override: req.body.overrideReason ?? null },
          tx,
        );
        return { id: row.id, caseVersion };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/drugs',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '用药：单次给药或持续输注（改速即新段）/ a bolus or an infusion segment',
        params: idParams,
        body: z
          .strictObject({
            drug: z.enum(DRUGS.map((d) => d.code) as [string, ...string[]]),
            kind: z.enum(['bolus', 'infusion']),
            dose: z.number().positive().max(100_000).optional(),
            rate: z.number().min(0).max(100_000).optional(),
            startAt: isoInstant,
            replaces: z.uuid().optional(),
          })
          .refine((b) => (b.kind === 'bolus' ? b.dose !== undefined : b.rate !== undefined), {
            message: 'record.drug.amount_required',
            path: ['dose'],
          }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const def = drugDef(req.body.drug)!;
      const startAt = entryTime(c, req.body.startAt, 'startAt');
      return db.transaction(async (tx) => {
        await openRecord(tx, req, c);
        if (req.body.replaces && !(await endInfusion(tx, req.body.replaces, c.id, startAt)))
          throw new AppError('validation_failed', {}, [
            { path: 'replaces', message: 'record.drug.not_running' },
          ]);
        const row = await insertDrug(tx, {
          caseId: c.id,
          drug: def.code,
          kind: req.body.kind,
          dose: req.body.kind === 'bolus' ? req.body.dose! : null,
          rate: req.body.kind === 'infusion' ? req.body.rate! : null,
          unit: req.body.kind === 'infusion' ? `${def.unit}/h` : def.unit,
          route: def.route,
          startAt,
          endAt: null,
          recordedBy: req.user!.id,
          recordedAt: clock(),
        });
        await write(req, c, 'drug', { drug: def.code, kind: req.body.kind }, tx);
        return { id: row.id };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/drugs/:entryId/stop',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '停止输注 / stop an infusion',
        params: z.object({ id: z.uuid(), entryId: z.uuid() }),
        body: z.strictObject({ at: isoInstant }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      return db.transaction(async (tx) => {
        await openRecord(tx, req, c);
        const row = await endInfusion(tx, req.params.entryId, c.id, entryTime(c, req.body.at, 'at'));
        if (!row)
          throw new AppError('validation_failed', {}, [
            { path: 'entryId', message: 'record.drug.not_running' },
          ]);
        await write(req, c, 'drug.stop', { entry: row.id }, tx);
        return { id: row.id };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/fluids',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '液体出入量 / fluids in and out',
        params: idParams,
        body: z
          .strictObject({
            direction: z.enum(['in', 'out']),
            kind: z.enum([...FLUIDS_IN, ...FLUIDS_OUT]),
            volumeMl: z.number().positive().max(20_000),
            at: isoInstant,
          })
          .refine(
            (b) =>
              (b.direction === 'in'
                ? (FLUIDS_IN as readonly string[])
                : (FLUIDS_OUT as readonly string[])
              ).includes(b.kind),
            {
              message: 'record.fluid.kind_direction',
              path: ['kind'],
            },
          ),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      return db.transaction(async (tx) => {
        await openRecord(tx, req, c);
        const row = await insertFluid(tx, {
          caseId: c.id,
          ...req.body,
          at: entryTime(c, req.body.at, 'at'),
          recordedBy: req.user!.id,
          recordedAt: clock(),
        });
        await write(req, c, 'fluid', { kind: req.body.kind, volumeMl: req.body.volumeMl }, tx);
        return { id: row.id };
      });
    },
  );

  app.put(
    '/api/v1/cases/:id/record/checklist',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '三方核查 / WHO Surgical Safety Checklist answers',
        params: idParams,
        body: z.strictObject({
          phase: z.enum(CHECKLIST_PHASES),
          answers: z.record(z.string(), z.enum(['yes', 'no', 'na'])),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const known = new Set(CHECKLIST[req.body.phase].items.map((i) => i.code));
      const unknown = Object.keys(req.body.answers).filter((k) => !known.has(k));
      if (unknown.length)
        throw new AppError(
          'validation_failed',
          {},
          unknown.map((k) => ({ path: `answers.${k}`, message: 'record.checklist.unknown_item' })),
        );
      return db.transaction(async (tx) => {
        await openRecord(tx, req, c);
        const now = clock();
        await upsertChecklist(
          tx,
          Object.entries(req.body.answers).map(([item, answer]) => ({
            caseId: c.id,
            phase: req.body.phase,
            item,
            answer,
            answeredBy: req.user!.id,
            answeredAt: now,
          })),
        );
        await write(req, c, 'checklist', { phase: req.body.phase }, tx);
        return { ok: true };
      });
    },
  );

  app.put(
    '/api/v1/cases/:id/record',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '麻醉方式与细节 / anesthesia method and details',
        params: idParams,
        body: z.strictObject({
          method: z.enum(ANESTHESIA_METHODS).nullable(),
          details: z.strictObject({
            airway: z.string().trim().max(200).optional(),
            lines: z.string().trim().max(200).optional(),
            position: z.string().trim().max(100).optional(),
            activeWarming: z.boolean().optional(),
          }),
          tempMode: z.enum(['continuous', 'intermittent']),
          version: z.number().int().positive(),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      return db.transaction(async (tx) => {
        const r = await openRecord(tx, req, c);
        const { version, ...values } = req.body;
        const row = await updateRecord(tx, r.id, version, values, actorOf(req));
        if (!row) throw conflict(r.version);
        await write(req, c, 'update', {}, tx);
        return { version: row.version };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/sign',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['anesthesia'],
        summary: '麻醉医师签名 / the anesthesiologist signs',
        params: idParams,
        body: z.strictObject({ version: z.number().int().positive() }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      return db.transaction(async (tx) => {
        const r = await openRecord(tx, req, c);
        if (!r.method)
          throw new AppError('validation_failed', {}, [
            { path: 'method', message: 'record.method_required' },
          ]);
        const row = await updateRecord(
          tx,
          r.id,
          req.body.version,
          { status: 'signed', signedAt: clock(), signedBy: req.user!.id },
          actorOf(req),
        );
        if (!row) throw conflict(r.version);
        await write(req, c, 'sign', { revision: row.revision }, tx);
        return { version: row.version, status: row.status };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/amend',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['anesthesia'],
        summary: '修订已签名的记录（需原因）/ amend a signed record with a reason',
        params: idParams,
        body: z.strictObject({ reason: shortText, version: z.number().int().positive() }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      return db.transaction(async (tx) => {
        const r = await ensureRecord(tx, c.id, c.patientId, actorOf(req));
        if (r.status !== 'signed') throw new AppError('record_not_signed');
        const row = await updateRecord(
          tx,
          r.id,
          req.body.version,
          {
            status: 'draft',
            revision: r.revision + 1,
            amendmentReason: req.body.reason,
            signedAt: null,
            signedBy: null,
          },
          actorOf(req),
        );
        if (!row) throw conflict(r.version);
        await write(req, c, 'amend', { reason: req.body.reason, revision: row.revision }, tx);
        return { version: row.version, status: row.status, revision: row.revision };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/record/alerts/ack',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '确认术中警报 / acknowledge an intra-op alert',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(['hypotension', 'hypoxaemia', 'bradycardia', 'tachycardia', 'hypothermia']),
          start: isoInstant,
          note: z.string().trim().max(200).optional(),
        }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      await db.transaction(async (tx) => {
        await insertAck(tx, {
          caseId: c.id,
          kind: req.body.kind,
          startAt: entryTime(c, req.body.start, 'start'),
          note: req.body.note ?? null,
          ackedBy: req.user!.id,
          ackedAt: clock(),
        });
        await write(req, c, 'alert.ack', { kind: req.body.kind, start: req.body.start }, tx);
      });
      return { ok: true };
    },
  );

  app.post(
    '/api/v1/cases/:id/observations',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '手工录入生命体征 / enter a vital sign by hand',
        params: idParams,
        body: z
          .strictObject({
            param: z.enum(PARAMETER_CODES as [string, ...string[]]),
            value: z.number(),
            at: isoInstant,
          })
          .superRefine((b, ctx) => {
            const p = PARAMETERS[b.param as keyof typeof PARAMETERS];
            if (p && (b.value < p.min || b.value > p.max))
              ctx.addIssue({ code: 'custom', path: ['value'], message: `${p.min}–${p.max} ${p.unit}` });
          }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      const at = entryTime(c, req.body.at, 'at');
      const p = PARAMETERS[req.body.param as keyof typeof PARAMETERS];
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(observationsTable)
          .values({
            caseId: c.id,
            param: req.body.param,
            loinc: p.loinc,
            channel: 'manual',
            value: req.body.value,
            unit: p.unit,
            observedAt: at,
            receivedAt: clock(),
            source: 'manual',
            enteredBy: req.user!.id,
          })
          .returning({ id: observationsTable.id });
        await write(req, c, 'observation', { param: req.body.param }, tx);
        return { id: row!.id };
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/observations/:obsId/artefact',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['anesthesia'],
        summary: '标记伪差（保留数值，不计入统计）/ mark a reading as artefact',
        params: z.object({
          id: z.uuid(),
          obsId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
        }),
        body: z.strictObject({ reason: shortText }),
      },
    },
    async (req) => {
      const c = await caseOrThrow(req, req.params.id);
      // Only a reading that belongs to this case (bound to it, or its room's monitor while it was in the room).
      const mine = (await caseObservations(db, c.id, { id: req.params.obsId, limit: 1 })).length > 0;
      if (!mine) throw notFound();
      await db.transaction(async (tx) => {
        await tx
          .update(observationsTable)
          .set({
            artefact: true,
            artefactReason: req.body.reason,
            artefactBy: req.user!.id,
            artefactAt: clock(),
          })
          .where(eq(observationsTable.id, req.params.obsId));
        await write(req, c, 'artefact', { observation: req.params.obsId, reason: req.body.reason }, tx);
      });
      return { ok: true };
    },
  );

  app.get(
    '/api/v1/cases/:id/record/pdf',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary: '打印麻醉记录单（A4 PDF）/ the anesthesia record as an A4 PDF',
        params: idParams,
      },
    },
    async (req, reply) => {
      const c = await caseOrThrow(req, req.params.id);
      const { record, entries, readings, derived } = await loadRecord(c);
      const tz = app.ctx.config.PERIOP_SITE_TIMEZONE;
      const pdf = await renderPdf(
        recordDocument({
          patient: {
            name: c.patientName,
            mrn: c.patientMrn,
            sex: c.patientSex,
            age: completedYears(c.patientBirthDate, localDate(clock(), tz)),
          },
          caseInfo: c,
          record: {
            ...record,
            details: record.details as RecordDocumentInput['record']['details'],
            signerName: await signerName(db, record.signedBy),
          },
          readings,
          events: entries.events.map((e) => ({
            label: eventDef(e.code)?.label.zh ?? e.code,
            at: e.at,
            text: e.text,
            overrideReason: e.overrideReason,
          })),
          drugs: entries.drugs.map((d) => ({ ...d, name: drugDef(d.drug)?.zh ?? d.drug })),
          totals: [...derived.totals].map(([drug, total]) => ({
            drug,
            name: drugDef(drug)?.zh ?? drug,
            total,
            unit: drugDef(drug)?.unit ?? '',
          })),
          fluids: entries.fluids,
          balance: derived.balance,
          checklist: entries.checklist,
          alerts: derived.alerts.map((a) => ({ ...a, start: new Date(a.start), end: new Date(a.end) })),
          exposure: derived.exposure,
          antibiotics: antibioticTiming(entries),
          timeZone: tz,
          printedAt: clock(),
        }),
      );
      await audit(req, {
        action: 'print',
        resourceType: 'anesthesia_record',
        resourceId: c.id,
        patientId: c.patientId,
      });
      const filename = encodeURIComponent(`麻醉记录单-${c.patientMrn}.pdf`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${filename}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
