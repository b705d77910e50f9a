// `npm start`: build the web app if needed, migrate, load the demo department into an empty
// database, serve HTTP and print where and how to log in.
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/demo/accounts';
import { isEmptyDatabase, seedDemo } from '../db/demo/load';
import { listDevices } from '../db/interop/device.repo';
import { buildApp, createJobRunner, WEB_DIST } from './app';
import { loadConfig } from './config';
import { mllpOptions, startMllpListener } from './interop/mllp-listener';
import { simDevice } from './interop/simulator/messages';
import { startSimulation } from './interop/simulator/run';
import { openConfiguredDatabase } from './platform/database';
import { buildWeb, webBuildIsStale } from './platform/web-build';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const config = loadConfig();

if (webBuildIsStale(resolve(WEB_DIST, 'index.html'))) {
  console.log('正在构建前端 / building the web app …');
  await buildWeb();
}

const database = await openConfiguredDatabase(config);

let seeded = false;
if (config.PERIOP_DEMO_DATA && (await isEmptyDatabase(database.db))) {
  console.log('正在生成演示科室数据 / loading the demo department …');
  await seedDemo(database, { now: new Date(), timeZone: config.PERIOP_SITE_TIMEZONE });
  seeded = true;
}

const app = await buildApp({ database, config });
await app.listen({ port: config.PORT, host: config.HOST });
const mllp = config.MLLP_ENABLED
  ? await startMllpListener(app.ctx.ingestor, mllpOptions(config), app.log)
  : null;
// The demo's rooms have monitors: simulate them so in-progress cases' charts move.
const demoMonitors =
  mllp && config.PERIOP_DEMO_DATA && config.PERIOP_DEMO_SIMULATOR
    ? (await listDevices(database.db))
        .map((d) => d.identifier)
        .flatMap((id) =>
          Array.from({ length: 8 }, (_, i) => simDevice('mindray-ihe', i)).filter((s) => s.identifier === id),
        )
    : [];
const simulation = demoMonitors.length
  ? startSimulation({ port: mllp!.port, host: config.MLLP_HOST, devices: demoMonitors, hz: 1 })
  : null;
const jobs = createJobRunner(app);
jobs.start();
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;

console.log(`
Periop 围术期全程管理平台 已启动 / is running (${elapsed()})
  地址 URL:        http://${shownHost}:${port}/
  接口文档 API:    http://${shownHost}:${port}/api/docs
  监护仪 HL7/MLLP: ${mllp ? `${config.MLLP_HOST}:${mllp.port}` : '未启用 / disabled'}${simulation ? `（演示监护仪 ${demoMonitors.length} 台在线 / ${demoMonitors.length} demo monitors sending）` : ''}
  数据库 database: ${database.kind === 'pglite' ? `PGlite (${resolve(config.PERIOP_DATA_DIR)})` : 'PostgreSQL (DATABASE_URL)'}${seeded ? '，已载入演示数据 / demo data loaded' : ''}
${
  config.PERIOP_DEMO_DATA
    ? `  演示账户 demo accounts (密码 password: ${DEMO_PASSWORD}):\n${DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(11)} ${a.displayName}`).join('\n')}`
    : ''
}`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  await jobs.stop();
  await simulation?.stop();
  await mllp?.close();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
