// The built web app as the server sends it: the precompressed sibling the browser accepts, hashed
// assets cached as immutable, the index page revalidated, and the API still never cached.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head></html>';
const SCRIPT = `export const greeting = ${JSON.stringify('围术期 '.repeat(400))};\n`;

let t: TestApp;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'periop-web-'));
  mkdirSync(join(root, 'assets'));
  for (const [name, text] of [
    ['index.html', INDEX],
    ['assets/app-abc123.js', SCRIPT],
  ] as const) {
    writeFileSync(join(root, name), text);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${name}.gz`), gzipSync(text));
  }
  // Too small to be worth compressing: the build writes no siblings for it.
  writeFileSync(join(root, 'assets/tiny-def456.js'), 'export {};\n');
  t = await createTestApp({}, { webRoot: root });
});
afterAll(async () => {
  await t?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('serving the web app', () => {
  it('sends a hashed asset brotli- or gzip-compressed as accepted, cached for a year as immutable', async () => {
    const br = await get('/assets/app-abc123.js', 'br, gzip');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);

    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const tiny = await get('/assets/tiny-def456.js', 'br, gzip');
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates the index page, at / and at every page of the app', async () => {
    for (const url of ['/', '/index.html', '/cases/0190a0a0-0000-7000-8000-000000000001']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(INDEX);
    }
  });

  it('does not serve the compressed siblings as files of their own', async () => {
    const res = await get('/assets/app-abc123.js.br');
    expect(res.headers['content-type']).toMatch(/html/);
  });

  it('keeps the API out of every cache', async () => {
    for (const url of ['/api/health', '/api/v1/nothing-here']) {
      const res = await get(url, 'br, gzip');
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const me = await (await t.userAgent('nurse')).get('/api/v1/auth/me');
    expect(me.headers['cache-control']).toBe('no-store');
  });
});
