import * as devalue from 'devalue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isClientId } from '../../../shared/csp';
import { createClient } from './client';
import { createHttpClient, takeToken, TOKEN_STORAGE_KEY } from './http-client';
import { LOST_CONTACT_MESSAGE } from './result';

function answer(value: unknown, status = 200): Response {
  return new Response(devalue.stringify(value), { status, headers: { 'content-type': 'application/x-devalue+json' } });
}

describe('takeToken', () => {
  it('takes the token from the fragment, keeps it for reloads and removes it from the address bar', () => {
    const storage = window.sessionStorage;
    const history = { state: null, replaceState: vi.fn() };
    const token = takeToken({ hash: '#token=abc123', pathname: '/', search: '' }, storage, history);
    expect(token).toBe('abc123');
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');

    // After a reload the fragment is gone; the stored token is used.
    expect(takeToken({ hash: '', pathname: '/', search: '' }, storage, history)).toBe('abc123');
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
