/** Reading request bodies and writing answers for the browser-mode server, with its security headers on each. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as devalue from 'devalue';
import { SECURITY_HEADERS } from '../../shared/csp';
import type { Result } from '../../shared/result';

export class BodyTooLarge extends Error {}
/** The body's bytes are not valid UTF-8 (stray bytes, overlong forms, CESU-8 surrogates, beyond U+10FFFF). */
export class BodyNotUtf8 extends Error {}

export const NOT_UTF8_MESSAGE = 'The request was not valid UTF-8 text, so nothing was read or saved.';

/**
 * Strict, so that bytes no honest page sends are refused instead of quietly becoming U+FFFD and then being saved
 * and acknowledged as if they were what the person typed.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as text; rejects with BodyTooLarge past `limit` bytes without buffering the rest, and with
 * BodyNotUtf8 when the bytes are not valid UTF-8.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering but keep draining, so the client can still read the 413 answer.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolvePromise(strictUtf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new BodyNotUtf8());
      }
    });
    req.on('error', reject);
  });
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

export function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, devalue.stringify(result), {
    'Content-Type': 'application/x-devalue+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
