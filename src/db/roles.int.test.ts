// The application's PostgreSQL role reads and appends to the audit log and can do nothing else to it:
// no UPDATE, DELETE or TRUNCATE, and, owning no table, no ALTER TABLE … DISABLE TRIGGER.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appliedMigrations, type Database, openDatabase } from './client';
import { describeRole, grantApplicationRole, migrateAsOwner } from './roles';
import { rows } from './rows';
import { auditLog } from './schema';
import { asRole, ensureAppRole, TEST_APP_ROLE } from './testing/app-role';
import { withDatabase } from './testing/global-setup';
import { createTestDatabase, type TestDatabase } from './testing/test-database';

const serverUrl = process.env.PERIOP_TEST_DATABASE_URL ?? '';
const onPostgres = process.env.PERIOP_TEST_DB === 'postgresql';

async function asAdmin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!onPostgres)(
  'PostgreSQL roles (PostgreSQL only: PGlite has one superuser and no roles)',
  () => {
    let owner: TestDatabase;
    let app: pg.Client;
    beforeAll(async () => {
      owner = await createTestDatabase();
      await ensureAppRole(serverUrl);
      await grantApplicationRole(owner.db, TEST_APP_ROLE);
      app = new pg.Client({ connectionString: asRole(owner.url!, TEST_APP_ROLE) });
      await app.connect();
    });
    afterAll(async () => {
      await app?.end();
      await owner?.close();
    });

    /** Refused by the privilege system, not by the trigger (which raises the same SQLSTATE). */
    const refused = async (statement: string, because: RegExp) => {
      const error = await app.query(statement).then(
        () => null,
        (e: { code?: string; message: string }) => e,
      );
      expect(error, statement).toMatchObject({ code: '42501', message: expect.stringMatching(because) });
    };

    it('appends to and reads the audit log', async () => {
      const inserted = await app.query(
        `insert into audit_log (action, resource_type, outcome) values ('read', 'patient', 'success') returning id`,
      );
      expect(inserted.rowCount).toBe(1);
      const read = await app.query('select count(*)::int as n from audit_log where id = $1', [
        inserted.rows[0].id,
      ]);
      expect(read.rows[0].n).toBe(1);
    });

    it('may not update, delete or truncate the audit log', async () => {
      await refused(`update audit_log set outcome = 'denied'`, /permission denied for table audit_log/);
      await refused('delete from audit_log', /permission denied for table audit_log/);
      await refused('truncate audit_log', /permission denied for table audit_log/);
    });

    it('may not disable, drop or replace the trigger, nor alter any table', async () => {
      await app.query('begin');
      await refused(
        'alter table audit_log disable trigger audit_log_no_update',
        /must be owner of table audit_log/,
      );
      await app.query('rollback');
      await refused('alter table audit_log disable trigger all', /must be owner of table audit_log/);
      await refused(
        'drop trigger audit_log_no_update on audit_log',
        /must be owner of (table|relation) audit_log/,
      );
      await refused(
        `create or replace function audit_log_reject_change() returns trigger as $$ begin return old; end $$ language plpgsql`,
        /must be owner of function audit_log_reject_change|permission denied for schema public/,
      );
      await refused('alter table users add column backdoor text', /must be owner of table users/);
      await refused('drop table sessions', /must be owner of table sessions/);
    });

    it('reads and writes the other tables, and reads the applied migrations', async () => {
      const id = '0190a0a0-0000-7000-8000-00000000abcd';
      await app.query(`insert into wards (id, code, name) values ($1, 'RW', '角色测试病区')`, [id]);
      await app.query(`update wards set name = '角色测试病区二' where id = $1`, [id]);
      await app.query('delete from wards where id = $1', [id]);
      const migrations = await app.query('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(migrations.rows[0].n).toBeGreaterThanOrEqual(2);
    });

    it('reports to the health page that the role owns nothing and is no superuser', async () => {
      const database = await openDatabase({
        kind: 'postgresql',
        url: asRole(owner.url!, TEST_APP_ROLE),
        poolSize: 1,
      });
      try {
        expect(await describeRole(database.db)).toEqual({
          role: TEST_APP_ROLE,
          superuser: false,
          ownsAuditLog: false,
        });
        expect(await describeRole(owner.db)).toMatchObject({ superuser: true, ownsAuditLog: true });
      } finally {
        await database.close();
      }
    });

    it('refuses to grant to the owner itself, to a superuser, or to a role that owns a table', async () => {
      const [me] = await rows<{ role: string }>(owner.db, sql`select current_user as role`);
      await expect(grantApplicationRole(owner.db, me!.role)).rejects.toThrow(/the owner role/);
      const stray = `periop_t_${inject('runId')}_stray`;
      const superuser = `periop_t_${inject('runId')}_super`;
      await asAdmin(async (c) => {
        await c.query(`create role ${stray} nologin`);
        await c.query(`create role ${superuser} nologin superuser`);
      });
      try {
        await owner.db.execute(sql.raw(`create table stray_table (x int)`));
        await owner.db.execute(sql.raw(`alter table stray_table owner to ${stray}`));
        await expect(grantApplicationRole(owner.db, stray)).rejects.toThrow(
          /owns tables \(public\.stray_table\)/,
        );
        await expect(grantApplicationRole(owner.db, superuser)).rejects.toThrow(/is a superuser/);
      } finally {
        await owner.db.execute(sql.raw('drop table if exists stray_table'));
        await asAdmin(async (c) => {
          await c.query(`drop role if exists ${stray}`);
          await c.query(`drop role if exists ${superuser}`);
        });
      }
    });
  },
);

describe.skipIf(!onPostgres)('migrating as the owner (PostgreSQL only: PGlite has no roles)', () => {
  const name = `periop_t_${inject('runId')}_owner_${Math.random().toString(36).slice(2, 8)}`;
  let app: Database;
  beforeAll(async () => {
    await ensureAppRole(serverUrl);
    await asAdmin((c) => c.query(`create database "${name}"`));
    app = await openDatabase({
      kind: 'postgresql',
      url: asRole(withDatabase(serverUrl, name), TEST_APP_ROLE),
      poolSize: 2,
    });
  });
  afterAll(async () => {
    await app?.close();
    await asAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
  });

  it('migrates an empty database as the owner, then the application role appends but cannot delete', async () => {
    await migrateAsOwner(withDatabase(serverUrl, name), app);
    expect(await appliedMigrations(app.db)).toBeGreaterThanOrEqual(2);
    await app.db.insert(auditLog).values({ action: 'read', resourceType: 'patient', outcome: 'success' });
    await expect(app.db.delete(auditLog)).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '42501' }),
    });
    // A second start migrates nothing and grants again, without error.
    await migrateAsOwner(withDatabase(serverUrl, name), app);
  });

  it('refuses an owner URL that names another database', async () => {
    await expect(migrateAsOwner(withDatabase(serverUrl, 'postgres'), app)).rejects.toThrow(
      /must name the same database/,
    );
  });
});
