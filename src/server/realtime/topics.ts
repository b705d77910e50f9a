// Which realtime topics an actor may watch: the topic's permission, then the same ward scope as HTTP
// (a case, a patient, a ward, a place), looked up when the subscription is asked for.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { getCase } from '../../db/registry/case.repo';
import { getPatient } from '../../db/registry/patient.repo';
import { wards } from '../../db/schema';
import { hasPermission, type Permission } from '../../domain/auth/permissions';
import { coversWard } from '../../domain/auth/scope';
import type { SessionUser } from '../platform/context';

type Topic = {
  pattern: RegExp;
  permission: Permission;
  /** Whether the topic's subject is within the actor's scope (the pattern's first group is its key). */
  inScope: (db: Db, user: SessionUser, key: string) => Promise<boolean>;
};

const departmentOnly = async (_db: Db, user: SessionUser) => user.scope.kind === 'department';

const TOPICS: Topic[] = [
  // A day's OR board: every subscriber may watch it; each event reaches only those whose scope covers its ward.
  { pattern: /^board:(\d{4}-\d{2}-\d{2})$/, permission: 'case.read', inScope: async () => true },
  {
    pattern: /^case:([0-9a-f-]{36})$/,
    permission: 'case.read',
    inScope: async (db, user, id) => (await getCase(db, id, user.scope)) !== null,
  },
  {
    pattern: /^patient:([0-9a-f-]{36})$/,
    permission: 'patient.read',
    inScope: async (db, user, id) => (await getPatient(db, id, user.scope)) !== null,
  },
  {
    pattern: /^ward:([0-9a-f-]{36})$/,
    permission: 'observation.read',
    inScope: async (_db, user, id) => coversWard(user.scope, id),
  },
  // A place's monitors: the live vitals of whoever is there. Theatres and PACU serve every ward.
  { pattern: /^or_room:([\w-]{1,40})$/, permission: 'observation.read', inScope: departmentOnly },
  { pattern: /^pacu_bed:([\w\-/]{1,40})$/, permission: 'observation.read', inScope: departmentOnly },
  {
    // ward_bed:<ward code>/<bed code>
    pattern: /^ward_bed:([\w-]{1,20})\/[\w-]{1,20}$/,
    permission: 'observation.read',
    inScope: async (db, user, code) => {
      if (user.scope.kind === 'department') return true;
      const [ward] = await db.select({ id: wards.id }).from(wards).where(eq(wards.code, code)).limit(1);
      return ward !== undefined && coversWard(user.scope, ward.id);
    },
  },
];

export async function mayWatch(db: Db, user: SessionUser, topic: string): Promise<boolean> {
  for (const t of TOPICS) {
    const match = t.pattern.exec(topic);
    if (!match) continue;
    return hasPermission(user.role, t.permission) && (await t.inScope(db, user, match[1]!));
  }
  return false;
}
