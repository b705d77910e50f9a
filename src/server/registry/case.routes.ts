import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { XLSX_TYPE } from '../../api/documents';
import {
  boardQuery,
  boardSchema,
  caseDetailSchema,
  caseInput,
  caseSchema,
  caseUpdate,
  idParams,
  noticePdf,
  noticeQuery,
  schedulePdf,
  scheduleQuery,
  scheduleXlsx,
  transitionInput,
} from '../../api/registry';
import { actorOf } from '../platform/actor';
import { sendFile } from '../platform/document-file';
import { CaseService } from './case.service';
import { ScheduleService } from './schedule.service';

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const cases = new CaseService(app.ctx);
  const schedule = new ScheduleService(app.ctx);

  app.get(
    '/api/v1/cases',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '某日手术（手术排程看板）/ the cases of one day, for the OR board',
        querystring: boardQuery,
        response: { 200: boardSchema },
      },
    },
    (req) => cases.board(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/cases/schedule/pdf',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary:
          "打印手术排班表（A4 横向 PDF，筛选同看板）/ the day's OR schedule as a PDF, filtered as the board",
        querystring: scheduleQuery,
        response: { 200: schedulePdf },
      },
    },
    async (req, reply) =>
      sendFile(reply, 'application/pdf', 'inline', await schedule.schedulePdf(actorOf(req), req.query)),
  );

  app.get(
    '/api/v1/cases/schedule/xlsx',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: "导出手术排班表（Excel，筛选同看板）/ the day's OR schedule as an Excel workbook",
        querystring: scheduleQuery,
        response: { 200: scheduleXlsx },
      },
    },
    async (req, reply) =>
      sendFile(reply, XLSX_TYPE, 'attachment', await schedule.scheduleXlsx(actorOf(req), req.query)),
  );

  app.get(
    '/api/v1/cases/:id/notice/pdf',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '打印手术通知单（A5 或 A4 PDF）/ the surgery notice of one case as a PDF',
        params: idParams,
        querystring: noticeQuery,
        response: { 200: noticePdf },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        'application/pdf',
        'inline',
        await schedule.notice(actorOf(req), req.params.id, req.query.size),
      ),
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '手术详情 / case detail',
        params: idParams,
        response: { 200: caseDetailSchema },
      },
    },
    (req) => cases.detail(actorOf(req), req.params.id),
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
    async (req, reply) => reply.status(201).send(await cases.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '修改手术信息（需携带版本号）/ update a case with the version read',
        params: idParams,
        body: caseUpdate,
        response: { 200: caseSchema },
      },
    },
    (req) => cases.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case.transition' },
      schema: {
        tags: ['registry'],
        summary: '手术状态变更（入室、麻醉开始……）/ move a case to its next status',
        params: idParams,
        body: transitionInput,
        response: { 200: caseSchema },
      },
    },
    (req) => cases.transition(actorOf(req), req.params.id, req.body),
  );
};
