// Starts the real server for the end-to-end tests: a fresh temporary data directory, demo data,
// the embedded database (or E2E_DATABASE_URL), on E2E_PORT.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'periop-e2e-'));
const child = spawn(resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? '3199',
    HOST: '127.0.0.1',
    PERIOP_DATA_DIR: join(dataDir, 'data'),
    LOG_LEVEL: 'warn',
    MLLP_PORT: process.env.E2E_MLLP_PORT ?? '3198',
    PERIOP_DEMO_SIMULATOR: 'false',
    // Many logins from one address in a test run.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
  },
});
const stop = () => {
  child.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
