import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CLIENT_HEADER, isClientId, TOKEN_HEADER } from '../../shared/csp';

export interface GuardVerdict {
  status: 200 | 401 | 403;
  reason?: string;
}

/** Compares secrets in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Decides whether a request comes from the app's own page: the Host check defeats DNS rebinding, the Origin and
 * Sec-Fetch-Site checks defeat other sites in the same browser. Used for the API and for the launch-code exchange.
 */
export function checkSameOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const host = req.headers.host ?? '';
  if (!allowedHosts.has(host))
    return { status: 403, reason: 'This address is not allowed to reach Ambassador Studio.' };

  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
    return { status: 403, reason: 'Requests from other sites are not allowed.' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, reason: 'Requests from other sites are not allowed.' };
  }
  return { status: 200 };
}

/** The same checks plus the per-launch session token, which defeats other local processes and users. */
export function checkApiRequest(req: IncomingMessage, port: number, token: string): GuardVerdict {
  const sameOrigin = checkSameOrigin(req, port);
  if (sameOrigin.status !== 200) return sameOrigin;
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return {
      status: 401,
      reason:
        'Missing or wrong session token. Stop Ambassador Studio (Ctrl+C), start it again and open the new address it prints.',
    };
  }
  return { status: 200 };
}

export function checkHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

/**
 * Which window or tab sent the request: a random id each page makes when it loads (memory only, so a reload
 * is a new, locked client). A request without one is its own anonymous client with nothing unlocked.
 */
export function clientIdOf(req: IncomingMessage): string {
  const given = req.headers[CLIENT_HEADER];
  return typeof given === 'string' && isClientId(given) ? `http:${given}` : `http:anonymous:${randomUUID()}`;
}
