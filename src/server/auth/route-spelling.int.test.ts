// Every registered route, requested anonymously over a real socket through every spelling of its path
// that a router, a proxy or a browser might treat as the same path: none may answer 2xx or 5xx.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let port: number;
const webRoot = mkdtempSync(join(tmpdir(), 'periop-web-'));

beforeAll(async () => {
  // A built web app, so that the single-page fallback (index.html for unknown GETs) is active too.
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Periop</title>');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  t = await createTestApp({}, { webRoot });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const ID = '0190a0a0-0000-7000-8000-000000000000';
const encodeChar = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** The spellings of one path (`/api/v1/users`) to try; each names the trick it plays. */
function spellings(path: string): Record<string, string> {
  const segments = path.split('/').slice(1);
  const join = (parts: string[]) => `/${parts.join('/')}`;
  const firstLetterEncoded = join(segments.map((s) => (s ? encodeChar(s[0]!) + s.slice(1) : s)));
  return {
    plain: path,
    'percent-encoded first letters': firstLetterEncoded,
    'percent-encoded everything': join(segments.map((s) => [...s].map(encodeChar).join(''))),
    'upper-case percent escapes': join(
      segments.map((s) => (s ? encodeChar(s[0]!).toUpperCase() + s.slice(1) : s)),
    ),
    'double-encoded': firstLetterEncoded.replaceAll('%', '%25'),
    'encoded slash': path.replaceAll('/', '%2F'),
    'upper case': path.toUpperCase(),
    'capitalised first segment': path.replace('/api/', '/Api/'),
    'doubled leading slash': `/${path}`,
    'doubled inner slash': path.replace('/api/', '/api//'),
    'dot segment': path.replace('/api/', '/api/./'),
    'dot-dot segment': path.replace('/api/', '/api/x/../'),
    'encoded dot-dot segment': path.replace('/api/', '/api/x/%2e%2e/'),
    'trailing slash': `${path}/`,
    'trailing dot': `${path}.`,
    'matrix parameter': `${path};jsessionid=1`,
    'matrix parameter on a segment': path.replace('/api/', '/api;x=1/'),
    backslash: path.replaceAll('/', '\\'),
    'query in path': `${path}?x=%00`,
  };
}

function send(method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'DELETE';
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: hasBody ? { 'content-type': 'application/json', 'content-length': '2' } : {},
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(hasBody ? '{}' : undefined);
  });
}

describe('authentication decided on the matched route', () => {
  it('answers no spelling of any protected route with 2xx or 5xx when anonymous', async () => {
    const routes = t.app.routeTable.filter((r) => !r.public && r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(70);
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    for (const r of routes) {
      const path = r.url.replace(/:[A-Za-z]+/g, ID);
      for (const [trick, spelled] of Object.entries(spellings(path))) {
        const status = await send(r.method, spelled);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if ((status >= 200 && status < 300) || status >= 500)
          bad.push(`${status} ${r.method} ${spelled} (${trick})`);
      }
    }
    console.info('route spellings, anonymous:', Object.fromEntries([...statuses].sort()));
    expect(bad).toEqual([]);
  });

  it('refuses the percent-encoded user list without a session, in our error shape', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/%61pi/v1/users`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers framework errors in our error shape: an over-long path parameter, oversized headers', async () => {
    const long = await fetch(`http://127.0.0.1:${port}/api/v1/cases/${'x'.repeat(200)}`);
    expect(long.status).toBe(414);
    expect(((await long.json()) as { error: { code: string } }).error.code).toBe('uri_too_long');
    const bad = await fetch(`http://127.0.0.1:${port}/api/v1/cases/%E0%A4%A`);
    expect(bad.status).toBeLessThan(500);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/v1/users HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as {
      error: { code: string; fields: [] };
    };
    expect(body.error).toMatchObject({ code: 'header_too_large', fields: [] });
  });

  it('still serves the web app and its files to anyone', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/cases/123`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  });
});
