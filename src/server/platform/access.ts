// The one access check: a role permission, then the ward scope over the target's ids. Every service
// method begins with it, and realtime subscriptions ask the same questions (realtime/topics.ts).
// Out of scope reads as "not found", so a record of another ward is not even confirmed to exist.
import type { Db } from '../../db/client';
import { type CaseWithPatient, getCase } from '../../db/registry/case.repo';
import { getPatient, type PatientRow } from '../../db/registry/patient.repo';
import { hasPermission, type Permission } from '../../domain/auth/permissions';
import { coversWard } from '../../domain/auth/scope';
import { AppError, notFound } from '../errors/app-error';
import type { Actor } from './actor';

export class Access {
  constructor(private readonly db: Db) {}

  /** The role holds the permission (the guard checked the route's; a service may need another). */
  require(actor: Actor, permission: Permission): void {
    if (!hasPermission(actor.role, permission)) throw new AppError('forbidden');
  }

  /** The case, when the permission is held and the case lies within the actor's wards. */
  async case(actor: Actor, permission: Permission, id: string, db: Db = this.db): Promise<CaseWithPatient> {
    this.require(actor, permission);
    const found = await getCase(db, id, actor.scope);
    if (!found) throw notFound();
    return found;
  }

  /** The patient, when the permission is held and the patient is within the actor's wards (or not yet admitted). */
  async patient(actor: Actor, permission: Permission, id: string, db: Db = this.db): Promise<PatientRow> {
    this.require(actor, permission);
    const found = await getPatient(db, id, actor.scope);
    if (!found) throw notFound();
    return found;
  }

  /** A ward's data (its board, its topic). */
  ward(actor: Actor, permission: Permission, wardId: string): void {
    this.require(actor, permission);
    if (!coversWard(actor.scope, wardId)) throw notFound();
  }

  /** The whole department's shared places (theatres, PACU): only for department-wide users. */
  department(actor: Actor, permission: Permission): void {
    this.require(actor, permission);
    if (actor.scope.kind !== 'department') throw new AppError('forbidden');
  }

  /** The same checks as a yes or no, for realtime subscriptions. */
  async allows(check: () => unknown): Promise<boolean> {
    try {
      await check();
      return true;
    } catch {
      return false;
    }
  }
}
