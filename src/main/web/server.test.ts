import * as devalue from 'devalue';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP, TOKEN_HEADER } from '../../shared/csp';
import type { Result } from '../../shared/result';
import type { Services } from '../backend/services';
import { tinyPng } from '../test-support/images';
import { tempBackend, tempDir } from '../test-support/temp-backend';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from './server';

let server: WebServer;
let services: Services;
let cleanups: Array<() => void | Promise<void>> = [];

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const goodHeaders = () => ({
  host: `127.0.0.1:${server.port}`,
  origin: `http://127.0.0.1:${server.port}`,
  'content-type': 'application/x-devalue+json',
  [TOKEN_HEADER]: server.token,
});

async function api(
  channel: string,
  input: unknown,
  headers = goodHeaders(),
): Promise<{ status: number; result: Result<unknown> }> {
  const reply = await send('POST', `/api/${channel}`, headers, devalue.stringify(input));
  return { status: reply.status, result: devalue.parse(reply.body) as Result<unknown> };
}

async function ambassadorCount(): Promise<number> {
  const { result } = await api('ambassador:list', { includeArchived: true });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as unknown[]).length;
}

beforeAll(async () => {
  const renderer = tempDir('studio-renderer-');
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><title>Ambassador Studio</title>');
  writeFileSync(join(renderer.dir, 'assets', 'app-123.js'), 'console.log(1)');
  const { backend, close } = await tempBackend();
  services = backend.services!;
  server = await startWebServer({ handlers: backend.handlers, rendererDir: renderer.dir });
  cleanups = [() => server.close(), close, renderer.cleanup];
});
afterAll(async () => {
  for (const fn of cleanups) await fn();
});

describe('browser-mode server: static files', () => {
  it('serves index.html with the CSP and security headers; the address carries a launch code, never the token', async () => {
    const reply = await send('GET', '/', { host: `127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Ambassador Studio');
    expect(reply.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#code=[\\w-]{32}$`));
    expect(server.url).not.toContain(server.token);
  });

  it('serves hashed assets as immutable and refuses paths that escape the folder', async () => {
    const asset = await send('GET', '/assets/app-123.js', { host: `127.0.0.1:${server.port}` });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const path of [
      '/../../../../etc/passwd.txt',
      '/%2e%2e/%2e%2e/etc/hosts.txt',
      '/assets/..%2f..%2f..%2fetc%2fpasswd.txt',
    ]) {
      const reply = await send('GET', path, { host: `127.0.0.1:${server.port}` });
      expect(reply.status, path).toBe(404);
    }
  });

  it('refuses a foreign Host for pages too (DNS rebinding)', async () => {
    const reply = await send('GET', '/', { host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
  });
});

describe('browser-mode server: API guard', () => {
  it('answers a good request', async () => {
    const { status, result } = await api('app:status', {});
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: true, value: { state: 'ready' } });
  });

  it.each([
    [
      'no token',
      (h: Record<string, string>) => {
        delete h[TOKEN_HEADER];
      },
      401,
    ],
    [
      'a wrong token',
      (h: Record<string, string>) => {
        h[TOKEN_HEADER] = 'x'.repeat(32);
      },
      401,
    ],
    [
      'a wrong Host',
      (h: Record<string, string>) => {
        h.host = 'attacker.example';
      },
      403,
    ],
    [
      'a foreign Origin',
      (h: Record<string, string>) => {
        h.origin = 'http://attacker.example';
      },
      403,
    ],
    [
      'an https Origin on our port',
      (h: Record<string, string>) => {
        h.origin = `https://127.0.0.1:${server.port}`;
      },
      403,
    ],
    [
      'a cross-site fetch',
      (h: Record<string, string>) => {
        h['sec-fetch-site'] = 'cross-site';
      },
      403,
    ],
  ])('refuses a write with %s and changes nothing', async (_label, mutate, expected) => {
    const before = await ambassadorCount();
    const headers = goodHeaders();
    mutate(headers);
    const { status, result } = await api('ambassador:create', { fields: { fullName: 'Intruder' } }, headers);
    expect(status).toBe(expected);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ambassadorCount()).toBe(before);
  });

  it('keeps Uint8Array payloads intact across the transport', async () => {
    const created = await api('ambassador:create', { fields: { fullName: 'Photo Person' } });
    if (!created.result.ok) throw new Error(created.result.error.message);
    const id = (created.result.value as { id: string }).id;
    const png = tinyPng(16);
    expect((await api('ambassador:setPhoto', { id, bytes: png })).result.ok).toBe(true);
    // The backend keeps the photo re-encoded as JPEG; what comes back is exactly what it stored.
    const stored = services.ambassadors.photo(id);
    expect(stored?.mime).toBe('image/jpeg');
    const photo = await api('ambassador:photo', { id });
    expect(photo.result).toEqual({ ok: true, value: { mime: 'image/jpeg', bytes: stored!.bytes } });
    const bytes = (photo.result as { value: { bytes: unknown } }).value.bytes;
    expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses unreadable bodies, prototype keys, wrong methods and oversize bodies', async () => {
    const garbage = await send('POST', '/api/app:status', goodHeaders(), '{not devalue');
    expect(garbage.status).toBe(400);
    const proto = await send('POST', '/api/settings:update', goodHeaders(), '[{"__proto__":1},{"polluted":2},true]');
    expect(proto.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const get = await send('GET', '/api/app:status', goodHeaders());
    expect(get.status).toBe(405);
    const huge = await send('POST', '/api/app:status', goodHeaders(), 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(huge.status).toBe(413);
  });
});
