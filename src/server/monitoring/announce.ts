// What monitoring tells its watchers, inside the writing transaction; the case's ward goes with each
// event, so that it reaches only subscribers whose scope covers that ward.
import type { MonitoringEvent } from '../../api/monitoring';
import type { Db } from '../../db/client';
import type { AppContext } from '../platform/context';

type CaseEvent = Extract<MonitoringEvent, { id: string }>;
type Subject = { id: string; wardId: string | null };

/** To the case's watchers only. */
export const announceToCase = (ctx: AppContext, tx: Db, c: Subject, event: CaseEvent): Promise<void> =>
  ctx.hub.publish(tx, { topic: `case:${c.id}` as const, ...event, wardId: c.wardId });

/** To the ward board (`ward` defaults to the case's ward) and to the case's watchers. */
export async function announceToWard(
  ctx: AppContext,
  tx: Db,
  c: Subject,
  event: CaseEvent,
  ward: string | null = c.wardId,
): Promise<void> {
  await ctx.hub.publishMany(tx, [
    ...(ward ? [{ topic: `ward:${ward}` as const, ...event, wardId: ward }] : []),
    { topic: `case:${c.id}` as const, ...event, wardId: c.wardId },
  ]);
}
