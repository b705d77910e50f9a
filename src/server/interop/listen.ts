// The device interface on its own: `tsx src/server/interop/listen.ts` runs only the MLLP listener
// and ingestion against the configured database (for a separate interface host, and for the
// crash test that kills it with SIGKILL mid-stream).
import { resolve } from 'node:path';
import pino from 'pino';
import { openDatabase, runMigrations } from '../../db/client';
import { loadConfig } from '../config';
import { RealtimeHub } from '../realtime/hub';
import { Ingestor } from './ingest';
import { mllpOptions, startMllpListener } from './mllp-listener';

const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL });
const database = config.DATABASE_URL
  ? await openDatabase({ kind: 'postgresql', url: config.DATABASE_URL })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(config.PERIOP_DATA_DIR) });
await runMigrations(database);
const ingestor = new Ingestor(database, new RealtimeHub(), log, {
  siteZone: config.PERIOP_SITE_TIMEZONE,
  storeWaveforms: config.MLLP_WAVEFORMS === 'store',
});
const listener = await startMllpListener(ingestor, mllpOptions(config), log);
console.log(`MLLP ready ${listener.port}`);
const stop = async () => {
  await listener.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
