// Admissions (登记住院): a patient's stay in a ward, booked by someone who works in that ward.
import type { z } from 'zod';
import type { Admission, admissionInput, admissionUpdate } from '../../api/registry';
import {
  getAdmission,
  insertAdmission,
  listAdmissions,
  updateAdmission,
} from '../../db/registry/admission.repo';
import { coversWard } from '../../domain/auth/scope';
import { registryFirstStay, registrySyncStay } from '../beds/movement-corrections';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { admissionDto } from './dto';

type AdmissionInput = z.infer<typeof admissionInput>;

export class AdmissionService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** The patient within reach, the ward one the actor works in, a discharge not before the admission. */
  private async check(actor: Actor, input: AdmissionInput) {
    if (input.dischargedAt && new Date(input.dischargedAt) < new Date(input.admittedAt)) {
      throw new AppError('validation_failed', {}, [
        { path: 'dischargedAt', message: 'admission.discharge_before_admit' },
      ]);
    }
    await this.ctx.access.patient(actor, 'patient.write', input.patientId).catch(() => {
      throw new AppError('validation_failed', {}, [{ path: 'patientId', message: 'case.patient.notFound' }]);
    });
    if (!coversWard(actor.scope, input.wardId)) {
      throw new AppError('validation_failed', {}, [{ path: 'wardId', message: 'ward.out_of_scope' }]);
    }
  }

  private async read(patientId: string, id: string): Promise<Admission | null> {
    const row = (await listAdmissions(this.db, patientId)).find((a) => a.id === id);
    return row ? admissionDto(row) : null;
  }

  async create(actor: Actor, input: AdmissionInput): Promise<Admission> {
    await this.check(actor, input);
    const row = await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const created = await insertAdmission(tx, input, { userId: actor.id, now });
      // The admission's first bed stay: what the census and the bed board replay (issue 13).
      await registryFirstStay({ ctx: this.ctx, tx, actor, now }, created);
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'admission', resourceId: created.id, patientId: created.patientId },
        tx,
      );
      return created;
    });
    return (await this.read(row.patientId, row.id))!;
  }

  async update(actor: Actor, id: string, body: z.infer<typeof admissionUpdate>): Promise<Admission> {
    const { version, ...input } = body;
    const existing = await getAdmission(this.db, id);
    if (!existing || existing.patientId !== input.patientId || !coversWard(actor.scope, existing.wardId))
      throw notFound();
    await this.check(actor, input);
    const row = await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const updated = await updateAdmission(tx, existing.id, version, input, { userId: actor.id, now });
      if (updated) {
        await registrySyncStay({ ctx: this.ctx, tx, actor, now }, existing, updated);
        await this.ctx.audit.record(
          actor,
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
    const latest = await this.read(existing.patientId, existing.id);
    if (!row) throw conflict(latest?.version ?? 0, latest ?? undefined);
    return latest!;
  }
}
