// Patients: search, the chart, registration and corrections, each behind the one access check.
import type { z } from 'zod';
import type { Patient, patientInput, patientSearchQuery, patientUpdate } from '../../api/registry';
import { episodesOfPatient } from '../../db/history/history-people.repo';
import { listAdmissions } from '../../db/registry/admission.repo';
import { listCasesOfPatient } from '../../db/registry/case.repo';
import {
  getPatient,
  insertPatient,
  mrnExists,
  searchPatients,
  updatePatient,
} from '../../db/registry/patient.repo';
import { coversWard, DEPARTMENT } from '../../domain/auth/scope';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { admissionDto, caseDto, importedEpisodeDto, patientDto } from './dto';

export class PatientService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private checkBirthDate(birthDate: string) {
    if (birthDate > localDate(this.ctx.clock(), this.ctx.config.PERIOP_SITE_TIMEZONE)) {
      throw new AppError('validation_failed', {}, [
        { path: 'birthDate', message: 'patient.birthDate.future' },
      ]);
    }
  }

  async search(actor: Actor, query: z.infer<typeof patientSearchQuery>) {
    this.ctx.access.require(actor, 'patient.read');
    const result = await searchPatients(this.db, { ...query, scope: actor.scope });
    await this.ctx.audit.record(actor, {
      action: 'search',
      resourceType: 'patient',
      detail: { count: result.items.length, patientIds: result.items.map((p) => p.id) },
    });
    return { items: result.items.map((p) => patientDto(p, true)), nextCursor: result.nextCursor };
  }

  /** The chart: the patient with the stays and cases within the actor's wards. */
  async chart(actor: Actor, id: string) {
    const patient = await this.ctx.access.patient(actor, 'patient.read', id).catch(async (e: unknown) => {
      await this.ctx.audit.record(actor, {
        action: 'read',
        resourceType: 'patient',
        resourceId: id,
        outcome: 'failure',
      });
      throw e;
    });
    const [admissions, cases, episodes] = await Promise.all([
      listAdmissions(this.db, patient.id),
      listCasesOfPatient(this.db, patient.id),
      episodesOfPatient(this.db, patient.id),
    ]);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
    return {
      ...patientDto(patient, false),
      admissions: admissions.filter((a) => coversWard(actor.scope, a.wardId)).map(admissionDto),
      cases: cases.filter((c) => coversWard(actor.scope, c.wardId)).map((c) => caseDto(c)),
      importedEpisodes: episodes.filter((e) => coversWard(actor.scope, e.wardId)).map(importedEpisodeDto),
    };
  }

  async create(actor: Actor, input: z.infer<typeof patientInput>): Promise<Patient> {
    this.ctx.access.require(actor, 'patient.write');
    this.checkBirthDate(input.birthDate);
    if (await mrnExists(this.db, input.mrn)) throw new AppError('duplicate_mrn', { mrn: input.mrn });
    const row = await this.db.transaction(async (tx) => {
      const created = await insertPatient(tx, input, { userId: actor.id, now: this.ctx.clock() });
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'patient', resourceId: created.id, patientId: created.id },
        tx,
      );
      return created;
    });
    return patientDto(row, false);
  }

  async update(actor: Actor, id: string, body: z.infer<typeof patientUpdate>): Promise<Patient> {
    const { version, ...input } = body;
    const existing = await this.ctx.access.patient(actor, 'patient.write', id);
    this.checkBirthDate(input.birthDate);
    if (await mrnExists(this.db, input.mrn, existing.id))
      throw new AppError('duplicate_mrn', { mrn: input.mrn });
    const row = await this.db.transaction(async (tx) => {
      const updated = await updatePatient(tx, existing.id, version, input, {
        userId: actor.id,
        now: this.ctx.clock(),
      });
      if (updated) {
        await this.ctx.audit.record(
          actor,
          { action: 'update', resourceType: 'patient', resourceId: existing.id, patientId: existing.id },
          tx,
        );
        await this.ctx.hub.publish(tx, {
          topic: `patient:${existing.id}`,
          type: 'patient.updated',
          id: existing.id,
          version: updated.version,
        });
      }
      return updated;
    });
    if (!row) {
      const latest = await getPatient(this.db, existing.id, DEPARTMENT);
      if (!latest) throw notFound();
      throw conflict(latest.version, patientDto(latest, false));
    }
    return patientDto(row, false);
  }
}
