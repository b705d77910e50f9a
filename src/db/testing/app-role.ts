// The PostgreSQL role the application connects as in the tests (`.ci/run` creates it; a developer's
// server gets it on first use), and URLs that connect as it.
import pg from 'pg';

export const TEST_APP_ROLE = process.env.PERIOP_TEST_APP_ROLE ?? 'periop_app';

/** Creates the login role unless it exists; tolerates another test file creating it at the same moment. */
export async function ensureAppRole(adminUrl: string, role = TEST_APP_ROLE): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    if (found.rowCount === 0) await admin.query(`create role ${pg.escapeIdentifier(role)} login`);
  } catch (e) {
    if ((e as { code?: string }).code !== '42710' && (e as { code?: string }).code !== '23505') throw e;
  } finally {
    await admin.end();
  }
}

/** The same server and database, as another role (trust authentication on the test server). */
export function asRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}
