// Which realtime topics an actor may watch: the same access check as every service (platform/access.ts)
// on the topic's subject — a case, a patient, a ward, a place — asked when the subscription is made.
import type { Db } from '../../db/client';
import { wardIdByCode } from '../../db/registry/ward.repo';
import type { Access } from '../platform/access';
import type { Actor } from '../platform/actor';

type Topic = {
  pattern: RegExp;
  /** Throws (forbidden / not found) unless the actor may watch the subject named by the pattern's group. */
  check: (access: Access, db: Db, actor: Actor, key: string) => unknown;
};

const TOPICS: Topic[] = [
  // A day's OR board: any case reader may watch it; each event reaches only those whose scope covers its ward.
  {
    pattern: /^board:(\d{4}-\d{2}-\d{2})$/,
    check: (access, _db, actor) => access.require(actor, 'case.read'),
  },
  {
    pattern: /^case:([0-9a-f-]{36})$/,
    check: (access, _db, actor, id) => access.case(actor, 'case.read', id),
  },
  {
    pattern: /^patient:([0-9a-f-]{36})$/,
    check: (access, _db, actor, id) => access.patient(actor, 'patient.read', id),
  },
  {
    pattern: /^ward:([0-9a-f-]{36})$/,
    check: (access, _db, actor, id) => access.ward(actor, 'observation.read', id),
  },
  // A place's monitors: the live vitals of whoever is there. Theatres and PACU serve every ward.
  {
    pattern: /^(?:or_room|pacu_bed):([\w\-/]{1,40})$/,
    check: (access, _db, actor) => access.department(actor, 'observation.read'),
  },
  // The department bed board: whoever may read it; each event names its ward, so a ward-limited user
  // receives only the changes of the wards the board shows them.
  {
    pattern: /^(beds)$/,
    check: (access, _db, actor) => access.require(actor, 'beds.read'),
  },
  // A history import's progress: whoever may import.
  {
    pattern: /^import:([0-9a-f-]{36})$/,
    check: (access, _db, actor) => access.require(actor, 'history.import'),
  },
  {
    // ward_bed:<ward code>/<bed code>
    pattern: /^ward_bed:([\w-]{1,20})\/[\w-]{1,20}$/,
    check: async (access, db, actor, code) => {
      const ward = await wardIdByCode(db, code);
      if (!ward) throw new Error('no such ward');
      access.ward(actor, 'observation.read', ward);
    },
  },
];

export async function mayWatch(access: Access, db: Db, actor: Actor, topic: string): Promise<boolean> {
  for (const t of TOPICS) {
    const match = t.pattern.exec(topic);
    if (match) return access.allows(() => t.check(access, db, actor, match[1]!));
  }
  return false;
}
