// Patients over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importedEpisodeSchema } from '../../api/imported';
import {
  admissionSchema,
  caseSchema,
  idParams,
  patientInput,
  patientPage,
  patientSchema,
  patientSearchQuery,
  patientUpdate,
} from '../../api/registry';
import { actorOf } from '../platform/actor';
import { PatientService } from './patient.service';

export const patientChartSchema = patientSchema.extend({
  admissions: z.array(admissionSchema),
  cases: z.array(caseSchema),
  importedEpisodes: z.array(importedEpisodeSchema),
});

export const patientRoutes: FastifyPluginAsyncZod = async (app) => {
  const patients = new PatientService(app.ctx);

  app.get(
    '/api/v1/patients',
    {
      config: { permission: 'patient.read' },
      schema: {
        tags: ['registry'],
        summary: '患者检索：住院号、姓名、拼音首字母、手机尾号 / patient search',
        querystring: patientSearchQuery,
        response: { 200: patientPage },
      },
    },
    (req) => patients.search(actorOf(req), req.query),
  );

  app.get(
    '/api/v1/patients/:id',
    {
      config: { permission: 'patient.read' },
      schema: {
        tags: ['registry'],
        summary: '患者病历首页 / patient chart',
        params: idParams,
        response: { 200: patientChartSchema },
      },
    },
    (req) => patients.chart(actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/patients',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '新建患者 / create patient',
        body: patientInput,
        response: { 201: patientSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await patients.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/patients/:id',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '修改患者（需携带读取时的版本号）/ update patient with the version read',
        params: idParams,
        body: patientUpdate,
        response: { 200: patientSchema },
      },
    },
    (req) => patients.update(actorOf(req), req.params.id, req.body),
  );
};
