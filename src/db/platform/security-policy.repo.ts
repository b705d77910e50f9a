// The security administrator's policy: one row (id 1), absent until first saved.
import { eq, sql } from 'drizzle-orm';
import type { SecurityPolicy } from '../../domain/auth/security-policy';
import type { Db } from '../client';
import { securityPolicy } from '../schema';
import type { Actor } from '../versioned';

export type PolicyRow = typeof securityPolicy.$inferSelect;

export async function getPolicy(db: Db): Promise<PolicyRow | null> {
  const [row] = await db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return row ?? null;
}

/** Saves over the version read (null: none saved yet); the new version, or null when someone saved first. */
export async function savePolicy(
  db: Db,
  policy: SecurityPolicy,
  version: number | null,
  actor: Actor,
): Promise<number | null> {
  const stamp = { updatedAt: actor.now, updatedBy: actor.userId };
  const [row] =
    version === null
      ? await db
          .insert(securityPolicy)
          .values({ id: 1, ...policy, ...stamp, createdAt: actor.now, createdBy: actor.userId })
          .onConflictDoNothing()
          .returning({ version: securityPolicy.version })
      : await db
          .update(securityPolicy)
          .set({ ...policy, ...stamp, version: sql`${securityPolicy.version} + 1` })
          .where(sql`${securityPolicy.id} = 1 and ${securityPolicy.version} = ${version}`)
          .returning({ version: securityPolicy.version });
  return row?.version ?? null;
}
