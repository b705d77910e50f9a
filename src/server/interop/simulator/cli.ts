// `npm run simulate -- --devices 20 --hz 1 --vendor mindray-ihe|mindray-pds|philips|ge`
// Sends plausible monitor data over MLLP to a running Periop (the demo registers mindray-ihe
// monitors 1–8 for OR-01…OR-08; other identities land in the quarantine inbox until registered).
import { parseArgs } from 'node:util';
import { simDevice, VENDORS, type Vendor } from './messages';
import { startSimulation } from './run';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '8' },
    hz: { type: 'string', default: '1' },
    vendor: { type: 'string', default: 'mindray-ihe' },
    port: { type: 'string', default: process.env.MLLP_PORT ?? '2575' },
    host: { type: 'string', default: process.env.MLLP_HOST ?? '127.0.0.1' },
    seconds: { type: 'string' },
  },
});
const vendor = values.vendor as Vendor;
if (!VENDORS.includes(vendor)) {
  console.error(`未知厂商 / unknown vendor "${values.vendor}": ${VENDORS.join(' | ')}`);
  process.exit(2);
}
const n = Number(values.devices);
const hz = Number(values.hz);
if (!Number.isInteger(n) || n < 1 || !(hz > 0)) {
  console.error(
    '--devices 需为正整数，--hz 需为正数 / --devices must be a positive integer and --hz positive',
  );
  process.exit(2);
}
const devices = Array.from({ length: n }, (_, i) => simDevice(vendor, i));
const sim = startSimulation({ port: Number(values.port), host: values.host, devices, hz });
console.log(`模拟 ${n} 台 ${vendor} 监护仪，${hz} Hz → ${values.host}:${values.port}（Ctrl+C 停止）`);
const timer = setInterval(
  () => console.log(`  已发送 sent ${sim.sent()}，已确认 acked ${sim.acked()}`),
  5000,
);
const stop = async () => {
  clearInterval(timer);
  await sim.stop();
  console.log(`停止 / stopped: sent ${sim.sent()}, acked ${sim.acked()}`);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (values.seconds) setTimeout(() => void stop(), Number(values.seconds) * 1000);
