// Recommendations followed as tasks, and the two worklists: 待访视 and 高危患者.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  casesAwaitingVisit,
  getTask,
  highRiskCases,
  listTasks,
  updateTask,
} from '../../db/assessment/visits';
import { applyTaskAction, type TaskStatus } from '../../domain/assessment/recommendation-task';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';

const text = z.object({ zh: z.string(), en: z.string() });
const taskSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  patientMrn: z.string(),
  scheduledStart: z.string(),
  orRoom: z.string(),
  code: z.string(),
  text,
  source: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  actedBy: z.string().nullable(),
  actedAt: z.string().nullable(),
  version: z.number(),
});
const worklistItem = z.object({
  caseId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  patientMrn: z.string(),
  scheduledStart: z.string(),
  orRoom: z.string(),
  procedureText: z.string(),
  visitStatus: z.string().nullable(),
  flags: z.array(z.string()).optional(),
});
const DAY = 86_400_000;

export const worklistRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.ctx;
  const db = database.db;

  app.get(
    '/api/v1/recommendations',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '建议跟踪工作列表 / recommendations followed as tasks',
        querystring: z.strictObject({
          status: z.enum(['open', 'all']).default('open'),
          caseId: z.uuid().optional(),
        }),
        response: { 200: z.object({ items: z.array(taskSchema) }) },
      },
    },
    async (req) => {
      const rows = await listTasks(db, {
        open: req.query.status === 'open',
        caseId: req.query.caseId,
        scope: req.user!.scope,
      });
      await audit(req, { action: 'list', resourceType: 'recommendation', detail: { count: rows.length } });
      return {
        items: rows.map((r) => ({
          id: r.id,
          caseId: r.caseId,
          patientId: r.patientId,
          patientName: r.patientName,
          patientMrn: r.patientMrn,
          scheduledStart: r.scheduledStart.toISOString(),
          orRoom: r.orRoom,
          code: r.code,
          text: r.text as { zh: string; en: string },
          source: r.source,
          status: r.status,
          reason: r.reason,
          actedBy: r.actedBy,
          actedAt: r.actedAt?.toISOString() ?? null,
          version: r.version,
        })),
      };
    },
  );

  app.post(
    '/api/v1/recommendations/:id/actions',
    {
      config: { permission: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: '处理建议：接受、拒绝（需理由）或完成 / accept, decline (with a reason) or complete',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({
          action: z.enum(['accept', 'decline', 'complete']),
          reason: z.string().trim().max(500).optional(),
          version: z.number().int().positive(),
        }),
      },
    },
    async (req) => {
      const task = await getTask(db, req.params.id, req.user!.scope);
      if (!task) throw notFound();
      const now = clock();
      const by = req.user!.id;
      const a = req.body;
      const outcome = applyTaskAction(
        { status: task.status as TaskStatus },
        a.action === 'decline'
          ? { kind: 'decline', by, at: now, reason: a.reason ?? '' }
          : a.action === 'complete'
            ? { kind: 'complete', by, at: now, note: a.reason }
            : { kind: 'accept', by, at: now },
      );
      if (!outcome.ok) {
        if (outcome.problem === 'reason_required')
          throw new AppError('validation_failed', {}, [{ path: 'reason', message: 'task.reason_required' }]);
        throw new AppError('task_closed');
      }
      const row = await db.transaction(async (tx) => {
        const updated = await updateTask(
          tx,
          task.id,
          a.version,
          { status: outcome.status, reason: outcome.reason },
          { userId: by, now },
        );
        if (!updated) throw conflict(task.version);
        await audit(
          req,
          {
            action: a.action,
            resourceType: 'recommendation',
            resourceId: task.id,
            patientId: task.patientId,
          },
          tx,
        );
        return updated;
      });
      return { id: row.id, status: row.status, version: row.version };
    },
  );

  app.get(
    '/api/v1/worklists/pending-visits',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '待访视：未来 3 天内尚无已签名访视的手术 / cases in the next 3 days without a signed visit',
        response: { 200: z.object({ items: z.array(worklistItem) }) },
      },
    },
    async (req) => {
      const now = clock();
      const rows = await casesAwaitingVisit(
        db,
        new Date(now.getTime() - DAY / 2),
        new Date(now.getTime() + 3 * DAY),
        req.user!.scope,
      );
      await audit(req, {
        action: 'list',
        resourceType: 'worklist.pending_visits',
        detail: { count: rows.length },
      });
      return { items: rows.map((r) => ({ ...r, scheduledStart: r.scheduledStart.toISOString() })) };
    },
  );

  app.get(
    '/api/v1/worklists/high-risk',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '高危患者：本周手术中访视提示高危者 / this week’s high-risk patients',
        response: { 200: z.object({ items: z.array(worklistItem) }) },
      },
    },
    async (req) => {
      const now = clock();
      const rows = await highRiskCases(
        db,
        new Date(now.getTime() - 3 * DAY),
        new Date(now.getTime() + 7 * DAY),
        req.user!.scope,
      );
      await audit(req, {
        action: 'list',
        resourceType: 'worklist.high_risk',
        detail: { count: rows.length },
      });
      return { items: rows.map((r) => ({ ...r, scheduledStart: r.scheduledStart.toISOString() })) };
    },
  );
};
