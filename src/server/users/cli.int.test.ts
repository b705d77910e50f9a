// `npm run user -- add` on a database without the demo data, then a login through the app: a
// production install can be entered. PGlite in a fresh folder; PostgreSQL in a fresh, empty database
// migrated as its owner, the app connecting as the application role.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { asRole, ensureAppRole, TEST_APP_ROLE } from '../../db/testing/app-role';
import { withDatabase } from '../../db/testing/global-setup';
import { buildApp } from '../app';
import { defaultConfig } from '../config';
import { PROJECT_ROOT } from '../platform/version';

const PASSWORD = 'Install#Admin2026';
const onPostgres = process.env.PERIOP_TEST_DB === 'postgresql';
const serverUrl = process.env.PERIOP_TEST_DATABASE_URL ?? '';

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the command as an operator would, the password piped to its standard input. */
function runCli(args: string[], stdin: string, env: Record<string, string>): Promise<Run> {
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, PERIOP_DATA_DIR: _dir, ...rest } = process.env;
  return new Promise((done, failed) => {
    const child = spawn(
      resolve(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      ['src/server/users/cli.ts', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...rest, ...env },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Each run starts tsx and opens (on PGlite: creates) and migrates the database: seconds, not milliseconds.
const add = ['add', '--username', 'ops_admin', '--role', 'admin', '--display-name', '信息科管理员'];

/** The scenario on one engine: `open` opens the database the command wrote, as the server would. */
function scenario(env: () => Record<string, string>, open: () => Promise<Database>) {
  it('creates the account with an audit row, and the app lets it in to change its password', async () => {
    const created = await runCli(add, `${PASSWORD}\n`, env());
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('ops_admin');
    const again = await runCli(add, `${PASSWORD}\n`, env());
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');

    const database = await open();
    const app = await buildApp({ database, config: defaultConfig({ LOG_LEVEL: 'silent' }), logger: false });
    try {
      const [row] = await database.db.select().from(users).where(eq(users.username, 'ops_admin'));
      const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.resourceId, row!.id));
      expect(entry).toMatchObject({ action: 'create', resourceType: 'user', outcome: 'success' });
      expect(entry!.detail).toMatchObject({ via: 'cli', username: 'ops_admin', role: 'admin' });

      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ops_admin', password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({ username: 'ops_admin', role: 'admin', mustChangePassword: true });
      const cookie = `periop_session=${login.cookies.find((c) => c.name === 'periop_session')!.value}`;
      const change = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie },
        payload: { currentPassword: PASSWORD, newPassword: 'Chosen#ByOwner2026' },
      });
      expect(change.statusCode).toBe(200);
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } })).statusCode,
      ).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);

  it('refuses a password that breaks the policy, and creates nothing', async () => {
    const other = ['add', '--username', 'ops_other', '--role', 'nurse', '--display-name', '护士'];
    const weak = await runCli(other, 'Password1234\n', env());
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('常见密码');
    const database = await open();
    try {
      expect(await database.db.select().from(users).where(eq(users.username, 'ops_other'))).toEqual([]);
    } finally {
      await database.close();
    }
  }, 60_000);
}

describe.skipIf(onPostgres)('npm run user -- add, on PGlite', () => {
  let dir = '';
  const dataDir = () => join(dir, 'data');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'periop-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  scenario(
    () => ({ PERIOP_DATA_DIR: dataDir() }),
    () => openDatabase({ kind: 'pglite', dataDir: dataDir() }),
  );
});

describe.skipIf(!onPostgres)(
  'npm run user -- add, on PostgreSQL with an owner and an application role',
  () => {
    const name = `periop_t_${inject('runId')}_cli_${Math.random().toString(36).slice(2, 8)}`;
    const ownerUrl = () => withDatabase(serverUrl, name);
    const appUrl = () => asRole(ownerUrl(), TEST_APP_ROLE);
    const admin = async (statement: string) => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(statement).finally(() => c.end());
    };
    beforeAll(async () => {
      await ensureAppRole(serverUrl);
      await admin(`create database "${name}"`);
    });
    afterAll(() => admin(`drop database if exists "${name}" with (force)`));
    scenario(
      () => ({ DATABASE_URL: appUrl(), DATABASE_OWNER_URL: ownerUrl() }),
      () => openDatabase({ kind: 'postgresql', url: appUrl(), poolSize: 2 }),
    );
  },
);
