// The real server for the record benchmark: the Fastify app with its realtime hub and the MLLP
// listener the simulated monitors send to, without the web build, demo data or jobs (see
// _server-main.ts). Prints "MLLP ready <port>" once both listen.
import { resolve } from 'node:path';
import { openDatabase, runMigrations } from '../src/db/client';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { mllpOptions, startMllpListener } from '../src/server/interop/mllp-listener';

const config = loadConfig();
const database = config.DATABASE_URL
  ? await openDatabase({ kind: 'postgresql', url: config.DATABASE_URL })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(config.PERIOP_DATA_DIR) });
await runMigrations(database);
const app = await buildApp({ database, config });
await app.listen({ port: config.PORT, host: config.HOST });
const mllp = await startMllpListener(app.ctx.ingestor, mllpOptions(config), app.log);
console.log(`MLLP ready ${mllp.port}`);

process.once('SIGTERM', async () => {
  await mllp.close();
  await app.close();
  await database.close();
  process.exit(0);
});
