// The steps every bed movement is made of, inside the caller's transaction: the time checks, claiming a bed
// (locked, in use, empty), the hard bed rules with their override, writing stays, and telling the audit log
// and the board. movement.service.ts composes them; corrections (movement-corrections.ts) reuse them.
import type { BedStay, MovementResult } from '../../api/beds';
import { FIELD_MESSAGES } from '../../api/field-messages';
import { requestOfAdmission } from '../../db/beds/bed-requests.repo';
import {
  type AdmissionRow,
  type BedRow,
  changeBedState,
  insertStays,
  listStays,
  lockAdmission,
  lockBed,
  lockLiveStays,
  lockPatient,
  type NewStay,
  openStayOfBed,
  overlappingStayInBed,
  type StayRow,
  type StayView,
  wardExists,
} from '../../db/beds/bed-stays.repo';
import type { Db } from '../../db/client';
import { coversWard } from '../../domain/auth/scope';
import {
  type Assignment,
  checkBed,
  VIOLATION_LABELS,
  type Violation,
  type ViolationKind,
  type WaitingPatient,
} from '../../domain/beds/assignment';
import { BEDS_FIELD_MESSAGES } from '../../domain/beds/field-messages';
import { addDays, dayNumber } from '../../domain/quality/bed-days';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate, siteTime } from '../platform/local-date';
import { boardChanged } from './board-cache';
import { asSex, loadDepartment, loadRules, withoutSexRules } from './snapshot';

export type MovementSource = 'periop' | 'adt';
export type OverrideInput = { reason: string } | null | undefined;

/** One movement's world: the service context, its transaction, who acts and the one "now" of the movement. */
export type Step = { ctx: AppContext; tx: Db; actor: Actor; now: Date };

/** Event times up to 5 minutes ahead pass (clock skew; docs/clinical-decisions.md, status times); later ones are refused. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The hard rules a charge nurse may knowingly break with a reason (issue 13 §3); availability is never one. */
const OVERRIDABLE: ReadonlySet<ViolationKind> = new Set([
  'room-sex',
  'occupant-sex',
  'isolation',
  'monitored',
  'staffing-limit',
  'bed-reserved',
  'double-booking',
]);

export const fieldText = (actor: Actor, key: string): string =>
  BEDS_FIELD_MESSAGES[key]?.[actor.locale] ?? FIELD_MESSAGES[key]?.[actor.locale] ?? key;

/** 400 validation_failed naming the field, in the actor's language. */
export const invalid = (actor: Actor, path: string, key: string, extra: Record<string, unknown> = {}) =>
  new AppError('validation_failed', {}, [{ path, message: fieldText(actor, key) }], extra);

export const siteDay = (ctx: AppContext, at: Date): string => localDate(at, ctx.config.PERIOP_SITE_TIMEZONE);

export function checkAt(s: Step, at: Date, path = 'at'): void {
  if (Number.isNaN(at.getTime())) throw invalid(s.actor, path, 'date.format');
  if (at.getTime() > s.now.getTime() + FUTURE_SLACK_MS) throw invalid(s.actor, path, 'beds.at.future');
}

type Occupant = StayRow & { recordedByName: string | null };

/** Who holds the bed, as the refusal shows it: the user who recorded the stay and when the patient came. */
function takenParams(s: Step, occupant: Occupant) {
  const takenBy = occupant.recordedByName ?? (s.actor.locale === 'en-US' ? 'another user' : '其他用户');
  const takenAt = siteTime(occupant.fromAt.getTime(), s.ctx.config.PERIOP_SITE_TIMEZONE, s.now);
  return { takenBy, takenAt };
}

/** 409 beds_bed_taken: the bed went to someone else first (two nurses, one bed). */
export function bedTaken(s: Step, occupant: Occupant, path = 'bedId'): AppError {
  const params = takenParams(s, occupant);
  return new AppError('beds_bed_taken', params, [{ path, message: '' }], {
    takenBy: params.takenBy,
    takenAt: occupant.fromAt.toISOString(),
  });
}

type PgError = { code?: unknown; constraint?: unknown; detail?: unknown; cause?: unknown };

/**
 * A transaction that failed on the one-open-stay-per-bed index (two assignments of one bed racing past each
 * other's checks) read back as 409 beds_bed_taken naming the winner; any other failure as it was.
 */
export async function lostRace(s: Step, error: unknown): Promise<unknown> {
  let pg: PgError | undefined = error as PgError;
  for (let depth = 0; pg && pg.code !== '23505' && depth < 4; depth += 1) pg = pg.cause as PgError;
  if (pg?.code !== '23505' || pg.constraint !== 'bed_stays_bed_open_idx') return error;
  const bedId = /\(bed_id\)=\(([0-9a-f-]{36})\)/.exec(String(pg.detail ?? ''))?.[1];
  const occupant = bedId ? await openStayOfBed(s.tx, bedId) : null;
  return occupant ? bedTaken(s, occupant) : new AppError('write_conflict');
}

export type ClaimOptions = {
  /** The ward the bed must be in, when the client named one. */
  wardId?: string | undefined;
  path?: string;
  /** An occupied bed: 409 beds_bed_taken (an assignment that lost the race) or 400 naming the field. */
  whenTaken: 'conflict' | 'invalid';
  /** Admissions whose stays in the bed do not count: the one moving, those leaving in the same step (a swap). */
  except?: readonly string[];
  /** When the patient comes into the bed: no one else may lie there from then on. Ends a cleaning. */
  at: Date;
};

/** The bed a patient is put into: locked for the transaction, in use, within the scope, open and empty. */
export async function claimBed(s: Step, bedId: string, o: ClaimOptions): Promise<BedRow> {
  const path = o.path ?? 'bedId';
  const bed = await lockBed(s.tx, bedId);
  const today = siteDay(s.ctx, s.now);
  const inPlace =
    bed?.active && (!bed.placedOn || bed.placedOn <= today) && (!bed.removedOn || bed.removedOn >= today);
  if (!bed || !inPlace || !coversWard(s.actor.scope, bed.wardId)) {
    throw invalid(s.actor, path, 'beds.bed.notFound');
  }
  if (o.wardId && o.wardId !== bed.wardId) throw invalid(s.actor, 'wardId', 'beds.bed.otherWard');
  if (bed.state === 'closed') throw invalid(s.actor, path, 'beds.bed.closed');
  const occupant = await overlappingStayInBed(s.tx, bed.id, o.at, null, o.except ?? []);
  if (occupant) {
    if (o.whenTaken === 'conflict') throw bedTaken(s, occupant, path);
    const params = takenParams(s, occupant);
    throw invalid(s.actor, path, 'beds.bed.occupied', params);
  }
  if (bed.state === 'cleaning') {
    return changeBedState(
      s.tx,
      { bedId: bed.id, state: 'available', closureReason: null, reopensOn: null, note: null, at: o.at },
      { userId: s.actor.id, now: s.now },
    );
  }
  return bed;
}

/** The patient as the rules see them: sex, the stay ahead and its isolation and monitored-bed needs. */
export type RuleSubject = {
  /** The waiting-list id (a bed reserved for this request is theirs), else the admission or patient id. */
  key: string;
  name: string;
  sex: string;
  /** Local date the stay in the new bed begins. */
  from: string;
  /** Days expected in the bed (0 = leaves the same day). */
  los: number;
  isolation: boolean;
  needsMonitored: boolean;
  monitoredDays: number | null;
};

/** The subject of an admission already in hospital: its request's needs, counted from the admission day. */
export async function subjectOfAdmission(
  s: Step,
  a: { id: string; admittedAt: Date; expectedDischargeOn: string | null },
  patient: { name: string; sex: string },
  from: string,
): Promise<RuleSubject> {
  const request = await requestOfAdmission(s.tx, a.id);
  const elapsed = dayNumber(from) - dayNumber(siteDay(s.ctx, a.admittedAt));
  const monitoredLeft = request?.monitoredDays == null ? null : request.monitoredDays - elapsed;
  const until = a.expectedDischargeOn;
  return {
    key: request?.id ?? a.id,
    name: patient.name,
    sex: patient.sex,
    from,
    los: until && until > from ? dayNumber(until) - dayNumber(from) : 1,
    isolation: request?.isolation ?? false,
    needsMonitored: (request?.needsMonitored ?? false) && (monitoredLeft === null || monitoredLeft > 0),
    monitoredDays: monitoredLeft,
  };
}

export const waitingPatientOf = (subject: RuleSubject, today: string): WaitingPatient => ({
  id: subject.key,
  name: subject.name,
  sex: asSex(subject.sex) ?? 'male',
  admissionDate: subject.from < today ? today : subject.from,
  expectedLos: subject.los,
  isolation: subject.isolation,
  needsMonitored: subject.needsMonitored,
  monitoredDays: subject.monitoredDays,
  homeWard: null,
  priority: 'normal',
});

export type RuleOutcome = { overridden: ViolationKind[] | null; overrideReason: string | null };
export const NO_RULES: RuleOutcome = { overridden: null, overrideReason: null };
/** How an override is written in the audit row. */
export const overrideDetail = (r: RuleOutcome) =>
  r.overridden ? { override: { rules: r.overridden, reason: r.overrideReason } } : {};

export type RuleCheck = {
  subject: RuleSubject;
  bedId: string;
  /** Admissions whose current beds count as free (they are the ones moving). */
  moving: ReadonlySet<string>;
  /** Patients already placed in this step (the other half of a swap). */
  placed?: readonly Assignment[];
};

/** The hard bed rules the bed breaks for the subject (checkBed), the physical availability left out. */
export async function ruleViolations(s: Step, c: RuleCheck): Promise<Violation[]> {
  const today = siteDay(s.ctx, s.now);
  const patient = waitingPatientOf(c.subject, today);
  const [dept, rules] = await Promise.all([
    loadDepartment(s.tx, {
      today,
      horizonTo: addDays(patient.admissionDate, Math.max(patient.expectedLos, 1)),
      moving: c.moving,
      unknownSexAs: patient.sex,
    }),
    loadRules(s.tx),
  ]);
  const applied = asSex(c.subject.sex) ? rules : withoutSexRules(rules);
  return checkBed(dept.snapshot, applied, patient, c.bedId, c.placed ?? []).filter((v) =>
    OVERRIDABLE.has(v.kind),
  );
}

/** 400 beds_rules_broken: each violation named, the rules listed in the message. */
export function rulesBroken(actor: Actor, violations: readonly Violation[], path = 'bedId'): AppError {
  const kinds = [...new Set(violations.map((v) => v.kind))];
  const rules = kinds
    .map((k) => VIOLATION_LABELS[k][actor.locale])
    .join(actor.locale === 'en-US' ? ', ' : '、');
  return new AppError(
    'beds_rules_broken',
    { rules },
    violations.map((v) => ({ path, message: v.message[actor.locale] })),
    { violations: violations.map((v) => ({ kind: v.kind, message: v.message })) },
  );
}

/**
 * The rules for a move by a user ('periop'): broken ones refuse it unless overridden with a reason by someone
 * holding beds.override. An ADT message is the HIS's fact: no rule is checked.
 */
export async function applyRules(
  s: Step,
  source: MovementSource,
  c: RuleCheck,
  override: OverrideInput,
): Promise<RuleOutcome> {
  if (source === 'adt') return NO_RULES;
  const violations = await ruleViolations(s, c);
  if (violations.length === 0) return NO_RULES;
  if (!override) throw rulesBroken(s.actor, violations);
  s.ctx.access.require(s.actor, 'beds.override');
  return { overridden: [...new Set(violations.map((v) => v.kind))], overrideReason: override.reason };
}

export async function writeStays(s: Step, values: NewStay[]): Promise<StayRow[]> {
  return insertStays(
    s.tx,
    values.map((v) => ({ ...v, recordedAt: s.now, recordedBy: s.actor.id })),
  );
}

/** Tells the board of each ward touched (one event per ward, so each reaches those whose scope covers it). */
export async function announce(s: Step, wardIds: readonly (string | null)[]): Promise<void> {
  const ids = [...new Set(wardIds.filter((w): w is string => w !== null))];
  const at = s.now.toISOString();
  boardChanged(s.ctx);
  await s.ctx.hub.publishMany(
    s.tx,
    ids.length === 0
      ? [{ topic: 'beds', type: 'beds.changed', wardIds: [], at }]
      : ids.map((w) => ({ topic: 'beds', type: 'beds.changed', wardIds: [w], at, wardId: w })),
  );
}

export function auditStay(
  s: Step,
  action: string,
  stay: Pick<StayRow, 'id' | 'patientId'>,
  detail: Record<string, unknown>,
): Promise<void> {
  return s.ctx.audit.record(
    s.actor,
    { action, resourceType: 'bed_stay', resourceId: stay.id, patientId: stay.patientId, detail },
    s.tx,
  );
}

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export const stayDto = (v: StayView): BedStay => ({
  id: v.id,
  admissionId: v.admissionId,
  wardId: v.wardId,
  wardCode: v.wardCode,
  bedId: v.bedId,
  bedCode: v.bedCode,
  temporary: v.temporary,
  fromAt: v.fromAt.toISOString(),
  toAt: iso(v.toAt),
  cause: v.cause,
  reason: v.reason,
  overridden: v.overridden,
  overrideReason: v.overrideReason,
  recordedAt: v.recordedAt.toISOString(),
  recordedByName: v.recordedByName,
  voidedAt: iso(v.voidedAt),
  voidReason: v.voidReason,
  version: v.version,
});

/** The admission with all its stays (the voided ones too), as the movement left them. */
export async function resultOf(db: Db, admissionId: string): Promise<MovementResult> {
  return { admissionId, stays: (await listStays(db, [admissionId])).map(stayDto) };
}

/** An admission being moved, locked: its live stays and the open one (the patient's current bed). */
export type Held = { admission: AdmissionRow; stays: StayRow[]; open: StayRow };

/** The admission within the actor's wards, locked, in a bed now, at the stay version the client read. */
export async function lockedForMove(s: Step, admissionId: string, stayVersion?: number): Promise<Held> {
  const admission = await lockAdmission(s.tx, admissionId);
  if (!admission || !coversWard(s.actor.scope, admission.wardId)) throw notFound();
  const stays = await lockLiveStays(s.tx, admission.id);
  const open = stays.find((st) => st.toAt === null) ?? null;
  if (!open) throw new AppError('beds_not_in_bed');
  if (stayVersion !== undefined && stayVersion !== open.version) {
    throw conflict(open.version, await resultOf(s.tx, admission.id));
  }
  return { admission, stays, open };
}

export async function patientOf(s: Step, patientId: string) {
  const patient = await lockPatient(s.tx, patientId);
  if (!patient) throw invalid(s.actor, 'patientId', 'case.patient.notFound');
  return patient;
}

/** A ward that exists and lies within the actor's scope, or 400 naming the field. */
export async function checkWard(s: Step, wardId: string, path = 'wardId'): Promise<void> {
  if (!coversWard(s.actor.scope, wardId) || !(await wardExists(s.tx, wardId))) {
    throw invalid(s.actor, path, 'ward.out_of_scope');
  }
}
