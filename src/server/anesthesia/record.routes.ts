// The anesthesia record over HTTP: each route declares its permission and contract and calls a service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alertAckInput,
  amendInput,
  amendResult,
  checklistInput,
  checklistWithdraw,
  correctionResult,
  drugEdit,
  drugEntryParams,
  drugInput,
  drugStopInput,
  entryParams,
  entryResult,
  entryVoid,
  eventEdit,
  eventInput,
  eventResult,
  fluidEdit,
  fluidInput,
  idParams,
  okResult,
  recordPdf,
  recordUpdate,
  recordViewSchema,
  signInput,
  signResult,
  versionResult,
} from '../../api/anesthesia';
import { actorOf } from '../platform/actor';
import { RecordService } from './record.service';
import { RecordCorrectionService } from './record-correction.service';
import { RecordEntryService } from './record-entry.service';

const tags = ['anesthesia'];

export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  const records = new RecordService(app.ctx);
  const entries = new RecordEntryService(app.ctx);
  const corrections = new RecordCorrectionService(app.ctx);

  app.get(
    '/api/v1/cases/:id/record',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags,
        summary: '麻醉记录单 / the anesthesia record',
        params: idParams,
        response: { 200: recordViewSchema },
      },
    },
    (req) => records.view(actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/record/events',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '记录事件（入室、麻醉开始、切皮……驱动手术状态）/ record an event; some move the case status',
        params: idParams,
        body: eventInput,
        response: { 200: eventResult },
      },
    },
    (req) => entries.event(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/drugs',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '用药：单次给药或持续输注（改速即新段）/ a bolus or an infusion segment',
        params: idParams,
        body: drugInput,
        response: { 200: entryResult },
      },
    },
    (req) => entries.drug(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/drugs/:entryId/stop',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '停止输注 / stop an infusion',
        params: drugEntryParams,
        body: drugStopInput,
        response: { 200: entryResult },
      },
    },
    (req) => entries.stopDrug(actorOf(req), req.params.id, req.params.entryId, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/fluids',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '液体出入量 / fluids in and out',
        params: idParams,
        body: fluidInput,
        response: { 200: entryResult },
      },
    },
    (req) => entries.fluid(actorOf(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/cases/:id/record/checklist',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '三方核查 / WHO Surgical Safety Checklist answers',
        params: idParams,
        body: checklistInput,
        response: { 200: okResult },
      },
    },
    (req) => entries.checklist(actorOf(req), req.params.id, req.body),
  );

  app.put(
    '/api/v1/cases/:id/record',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '麻醉方式与细节 / anesthesia method and details',
        params: idParams,
        body: recordUpdate,
        response: { 200: versionResult },
      },
    },
    (req) => records.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/sign',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags,
        summary: '麻醉医师签名 / the anesthesiologist signs',
        params: idParams,
        body: signInput,
        response: { 200: signResult },
      },
    },
    (req) => records.sign(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/amend',
    {
      config: { permission: 'assessment.sign' },
      schema: {
        tags,
        summary: '修订已签名的记录（需原因）/ amend a signed record with a reason',
        params: idParams,
        body: amendInput,
        response: { 200: amendResult },
      },
    },
    (req) => records.amend(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/record/alerts/ack',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '确认术中警报 / acknowledge an intra-op alert',
        params: idParams,
        body: alertAckInput,
        response: { 200: okResult },
      },
    },
    (req) => records.acknowledge(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/record/pdf',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags,
        summary: '打印麻醉记录单（A4 PDF）/ the anesthesia record as an A4 PDF',
        params: idParams,
        response: { 200: recordPdf },
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await records.document(actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  // ── Corrections before signing: over the version read, with a reason, what it was kept ──
  app.put(
    '/api/v1/cases/:id/record/events/:entryId',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary:
          '更正事件的时间或说明（推动手术状态的事件同时更正状态时间）/ correct an event’s time or text; a status event corrects the case’s time too',
        params: entryParams,
        body: eventEdit,
        response: { 200: correctionResult },
      },
    },
    (req) => corrections.editEvent(actorOf(req), req.params.id, req.params.entryId, req.body),
  );

  app.put(
    '/api/v1/cases/:id/record/drugs/:entryId',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '更正用药（药品、剂量/速度、时间）/ correct a drug entry',
        params: entryParams,
        body: drugEdit,
        response: { 200: correctionResult },
      },
    },
    (req) => corrections.editDrug(actorOf(req), req.params.id, req.params.entryId, req.body),
  );

  app.put(
    '/api/v1/cases/:id/record/fluids/:entryId',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '更正液体出入量 / correct a fluid entry',
        params: entryParams,
        body: fluidEdit,
        response: { 200: correctionResult },
      },
    },
    (req) => corrections.editFluid(actorOf(req), req.params.id, req.params.entryId, req.body),
  );

  for (const kind of ['event', 'drug', 'fluid'] as const)
    app.post(
      `/api/v1/cases/:id/record/${kind}s/:entryId/void`,
      {
        config: { permission: 'observation.write' },
        schema: {
          tags,
          summary: `作废${{ event: '事件', drug: '用药', fluid: '液体' }[kind]}（需原因，保留并划除）/ void a${kind === 'event' ? 'n' : ''} ${kind} entry with a reason`,
          params: entryParams,
          body: entryVoid,
          response: { 200: correctionResult },
        },
      },
      (req) => corrections.voidEntry(actorOf(req), req.params.id, kind, req.params.entryId, req.body),
    );

  app.post(
    '/api/v1/cases/:id/record/checklist/withdraw',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '撤销核查项答案（需原因；已放行的阶段不可撤销）/ withdraw a checklist answer with a reason',
        params: idParams,
        body: checklistWithdraw,
        response: { 200: okResult },
      },
    },
    (req) => corrections.withdrawAnswer(actorOf(req), req.params.id, req.body),
  );
};
