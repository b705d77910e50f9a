import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAdmission, insertAdmission, listAdmissions, updateAdmission } from '../../db/registry/admissions';
import { getPatient } from '../../db/registry/patients';
import { listOrRooms, listWards } from '../../db/registry/wards';
import { coversWard, type WardScope } from '../../domain/auth/scope';
import { type AdmissionInput, admissionInput } from '../../domain/registry/schemas';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { admissionDto, admissionSchema } from './dto';

const idParams = z.object({ id: z.uuid() });

export const admissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.ctx;
  const db = database.db;

  const check = async (input: AdmissionInput, scope: WardScope) => {
    if (input.dischargedAt && new Date(input.dischargedAt) < new Date(input.admittedAt)) {
      throw new AppError('validation_failed', {}, [
        { path: 'dischargedAt', message: 'admission.discharge_before_admit' },
      ]);
    }
    if (!(await getPatient(db, input.patientId, scope))) {
      throw new AppError('validation_failed', {}, [{ path: 'patientId', message: 'case.patient.notFound' }]);
    }
    if (!coversWard(scope, input.wardId)) {
      throw new AppError('validation_failed', {}, [{ path: 'wardId', message: 'ward.out_of_scope' }]);
    }
  };

  app.post(
    '/api/v1/admissions',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '登记住院 / admit',
        body: admissionInput,
        response: { 201: admissionSchema },
      },
    },
    async (req, reply) => {
      await check(req.body, req.user!.scope);
      const row = await db.transaction(async (tx) => {
        const created = await insertAdmission(tx, req.body, { userId: req.user!.id, now: clock() });
        await audit(
          req,
          {
            action: 'create',
            resourceType: 'admission',
            resourceId: created.id,
            patientId: created.patientId,
          },
          tx,
        );
        return created;
      });
      const [full] = (await listAdmissions(db, row.patientId)).filter((a) => a.id === row.id);
      return reply.status(201).send(admissionDto(full!));
    },
  );

  app.put(
    '/api/v1/admissions/:id',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '修改住院信息 / update an admission with the version read',
        params: idParams,
        body: admissionInput.extend({ version: z.number().int().positive() }),
        response: { 200: admissionSchema },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      const existing = await getAdmission(db, req.params.id);
      if (
        !existing ||
        existing.patientId !== input.patientId ||
        !coversWard(req.user!.scope, existing.wardId)
      )
        throw notFound();
      await check(input, req.user!.scope);
      const row = await db.transaction(async (tx) => {
        const updated = await updateAdmission(tx, existing.id, version, input, {
          userId: req.user!.id,
          now: clock(),
        });
        if (updated) {
          await audit(
            req,
            {
              action: 'update',
              resourceType: 'admission',
              resourceId: updated.id,
              patientId: updated.patientId,
            },
            tx,
          );
        }
        return updated;
      });
      const all = await listAdmissions(db, existing.patientId);
      const latest = all.find((a) => a.id === existing.id);
      if (!row) throw conflict(latest?.version ?? 0, latest ? admissionDto(latest) : undefined);
      return admissionDto(latest!);
    },
  );

  app.get(
    '/api/v1/wards',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '病区与床位 / wards and beds',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                beds: z.array(z.object({ id: z.string(), code: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await listWards(db) }),
  );

  app.get(
    '/api/v1/or-rooms',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '手术间 / operating rooms',
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) },
      },
    },
    async () => ({ items: (await listOrRooms(db)).map((r) => ({ code: r.code, name: r.name })) }),
  );
};
