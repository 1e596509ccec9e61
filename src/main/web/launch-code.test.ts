import * as devalue from 'devalue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_PATH, TOKEN_HEADER } from '../../shared/csp';
import type { Result } from '../../shared/result';
import { tempBackend, tempDir } from '../test-support/temp-backend';
import { pageHeaders, send } from './http.test-support';
import { CODE_USED_MESSAGE, CODE_WRONG_MESSAGE, createLaunchCode } from './launch-code';
import { startWebServer, type WebServer } from './server';

describe('createLaunchCode', () => {
  it('is redeemed once; after that the right code is "used" and anything else "wrong"', () => {
    const launch = createLaunchCode('A'.repeat(32));
    expect(launch.redeem('B'.repeat(32))).toBe('wrong');
    expect(launch.redeem(undefined)).toBe('wrong');
    expect(launch.redeem(42)).toBe('wrong');
    expect(launch.redeem('A'.repeat(32))).toBe('ok');
    expect(launch.redeem('A'.repeat(32))).toBe('used');
    expect(launch.redeem('A'.repeat(31))).toBe('wrong');
  });

  it('makes a new random code each time', () => {
    const a = createLaunchCode().code;
    expect(a).toMatch(/^[\w-]{32}$/);
    expect(createLaunchCode().code).not.toBe(a);
  });
});

describe('POST /session', () => {
  let server: WebServer;
  let cleanups: Array<() => void | Promise<void>> = [];
  beforeEach(async () => {
    const renderer = tempDir('studio-renderer-');
    const { backend, close } = await tempBackend();
    server = await startWebServer({ handlers: backend.handlers, rendererDir: renderer.dir });
    cleanups = [() => server.close(), close, renderer.cleanup];
  });
  afterEach(async () => {
    for (const fn of cleanups) await fn();
  });

  const code = () => new URL(server.url).hash.replace('#code=', '');
  async function exchange(
    given: unknown,
    headers = pageHeaders(server.port),
    method = 'POST',
  ): Promise<{ status: number; result: Result<{ token: string }> }> {
    const reply = await send(server.port, method, SESSION_PATH, headers, devalue.stringify({ code: given }));
    return { status: reply.status, result: devalue.parse(reply.body) as Result<{ token: string }> };
  }

  it('trades the launch code for the session token once; the printed address is useless afterwards', async () => {
    const first = await exchange(code());
    expect(first).toEqual({ status: 200, result: { ok: true, value: { token: server.token } } });
    // The token works for the API.
    const status = await send(
      server.port,
      'POST',
      '/api/app:status',
      {
        ...pageHeaders(server.port),
        [TOKEN_HEADER]: first.result.ok ? first.result.value.token : '',
      },
      devalue.stringify({}),
    );
    expect(status.status).toBe(200);

    const again = await exchange(code());
    expect(again).toEqual({
      status: 401,
      result: { ok: false, error: { code: 'FORBIDDEN', message: CODE_USED_MESSAGE } },
    });
  });

  it('refuses a wrong code without spending the right one', async () => {
    const wrong = await exchange('x'.repeat(32));
    expect(wrong).toEqual({
      status: 401,
      result: { ok: false, error: { code: 'FORBIDDEN', message: CODE_WRONG_MESSAGE } },
    });
    expect((await exchange(undefined)).status).toBe(401);
    expect((await exchange(code())).status).toBe(200);
  });

  it.each([
    ['another site (Origin)', { origin: 'http://attacker.example' }],
    ['another host name (DNS rebinding)', { host: 'attacker.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s with 403 and leaves the code unspent', async (_label, forged) => {
    const refused = await exchange(code(), { ...pageHeaders(server.port), ...forged });
    expect(refused.status).toBe(403);
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await exchange(code())).status).toBe(200);
  });

  it('takes only a small POST', async () => {
    const get = await send(server.port, 'GET', SESSION_PATH, pageHeaders(server.port));
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const huge = await send(server.port, 'POST', SESSION_PATH, pageHeaders(server.port), 'x'.repeat(4096));
    expect(huge.status).toBe(413);
    const garbage = await send(server.port, 'POST', SESSION_PATH, pageHeaders(server.port), '{not devalue');
    expect(garbage.status).toBe(401);
    expect((await exchange(code())).status).toBe(200);
  });

  it('answers with the security headers and no caching', async () => {
    const reply = await send(
      server.port,
      'POST',
      SESSION_PATH,
      pageHeaders(server.port),
      devalue.stringify({ code: code() }),
    );
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });
});
