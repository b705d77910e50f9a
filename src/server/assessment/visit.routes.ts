// The pre-anesthesia visit over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  caseIdParams,
  visitAmend,
  visitBundleSchema,
  visitPdf,
  visitPdfQuery,
  visitSave,
  visitSchema,
  visitSign,
} from '../../api/assessment';
import { actorOf } from '../platform/actor';
import { VisitService } from './visit.service';

export const visitRoutes: FastifyPluginAsyncZod = async (app) => {
  const visits = new VisitService(app.ctx);

  app.get(
    '/api/v1/cases/:id/visit',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '术前访视（当前版本与修订历史）/ the pre-anesthesia visit and its revisions',
        params: caseIdParams,
        response: { 200: visitBundleSchema },
      },
    },
    (req) => visits.get(actorOf(req), req.params.id),
  );

  app.put(
    '/api/v1/cases/:id/visit',
    {
      config: { permission: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: '保存访视草稿（服务器重算全部评分）/ save the draft; the server recomputes every score',
        params: caseIdParams,
        body: visitSave,
        response: { 200: visitSchema },
      },
    },
    (req) => visits.save(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/visit/sign',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['assessment'],
        summary:
          '签名锁定访视，并生成跟踪建议 / sign and lock the visit, opening its recommendations as tasks',
        params: caseIdParams,
        body: visitSign,
        response: { 200: visitSchema },
      },
    },
    (req) => visits.sign(actorOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/api/v1/cases/:id/visit/amend',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags: ['assessment'],
        summary: '发起修订：新版本，需填写原因 / amend: a new revision with a reason',
        params: caseIdParams,
        body: visitAmend,
        response: { 200: visitSchema },
      },
    },
    (req) => visits.amend(actorOf(req), req.params.id, req.body.reason),
  );

  app.get(
    '/api/v1/cases/:id/visit/pdf',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '打印已签名的访视（A4 PDF）/ the signed visit as an A4 PDF',
        params: caseIdParams,
        querystring: visitPdfQuery,
        response: { 200: visitPdf },
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await visits.print(actorOf(req), req.params.id, req.query.revision);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
