// Early-warning alerts over HTTP: acknowledgement, a case's alerts, the wards' response report.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ackInput,
  ackSchema,
  alertList,
  idParams,
  responseReportQuery,
  responseReportSchema,
} from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { EwsAlertService } from './ews-alert.service';

export const ewsAlertRoutes: FastifyPluginAsyncZod = async (app) => {
  const alerts = new EwsAlertService(app.ctx);

  app.post(
    '/api/v1/ews-alerts/:id/ack',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '确认预警并记录处理（评估、开始治疗、转 ICU、快速反应小组）/ acknowledge with the action taken',
        params: idParams,
        body: ackInput,
        response: { 200: ackSchema },
      },
    },
    (req) => alerts.acknowledge(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/ews-alerts',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '该手术的全部预警及处理记录 / every alert of the case and what was done',
        params: idParams,
        response: { 200: alertList },
      },
    },
    (req) => alerts.ofCase(actorOf(req), req.params.id),
  );

  app.get(
    '/api/v1/reports/ews-response',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['monitoring'],
        summary: '各病区预警响应时间报表 / time to acknowledge and to escalation per ward',
        querystring: responseReportQuery,
        response: { 200: responseReportSchema },
      },
    },
    (req) => alerts.responseReport(actorOf(req), req.query.from, req.query.to),
  );
};
