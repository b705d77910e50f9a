// The interop inbox: messages from unknown devices (quarantined) and malformed ones (rejected),
// with their raw text, kept until an administrator assigns or reviews them.
import { and, desc, eq } from 'drizzle-orm';
import type { InboxStatus } from '../../domain/interop/devices';
import { col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { newId } from '../ids';
import { interopInbox } from '../schema';

export type InboxEntry = {
  receivedAt: Date;
  remoteAddress: string;
  status: Exclude<InboxStatus, 'assigned'>;
  reason: string;
  controlId: string | null;
  messageType: string | null;
  deviceHint: string | null;
  raw: string;
  rawBytes: Buffer | null;
};

const COLUMNS = [
  col<InboxEntry & { id: string }>('id', 'uuid', (r) => r.id),
  col<InboxEntry>('received_at', 'timestamptz', (r) => r.receivedAt),
  col<InboxEntry>('remote_address', 'text', (r) => r.remoteAddress),
  col<InboxEntry>('status', 'text', (r) => r.status),
  col<InboxEntry>('reason', 'text', (r) => r.reason),
  col<InboxEntry>('control_id', 'text', (r) => r.controlId),
  col<InboxEntry>('message_type', 'text', (r) => r.messageType),
  col<InboxEntry>('device_hint', 'text', (r) => r.deviceHint),
  col<InboxEntry>('raw', 'text', (r) => r.raw),
  col<InboxEntry>('raw_bytes', 'bytea', (r) => r.rawBytes),
];

export async function insertInbox(db: Db, entries: InboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.execute(
    unnestInsert(
      'interop_inbox',
      COLUMNS,
      entries.map((e) => ({ ...e, id: newId() })),
    ),
  );
}

export type InboxRow = typeof interopInbox.$inferSelect;

/** The latest messages, of one status or all. */
export const listInbox = (db: Db, status: InboxStatus | null, limit = 200): Promise<InboxRow[]> =>
  db
    .select()
    .from(interopInbox)
    .where(status ? eq(interopInbox.status, status) : undefined)
    .orderBy(desc(interopInbox.receivedAt))
    .limit(limit);

export async function getInboxEntry(db: Db, id: string): Promise<InboxRow | null> {
  const [row] = await db.select().from(interopInbox).where(eq(interopInbox.id, id));
  return row ?? null;
}

/** Marks quarantined messages as assigned to a device once they have been replayed into its record. */
export async function markAssigned(
  db: Db,
  id: string,
  deviceId: string,
  userId: string,
  at: Date,
): Promise<boolean> {
  const updated = await db
    .update(interopInbox)
    .set({ status: 'assigned', assignedDeviceId: deviceId, assignedBy: userId, assignedAt: at })
    .where(and(eq(interopInbox.id, id), eq(interopInbox.status, 'quarantined')))
    .returning({ id: interopInbox.id });
  return updated.length > 0;
}
