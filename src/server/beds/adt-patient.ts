// The patient an ADT message is about, found by MRN (PID-3): registered when new, brought up to date when
// the HIS sends changed details, left alone when nothing changed (a repeat writes nothing). The registry's
// rules apply (registry/schemas.ts patientInput) and each write is audited and published as the
// registry's own are (registry/patient.service.ts).
import { lockPatientByMrn } from '../../db/beds/adt.repo';
import type { Db } from '../../db/client';
import { insertPatient, type PatientRow, updatePatient } from '../../db/registry/patient.repo';
import { ADT_REASONS } from '../../domain/interop/adt-messages';
import type { AdtPatient, Hl7ErrorCode } from '../../domain/interop/adt-types';
import { type PatientInput, patientInput } from '../../domain/registry/schemas';
import { SEXES } from '../../domain/registry/vocabulary';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

/** Why an ADT message that was read cannot be applied: AE with the field, the message kept in the inbox. */
export class AdtRefusal extends Error {
  constructor(
    readonly code: Hl7ErrorCode,
    readonly reason: string,
    readonly segment: string | null = null,
    readonly field: number | null = null,
  ) {
    super(reason);
  }
}

/** The message a write came from, for the audit entry. */
export type AdtOrigin = { trigger: string; controlId: string; sender: string };

// The PID field each registry input field comes from (HL7 v2.5 §3.4.2).
const PID_FIELD: Record<string, { field: number; zh: string; en: string }> = {
  mrn: { field: 3, zh: '住院号', en: 'MRN' },
  name: { field: 5, zh: '患者姓名', en: 'patient name' },
  birthDate: { field: 7, zh: '出生日期', en: 'birth date' },
  sex: { field: 8, zh: '性别', en: 'sex' },
  phone: { field: 13, zh: '电话', en: 'phone' },
  idCard: { field: 19, zh: '身份证号', en: 'ID card number' },
  province: { field: 11, zh: '地址', en: 'address' },
  city: { field: 11, zh: '地址', en: 'address' },
};

const isSex = (s: string): s is PatientInput['sex'] => (SEXES as readonly string[]).includes(s);

/**
 * The registry input the message makes: what PID sends, and for what it leaves out (sex, birth date, phone,
 * ID card, address) what is on file — an ADT never erases a detail by not sending it.
 */
function inputOf(p: AdtPatient, existing: PatientRow | null): PatientInput {
  const birthDate = p.birthDate ?? existing?.birthDate ?? null;
  // The registry registers nobody without a birth date (patientInput.birthDate).
  if (!birthDate) throw new AdtRefusal(101, ADT_REASONS.birthDateNeeded(), 'PID', 7);
  const kept = existing && isSex(existing.sex) ? existing.sex : 'unknown';
  const parsed = patientInput.safeParse({
    mrn: p.mrn,
    name: p.name.full,
    sex: p.sex ?? kept,
    birthDate,
    phone: p.phone ?? existing?.phone ?? null,
    idCard: p.idCard ?? existing?.idCard ?? null,
    province: existing?.province ?? null,
    city: existing?.city ?? null,
  });
  if (parsed.success) return parsed.data;
  const path = String(parsed.error.issues[0]?.path[0] ?? 'name');
  const where = PID_FIELD[path] ?? { field: 5, zh: '患者信息', en: 'patient details' };
  throw new AdtRefusal(
    102,
    ADT_REASONS.notForRegistry(`PID-${where.field}`, where.zh, where.en),
    'PID',
    where.field,
  );
}

const unchanged = (row: PatientRow, input: PatientInput) =>
  row.mrn === input.mrn.toUpperCase() &&
  row.name === input.name &&
  row.sex === input.sex &&
  row.birthDate === input.birthDate &&
  row.phone === (input.phone ?? null) &&
  row.idCard === (input.idCard ? input.idCard.toUpperCase() : null);

/** The patient of the MRN inside the ADT's transaction, created or updated from PID as needed. */
export async function ensureAdtPatient(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  p: AdtPatient,
  origin: AdtOrigin,
): Promise<PatientRow> {
  // Locked, so a concurrent message about the same patient waits for this one.
  const existing = await lockPatientByMrn(tx, p.mrn);
  const input = inputOf(p, existing);
  const stamp = { userId: actor.id, now: ctx.clock() };
  const detail = { source: 'adt', ...origin };
  if (!existing) {
    const created = await insertPatient(tx, input, stamp);
    await ctx.audit.record(
      actor,
      { action: 'create', resourceType: 'patient', resourceId: created.id, patientId: created.id, detail },
      tx,
    );
    return created;
  }
  if (unchanged(existing, input)) return existing;
  const updated = await updatePatient(tx, existing.id, existing.version, input, stamp);
  // Locked above, so the version cannot have moved; a miss means the row is gone: fail, the HIS resends.
  if (!updated) throw new Error(`patient ${existing.id} changed while an ADT message was applied`);
  await ctx.audit.record(
    actor,
    { action: 'update', resourceType: 'patient', resourceId: existing.id, patientId: existing.id, detail },
    tx,
  );
  await ctx.hub.publish(tx, {
    topic: `patient:${existing.id}`,
    type: 'patient.updated',
    id: existing.id,
    version: updated.version,
  });
  return updated;
}
