import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { WEB_DIST } from '../src/server/app';
import { buildWeb, webBuildIsStale } from '../src/server/platform/web-build';
import { startBenchServer } from './_process';
import { printTable } from './_stats';

const { values } = parseArgs({ options: { build: { type: 'boolean', default: false } } });
/** The first load's budget (issue 10), in kB of 1024 bytes as Vite reports them. */
const BUDGET_KB = 400;
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

type Fetched = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One GET with the raw bytes as they came over the socket (node:http does not decompress). */
function get(url: string, acceptEncoding = 'br, gzip'): Promise<Fetched> {
  return new Promise((done, failed) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', failed);
    });
    req.on('error', failed);
    req.end();
  });
}

const decoded = (f: Fetched): Buffer => {
  const encoding = f.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(f.body);
  if (encoding === 'gzip') return gunzipSync(f.body);
  return f.body;
};

/** What index.html makes the browser fetch before anything runs: the entry script, preloads, styles. */
const referencedAssets = (html: string): string[] => [
  ...new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((url) => !url.startsWith('/api/')),
  ),
];

if (values.build || webBuildIsStale(resolve(WEB_DIST, 'index.html'))) {
  const started = performance.now();
  await buildWeb();
  console.log(`built dist/web in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} else {
  console.log('dist/web is up to date (--build to rebuild)');
}

// An empty database of its own: the first load does not depend on the data.
const dataDir = mkdtempSync(join(tmpdir(), 'periop-bench-web-'));
const { base, child } = await startBenchServer('src/server/main.ts', {
  PERIOP_DATA_DIR: dataDir,
  MLLP_ENABLED: 'false',
});
try {
  const index = await get(`${base}/`);
  if (index.status !== 200) throw new Error(`GET / answered ${index.status}`);
  const urls = ['/', ...referencedAssets(decoded(index).toString('utf8'))];
  // The same files again for a client that takes gzip only.
  const files: (Fetched & { url: string; gzipBytes: number })[] = [];
  for (const url of urls) {
    const f = url === '/' ? index : await get(base + url);
    files.push({ url, ...f, gzipBytes: (await get(base + url, 'gzip')).body.length });
  }
  const sum = (bytes: (f: (typeof files)[number]) => number) => files.reduce((n, f) => n + bytes(f), 0);
  const wire = sum((f) => f.body.length);
  const rows = files.map((f) => ({
    file: f.url.replace(/^\/assets\//, ''),
    status: String(f.status),
    encoding: String(f.headers['content-encoding'] ?? 'identity'),
    'wire kB': kB(f.body.length),
    'gzip-only kB': kB(f.gzipBytes),
    'raw kB': kB(decoded(f).length),
    'cache-control': String(f.headers['cache-control'] ?? ''),
  }));
  rows.push({
    file: `total (${files.length} requests)`,
    status: '',
    encoding: '',
    'wire kB': kB(wire),
    'gzip-only kB': kB(sum((f) => f.gzipBytes)),
    'raw kB': kB(sum((f) => decoded(f).length)),
    'cache-control': '',
  });
  console.log(`\nfirst load of ${base}/ with Accept-Encoding: br, gzip (kB = 1024 bytes)\n`);
  printTable(rows);
  const within = wire / 1024 <= BUDGET_KB;
  console.log(
    `\nfirst load on the wire: ${kB(wire)} kB of ${BUDGET_KB} kB budget: ${within ? 'within' : 'OVER'}`,
  );
  const problems = files.filter((f) =>
    f.url === '/'
      ? f.headers['cache-control'] !== 'no-cache'
      : !String(f.headers['cache-control']).includes('immutable'),
  );
  for (const p of problems)
    console.log(`cache header not as intended: ${p.url} → ${p.headers['cache-control']}`);
  if (!within || problems.length > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
