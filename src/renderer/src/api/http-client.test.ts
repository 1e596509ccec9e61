import * as devalue from 'devalue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isClientId } from '../../../shared/csp';
import { createClient } from './client';
import { createHttpClient, takeSessionToken, TOKEN_STORAGE_KEY } from './http-client';
import { LOST_CONTACT_MESSAGE } from './result';

function answer(value: unknown, status = 200): Response {
  return new Response(devalue.stringify(value), { status, headers: { 'content-type': 'application/x-devalue+json' } });
}

/** A page at `hash` whose server answers POST /session with `answer` (a Result) or fails to answer. */
function page(hash: string, answer: unknown | Error, status = 200) {
  const storage = window.sessionStorage;
  const history = { state: null, replaceState: vi.fn() };
  const events: string[] = [];
  history.replaceState.mockImplementation(() => events.push('address cleared'));
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    events.push('exchange sent');
    if (answer instanceof Error) throw answer;
    return new Response(devalue.stringify(answer), { status });
  });
  return { location: { hash, pathname: '/', search: '' }, storage, history, fetch, events };
}

describe('takeSessionToken', () => {
  afterEach(() => window.sessionStorage.clear());

  it('clears the launch code from the address, trades it once for the token, and keeps the token for reloads', async () => {
    const first = page('#code=launch123&screen=home', { ok: true, value: { token: 'session-token' } });
    expect(await takeSessionToken(first)).toEqual({ ok: true, value: 'session-token' });
    // The code leaves the address bar before it is sent; other fragment parts stay.
    expect(first.events).toEqual(['address cleared', 'exchange sent']);
    expect(first.history.replaceState).toHaveBeenCalledWith(null, '', '/#screen=home');
    const [url, init] = first.fetch.mock.calls[0] ?? [];
    expect(url).toBe('/session');
    expect(init?.method).toBe('POST');
    expect(devalue.parse(String(init?.body))).toEqual({ code: 'launch123' });
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('session-token');

    // After a reload the fragment is gone; the stored token is used and nothing is exchanged.
    const reload = page('', new Error('no exchange expected'));
    expect(await takeSessionToken(reload)).toEqual({ ok: true, value: 'session-token' });
    expect(reload.fetch).not.toHaveBeenCalled();
  });

  it('passes on the server’s sentence when the code was already used, and every call says it', async () => {
    const refused = {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This address has already opened Ambassador Studio…' },
    };
    const spent = page('#code=spent', refused, 401);
    const session = takeSessionToken(spent);
    expect(await session).toEqual(refused);
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();

    const calls = vi.fn(async () => answer({ ok: true, value: null }));
    const api = createHttpClient({ token: session, clientId: CLIENT_ID, fetch: calls });
    expect(await api['app:status']({})).toEqual(refused);
    expect(calls).not.toHaveBeenCalled();
  });

  it('keeps a tab’s own token when its spent address is opened again there', async () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'kept');
    const again = page('#code=spent', { ok: false, error: { code: 'FORBIDDEN', message: 'used' } }, 401);
    expect(await takeSessionToken(again)).toEqual({ ok: true, value: 'kept' });
  });

  it('says the app is not answering when the exchange cannot reach it', async () => {
    const gone = page('#code=abc', new TypeError('Failed to fetch'));
    expect(await takeSessionToken(gone)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: LOST_CONTACT_MESSAGE },
    });
  });

  it('sends the token the exchange gave on every call', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => answer({ ok: true, value: null }));
    const session = Promise.resolve({ ok: true as const, value: 'from-exchange' });
    const api = createHttpClient({ token: session, clientId: CLIENT_ID, fetch });
    await api['settings:get']({});
    expect((fetch.mock.calls[0]?.[1]?.headers as Record<string, string>)['x-studio-token']).toBe('from-exchange');
  });
});

/** A page's client id: what crypto.randomUUID() makes, as createClient does once per page load. */
const CLIENT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('createHttpClient', () => {
  it('POSTs devalue with the token and client headers and returns the Result; typed arrays survive the trip', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      answer({ ok: true, value: { mime: 'image/jpeg', bytes } }),
    );
    const api = createHttpClient({ token: 'tok', clientId: CLIENT_ID, fetch });
    const id = '00000000-0000-4000-8000-000000000001';

    await api['ambassador:setPhoto']({ id, bytes });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/ambassador:setPhoto');
    expect(init?.method).toBe('POST');
    // The client header names this window, so the backend keeps its workspace and trainer mode apart.
    expect(init?.headers).toEqual({
      'content-type': 'application/x-devalue+json',
      'x-studio-token': 'tok',
      'x-studio-client': CLIENT_ID,
    });
    const sent = devalue.parse(String(init?.body)) as { id: string; bytes: Uint8Array };
    expect(sent.id).toBe(id);
    expect(Array.from(sent.bytes)).toEqual(Array.from(bytes));

    const photo = await api['ambassador:photo']({ id });
    expect(photo.ok && photo.value && Array.from(photo.value.bytes)).toEqual(Array.from(bytes));
  });

  it('passes on the server’s failed Result, e.g. a refused token', async () => {
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong session token.' } };
    const api = createHttpClient({ token: null, clientId: CLIENT_ID, fetch: async () => answer(refused, 401) });
    expect(await api['settings:get']({})).toEqual(refused);
  });

  it('turns a network failure into a failed Result with a clear message instead of throwing', async () => {
    const api = createHttpClient({
      token: 't',
      clientId: CLIENT_ID,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await api['app:status']({})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: LOST_CONTACT_MESSAGE },
    });
  });
});

describe('createClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names each page load as its own client: one id for all of its calls, another for the next load', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        sent.push((init?.headers as Record<string, string> | undefined)?.['x-studio-client']);
        return answer({ ok: true, value: null });
      }),
    );
    const page = createClient();
    await page['access:state']({});
    await page['settings:get']({});
    const reloaded = createClient();
    await reloaded['access:state']({});

    const [first, second, third] = sent;
    expect(isClientId(first)).toBe(true);
    expect(second).toBe(first);
    // A reload is a new client, so it starts with trainer mode and any protected workspace locked.
    expect(isClientId(third)).toBe(true);
    expect(third).not.toBe(first);
  });
});
