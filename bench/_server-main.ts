// The real server for a benchmark: what src/server/main.ts starts (migrations, the Fastify app with its
// realtime hub, the monitoring jobs), without the web build — main.ts rebuilds the web app whenever a
// source is newer than dist/, which would put a Vite build into the measurement — nor demo data or MLLP.
import { resolve } from 'node:path';
import { openDatabase, runMigrations } from '../src/db/client';
import { buildApp, createJobRunner } from '../src/server/app';
import { loadConfig } from '../src/server/config';

const config = loadConfig();
const database = config.DATABASE_URL
  ? await openDatabase({ kind: 'postgresql', url: config.DATABASE_URL })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(config.PERIOP_DATA_DIR) });
await runMigrations(database);
const app = await buildApp({ database, config });
await app.listen({ port: config.PORT, host: config.HOST });
const jobs = createJobRunner(app);
jobs.start();

process.once('SIGTERM', async () => {
  await jobs.stop();
  await app.close();
  await database.close();
  process.exit(0);
});
