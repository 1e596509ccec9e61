/** Reading request bodies and writing answers for the browser-mode server, with its security headers on each. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as devalue from 'devalue';
import { SECURITY_HEADERS } from '../../shared/csp';
import type { Result } from '../../shared/result';

export class BodyTooLarge extends Error {}

/** The body as text; rejects with BodyTooLarge past `limit` bytes without buffering the rest. */
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
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
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
