/**
 * Browser-mode transport: every channel is a POST to /api/<channel> on the loopback server that served this
 * page, with the per-launch token in a header and devalue on the wire (it keeps Uint8Array intact).
 */
import * as devalue from 'devalue';
import { createStudioApi } from '../../../shared/client';
import type { StudioApi } from '../../../shared/contract';
import { CLIENT_HEADER, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../../shared/csp';
import { failure, LOST_CONTACT_MESSAGE, type Result } from './result';

export const TOKEN_STORAGE_KEY = 'ambassador-studio.token';

/** Chrome refuses keepalive requests above 64 KB; small saves use it so they survive closing the tab. */
const KEEPALIVE_LIMIT = 60_000;

interface LocationLike {
  hash: string;
  pathname: string;
  search: string;
}

/**
 * Takes the token from `#token=...` (and keeps it in sessionStorage so a reload still works), then removes
 * it from the address bar so it is not left on screen or in the history. Falls back to the stored token.
 */
export function takeToken(
  location: LocationLike = window.location,
  storage: Storage = window.sessionStorage,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/u, ''));
  const fromFragment = params.get(TOKEN_FRAGMENT_KEY);
  if (fromFragment) {
    try {
      storage.setItem(TOKEN_STORAGE_KEY, fromFragment);
    } catch {
      // Storage can be disabled; the token still works until the page is reloaded.
    }
    params.delete(TOKEN_FRAGMENT_KEY);
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromFragment;
  }
  try {
    return storage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export interface HttpClientOptions {
  token: string | null;
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

export function createHttpClient(options: HttpClientOptions): StudioApi {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  return createStudioApi(async (channel, input): Promise<Result<unknown>> => {
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
          [TOKEN_HEADER]: options.token ?? '',
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
