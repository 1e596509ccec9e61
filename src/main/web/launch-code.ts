/**
 * The one-time launch code of browser mode. The server prints `http://127.0.0.1:PORT/#code=…` (and passes only
 * that to the browser it opens); the page trades the code once at POST /session for the session token. Anyone
 * who later reads the address, on screen or on the browser's command line, holds a spent code.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as devalue from 'devalue';
import { fail, ok } from '../../shared/result';
import { BodyNotUtf8, BodyTooLarge, NOT_UTF8_MESSAGE, readBody, sendResult } from './http-io';
import { checkSameOrigin, sameSecret } from './request-guard';

/** A code is 32 characters; anything much longer is not an exchange. */
const MAX_EXCHANGE_BYTES = 1024;

export const CODE_USED_MESSAGE =
  'This address has already opened Ambassador Studio, and for your safety it works only once. Go back to the tab ' +
  'where the app is open, or stop Ambassador Studio (Ctrl+C) and start it again for a new address.';
export const CODE_WRONG_MESSAGE =
  'This address does not open Ambassador Studio: its start-up code is wrong. Use the address printed when the app started.';

export type Redemption = 'ok' | 'used' | 'wrong';

export interface LaunchCode {
  readonly code: string;
  /** 'ok' the first time the right code is given, 'used' every time after, 'wrong' for anything else. */
  redeem(given: unknown): Redemption;
}

export function createLaunchCode(code: string = randomBytes(24).toString('base64url')): LaunchCode {
  let spent = false;
  return {
    code,
    redeem(given) {
      if (typeof given !== 'string' || !sameSecret(given, code)) return 'wrong';
      if (spent) return 'used';
      spent = true;
      return 'ok';
    },
  };
}

function codeIn(body: string): unknown {
  try {
    const parsed: unknown = devalue.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as { code?: unknown }).code : undefined;
  } catch {
    return undefined;
  }
}

/** POST /session: `{ code }` in (devalue), `{ token }` out, only from the app's own origin. */
export async function handleSessionExchange(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { port: number; launch: LaunchCode; token: string },
): Promise<void> {
  const verdict = checkSameOrigin(req, opts.port);
  if (verdict.status !== 200) {
    sendResult(res, verdict.status, fail('FORBIDDEN', verdict.reason ?? 'Not allowed.'));
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendResult(res, 405, fail('VALIDATION', 'Use POST to open a session.'));
    return;
  }
  let body: string;
  try {
    body = await readBody(req, MAX_EXCHANGE_BYTES);
  } catch (error) {
    if (error instanceof BodyNotUtf8) {
      sendResult(res, 400, fail('VALIDATION', NOT_UTF8_MESSAGE));
      return;
    }
    if (!(error instanceof BodyTooLarge)) throw error;
    res.setHeader('Connection', 'close');
    sendResult(res, 413, fail('TOO_LARGE', 'The request is too large.'));
    return;
  }
  const redemption = opts.launch.redeem(codeIn(body));
  if (redemption === 'ok') {
    sendResult(res, 200, ok({ token: opts.token }));
    return;
  }
  sendResult(res, 401, fail('FORBIDDEN', redemption === 'used' ? CODE_USED_MESSAGE : CODE_WRONG_MESSAGE));
}
