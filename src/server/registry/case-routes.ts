import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { riskFlagsOfCases } from '../../db/assessment/visits';
import { getAdmission } from '../../db/registry/admissions';
import {
  getCase,
  insertCase,
  listCaseEvents,
  listCasesOnDate,
  lockCase,
  updateCase,
} from '../../db/registry/cases';
import { getPatient } from '../../db/registry/patients';
import { hasPermission } from '../../domain/auth/permissions';
import { coversWard, DEPARTMENT, type WardScope } from '../../domain/auth/scope';
import { singleLineText } from '../../domain/common/text';
import { allowedTransitions, CASE_STATUSES, type CaseStatus } from '../../domain/registry/case-status';
import { caseInput, isoDate, isoDateTime } from '../../domain/registry/schemas';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { localDate } from '../platform/local-date';
import { caseDto, caseEventDto, caseEventSchema, caseSchema } from './dto';
import { announceCase, transitionCase } from './transition';

const idParams = z.object({ id: z.uuid() });
const TARGETS = CASE_STATUSES.filter((s) => s !== 'scheduled') as [
  Exclude<CaseStatus, 'scheduled'>,
  ...Exclude<CaseStatus, 'scheduled'>[],
];

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config } = app.ctx;
  const db = database.db;
  const tz = config.PERIOP_SITE_TIMEZONE;

  /** Tells every board showing the case's day, and every viewer of the case, that it changed. */
  const checkAdmission = async (
    patientId: string,
    admissionId: string | null | undefined,
    scope: WardScope,
  ) => {
    if (!admissionId) return;
    const admission = await getAdmission(db, admissionId);
    if (!admission || admission.patientId !== patientId || !coversWard(scope, admission.wardId)) {
      throw new AppError('validation_failed', {}, [
        { path: 'admissionId', message: 'case.admission.mismatch' },
      ]);
    }
  };

  app.get(
    '/api/v1/cases',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '某日手术（手术排程看板）/ the cases of one day, for the OR board',
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: z.object({ date: z.string(), items: z.array(caseSchema) }) },
      },
    },
    async (req) => {
      const date = req.query.date ?? localDate(clock(), tz);
      const rows = await listCasesOnDate(db, date, tz, req.user!.scope);
      await audit(req, {
        action: 'list',
        resourceType: 'case',
        detail: { date, count: rows.length },
      });
      const risk = await riskFlagsOfCases(
        db,
        rows.map((r) => r.id),
      );
      const identified = hasPermission(req.user!.role, 'patient.read');
      return { date, items: rows.map((r) => ({ ...caseDto(r, identified), risk: risk.get(r.id) ?? null })) };
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '手术详情 / case detail',
        params: idParams,
        response: {
          200: caseSchema.extend({
            events: z.array(caseEventSchema),
            allowedTransitions: z.array(z.string()),
          }),
        },
      },
    },
    async (req) => {
      const row = await getCase(db, req.params.id, req.user!.scope);
      if (!row) throw notFound();
      const events = await listCaseEvents(db, row.id);
      await audit(req, {
        action: 'read',
        resourceType: 'case',
        resourceId: row.id,
        patientId: row.patientId,
      });
      return {
        ...caseDto(row, hasPermission(req.user!.role, 'patient.read')),
        events: events.map(caseEventDto),
        allowedTransitions: [...allowedTransitions(row.status as CaseStatus)],
      };
    },
  );

  app.post(
    '/api/v1/cases',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '新建手术 / schedule a case',
        body: caseInput,
        response: { 201: caseSchema },
      },
    },
    async (req, reply) => {
      const patient = await getPatient(db, req.body.patientId, req.user!.scope);
      if (!patient)
        throw new AppError('validation_failed', {}, [
          { path: 'patientId', message: 'case.patient.notFound' },
        ]);
      await checkAdmission(patient.id, req.body.admissionId, req.user!.scope);
      const row = await db.transaction(async (tx) => {
        const created = await insertCase(tx, req.body, { userId: req.user!.id, now: clock() });
        await audit(
          req,
          { action: 'create', resourceType: 'case', resourceId: created.id, patientId: created.patientId },
          tx,
        );
        await announceCase(req, tx, created, 'case.created');
        return created;
      });
      return reply.status(201).send(caseDto(row));
    },
  );

  app.put(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '修改手术信息（需携带版本号）/ update a case with the version read',
        params: idParams,
        body: caseInput.extend({ version: z.number().int().positive() }),
        response: { 200: caseSchema },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      const existing = await getCase(db, req.params.id, req.user!.scope);
      if (!existing) throw notFound();
      if (input.patientId !== existing.patientId) {
        throw new AppError('validation_failed', {}, [
          { path: 'patientId', message: 'case.patient.immutable' },
        ]);
      }
      await checkAdmission(existing.patientId, input.admissionId, req.user!.scope);
      const row = await db.transaction(async (tx) => {
        const updated = await updateCase(tx, existing.id, version, input, {
          userId: req.user!.id,
          now: clock(),
        });
        if (updated) {
          await audit(
            req,
            { action: 'update', resourceType: 'case', resourceId: updated.id, patientId: updated.patientId },
            tx,
          );
          await announceCase(req, tx, updated, 'case.updated', existing.scheduledStart);
        }
        return updated;
      });
      if (!row) {
        const latest = await getCase(db, existing.id, DEPARTMENT);
        throw conflict(latest?.version ?? 0, latest ? caseDto(latest) : undefined);
      }
      return caseDto(row);
    },
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case.transition' },
      schema: {
        tags: ['registry'],
        summary: '手术状态变更（入室、麻醉开始……）/ move a case to its next status',
        params: idParams,
        body: z.strictObject({
          to: z.enum(TARGETS),
          at: isoDateTime,
          version: z.number().int().positive(),
          reason: singleLineText(200).optional(),
        }),
        response: { 200: caseSchema },
      },
    },
    async (req) => {
      const visible = await getCase(db, req.params.id, req.user!.scope);
      if (!visible) throw notFound();
      const row = await db.transaction(async (tx) => {
        const current = await lockCase(tx, req.params.id);
        if (!current) throw notFound();
        if (current.version !== req.body.version) throw conflict(current.version, caseDto(current));
        return transitionCase(tx, req, current, {
          to: req.body.to,
          at: new Date(req.body.at),
          reason: req.body.reason,
        });
      });
      return caseDto(row);
    },
  );
};
