// Follow-up tasks over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callInput, idParams, taskDoneSchema, taskList } from '../../api/followup';
import { actorOf } from '../platform/actor';
import { FollowupTaskService } from './task.service';

export const followupTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tasks = new FollowupTaskService(app.ctx);

  app.get(
    '/api/v1/followup/tasks',
    {
      config: { permission: 'followup.work' },
      schema: {
        tags: ['followup'],
        summary: '随访任务（第 28 天电话随访）/ open follow-up tasks',
        response: { 200: taskList },
      },
    },
    (req) => tasks.open(actorOf(req)),
  );

  app.post(
    '/api/v1/followup/tasks/:id/complete',
    {
      config: { permission: 'followup.work' },
      schema: {
        tags: ['followup'],
        summary: '完成随访：存活，或死亡（日期与原因）/ record the call: alive, or died with date and cause',
        params: idParams,
        body: callInput,
        response: { 200: taskDoneSchema },
      },
    },
    (req) => tasks.complete(actorOf(req), req.params.id, req.body),
  );
};
