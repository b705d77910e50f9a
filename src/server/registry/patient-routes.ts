import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAdmissions } from '../../db/registry/admissions';
import { listCasesOfPatient } from '../../db/registry/cases';
import {
  getPatient,
  insertPatient,
  mrnExists,
  searchPatients,
  updatePatient,
} from '../../db/registry/patients';
import { coversWard, DEPARTMENT } from '../../domain/auth/scope';
import { patientInput } from '../../domain/registry/schemas';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { localDate } from '../platform/local-date';
import { admissionDto, admissionSchema, caseDto, caseSchema, patientDto, patientSchema } from './dto';

const idParams = z.object({ id: z.uuid() });

export const patientRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, config, hub } = app.ctx;
  const db = database.db;

  const checkBirthDate = (birthDate: string) => {
    if (birthDate > localDate(clock(), config.PERIOP_SITE_TIMEZONE)) {
      throw new AppError('validation_failed', {}, [
        { path: 'birthDate', message: 'patient.birthDate.future' },
      ]);
    }
  };

  app.get(
    '/api/v1/patients',
    {
      config: { permission: 'patient.read' },
      schema: {
        tags: ['registry'],
        summary: '患者检索：住院号、姓名、拼音首字母、手机尾号 / patient search',
        querystring: z.strictObject({
          q: z.string().max(50).optional(),
          cursor: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ items: z.array(patientSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const result = await searchPatients(db, { ...req.query, scope: req.user!.scope });
      await audit(req, {
        action: 'search',
        resourceType: 'patient',
        detail: { count: result.items.length, patientIds: result.items.map((p) => p.id) },
      });
      return { items: result.items.map((p) => patientDto(p, true)), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/api/v1/patients/:id',
    {
      config: { permission: 'patient.read' },
      schema: {
        tags: ['registry'],
        summary: '患者病历首页 / patient chart',
        params: idParams,
        response: {
          200: patientSchema.extend({ admissions: z.array(admissionSchema), cases: z.array(caseSchema) }),
        },
      },
    },
    async (req) => {
      const patient = await getPatient(db, req.params.id, req.user!.scope);
      if (!patient) {
        await audit(req, {
          action: 'read',
          resourceType: 'patient',
          resourceId: req.params.id,
          outcome: 'failure',
        });
        throw notFound();
      }
      const [admissions, cases] = await Promise.all([
        listAdmissions(db, patient.id),
        listCasesOfPatient(db, patient.id),
      ]);
      await audit(req, {
        action: 'read',
        resourceType: 'patient',
        resourceId: patient.id,
        patientId: patient.id,
      });
      // The chart of a patient shared by several wards shows only the stays and cases within the user's.
      const scope = req.user!.scope;
      return {
        ...patientDto(patient, false),
        admissions: admissions.filter((a) => coversWard(scope, a.wardId)).map(admissionDto),
        cases: cases.filter((c) => coversWard(scope, c.wardId)).map((c) => caseDto(c)),
      };
    },
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
    async (req, reply) => {
      checkBirthDate(req.body.birthDate);
      if (await mrnExists(db, req.body.mrn)) throw new AppError('duplicate_mrn', { mrn: req.body.mrn });
      const row = await db.transaction(async (tx) => {
        const created = await insertPatient(tx, req.body, { userId: req.user!.id, now: clock() });
        await audit(
          req,
          { action: 'create', resourceType: 'patient', resourceId: created.id, patientId: created.id },
          tx,
        );
        return created;
      });
      return reply.status(201).send(patientDto(row, false));
    },
  );

  app.put(
    '/api/v1/patients/:id',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '修改患者（需携带读取时的版本号）/ update patient with the version read',
        params: idParams,
        body: patientInput.extend({ version: z.number().int().positive() }),
        response: { 200: patientSchema },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      checkBirthDate(input.birthDate);
      const existing = await getPatient(db, req.params.id, req.user!.scope);
      if (!existing) throw notFound();
      if (await mrnExists(db, input.mrn, existing.id))
        throw new AppError('duplicate_mrn', { mrn: input.mrn });
      const row = await db.transaction(async (tx) => {
        const updated = await updatePatient(tx, existing.id, version, input, {
          userId: req.user!.id,
          now: clock(),
        });
        if (updated) {
          await audit(
            req,
            { action: 'update', resourceType: 'patient', resourceId: existing.id, patientId: existing.id },
            tx,
          );
          await hub.publish(tx, {
            topic: `patient:${existing.id}`,
            type: 'patient.updated',
            id: existing.id,
            version: updated.version,
          });
        }
        return updated;
      });
      if (!row) {
        const latest = await getPatient(db, existing.id, DEPARTMENT);
        throw conflict(latest?.version ?? 0, latest ? patientDto(latest, false) : undefined);
      }
      return patientDto(row, false);
    },
  );
};
