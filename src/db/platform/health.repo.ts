// What the health checks ask the database: that it answers, and which server it is.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';

export async function ping(db: Db): Promise<void> {
  await rows(db, sql`select 1`);
}

export async function serverVersion(db: Db): Promise<string> {
  const [row] = await rows<{ version: string }>(db, sql`select current_setting('server_version') as version`);
  return row!.version;
}
