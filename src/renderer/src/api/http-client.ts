/**
 * Browser-mode transport: every channel is a POST to /api/<channel> on the loopback server that served this
 * page, with the session token in a header and devalue on the wire (it keeps Uint8Array intact).
 */
import * as devalue from 'devalue';
import { createStudioApi } from '../../../shared/client';
import type { StudioApi } from '../../../shared/contract';
import {
  CLIENT_HEADER,
  LAUNCH_CODE_FRAGMENT_KEY,
  SESSION_PATH,
  TOKEN_HEADER,
  TOKEN_STORAGE_KEY,
} from '../../../shared/csp';
import { refuseInput } from '../../../shared/safe-input';
import { failure, LOST_CONTACT_MESSAGE, type Result } from './result';

export { TOKEN_STORAGE_KEY };

/** Chrome refuses keepalive requests above 64 KB; small saves use it so they survive closing the tab. */
const KEEPALIVE_LIMIT = 60_000;

interface LocationLike {
  hash: string;
  pathname: string;
  search: string;
}

export interface PageSession {
  location: LocationLike;
  storage: Storage;
  history: Pick<History, 'replaceState' | 'state'>;
  fetch: typeof fetch;
}

function browserPage(): PageSession {
  return {
    location: window.location,
    storage: window.sessionStorage,
    history: window.history,
    fetch: (input, init) => fetch(input, init),
  };
}

function stored(storage: Storage): string | null {
  try {
    return storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Trades the one-time launch code for the session token at the server that served this page. */
async function exchange(code: string, page: PageSession): Promise<Result<string>> {
  let text: string;
  try {
    const response = await page.fetch(SESSION_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/x-devalue+json' },
      body: devalue.stringify({ code }),
    });
    text = await response.text();
  } catch {
    return failure('INTERNAL', LOST_CONTACT_MESSAGE);
  }
  try {
    const answer = devalue.parse(text) as Result<{ token?: unknown }>;
    if (answer.ok && typeof answer.value.token === 'string') return { ok: true, value: answer.value.token };
    if (!answer.ok && typeof answer.error.message === 'string') return failure('FORBIDDEN', answer.error.message);
  } catch {
    // Fall through: something other than the app answered.
  }
  return failure('INTERNAL', 'Ambassador Studio sent an answer this page could not read. Try reloading the page.');
}

/**
 * The page's session token. The address the app printed carries a one-time launch code (`#code=...`): it is
 * removed from the address bar at once, then traded once for the token, which sessionStorage keeps so that a
 * reload still works. Without a code, the stored token (or none: the server then says what to do).
 */
export async function takeSessionToken(page: PageSession = browserPage()): Promise<Result<string | null>> {
  const params = new URLSearchParams(page.location.hash.replace(/^#/u, ''));
  const code = params.get(LAUNCH_CODE_FRAGMENT_KEY);
  if (!code) return { ok: true, value: stored(page.storage) };
  params.delete(LAUNCH_CODE_FRAGMENT_KEY);
  const rest = params.toString();
  const { pathname, search } = page.location;
  page.history.replaceState(page.history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);

  const traded = await exchange(code, page);
  if (!traded.ok) {
    // A spent code in a tab that already has its token (the address opened again there) is no problem.
    const kept = stored(page.storage);
    return kept ? { ok: true, value: kept } : traded;
  }
  try {
    page.storage.setItem(TOKEN_STORAGE_KEY, traded.value);
  } catch {
    // Storage can be disabled; the token still works until the page is reloaded.
  }
  return traded;
}

export interface HttpClientOptions {
  /** The session token, or the exchange that will give it (see takeSessionToken). */
  token: string | null | Promise<Result<string | null>>;
  /** This page's client id (see createClient). */
  clientId: string;
  fetch?: typeof fetch;
  baseUrl?: string;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const { ok } = value as { ok: unknown };
  if (ok === true) return 'value' in value;
  if (ok !== false || !('error' in value)) return false;
  const { error } = value as { error: unknown };
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

function sessionOf(token: HttpClientOptions['token']): Promise<Result<string | null>> {
  return typeof token === 'string' || token === null ? Promise.resolve({ ok: true, value: token }) : token;
}

export function createHttpClient(options: HttpClientOptions): StudioApi {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  return createStudioApi(async (channel, input): Promise<Result<unknown>> => {
    // Before anything is sent: a lone surrogate would reach the server as U+FFFD, past any check it makes.
    const refused = refuseInput(input);
    if (refused) return refused;
    // Every call waits for the launch-code exchange; if it failed, each says why instead of a bare refusal.
    const session = await sessionOf(options.token);
    if (!session.ok) return session;
    const token = session.value;
    let body: string;
    try {
      body = devalue.stringify(input);
    } catch {
      return failure('VALIDATION', 'This information could not be sent to the app.');
    }
    let text: string;
    try {
      const response = await doFetch(`${baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-devalue+json',
          [TOKEN_HEADER]: token ?? '',
          [CLIENT_HEADER]: options.clientId,
        },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
      text = await response.text();
    } catch {
      return failure('INTERNAL', LOST_CONTACT_MESSAGE);
    }
    try {
      const parsed: unknown = devalue.parse(text);
      if (isResult(parsed)) return parsed;
    } catch {
      // Fall through: something other than the app answered.
    }
    return failure('INTERNAL', 'Ambassador Studio sent an answer this page could not read. Try reloading the page.');
  });
}
