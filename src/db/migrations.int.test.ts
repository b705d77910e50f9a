import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigrations, runMigrations } from './client';
import { rows } from './rows';
import { auditLog } from './schema';
import { createTestDatabase, type TestDatabase } from './testing/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };

describe('migrations and the append-only audit log', () => {
  it('applies every migration and is idempotent', async () => {
    const before = await appliedMigrations(database.db);
    expect(before).toBeGreaterThanOrEqual(2);
    await runMigrations(database);
    expect(await appliedMigrations(database.db)).toBe(before);
  });

  it('rejects UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    await database.db
      .insert(auditLog)
      .values({ action: 'read', resourceType: 'patient', outcome: 'success' });
    await expect(database.db.execute(sql`update audit_log set outcome = 'x'`)).rejects.toMatchObject(
      appendOnly,
    );
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(appendOnly);
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toMatchObject(appendOnly);
    const [row] = await rows<{ n: number; outcome: string }>(
      database.db,
      sql`select count(*)::int as n, min(outcome) as outcome from audit_log`,
    );
    expect(row).toEqual({ n: 1, outcome: 'success' });
  });
});
