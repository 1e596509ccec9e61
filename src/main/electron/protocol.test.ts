import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP, SECURITY_HEADERS } from '../../shared/csp';
import { createAppProtocolHandler, registerAppProtocol, registerAppScheme } from './protocol';

// Safety net: nothing here should load electron, and a real require would try to download it.
vi.mock('electron', () => ({}));

let base: string;
let rendererDir: string;
let handler: ReturnType<typeof createAppProtocolHandler>;
const get = (url: string, method = 'GET') => handler({ url, method });

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'studio-protocol-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Ambassador Studio</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler(rendererDir);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP and security headers, never cached', async () => {
    const res = await get('app://studio/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Ambassador Studio');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the app for the bare origin and client-side routes', async () => {
    for (const url of ['app://studio/', 'app://studio', 'app://studio/cohorts/123']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toContain('<title>Ambassador Studio</title>');
    }
  });

  it('serves hashed assets as immutable, ignoring the query string', async () => {
    const res = await get('app://studio/assets/index-abc123.js?v=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it.each([
    'app://studio/../../etc/passwd',
    'app://studio/../secret.txt',
    'app://studio/%2e%2e/secret.txt',
    'app://studio/..%2fsecret.txt',
    'app://studio/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
    'app://studio/..%5csecret.txt',
    'app://studio/index.html%00.js',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const res = await get(url);
    const body = await res.text();
    expect(body).not.toContain('TOP SECRET');
    expect(body).not.toContain('root:');
    expect([200, 404]).toContain(res.status);
    if (res.status === 200) expect(body).toContain('<title>Ambassador Studio</title>');
  });

  it('404s (with the CSP) for an unknown host or a missing file', async () => {
    for (const url of ['app://evil/index.html', 'app://studio.evil/index.html', 'app://studio/assets/missing.js']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    }
  });

  it('refuses methods other than GET and HEAD, and answers HEAD without a body', async () => {
    expect((await get('app://studio/index.html', 'POST')).status).toBe(405);
    const head = await get('app://studio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the static-file handler', async () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol, rendererDir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const registered = protocol.handle.mock.calls[0]?.[1] as typeof handler;
    expect((await registered({ url: 'app://studio/index.html', method: 'GET' })).status).toBe(200);
  });
});
