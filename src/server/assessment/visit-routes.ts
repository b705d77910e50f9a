// The pre-anesthesia visit of a case: drafts autosave, signing locks, amendments are new revisions;
// the server recomputes every score on save and stores inputs, results and instrument versions.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentVisit,
  insertVisit,
  openTasks,
  signerName,
  signVisit,
  updateDraft,
  type VisitRow,
  visitRevisions,
} from '../../db/assessment/visits';
import type { Db } from '../../db/client';
import { type CaseWithPatient, getCase } from '../../db/registry/case.repo';
import {
  assessVisit,
  isLateVisit,
  signingMissing,
  type VisitContext,
  type VisitData,
  visitData,
} from '../../domain/assessment/visit';
import type { WardScope } from '../../domain/auth/scope';
import { completedYears } from '../../domain/registry/age';
import type { Approach, Urgency } from '../../domain/registry/vocabulary';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { localDate } from '../platform/local-date';
import { renderPdf } from '../platform/pdf';
import { visitDocument } from './visit-pdf';

const idParams = z.object({ id: z.uuid() });
const CLOSED = new Set(['cancelled', 'ward', 'icu']);

export const visitSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  revision: z.number(),
  status: z.enum(['draft', 'signed']),
  data: z.record(z.string(), z.unknown()),
  results: z.array(z.record(z.string(), z.unknown())),
  highRiskFlags: z.array(z.string()),
  visitAt: z.string().nullable(),
  late: z.boolean(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});

export const visitDto = (v: VisitRow): z.infer<typeof visitSchema> => ({
  id: v.id,
  caseId: v.caseId,
  revision: v.revision,
  status: v.status as 'draft' | 'signed',
  data: v.data as Record<string, unknown>,
  results: v.results as Record<string, unknown>[],
  highRiskFlags: v.highRiskFlags,
  visitAt: v.visitAt?.toISOString() ?? null,
  late: v.late,
  signedAt: v.signedAt?.toISOString() ?? null,
  signedBy: v.signedBy,
  amendmentReason: v.amendmentReason,
  version: v.version,
  updatedAt: v.updatedAt.toISOString(),
});

export const visitPlugin: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config, hub } = app.ctx;
  const db = database.db;

  const contextOf = (c: CaseWithPatient): VisitContext => ({
    age: completedYears(c.patientBirthDate, localDate(clock(), config.PERIOP_SITE_TIMEZONE)),
    sex: c.patientSex === 'male' || c.patientSex === 'female' ? c.patientSex : 'unknown',
    approach: c.approach as Approach,
    urgency: c.urgency as Urgency,
    diagnosisCode: c.diagnosisCode,
  });

  /** Scores, high-risk flags and the AQI-PVR-04 late flag, computed by the server from the inputs. */
  const evaluate = (data: VisitData, c: CaseWithPatient) => {
    const outcomes = assessVisit(data, contextOf(c));
    const flags = outcomes.flatMap((o) =>
      'result' in o && o.result.status === 'complete'
        ? o.result.flags.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.code)
        : [],
    );
    return {
      results: outcomes,
      highRiskFlags: [...new Set(flags)],
      visitAt: data.visitAt ? new Date(data.visitAt) : null,
      late: isLateVisit(data.visitAt, c.inRoomAt?.toISOString()),
    };
  };

  const announce = async (tx: Db, c: CaseWithPatient, type: string) => {
    const event = { type, id: c.id, data: { status: c.status } };
    await hub.publish(tx, {
      topic: `board:${localDate(c.scheduledStart, config.PERIOP_SITE_TIMEZONE)}`,
      ...event,
    });
    await hub.publish(tx, { topic: `case:${c.id}`, ...event });
  };

  const caseOrThrow = async (id: string, scope: WardScope) => {
    const c = await getCase(db, id, scope);
    if (!c) throw notFound();
    return c;
  };

  app.get(
    '/api/v1/cases/:id/visit',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '术前访视（当前版本与修订历史）/ the pre-anesthesia visit and its revisions',
        params: idParams,
        response: {
          200: z.object({
            current: visitSchema.nullable(),
            revisions: z.array(visitSchema),
            context: z.object({
              age: z.number(),
              sex: z.string(),
              approach: z.string(),
              urgency: z.string(),
              diagnosisCode: z.string(),
            }),
          }),
        },
      },
    },
    async (req) => {
      const c = await caseOrThrow(req.params.id, req.user!.scope);
      const revisions = await visitRevisions(db, c.id);
      await audit(req, { action: 'read', resourceType: 'visit', resourceId: c.id, patientId: c.patientId });
      return {
        current: revisions.length ? visitDto(revisions.at(-1)!) : null,
        revisions: revisions.map(visitDto),
        context: contextOf(c),
      };
    },
  );

  app.put(
    '/api/v1/cases/:id/visit',
    {
      config: { permission: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: '保存访视草稿（服务器重算全部评分）/ save the draft; the server recomputes every score',
        params: idParams,
        body: z.strictObject({ data: visitData, version: z.number().int().positive().nullish() }),
        response: { 200: visitSchema },
      },
    },
    async (req) => {
      const c = await caseOrThrow(req.params.id, req.user!.scope);
      if (CLOSED.has(c.status)) throw new AppError('case_closed');
      const actor = { userId: req.user!.id, now: clock() };
      const values = { data: req.body.data, ...evaluate(req.body.data, c) };
      const saved = await db.transaction(async (tx) => {
        const current = await currentVisit(tx, c.id);
        let row: VisitRow | null;
        if (!current)
          row = await insertVisit(
            tx,
            { caseId: c.id, patientId: c.patientId, revision: 1, ...values },
            actor,
          );
        else if (current.status === 'signed') throw new AppError('visit_signed');
        else {
          row = await updateDraft(tx, current.id, req.body.version ?? 0, values, actor);
          if (!row) throw conflict(current.version, visitDto(current));
        }
        await audit(
          req,
          {
            action: current ? 'update' : 'create',
            resourceType: 'visit',
            resourceId: row.id,
            patientId: c.patientId,
          },
          tx,
        );
        await announce(tx, c, 'visit.saved');
        return row;
      });
      return visitDto(saved);
    },
  );

  app.post(
    '/api/v1/cases/:id/visit/sign',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['assessment'],
        summary:
          '签名锁定访视，并生成跟踪建议 / sign and lock the visit, opening its recommendations as tasks',
        params: idParams,
        body: z.strictObject({ version: z.number().int().positive() }),
        response: { 200: visitSchema },
      },
    },
    async (req) => {
      const c = await caseOrThrow(req.params.id, req.user!.scope);
      if (CLOSED.has(c.status)) throw new AppError('case_closed');
      const actor = { userId: req.user!.id, now: clock() };
      const signed = await db.transaction(async (tx) => {
        const current = await currentVisit(tx, c.id);
        if (!current) throw notFound();
        if (current.status === 'signed') throw new AppError('visit_signed');
        const missing = signingMissing(current.data as VisitData);
        if (missing.length > 0) {
          throw new AppError(
            'visit_incomplete',
            {},
            missing.map((path) => ({ path: `data.${path}`, message: 'visit.required' })),
          );
        }
        const row = await signVisit(tx, current.id, req.body.version, actor);
        if (!row) throw conflict(current.version, visitDto(current));
        const recommendations = (row.results as ReturnType<typeof assessVisit>).flatMap((o) =>
          'result' in o && o.result.status === 'complete' ? o.result.recommendations : [],
        );
        await openTasks(tx, row, recommendations, actor);
        await audit(
          req,
          {
            action: 'sign',
            resourceType: 'visit',
            resourceId: row.id,
            patientId: c.patientId,
            detail: { late: row.late },
          },
          tx,
        );
        await announce(tx, c, 'visit.signed');
        return row;
      });
      return visitDto(signed);
    },
  );

  app.post(
    '/api/v1/cases/:id/visit/amend',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['assessment'],
        summary: '发起修订：新版本，需填写原因 / amend: a new revision with a reason',
        params: idParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(500) }),
        response: { 200: visitSchema },
      },
    },
    async (req) => {
      const c = await caseOrThrow(req.params.id, req.user!.scope);
      const actor = { userId: req.user!.id, now: clock() };
      const amended = await db.transaction(async (tx) => {
        const current = await currentVisit(tx, c.id);
        if (!current) throw notFound();
        if (current.status !== 'signed') throw new AppError('visit_not_signed');
        const data = current.data as VisitData;
        const row = await insertVisit(
          tx,
          {
            caseId: c.id,
            patientId: c.patientId,
            revision: current.revision + 1,
            amendmentReason: req.body.reason,
            data,
            ...evaluate(data, c),
          },
          actor,
        );
        await audit(
          req,
          {
            action: 'amend',
            resourceType: 'visit',
            resourceId: row.id,
            patientId: c.patientId,
            detail: { reason: req.body.reason },
          },
          tx,
        );
        return row;
      });
      return visitDto(amended);
    },
  );

  app.get(
    '/api/v1/cases/:id/visit/pdf',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '打印已签名的访视（A4 PDF）/ the signed visit as an A4 PDF',
        params: idParams,
        querystring: z.strictObject({ revision: z.coerce.number().int().positive().optional() }),
      },
    },
    async (req, reply) => {
      const c = await caseOrThrow(req.params.id, req.user!.scope);
      const revisions = await visitRevisions(db, c.id);
      const wanted = req.query.revision
        ? revisions.find((r) => r.revision === req.query.revision)
        : revisions.findLast((r) => r.status === 'signed');
      if (!wanted) throw revisions.length ? new AppError('print_requires_signature') : notFound();
      if (wanted.status !== 'signed') throw new AppError('print_requires_signature');
      const pdf = await renderPdf(
        visitDocument({
          caseInfo: c,
          context: contextOf(c),
          visit: {
            revision: wanted.revision,
            data: wanted.data as VisitData,
            results: wanted.results as ReturnType<typeof assessVisit>,
            visitAt: wanted.visitAt,
            late: wanted.late,
            signedAt: wanted.signedAt,
            signerName: await signerName(db, wanted.signedBy),
            amendmentReason: wanted.amendmentReason,
          },
          timeZone: config.PERIOP_SITE_TIMEZONE,
          printedAt: clock(),
        }),
      );
      await audit(req, {
        action: 'print',
        resourceType: 'visit',
        resourceId: wanted.id,
        patientId: c.patientId,
        detail: { revision: wanted.revision },
      });
      const filename = encodeURIComponent(`麻醉前访视-${c.patientMrn}-第${wanted.revision}版.pdf`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${filename}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
