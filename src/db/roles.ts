// PostgreSQL roles. The owner runs the migrations and owns every table; the application connects as
// a role that owns nothing, so it cannot alter a table or disable a trigger, and that may only read
// and append to the audit log.
import { sql } from 'drizzle-orm';
import { type Database, type Db, openDatabase, runMigrations } from './client';
import { rows } from './rows';

// Concurrent GRANTs on one table can fail ("tuple concurrently updated"): instances take turns.
const GRANT_LOCK = 727368;

/** The role a connection acts as and the database it is in. */
export async function whoAmI(db: Db): Promise<{ role: string; database: string }> {
  const [row] = await rows<{ role: string; database: string }>(
    db,
    sql`select current_user as role, current_database() as database`,
  );
  return row!;
}

/**
 * Gives `role` the application's rights on every table and sequence now in the database, and on
 * those the owner creates later. Run as the owner, after migrating; idempotent.
 */
export async function grantApplicationRole(owner: Db, role: string): Promise<void> {
  const me = await whoAmI(owner);
  if (me.role === role)
    throw new Error(
      `应用角色与属主角色相同（${role}）/ the application role is the owner role (${role}); connect the application as another role`,
    );
  const [found] = await rows<{ superuser: boolean; tables: string | null }>(
    owner,
    sql`select (select rolsuper from pg_roles where rolname = ${role}::name) as superuser,
          (select string_agg(schemaname || '.' || tablename, ', ') from pg_tables
           where schemaname in ('public', 'drizzle') and pg_has_role(${role}::name, tableowner, 'MEMBER')) as tables`,
  );
  if (found?.superuser)
    throw new Error(
      `应用角色 ${role} 是超级用户，权限限制对其无效 / the application role ${role} is a superuser, which no grant can restrict`,
    );
  if (found?.tables)
    throw new Error(
      `应用角色 ${role} 拥有数据表（${found.tables}），可修改表结构与触发器；请以超级用户执行 REASSIGN OWNED BY ${role} TO ${me.role} / ` +
        `the application role ${role} owns tables (${found.tables}) and could alter them or their triggers; run REASSIGN OWNED BY ${role} TO ${me.role} as a superuser`,
    );
  const app = sql.identifier(role);
  await owner.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${GRANT_LOCK})`);
    await tx.execute(sql`grant usage on schema public, drizzle to ${app}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${app}`);
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${app}`);
    await tx.execute(sql`revoke all on table audit_log from ${app}`);
    await tx.execute(sql`grant select, insert on table audit_log to ${app}`);
    // The health page counts the applied migrations.
    await tx.execute(sql`grant select on table drizzle.__drizzle_migrations to ${app}`);
    await tx.execute(
      sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${app}`,
    );
    await tx.execute(
      sql`alter default privileges in schema public grant usage, select on sequences to ${app}`,
    );
  });
}

/**
 * Migrates through the owner's connection, then grants the role that `app` connects as its rights.
 * Both must name the same database.
 */
export async function migrateAsOwner(ownerUrl: string, app: Database): Promise<void> {
  const appSide = await whoAmI(app.db);
  const owner = await openDatabase({ kind: 'postgresql', url: ownerUrl, poolSize: 2 });
  try {
    const ownerSide = await whoAmI(owner.db);
    if (ownerSide.database !== appSide.database)
      throw new Error(
        `DATABASE_OWNER_URL（${ownerSide.database}）与 DATABASE_URL（${appSide.database}）须指向同一数据库 / ` +
          `DATABASE_OWNER_URL (${ownerSide.database}) and DATABASE_URL (${appSide.database}) must name the same database`,
      );
    await runMigrations(owner);
    await grantApplicationRole(owner.db, appSide.role);
  } finally {
    await owner.close();
  }
}

export type RoleReport = {
  role: string;
  superuser: boolean;
  /** Whether this connection could alter the audit log or switch off its trigger. */
  ownsAuditLog: boolean;
};

/** What the connection's role may do to the audit log, for the administrators' health page. */
export async function describeRole(db: Db): Promise<RoleReport> {
  const [row] = await rows<RoleReport>(
    db,
    sql`select current_user as role,
          coalesce((select rolsuper from pg_roles where rolname = current_user), false) as superuser,
          coalesce((select pg_has_role(current_user, tableowner, 'MEMBER') from pg_tables
                    where schemaname = 'public' and tablename = 'audit_log'), false) as "ownsAuditLog"`,
  );
  return row!;
}
